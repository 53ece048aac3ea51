"""Two clerks issuing at once, each process with its own store on the same SQLite file:
registration numbers stay unique and without gaps."""

from __future__ import annotations

import datetime as dt
import multiprocessing
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from app.db.models import Letter, RegistrationCounter
from app.db.store import Store, open_store
from app.services import letters
from app.services.context import Actor, Clock, UnitOfWork
from tests.letters.population import bulk_revoked

Factory = Callable[[], UnitOfWork]
AT = dt.datetime(2026, 1, 26, 9, 0, tzinfo=dt.UTC)


def clerk_process(url: str, actor: Actor, refs: list[str], start: Any, batch: bool) -> None:
    """One clerk's workstation: its own engine and store, issuing `refs`."""
    store = open_store(url, migrate=False)
    clock = Clock(lambda: AT)
    try:
        start.wait(timeout=60)
        if batch:
            result = letters.issue_batch(lambda: UnitOfWork(store, clock), actor, refs, workers=1)
            assert not result.failed, result.failed
        else:
            for ref in refs:
                letters.issue_letters(UnitOfWork(store, clock), actor, ref)
    finally:
        store.dispose()


def test_two_clerks_at_once_get_gapless_unique_numbers(
    store: Store, users: dict[str, Actor]
) -> None:
    refs = bulk_revoked(store, 12)
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(2)
    # One clerk issues case by case, the other as a batch, over interleaved cases.
    clerks = [
        context.Process(
            target=clerk_process, args=(store.url, users["cleo"], refs[i::2], start, i == 1)
        )
        for i in range(2)
    ]
    for clerk in clerks:
        clerk.start()
    for clerk in clerks:
        clerk.join(timeout=180)
        assert clerk.exitcode == 0
    with store.reading() as session:
        rows = session.execute(
            select(
                Letter.sequence, Letter.registration_number, Letter.case_id, Letter.kind
            ).order_by(Letter.sequence)
        ).all()
        counter = session.scalar(
            select(RegistrationCounter.last_number).where(RegistrationCounter.year == 2026)
        )
    assert [r.sequence for r in rows] == list(range(1, 25))
    assert len({r.registration_number for r in rows}) == 24
    assert counter == 24
    by_case: dict[int, list[int]] = {}
    for row in rows:
        by_case.setdefault(row.case_id, []).append(row.sequence)
    # A case's two letters were numbered in one transaction, so their numbers follow on.
    assert all(b == a + 1 for a, b in by_case.values()) and len(by_case) == 12
