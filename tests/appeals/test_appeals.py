"""Appeals on served cases: every outcome and the transitions it takes, late appeals,
onward appeals, the review of final revocations and its bulk confirmation."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.db.models import Appeal, Case, Decision, Letter
from app.db.store import Store
from app.domain.errors import InvalidTransition, PermissionDenied, StaleCase, ValidationError
from app.services import appeals, cases, deadlines, letters
from app.services.context import Actor
from tests.appeals.helpers import (
    D,
    Factory,
    MovableClock,
    case_events,
    case_state,
    permit_status,
    served_case,
)

SERVED = D("2026-01-31")  # DOMAIN.md's worked example: appeal by 02-17, departure by 03-02
APPEAL_DEADLINE = D("2026-02-17")


@pytest.fixture
def served(store: Store, uow_factory: Factory, users: dict[str, Actor], clock: MovableClock) -> str:
    return served_case(store, uow_factory, users, clock, "LP0000001", served_on=SERVED)


def lodge(
    uow_factory: Factory,
    users: dict[str, Actor],
    ref: str,
    lodged: str,
    court: str = "RAT-V",
    case_no: str = "",
) -> dict[str, object]:
    return appeals.lodge_appeal(
        uow_factory(),
        users["cleo"],
        ref,
        court_code=court,
        lodged_on=D(lodged),
        court_case_number=case_no,
    ).details


def outcome(
    uow_factory: Factory, users: dict[str, Actor], ref: str, result: str, day: str
) -> dict[str, object]:
    return appeals.record_outcome(
        uow_factory(), users["cleo"], ref, outcome=result, decided_on=D(day)
    ).details


def actions(store: Store, ref: str, since: str) -> list[tuple[str, str]]:
    """(action, actor) of the case's events after the first event named `since`."""
    events = [(e.action, e.actor) for e in case_events(store, ref)]
    start = max(i for i, (a, _) in enumerate(events) if a == since)
    return events[start:]


def test_courts_come_from_the_settings(uow_factory: Factory, users: dict[str, Actor]) -> None:
    courts = appeals.list_courts(uow_factory(), users["cleo"])
    assert [c["code"] for c in courts] == ["RAT-V", "RAT-K", "RAT-KL", "RAT-S", "RAT-P", "LVAT"]
    assert courts[0]["address"] == "Žygimantų g. 2, LT-01102 Vilnius"
    assert courts[-1]["level"] == "appeal"


def test_appeal_in_time_then_hearing_document_and_dismissal(
    store: Store, uow_factory: Factory, users: dict[str, Actor], clock: MovableClock, served: str
) -> None:
    clock.set_day("2026-02-10")
    details = appeals.lodge_appeal(
        uow_factory(),
        users["cleo"],
        served,
        court_code="rat-v",
        lodged_on=D("2026-02-09"),
        court_case_number=" eI-1234-567/2026 ",
        suspensive=True,
    ).details
    assert details["state"] == "under_appeal"
    assert details["late"] is False and details["onward"] is False
    assert details["deadline"] == APPEAL_DEADLINE.isoformat()
    appeals.add_hearing(uow_factory(), users["cleo"], served, hearing_on=D("2026-03-12"))
    appeals.add_hearing(uow_factory(), users["cleo"], served, hearing_on=D("2026-03-03"))
    appeals.add_document(
        uow_factory(),
        users["cleo"],
        served,
        reference="Nutartis eI-1234",
        received_on=D("2026-02-10"),
    )
    clock.set_day("2026-03-20")
    result = outcome(uow_factory, users, served, "dismissed", "2026-03-19")
    # 14 days from 03-19 is Thursday 04-02, a working day.
    assert result["onward_deadline"] == "2026-04-02"
    assert case_state(store, served) == "appeal_dismissed"
    shown = appeals.case_appeals(uow_factory(), users["sam"], served)
    (appeal,) = shown["appeals"]
    assert appeal["court_case_number"] == "eI-1234-567/2026"
    assert [h["date"] for h in appeal["hearings"]] == ["2026-03-03", "2026-03-12"]
    assert appeal["documents"] == [{"reference": "Nutartis eI-1234", "received_on": "2026-02-10"}]
    assert (appeal["outcome"], appeal["outcome_on"]) == ("dismissed", "2026-03-19")
    assert actions(store, served, "lodge_appeal") == [
        ("lodge_appeal", "cleo"),
        ("appeal_hearing", "cleo"),
        ("appeal_hearing", "cleo"),
        ("appeal_document", "cleo"),
        ("appeal_outcome", "cleo"),
        ("dismiss_appeal", "cleo"),
    ]

    # Not final while an onward appeal is still possible; offered once its deadline passed.
    assert deadlines.finality_review(uow_factory(), users["cleo"]) == []
    with pytest.raises(InvalidTransition, match="onward appeal is still possible"):
        appeals.confirm_final(uow_factory(), users["cleo"], [served])
    clock.set_day("2026-04-03")
    (row,) = deadlines.finality_review(uow_factory(), users["cleo"])
    assert (row["case_number"], row["ground"], row["court_code"]) == (
        served,
        "appeal_dismissed",
        "RAT-V",
    )
    assert (row["deadline"], row["dismissed_on"], row["days_since"]) == (
        "2026-04-02",
        "2026-03-19",
        1,
    )
    appeals.confirm_final(uow_factory(), users["cleo"], [served])
    assert case_state(store, served) == "revocation_final"
    assert permit_status(store, served) == "revoked"
    confirm = next(e for e in case_events(store, served) if e.action == "confirm_final")
    assert confirm.actor == "cleo"
    assert confirm.after["confirmed_by"] == "cleo"
    assert confirm.after["confirmed_by_name"] == "Kleopatra Žilinskienė"
    assert confirm.after["ground"] == "appeal_dismissed"


