"""Every figure of the dashboard against the values worked out by hand (known_store.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from app.db.store import Store
from app.domain.errors import PermissionDenied, ValidationError
from app.services import cases, deadlines, reports
from app.services.context import Actor, UnitOfWork
from app.services.reports import Period
from tests.letters.population import bulk_revoked

Uow = Callable[[], UnitOfWork]


def rows(board: reports.Dashboard, key: str) -> list[tuple[object, ...]]:
    return list(board.figure(key).rows)


def test_cases_by_state(uow_factory: Uow, users: dict[str, Actor], known: dict[str, str]) -> None:
    board = reports.dashboard(uow_factory(), users["sam"])
    assert rows(board, "states") == [
        ("Imported", 1),
        ("Assigned", 1),
        ("In assessment", 1),
        ("Awaiting sign-off", 1),
        ("Closed retained", 1),
        ("Awaiting letters", 1),
        ("Served", 1),
        ("Closed reinstated", 1),
        ("Closed withdrawn", 1),
    ]


def test_outcomes_by_citizenship_and_the_headline(
    uow_factory: Uow, users: dict[str, Actor], known: dict[str, str]
) -> None:
    board = reports.dashboard(uow_factory(), users["admin"])
    # citizenship, cases, retained, revoked, of which annulled, withdrawn, undecided
    assert rows(board, "outcomes") == [
        ("Belarus (BY)", 5, 1, 1, 0, 0, 3),
        ("Russia (RU)", 4, 0, 2, 1, 1, 1),
    ]
    assert board.headline == "3 found a risk: 2 Russia (RU) and 1 Belarus (BY)"


def test_workload_counts_the_cases_now_with_each_officer(
    uow_factory: Uow, users: dict[str, Actor], known: dict[str, str]
) -> None:
    board = reports.dashboard(uow_factory(), users["sam"])
    # assigned, in assessment, awaiting information, awaiting sign-off, open
    assert rows(board, "workload") == [
        ("Olegas Jankauskas", 1, 0, 0, 0, 1),
        ("Olga Petrauskienė", 0, 1, 0, 1, 2),
    ]


def test_decisions_per_week_in_local_weeks(
    uow_factory: Uow, users: dict[str, Actor], known: dict[str, str]
) -> None:
    board = reports.dashboard(uow_factory(), users["sam"])
    figure = board.figure("throughput")
    assert board.period == Period(dt.date(2025, 11, 3), dt.date(2026, 1, 20))
    assert [h for _, h in figure.columns] == [
        "Week from",
        "Olegas Jankauskas",
        "Olga Petrauskienė",
        "Proposed in all",
        "Signed off",
        "Returned",
    ]
    assert len(figure.rows) == 12
    assert all(row[1:] == (0, 0, 0, 0, 0) for row in figure.rows[:-3])
    # c3's sign-off at 22:30 UTC on Sunday is 00:30 on Monday in Vilnius: the next week.
    assert figure.rows[-3:] == (
        (dt.date(2026, 1, 5), 0, 1, 1, 0, 0),
        (dt.date(2026, 1, 12), 1, 3, 4, 2, 1),
        (dt.date(2026, 1, 19), 0, 0, 0, 1, 0),
    )


def test_median_and_90th_percentile_interpolate(
    uow_factory: Uow, users: dict[str, Actor], known: dict[str, str]
) -> None:
    board = reports.dashboard(uow_factory(), users["sue"])
    # import to decision: 7, 9, 13 days; proposal to sign-off: 2, 1, 4 and 0.5 (a return).
    assert rows(board, "durations") == [
        ("From import to decision", 3, 9.0, 12.2, 9.67),
        ("From proposal to sign-off", 4, 1.5, 3.4, 1.88),
    ]


def test_a_shorter_period_leaves_out_what_was_signed_before_it(
    uow_factory: Uow, users: dict[str, Actor], known: dict[str, str]
) -> None:
    period = Period(dt.date(2026, 1, 13), dt.date(2026, 1, 18))
    board = reports.dashboard(uow_factory(), users["sam"], period)
    # c2 (1 day) and c4 (half a day); c3's sign-off is on the 19th in Vilnius.
    assert rows(board, "durations") == [
        ("From import to decision", 1, 9.0, 9.0, 9.0),
        ("From proposal to sign-off", 2, 0.75, 0.95, 0.75),
    ]
    assert board.figure("throughput").rows == ((dt.date(2026, 1, 12), 1, 3, 4, 1, 1),)


def test_no_decision_yet_gives_no_times(uow_factory: Uow, users: dict[str, Actor]) -> None:
    board = reports.dashboard(uow_factory(), users["sam"])
    assert rows(board, "durations") == [
        ("From import to decision", 0, None, None, None),
        ("From proposal to sign-off", 0, None, None, None),
    ]
    assert board.headline == "No one has been found a risk so far."


def test_appeals_by_outcome(
    uow_factory: Uow, users: dict[str, Actor], known: dict[str, str]
) -> None:
    board = reports.dashboard(uow_factory(), users["sam"])
    assert rows(board, "appeals") == [
        ("Pending", 1),
        ("Dismissed", 0),
        ("Decision annulled", 1),
        ("Remitted", 0),
    ]


def test_deadlines_needing_attention_are_the_boards_counts(
    uow_factory: Uow, users: dict[str, Actor], known: dict[str, str]
) -> None:
    board = reports.dashboard(uow_factory(), users["sam"])
    counts = deadlines.board(uow_factory(), users["sam"]).counts
    assert rows(board, "attention")[:2] == [
        ("Appeal windows", 0, 0, 1, 0),
        ("Departures", 0, 0, 0, 1),
    ]
    assert rows(board, "attention") == [
        (deadlines.KIND_PLURALS[k], *(counts[k][s] for s in deadlines.STATUSES))
        for k in deadlines.KINDS
    ]


def test_only_supervisors_and_admins_see_the_dashboard(
    uow_factory: Uow, users: dict[str, Actor]
) -> None:
    for name in ("olga", "cleo"):
        with pytest.raises(PermissionDenied):
            reports.dashboard(uow_factory(), users[name])


def test_a_period_must_run_forwards() -> None:
    with pytest.raises(ValidationError):
        Period.of(dt.date(2026, 1, 20), dt.date(2026, 1, 10), dt.date(2026, 1, 5))
    assert Period.of(dt.date(2026, 1, 20), None, None) == Period(
        dt.date(2025, 11, 3), dt.date(2026, 1, 20)
    )


def test_weeks_follow_summer_time() -> None:
    # Summer time ends on Sunday 2025-10-26: Monday midnight is 21:00 UTC before, 22:00 after.
    weeks = Period(dt.date(2025, 10, 20), dt.date(2025, 11, 2)).weeks()
    assert [(m, s.hour) for m, s, _ in weeks] == [
        (dt.date(2025, 10, 20), 21),
        (dt.date(2025, 10, 27), 22),
    ]


def test_a_revocation_withdrawn_before_its_letters_counts_as_revoked_and_withdrawn(
    store: Store, uow_factory: Uow, users: dict[str, Actor]
) -> None:
    first, _ = bulk_revoked(store, 2)  # citizenship BY, then RU
    cases.withdraw(uow_factory(), users["sam"], first, reason="deceased")
    board = reports.dashboard(uow_factory(), users["sam"])
    # citizenship, cases, retained, revoked, of which annulled, withdrawn, undecided
    assert sorted(rows(board, "outcomes")) == [
        ("Belarus (BY)", 1, 0, 1, 0, 1, 0),
        ("Russia (RU)", 1, 0, 1, 0, 0, 0),
    ]
