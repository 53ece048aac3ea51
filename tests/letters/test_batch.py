"""Batches: rendered in worker processes, stored one case per transaction, cancellable,
with a dispatch register; and the same letter always renders to the same bytes."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

import pytest
from sqlalchemy import select

from app.db.models import Case, Letter, RegistrationCounter
from app.db.store import Store
from app.domain.errors import ValidationError
from app.letters.render import render
from app.services import letters
from app.services.context import Actor, UnitOfWork
from tests.letters.pdftext import flat, pdf_text
from tests.letters.population import NAMES, bulk_revoked

Factory = Callable[[], UnitOfWork]


def _numbers(store: Store) -> list[tuple[int, int, str]]:
    with store.reading() as session:
        return [
            (r.year, r.sequence, r.registration_number)
            for r in session.scalars(select(Letter).order_by(Letter.year, Letter.sequence))
        ]


def _assert_gapless(store: Store, count: int) -> None:
    rows = _numbers(store)
    assert [seq for _, seq, _ in rows] == list(range(1, count + 1))
    assert len({number for *_, number in rows}) == count
    with store.reading() as session:
        counter = session.get(RegistrationCounter, 2026)
        assert counter is not None and counter.last_number == count


def test_batch_in_two_processes_stores_the_bytes_this_process_renders(
    store: Store, uow_factory: Factory, users: dict[str, Actor]
) -> None:
    refs = bulk_revoked(store, 6)
    plans = letters.plan_batch(uow_factory, users["cleo"], refs, letters.BatchResult())
    here = [render(facts).pdf for plan in plans for facts in plan.pair]
    assert here == [render(facts).pdf for plan in plans for facts in plan.pair]
    seen: list[tuple[int, int]] = []

    result = letters.issue_batch(
        uow_factory,
        users["cleo"],
        refs,
        lambda done, total: seen.append((done, total)),
        workers=2,
    )
    assert not result.failed and not result.cancelled
    assert result.rendered_in_writer == 0  # every letter came from a worker process
    assert seen == [(i, 6) for i in range(7)]
    _assert_gapless(store, 12)
    with store.reading() as session:
        stored = session.scalars(select(Letter.pdf).order_by(Letter.sequence)).all()
    assert len(stored) == 12 and list(stored) == here


def test_register_lists_every_envelope_as_pdf_and_csv(
    store: Store, uow_factory: Factory, users: dict[str, Actor]
) -> None:
    refs = bulk_revoked(store, 3)
    result = letters.issue_batch(uow_factory, users["cleo"], refs, workers=1)
    register = result.register
    assert register is not None and register.entries == 3
    rows = list(csv.DictReader(io.StringIO(register.csv)))
    assert [r["registration_numbers"] for r in rows] == [
        "2026-RS-00001 2026-RS-00002",
        "2026-RS-00003 2026-RS-00004",
        "2026-RS-00005 2026-RS-00006",
    ]
    surname, given, surname_native, given_native = NAMES[0]
    assert rows[0]["addressee"] == f"{given} {surname} ({given_native} {surname_native})"
    assert rows[0]["city"] == "Vilnius" and rows[0]["address_line1"]
    text = flat(pdf_text(register.pdf))
    assert "Registruotųjų pašto siuntų sąrašas" in text
    for number in result.registration_numbers:
        assert number in text
    assert f"{given_native} {surname_native}" in text and rows[1]["address_line1"] in text


def test_cancel_keeps_what_was_issued_complete(
    store: Store, uow_factory: Factory, users: dict[str, Actor]
) -> None:
    refs = bulk_revoked(store, 5)
    done_so_far = [0]

    def progress(done: int, total: int) -> None:
        done_so_far[0] = done

    result = letters.issue_batch(
        uow_factory, users["cleo"], refs, progress, cancel=lambda: done_so_far[0] >= 2, workers=1
    )
    assert result.cancelled and len(result.issued) == 2
    _assert_gapless(store, 4)
    with store.reading() as session:
        states = {n: s for n, s in session.execute(select(Case.case_number, Case.state))}
        per_case = session.execute(select(Letter.case_id, Letter.kind)).all()
    assert [states[r] for r in refs] == ["letters_issued"] * 2 + ["awaiting_letters"] * 3
    assert len(per_case) == 4 and {k for _, k in per_case} == {"decision", "appeal_notice"}
    assert result.register is not None and result.register.entries == 2


def test_a_clerk_issuing_meanwhile_takes_numbers_and_the_batch_stays_gapless(
    store: Store, uow_factory: Factory, users: dict[str, Actor]
) -> None:
    refs = bulk_revoked(store, 4)
    batch, other = refs[:3], refs[3]

    def progress(done: int, total: int) -> None:
        if done == 1:  # another clerk issues a case between the batch's first and second
            letters.issue_letters(uow_factory(), users["cleo"], other)

    result = letters.issue_batch(uow_factory, users["cleo"], batch, progress, workers=1)
    assert len(result.issued) == 3
    assert result.rendered_in_writer == 4  # the last two cases' guessed numbers were taken
    _assert_gapless(store, 8)
    with store.reading() as session:
        for letter in session.scalars(select(Letter)):
            assert letter.registration_number in flat(pdf_text(letter.pdf))


def test_refused_cases_are_reported_and_the_rest_issued(
    store: Store, uow_factory: Factory, users: dict[str, Actor]
) -> None:
    refs = bulk_revoked(store, 2)
    letters.issue_letters(uow_factory(), users["cleo"], refs[0])
    result = letters.issue_batch(uow_factory, users["cleo"], [refs[0], "NO-SUCH", refs[1]])
    assert [f["ref"] for f in result.failed] == [refs[0], "NO-SUCH"]
    assert [c["case_number"] for c in result.issued] == [refs[1]]
    with pytest.raises(ValidationError):
        letters.issue_batch(uow_factory, users["cleo"], [" "])


def test_cancel_with_workers_stops_them_and_keeps_what_was_issued(
    store: Store, uow_factory: Factory, users: dict[str, Actor]
) -> None:
    refs = bulk_revoked(store, 30)  # more than the workers' window of jobs in flight
    result = letters.issue_batch(
        uow_factory, users["cleo"], refs, cancel=lambda: len(_numbers(store)) >= 6, workers=2
    )
    assert result.cancelled and len(result.issued) == 3
    _assert_gapless(store, 6)
    assert result.register is not None and result.register.entries == 3