def test_annulment_reinstates_the_permit_and_closes_the_case(
    store: Store, uow_factory: Factory, users: dict[str, Actor], clock: MovableClock, served: str
) -> None:
    clock.set_day("2026-02-12")
    lodge(uow_factory, users, served, "2026-02-12")
    clock.set_day("2026-05-04")
    result = outcome(uow_factory, users, served, "annulled", "2026-04-30")
    assert result["state"] == "closed_reinstated"
    assert case_state(store, served) == "closed_reinstated"
    assert permit_status(store, served) == "valid"
    assert actions(store, served, "appeal_outcome") == [
        ("appeal_outcome", "cleo"),
        ("annul_decision", "cleo"),
        ("reinstate", "system"),
    ]
    states = [
        (e.before.get("state"), e.after.get("state"))
        for e in case_events(store, served)
        if e.action in ("annul_decision", "reinstate")
    ]
    assert states == [
        ("under_appeal", "decision_annulled"),
        ("decision_annulled", "closed_reinstated"),
    ]
    assert deadlines.list_deadlines(uow_factory(), users["cleo"]) == []


def test_remittal_goes_back_to_assessment_and_a_new_decision_can_be_made(
    store: Store, uow_factory: Factory, users: dict[str, Actor], clock: MovableClock, served: str
) -> None:
    clock.set_day("2026-02-12")
    lodge(uow_factory, users, served, "2026-02-12")
    clock.set_day("2026-05-04")
    result = outcome(uow_factory, users, served, "remitted", "2026-04-30")
    assert result["state"] == "in_assessment"
    assert permit_status(store, served) == "valid"
    assert actions(store, served, "appeal_outcome") == [
        ("appeal_outcome", "cleo"),
        ("remit", "cleo"),
        ("decision_superseded", "system"),
        ("resume_assessment", "system"),
    ]
    with store.reading() as session:
        (old,) = session.scalars(select(Decision)).all()
        assert (old.status, old.outcome) == ("superseded", "revoke")
        old_id = old.id

    cases.propose(
        uow_factory(),
        users["olga"],
        served,
        outcome="revoke",
        legal_bases=["ULTP-51-1-2"],
        reasons="Nauji motyvai po teismo nutarties.",
    )
    cases.approve(uow_factory(), users["sue"], served)
    assert case_state(store, served) == "awaiting_letters"
    issued = letters.issue_letters(uow_factory(), users["cleo"], served)
    assert issued.details["state"] == "letters_issued"
    with store.reading() as session:
        decisions = session.scalars(select(Decision).order_by(Decision.id)).all()
        assert [(d.id == old_id, d.status) for d in decisions] == [
            (True, "superseded"),
            (False, "approved"),
        ]
        new_letters = session.scalars(select(Letter).where(Letter.decision_id != old_id)).all()
        assert len(new_letters) == 2


def test_late_appeal_is_recorded_and_flagged(
    store: Store, uow_factory: Factory, users: dict[str, Actor], clock: MovableClock, served: str
) -> None:
    clock.set_day("2026-02-18")
    details = lodge(uow_factory, users, served, "2026-02-18")
    assert details["late"] is True
    assert case_state(store, served) == "under_appeal"
    with store.reading() as session:
        assert session.scalars(select(Appeal.late)).all() == [True]
    event = next(e for e in case_events(store, served) if e.action == "lodge_appeal")
    assert event.after["late"] is True and event.after["deadline"] == "2026-02-17"


