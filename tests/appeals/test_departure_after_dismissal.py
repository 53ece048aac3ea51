"""The departure deadline after a suspensive appeal is dismissed: it runs again once the
dismissal is final, and every reader of a case's departure deadline (the board, its
counts, the older deadline list, the appeals panel's data) takes the new one.

One case throughout: served Saturday 2026-01-31 (departure by Monday 03-02, DOMAIN.md's
worked example), a suspensive appeal lodged 02-10, dismissed by the Vilnius chamber on
Wednesday 04-15. The onward-appeal deadline is 14 days later, Wednesday 04-29; the
obligation resumes on 04-30, and one month from it is Saturday 05-30: Monday 06-01.
"""

from __future__ import annotations

from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, text

from app.db.models import AuditEvent, Base, Setting
from app.db.store import Store, alembic_config, head_revision
from app.domain import deadlines as dl
from app.services import appeals, cases, deadlines, letters
from app.services.context import Actor
from tests.appeals.helpers import D, Factory, MovableClock, case_events, served_case

SERVED = D("2026-01-31")
SERVICE_DEPARTURE = "2026-03-02"
DISMISSED = "2026-04-15"
ONWARD_DEADLINE = "2026-04-29"
RESUMED_DEPARTURE = "2026-06-01"  # from 04-30: 05-30 is a Saturday
# The higher court dismisses on Friday 06-05: one month on is Sunday 07-05, and Monday
# 07-06 is Statehood Day.
HIGHER_DISMISSED = "2026-06-05"
HIGHER_DEPARTURE = "2026-07-07"


@pytest.fixture
def served(store: Store, uow_factory: Factory, users: dict[str, Actor], clock: MovableClock) -> str:
    return served_case(store, uow_factory, users, clock, "LP0000001", served_on=SERVED)


def lodge(
    uow_factory: Factory,
    users: dict[str, Actor],
    ref: str,
    day: str,
    *,
    court: str = "RAT-V",
    suspensive: bool = True,
) -> None:
    appeals.lodge_appeal(
        uow_factory(),
        users["cleo"],
        ref,
        court_code=court,
        lodged_on=D(day),
        suspensive=suspensive,
    )


def dismiss(
    uow_factory: Factory, users: dict[str, Actor], clock: MovableClock, ref: str, day: str
) -> dict[str, Any]:
    clock.set_day(day)
    return appeals.record_outcome(
        uow_factory(), users["cleo"], ref, outcome="dismissed", decided_on=D(day)
    ).details


def departures(uow_factory: Factory, users: dict[str, Actor]) -> list[tuple[str, str, int]]:
    """The board's departure rows: (date, status, days left)."""
    rows = deadlines.list_deadlines(uow_factory(), users["cleo"], kinds=["departure"])
    return [(r["date"], r["status"], r["days_left"]) for r in rows]


def departure_counts(uow_factory: Factory, users: dict[str, Actor]) -> dict[str, int]:
    return deadlines.board(uow_factory(), users["cleo"]).counts["departure"]


def in_force(uow_factory: Factory, users: dict[str, Actor], ref: str) -> str | None:
    found = appeals.case_appeals(uow_factory(), users["sam"], ref)
    assert found["service"]["departure_deadline"] == SERVICE_DEPARTURE  # the service keeps its own
    return found["departure_deadline"]  # type: ignore[no-any-return]


def test_the_rule_in_dates() -> None:
    calendar = dl.WorkingCalendar()
    onward = dl.appeal_deadline(D(DISMISSED), 14, calendar)
    assert onward == D(ONWARD_DEADLINE)
    assert dl.departure_after_dismissal(D(DISMISSED), onward, 1, calendar) == D(RESUMED_DEPARTURE)
    final = dl.departure_after_dismissal(D(HIGHER_DISMISSED), None, 1, calendar)
    assert final == D(HIGHER_DEPARTURE)
    # Counted from the day itself, like service: 2026-03-16 gives 04-16, a Thursday.
    assert dl.departure_after_dismissal(D("2026-03-16"), None, 1, calendar) == D("2026-04-16")


