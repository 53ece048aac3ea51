"""Four workstations at once on shared cases, on SQLite and on PostgreSQL.

Each of 4 processes takes 200 actions (assign, start, propose, return, approve,
issue letters) on 80 shared cases, always from what it saw a moment before.
Afterwards: no lost update, no duplicate or missing registration number, and
every refused action refused cleanly (StaleCase, InvalidTransition,
PermissionDenied), never a crash or a leaked database error.
"""

from __future__ import annotations

import multiprocessing
import queue
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.audit import log as audit_log
from app.db.models import AuditEvent, Case, Letter, RegistrationCounter
from app.db.store import Store, open_store, sqlite_backup
from tests.factories import make_case
from tests.pg.databases import TestDatabases
from tests.pg.desk import AT, run_desk

DESKS = 4
ACTIONS = 200
CASES = 80
# The audit action each desk action is logged under.
LOGGED_AS = {
    "assign": "assign",
    "start": "start",
    "propose": "propose",
    "return": "return",
    "approve": "approve",
    "issue_letters": "issue_letters",
}


@pytest.fixture(
    params=[
        pytest.param("sqlite", marks=pytest.mark.sqlite_only),
        pytest.param("postgresql", marks=pytest.mark.postgresql),
    ],
)
def office(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A store of its own with the team and 80 new cases, on the kind of store named."""
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("template_store")
        target = tmp_path / "office.sqlite3"
        sqlite_backup(template, target)
        url = f"sqlite:///{target}"
    else:
        request.getfixturevalue("pg_url")
        databases: TestDatabases = request.getfixturevalue("pg_databases")
        url = databases.create()
    store = open_store(url)
    yield store
    store.dispose()
    if request.param == "postgresql":
        databases.drop(url)


def _run(store: Store, refs: list[str]) -> list[dict[str, Any]]:
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(DESKS)
    results = context.Queue()
    desks = [
        context.Process(target=run_desk, args=(store.url, n, refs, ACTIONS, start, results))
        for n in range(DESKS)
    ]
    for desk in desks:
        desk.start()
    reports = []
    try:
        for _ in desks:
            reports.append(results.get(timeout=600))
    except queue.Empty:
        pytest.fail(f"only {len(reports)} of {DESKS} desks finished")
    for desk in desks:
        desk.join(timeout=60)
        assert desk.exitcode == 0
    return reports


def test_four_desks_at_once_lose_nothing_and_number_letters_without_gaps(
    office: Store, request: pytest.FixtureRequest
) -> None:
    store = office
    refs = [make_case(store, f"{i:08d}", created_at=AT) for i in range(1, CASES + 1)]
    began = time.perf_counter()
    reports = _run(store, refs)
    elapsed = time.perf_counter() - began

    # Every action either succeeded or was refused cleanly.
    failures = [f for r in reports for f in r["failures"]]
    assert failures == [], failures[0]
    successes = [s for r in reports for s in r["successes"]]
    refusals: Counter[str] = Counter()
    for r in reports:
        refusals.update(r["refusals"])
    assert len(successes) + sum(refusals.values()) == DESKS * ACTIONS

    with store.reading() as session:
        verdict = audit_log.verify(session)
        events = session.execute(
            select(AuditEvent.seq, AuditEvent.case_id, AuditEvent.action)
            .add_columns(AuditEvent.before, AuditEvent.after)
            .where(AuditEvent.case_id.is_not(None))
            .order_by(AuditEvent.seq)
        ).all()
        final = {
            c.case_number: (c.id, c.state)
            for c in session.execute(select(Case.id, Case.case_number, Case.state))
        }
        letters = session.execute(
            select(Letter.sequence, Letter.registration_number, Letter.case_id).order_by(
                Letter.sequence
            )
        ).all()
        counter = session.scalar(
            select(RegistrationCounter.last_number).where(RegistrationCounter.year == AT.year)
        )
    # The hash chain is whole: appends never raced.
    assert verdict.ok, verdict.problem

    # No lost update. Each success is in the audit log once; no two successes were
    # made from the same version of a case; and replaying the log's state changes
    # case by case arrives at each case's stored state without a break.
    by_id = {case_id: ref for ref, (case_id, _) in final.items()}
    logged = Counter((by_id[e.case_id], e.action) for e in events)
    reported = Counter((s["case"], LOGGED_AS[s["action"]]) for s in successes)
    assert {k: logged[k] for k in reported} == reported
    assert sum(n for (_, action), n in logged.items() if action in LOGGED_AS.values()) == len(
        successes
    )
    versions = Counter((s["case"], s["version"]) for s in successes if s["version"] is not None)
    assert [k for k, n in versions.items() if n > 1] == []
    running = {ref: "imported" for ref in refs}
    for event in events:
        ref = by_id[event.case_id]
        if "state" in event.before:
            assert event.before["state"] == running[ref], (ref, event.seq, event.action)
        if "state" in event.after:
            running[ref] = event.after["state"]
    assert running == {ref: final[ref][1] for ref in refs}

    # Registration numbers: 1..n without gap or repeat, two per issuing, as reported.
    issued = [n for s in successes for n in s["letters"]]
    issuings = sum(1 for s in successes if s["action"] == "issue_letters")
    assert [row.sequence for row in letters] == list(range(1, 2 * issuings + 1))
    assert sorted(issued) == sorted(row.registration_number for row in letters)
    assert len(set(issued)) == len(issued) == 2 * issuings
    assert (counter or 0) == 2 * issuings
    assert all(n == 2 for n in Counter(row.case_id for row in letters).values())

    by_action = Counter(s["action"] for s in successes)
    figures = (
        f"{request.node.callspec.id}: {DESKS}x{ACTIONS} actions in {elapsed:.1f} s; "
        f"succeeded {len(successes)} {dict(sorted(by_action.items()))}; "
        f"refused {sum(refusals.values())} {dict(sorted(refusals.items()))}; "
        f"letters {len(letters)} (numbers 1..{len(letters)}); audit events {verdict.events}; "
        "lost updates 0; duplicate or missing numbers 0"
    )
    print(figures)
    # Enough of each kind happened for the figures to mean something.
    assert by_action["issue_letters"] > 0 and by_action["approve"] > 0
    assert refusals and any("StaleCase" in k for k in refusals)