def test_appeal_on_the_last_day_is_in_time(
    uow_factory: Factory, users: dict[str, Actor], clock: MovableClock, served: str
) -> None:
    clock.set_day(APPEAL_DEADLINE)
    assert lodge(uow_factory, users, served, APPEAL_DEADLINE.isoformat())["late"] is False


def test_appeal_after_confirmed_finality_is_late_and_reopens_the_question(
    store: Store, uow_factory: Factory, users: dict[str, Actor], clock: MovableClock, served: str
) -> None:
    clock.set_day("2026-02-20")
    appeals.confirm_final(uow_factory(), users["cleo"], [served])
    assert permit_status(store, served) == "revoked"
    details = lodge(uow_factory, users, served, "2026-02-19")
    assert (details["state"], details["late"]) == ("under_appeal", True)
    clock.set_day("2026-06-01")
    outcome(uow_factory, users, served, "annulled", "2026-05-29")
    assert permit_status(store, served) == "valid"
    assert actions(store, served, "appeal_outcome")[1:3] == [
        ("annul_decision", "cleo"),
        ("permit_status", "system"),
    ]


def test_onward_appeal_to_the_higher_court_is_a_new_appeal(
    store: Store, uow_factory: Factory, users: dict[str, Actor], clock: MovableClock, served: str
) -> None:
    clock.set_day("2026-02-12")
    lodge(uow_factory, users, served, "2026-02-12")
    clock.set_day("2026-03-20")
    outcome(uow_factory, users, served, "dismissed", "2026-03-19")
    with pytest.raises(ValidationError) as caught:
        lodge(uow_factory, users, served, "2026-03-20", court="RAT-K")
    assert caught.value.field == "court" and "higher court" in caught.value.reason
    onward = lodge(uow_factory, users, served, "2026-03-20", court="LVAT", case_no="eA-9/2026")
    assert (onward["onward"], onward["late"], onward["deadline"]) == (True, False, "2026-04-02")
    clock.set_day("2026-09-01")
    result = outcome(uow_factory, users, served, "dismissed", "2026-08-28")
    assert result["onward_deadline"] is None  # the highest court's judgment is final at once
    (row,) = deadlines.finality_review(uow_factory(), users["cleo"])
    assert (row["ground"], row["court_code"], row["deadline"]) == ("appeal_dismissed", "LVAT", None)
    with pytest.raises(InvalidTransition, match="final; there is no further appeal"):
        lodge(uow_factory, users, served, "2026-09-01", court="LVAT")
    with store.reading() as session:
        rows = session.scalars(select(Appeal).order_by(Appeal.id)).all()
        assert [(a.court_code, a.outcome) for a in rows] == [
            ("RAT-V", "dismissed"),
            ("LVAT", "dismissed"),
        ]


def test_late_onward_appeal_is_flagged(
    uow_factory: Factory, users: dict[str, Actor], clock: MovableClock, served: str
) -> None:
    clock.set_day("2026-02-12")
    lodge(uow_factory, users, served, "2026-02-12")
    clock.set_day("2026-04-10")
    outcome(uow_factory, users, served, "dismissed", "2026-03-19")
    assert lodge(uow_factory, users, served, "2026-04-09", court="LVAT")["late"] is True


@pytest.mark.parametrize(
    ("court", "lodged", "field"),
    [
        ("RAT-X", "2026-02-10", "court"),
        ("LVAT", "2026-02-10", "court"),  # not a first-instance court
        ("RAT-V", "2026-02-11", "date lodged"),  # tomorrow
        ("RAT-V", "2026-01-20", "date lodged"),  # before the decision was issued
    ],
)
def test_bad_appeals_are_refused(
    uow_factory: Factory,
    users: dict[str, Actor],
    clock: MovableClock,
    served: str,
    court: str,
    lodged: str,
    field: str,
) -> None:
    clock.set_day("2026-02-10")
    with pytest.raises(ValidationError) as caught:
        lodge(uow_factory, users, served, lodged, court=court)
    assert caught.value.field == field


def test_only_a_clerk_records_appeals_and_outcomes(
    uow_factory: Factory, users: dict[str, Actor], clock: MovableClock, served: str
) -> None:
    clock.set_day("2026-02-10")
    for who in ("sam", "olga", "admin"):
        with pytest.raises(PermissionDenied):
            appeals.lodge_appeal(
                uow_factory(), users[who], served, court_code="RAT-V", lodged_on=D("2026-02-10")
            )
    lodge(uow_factory, users, served, "2026-02-10")
    with pytest.raises(PermissionDenied):
        appeals.record_outcome(
            uow_factory(), users["sam"], served, outcome="dismissed", decided_on=D("2026-02-10")
        )