def test_first_instance_dismissal_resumes_the_day_after_the_onward_deadline(
    store: Store, uow_factory: Factory, users: dict[str, Actor], clock: MovableClock, served: str
) -> None:
    clock.set_day("2026-02-10")
    lodge(uow_factory, users, served, "2026-02-10")
    clock.set_day("2026-03-10")  # past the service's deadline, but the appeal holds it off
    assert departures(uow_factory, users) == []
    assert departure_counts(uow_factory, users)["overdue"] == 0

    result = dismiss(uow_factory, users, clock, served, DISMISSED)
    assert (result["onward_deadline"], result["departure_deadline"]) == (
        ONWARD_DEADLINE,
        RESUMED_DEPARTURE,
    )
    (event,) = [e for e in case_events(store, served) if e.action == "appeal_outcome"]
    assert event.after["departure_deadline"] == RESUMED_DEPARTURE
    assert event.after["onward_deadline"] == ONWARD_DEADLINE

    # The board shows the new date, not the service's long passed one.
    assert departures(uow_factory, users) == [(RESUMED_DEPARTURE, "later", 47)]
    assert departure_counts(uow_factory, users) == {
        "overdue": 0,
        "today": 0,
        "this_week": 0,
        "later": 1,
    }
    assert in_force(uow_factory, users, served) == RESUMED_DEPARTURE
    shown = appeals.case_appeals(uow_factory(), users["cleo"], served)
    assert shown["appeals"][0]["departure_deadline"] == RESUMED_DEPARTURE
    (row,) = letters.list_deadlines(uow_factory(), users["cleo"])
    assert (row["deadline"], row["date"]) == ("departure", RESUMED_DEPARTURE)

    clock.set_day("2026-05-31")  # a Sunday: Monday's deadline is next week's
    assert departures(uow_factory, users) == [(RESUMED_DEPARTURE, "later", 1)]
    clock.set_day(RESUMED_DEPARTURE)
    assert departures(uow_factory, users) == [(RESUMED_DEPARTURE, "today", 0)]
    assert deadlines.attention_today(uow_factory(), users["cleo"]).departure_overdue == 0
    clock.set_day("2026-06-02")
    assert departures(uow_factory, users) == [(RESUMED_DEPARTURE, "overdue", -1)]
    assert deadlines.attention_today(uow_factory(), users["cleo"]).departure_overdue == 1


def test_a_suspensive_onward_appeal_hides_it_again_and_the_higher_court_sets_the_next(
    store: Store, uow_factory: Factory, users: dict[str, Actor], clock: MovableClock, served: str
) -> None:
    clock.set_day("2026-02-10")
    lodge(uow_factory, users, served, "2026-02-10")
    dismiss(uow_factory, users, clock, served, DISMISSED)
    clock.set_day("2026-04-28")
    lodge(uow_factory, users, served, "2026-04-28", court="LVAT")
    assert departures(uow_factory, users) == []

    result = dismiss(uow_factory, users, clock, served, HIGHER_DISMISSED)
    # Final at once: counted from the day of the judgment.
    assert (result["onward_deadline"], result["departure_deadline"]) == (None, HIGHER_DEPARTURE)
    assert departures(uow_factory, users) == [(HIGHER_DEPARTURE, "later", 32)]
    assert in_force(uow_factory, users, served) == HIGHER_DEPARTURE
    shown = appeals.case_appeals(uow_factory(), users["cleo"], served)
    assert [a["departure_deadline"] for a in shown["appeals"]] == [
        RESUMED_DEPARTURE,
        HIGHER_DEPARTURE,
    ]
    # Confirming the revocation as final changes nothing of it.
    appeals.confirm_final(uow_factory(), users["cleo"], [served])
    assert departures(uow_factory, users) == [(HIGHER_DEPARTURE, "later", 32)]


def test_a_non_suspensive_dismissal_leaves_the_services_deadline(
    store: Store, uow_factory: Factory, users: dict[str, Actor], clock: MovableClock, served: str
) -> None:
    clock.set_day("2026-02-10")
    lodge(uow_factory, users, served, "2026-02-10", suspensive=False)
    clock.set_day("2026-03-10")
    assert departures(uow_factory, users) == [(SERVICE_DEPARTURE, "overdue", -8)]

    result = dismiss(uow_factory, users, clock, served, DISMISSED)
    assert (result["onward_deadline"], result["departure_deadline"]) == (ONWARD_DEADLINE, None)
    (event,) = [e for e in case_events(store, served) if e.action == "appeal_outcome"]
    assert event.after["departure_deadline"] is None
    assert departures(uow_factory, users) == [(SERVICE_DEPARTURE, "overdue", -44)]
    assert in_force(uow_factory, users, served) == SERVICE_DEPARTURE


def test_a_non_suspensive_onward_appeal_keeps_the_first_dismissals_deadline(
    uow_factory: Factory, users: dict[str, Actor], clock: MovableClock, served: str
) -> None:
    clock.set_day("2026-02-10")
    lodge(uow_factory, users, served, "2026-02-10")
    dismiss(uow_factory, users, clock, served, DISMISSED)
    clock.set_day("2026-04-28")
    lodge(uow_factory, users, served, "2026-04-28", court="LVAT", suspensive=False)
    assert departures(uow_factory, users) == [(RESUMED_DEPARTURE, "later", 34)]
    result = dismiss(uow_factory, users, clock, served, HIGHER_DISMISSED)
    assert result["departure_deadline"] is None
    assert departures(uow_factory, users) == [(RESUMED_DEPARTURE, "overdue", -4)]


