"""Departure and the return of the permit card; reopening, only by a supervisor."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.db.models import Decision, Departure
from app.db.store import Store
from app.domain.errors import InvalidTransition, PermissionDenied, ValidationError
from app.services import appeals, cases, closing
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


@pytest.fixture
def final(store: Store, uow_factory: Factory, users: dict[str, Actor], clock: MovableClock) -> str:
    ref = served_case(store, uow_factory, users, clock, "LP0000001", served_on=D("2026-01-31"))
    clock.set_day("2026-02-18")
    appeals.confirm_final(uow_factory(), users["cleo"], [ref])
    return ref


def depart(
    uow_factory: Factory, users: dict[str, Actor], ref: str, **more: object
) -> dict[str, object]:
    return closing.record_departure(
        uow_factory(),
        users["cleo"],
        ref,
        departed_on=D(str(more.pop("on", "2026-02-17"))),
        evidence=str(more.pop("evidence", "border_record")),
        note=str(more.pop("note", "")),
        card_returned=bool(more.pop("card", False)),
    ).details


def test_departure_closes_the_case_and_the_permit_stays_revoked(
    store: Store, uow_factory: Factory, users: dict[str, Actor], final: str
) -> None:
    details = depart(uow_factory, users, final, card=True, note="  Medininkai checkpoint ")
    assert details["state"] == "closed_departed"
    assert case_state(store, final) == "closed_departed"
    assert permit_status(store, final) == "revoked"
    with store.reading() as session:
        row = session.scalars(select(Departure)).one()
        assert (row.departed_on, row.evidence, row.note, row.card_returned) == (
            D("2026-02-17"),
            "border_record",
            "Medininkai checkpoint",
            True,
        )
    event = next(e for e in case_events(store, final) if e.action == "record_departure")
    assert (event.actor, event.before["state"], event.after["state"]) == (
        "cleo",
        "revocation_final",
        "closed_departed",
    )
    assert event.after["evidence"] == "border_record" and event.after["card_returned"] is True
    with pytest.raises(InvalidTransition, match="already returned"):
        closing.record_card_returned(uow_factory(), users["cleo"], final)


def test_departure_straight_from_service_revokes_the_permit(
    store: Store, uow_factory: Factory, users: dict[str, Actor], clock: MovableClock
) -> None:
    ref = served_case(store, uow_factory, users, clock, "LP0000002", served_on=D("2026-01-31"))
    assert permit_status(store, ref) == "valid"
    clock.set_day("2026-02-05")
    depart(uow_factory, users, ref, on="2026-02-04", evidence="own_statement")
    assert (case_state(store, ref), permit_status(store, ref)) == ("closed_departed", "revoked")


def test_the_card_can_come_back_later(
    store: Store, uow_factory: Factory, users: dict[str, Actor], final: str, clock: MovableClock
) -> None:
    depart(uow_factory, users, final)
    clock.set_day("2026-03-02")
    closing.record_card_returned(uow_factory(), users["cleo"], final)
    with store.reading() as session:
        assert session.scalars(select(Departure.card_returned)).all() == [True]
    event = next(e for e in case_events(store, final) if e.action == "permit_card_returned")
    assert event.after == {"card_returned": True, "returned_on": "2026-03-02"}


@pytest.mark.parametrize(
    ("more", "field"),
    [
        ({"evidence": "rumour"}, "evidence"),
        ({"evidence": "other"}, "note"),
        ({"on": "2026-02-19"}, "date of departure"),  # tomorrow
        ({"note": "x" * 2001}, "note"),
    ],
)
def test_bad_departures_are_refused(
    uow_factory: Factory, users: dict[str, Actor], final: str, more: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        depart(uow_factory, users, final, **more)
    assert caught.value.field == field


def test_no_departure_while_under_appeal_and_only_by_a_clerk(
    store: Store, uow_factory: Factory, users: dict[str, Actor], final: str
) -> None:
    with pytest.raises(PermissionDenied):
        closing.record_departure(
            uow_factory(),
            users["sam"],
            final,
            departed_on=D("2026-02-17"),
            evidence="border_record",
        )
    appeals.lodge_appeal(
        uow_factory(), users["cleo"], final, court_code="RAT-V", lodged_on=D("2026-02-18")
    )
    with pytest.raises(InvalidTransition, match="under_appeal"):
        depart(uow_factory, users, final)
    assert case_state(store, final) == "under_appeal"


def test_reopen_only_by_a_supervisor_with_a_reason(
    store: Store, uow_factory: Factory, users: dict[str, Actor], final: str
) -> None:
    depart(uow_factory, users, final)
    for who in ("cleo", "olga", "admin"):
        with pytest.raises(PermissionDenied):
            closing.reopen(uow_factory(), users[who], final, reason="Returned to Lithuania.")
    with pytest.raises(ValidationError) as caught:
        closing.reopen(uow_factory(), users["sam"], final, reason="   ")
    assert caught.value.field == "reason"
    assert case_state(store, final) == "closed_departed"

    done = closing.reopen(
        uow_factory(), users["sam"], final, reason="The border record was of another person."
    )
    assert (done.details["state"], done.details["closed_as"]) == (
        "in_assessment",
        "closed_departed",
    )
    event = next(e for e in case_events(store, final) if e.action == "reopen")
    assert event.actor == "sam"
    assert event.justification == "The border record was of another person."
    assert (event.before["state"], event.after["state"]) == ("closed_departed", "in_assessment")
    with store.reading() as session:
        assert session.scalars(select(Decision.status)).all() == ["superseded"]
    # A new decision can be proposed on the reopened case.
    cases.propose(
        uow_factory(),
        users["olga"],
        final,
        outcome="retain",
        legal_bases=[],
        reasons="The person never left; the earlier record was wrong.",
    )
    assert case_state(store, final) == "awaiting_signoff"


def test_only_closed_cases_are_reopened(
    uow_factory: Factory, users: dict[str, Actor], final: str
) -> None:
    with pytest.raises(InvalidTransition, match="not closed"):
        closing.reopen(uow_factory(), users["sam"], final, reason="Why not.")


def test_a_reinstated_case_can_be_reopened(
    store: Store, uow_factory: Factory, users: dict[str, Actor], clock: MovableClock
) -> None:
    ref = served_case(store, uow_factory, users, clock, "LP0000003", served_on=D("2026-01-31"))
    clock.set_day("2026-02-10")
    appeals.lodge_appeal(
        uow_factory(), users["cleo"], ref, court_code="RAT-V", lodged_on=D("2026-02-10")
    )
    appeals.record_outcome(
        uow_factory(), users["cleo"], ref, outcome="annulled", decided_on=D("2026-02-10")
    )
    closing.reopen(uow_factory(), users["sue"], ref, reason="LVAT overturned the annulment.")
    assert case_state(store, ref) == "in_assessment"