def test_outcome_needs_a_pending_appeal_and_a_sensible_date(
    store: Store, uow_factory: Factory, users: dict[str, Actor], clock: MovableClock, served: str
) -> None:
    clock.set_day("2026-02-10")
    with pytest.raises(InvalidTransition, match="served"):
        outcome(uow_factory, users, served, "dismissed", "2026-02-10")
    lodge(uow_factory, users, served, "2026-02-09")
    with pytest.raises(ValidationError) as caught:
        outcome(uow_factory, users, served, "dismissed", "2026-02-08")
    assert caught.value.field == "date of the outcome"
    with pytest.raises(ValidationError) as caught:
        outcome(uow_factory, users, served, "withdrawn", "2026-02-10")
    assert caught.value.field == "outcome"
    with pytest.raises(ValidationError):
        outcome(uow_factory, users, served, "dismissed", "2026-02-11")
    assert case_state(store, served) == "under_appeal"


def test_appeal_update_and_the_case_version(
    store: Store, uow_factory: Factory, users: dict[str, Actor], clock: MovableClock, served: str
) -> None:
    clock.set_day("2026-02-10")
    version = lodge(uow_factory, users, served, "2026-02-10")["version"]
    assert isinstance(version, int)
    changed = appeals.update_appeal(
        uow_factory(),
        users["cleo"],
        served,
        court_case_number="eI-77/2026",
        suspensive=True,
        expected_version=version,
    )
    assert changed.details["version"] == version + 1
    with pytest.raises(StaleCase):
        appeals.update_appeal(
            uow_factory(), users["cleo"], served, suspensive=False, expected_version=version
        )
    with store.reading() as session:
        appeal = session.scalars(select(Appeal)).one()
        assert (appeal.court_case_number, appeal.suspensive) == ("eI-77/2026", True)
    with pytest.raises(ValidationError):
        appeals.update_appeal(uow_factory(), users["cleo"], served)


def test_bulk_confirmation_of_final_revocations(
    store: Store, uow_factory: Factory, users: dict[str, Actor], clock: MovableClock
) -> None:
    early = [
        served_case(store, uow_factory, users, clock, f"LP000001{i}", served_on=SERVED)
        for i in range(3)
    ]
    later = served_case(store, uow_factory, users, clock, "LP0000020", served_on=D("2026-02-10"))
    clock.set_day("2026-02-18")
    review = deadlines.finality_review(uow_factory(), users["cleo"])
    assert [r["case_number"] for r in review] == early
    assert {(r["ground"], r["deadline"], r["days_since"]) for r in review} == {
        ("no_appeal", "2026-02-17", 1)
    }
    # All or nothing: a case still within its appeal period refuses the whole batch.
    with pytest.raises(InvalidTransition, match="runs until 2026-02-24"):
        appeals.confirm_final(uow_factory(), users["cleo"], [*early, later])
    assert {case_state(store, r) for r in early} == {"served"}
    with pytest.raises(PermissionDenied):
        appeals.confirm_final(uow_factory(), users["sam"], all_due=True)
    with pytest.raises(ValidationError):
        appeals.confirm_final(uow_factory(), users["cleo"])
    done = appeals.confirm_final(uow_factory(), users["cleo"], all_due=True)
    assert [c["case_number"] for c in done.details["cases"]] == early
    assert {case_state(store, r) for r in early} == {"revocation_final"}
    assert case_state(store, later) == "served"
    assert deadlines.finality_review(uow_factory(), users["cleo"]) == []
    for ref in early:
        confirm = [e for e in case_events(store, ref) if e.action == "confirm_final"]
        assert [(e.actor, e.after["confirmed_by"], e.after["deadline"]) for e in confirm] == [
            ("cleo", "cleo", "2026-02-17")
        ]


def test_nothing_becomes_final_by_itself(
    store: Store, uow_factory: Factory, users: dict[str, Actor], clock: MovableClock, served: str
) -> None:
    clock.set_day("2026-06-30")
    assert len(deadlines.finality_review(uow_factory(), users["cleo"])) == 1
    deadlines.board(uow_factory(), users["cleo"])
    deadlines.attention_today(uow_factory(), users["sam"])
    assert case_state(store, served) == "served"
    with store.reading() as session:
        assert session.scalar(select(Case.version).where(Case.case_number == served)) is not None