def test_extra_non_working_days_move_the_new_deadline(
    store: Store, uow_factory: Factory, users: dict[str, Actor], clock: MovableClock, served: str
) -> None:
    with store.session() as session:
        session.add(Setting(key="extra_non_working_days", value={"value": [RESUMED_DEPARTURE]}))
        session.commit()
    clock.set_day("2026-02-10")
    lodge(uow_factory, users, served, "2026-02-10")
    result = dismiss(uow_factory, users, clock, served, DISMISSED)
    assert result["departure_deadline"] == "2026-06-02"
    assert departures(uow_factory, users) == [("2026-06-02", "later", 48)]


# --- revision 0009 ----------------------------------------------------------------------


def _migrate(store: Store, step: Any, revision: str) -> None:
    cfg = alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        step(cfg, revision)


def _appeal_rows(store: Store) -> list[tuple[str, ...]]:
    """The appeals as revision 0008 knew them, read without the models."""
    query = text(
        "SELECT id, case_id, court_code, lodged_on, suspensive, outcome, outcome_on, "
        "onward_deadline, version FROM appeal ORDER BY id"
    )
    with store.engine.connect() as conn:
        return [tuple(str(v) for v in row) for row in conn.execute(query)]


def _appeal_columns(store: Store) -> set[str]:
    return {c["name"] for c in inspect(store.engine).get_columns("appeal")}


def test_revision_0009_keeps_the_appeals_both_ways(
    store: Store, uow_factory: Factory, users: dict[str, Actor], clock: MovableClock, served: str
) -> None:
    clock.set_day("2026-02-10")
    lodge(uow_factory, users, served, "2026-02-10")
    dismiss(uow_factory, users, clock, served, DISMISSED)
    clock.set_day("2026-04-28")
    lodge(uow_factory, users, served, "2026-04-28", court="LVAT")
    appeals.add_hearing(uow_factory(), users["cleo"], served, hearing_on=D("2026-05-20"))
    before = _appeal_rows(store)
    assert len(before) == 2
    with store.reading() as session:
        events = session.scalar(select(AuditEvent.seq).order_by(AuditEvent.seq.desc()).limit(1))

    _migrate(store, command.downgrade, "0008")
    assert store.current_revision() == "0008"
    assert "departure_deadline" not in _appeal_columns(store)
    assert _appeal_rows(store) == before

    store.migrate()  # as the application upgrades a store of an older version
    assert store.current_revision() == head_revision()
    assert "departure_deadline" in _appeal_columns(store)
    assert _appeal_rows(store) == before
    with store.engine.connect() as conn:
        hearings = conn.execute(text("SELECT hearings FROM appeal ORDER BY id")).scalars().all()
        assert "2026-05-20" in str(hearings[-1])
        kept = conn.execute(text("SELECT departure_deadline FROM appeal")).scalars().all()
        assert kept == [None, None]  # the downgrade dropped it; nothing makes it up
    with store.reading() as session:
        last = session.scalar(select(AuditEvent.seq).order_by(AuditEvent.seq.desc()).limit(1))
        assert last == events
    # With no deadline of its own, a dismissal made before the revision leaves the service's.
    shown = appeals.case_appeals(uow_factory(), users["cleo"], served)
    assert shown["departure_deadline"] == SERVICE_DEPARTURE

    # The migrated table is the one the models describe.
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    touching = [d for d in differences if "appeal" in repr(d)]
    assert touching == []


def test_the_resumed_deadline_counts_only_for_the_decision_it_followed(
    store: Store, uow_factory: Factory, users: dict[str, Actor], clock: MovableClock, served: str
) -> None:
    """After a remittal and a new decision, the new service's deadline stands, not the one a
    dismissal under the earlier decision set."""
    clock.set_day("2026-02-10")
    lodge(uow_factory, users, served, "2026-02-10")
    dismiss(uow_factory, users, clock, served, DISMISSED)
    clock.set_day("2026-04-28")
    lodge(uow_factory, users, served, "2026-04-28", court="LVAT")
    clock.set_day("2026-06-05")
    appeals.record_outcome(
        uow_factory(), users["cleo"], served, outcome="remitted", decided_on=D("2026-06-05")
    )
    cases.propose(
        uow_factory(),
        users["olga"],
        served,
        outcome="revoke",
        legal_bases=["ULTP-51-1-2"],
        reasons="Nauji motyvai po teismo nutarties.",
    )
    cases.approve(uow_factory(), users["sue"], served)
    issued = letters.issue_letters(uow_factory(), users["cleo"], served)
    number = str(issued.details["letters"][0]["registration_number"])
    letters.record_dispatch(
        uow_factory(), users["cleo"], number, dispatched_on=D("2026-06-05"), tracking_number="RR1"
    )
    clock.set_day("2026-06-10")
    letters.record_service(
        uow_factory(), users["cleo"], served, served_on=D("2026-06-10"), method="in_person"
    )
    # One month from Wednesday 06-10 is Friday 07-10.
    assert departures(uow_factory, users) == [("2026-07-10", "later", 30)]
    found = appeals.case_appeals(uow_factory(), users["sam"], served)
    assert found["departure_deadline"] == found["service"]["departure_deadline"] == "2026-07-10"
