"""The end of a case: the person's departure (and the return of the permit card), and
reopening a closed case, which only a supervisor may do, with a reason."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.db.models import Departure
from app.domain.errors import InvalidTransition, ValidationError
from app.domain.lifecycle import CLOSED_STATES, Action, State, transition
from app.domain.roles import Role
from app.services.appeals import (
    changed,
    move,
    open_case,
    roles_of,
    set_permit_status,
    supersede_decisions,
)
from app.services.context import Actor, Changed, UnitOfWork

EVIDENCE = ("border_record", "own_statement", "other")
EVIDENCE_LABELS = {
    "border_record": "Border crossing record",
    "own_statement": "The person's own statement",
    "other": "Other (see note)",
}
MAX_TEXT = 2000


def record_departure(
    uow: UnitOfWork,
    actor: Actor,
    ref: str,
    *,
    departed_on: dt.date,
    evidence: str,
    note: str = "",
    card_returned: bool = False,
    expected_version: int | None = None,
) -> Changed:
    """The person left the country: the case closes as `closed_departed`; the permit stays
    revoked."""
    evidence = evidence.strip()
    note = note.strip()
    if evidence not in EVIDENCE:
        raise ValidationError("evidence", f"must be one of {', '.join(EVIDENCE)}")
    if evidence == "other" and not note:
        raise ValidationError("note", "say how the departure is known")
    if len(note) > MAX_TEXT:
        raise ValidationError("note", f"may be at most {MAX_TEXT} characters")
    with uow:
        user, case = open_case(uow, actor, ref, expected_version, Role.CLERK)
        roles = roles_of(user)
        transition(case.state, Action.RECORD_DEPARTURE, roles)
        if departed_on > uow.clock.today():
            raise ValidationError("date of departure", "cannot be recorded ahead of time")
        departure = Departure(
            case_id=case.id,
            departed_on=departed_on,
            evidence=evidence,
            note=note,
            card_returned=card_returned,
            recorded_by_id=user.id,
        )
        uow.session.add(departure)
        uow.session.flush()
        details = {
            "departure_id": departure.id,
            "departed_on": departed_on.isoformat(),
            "evidence": evidence,
            "card_returned": card_returned,
        }
        move(uow, actor, case, Action.RECORD_DEPARTURE, roles, after=details)
        set_permit_status(uow, actor, case, "revoked")
        uow.commit()
        return changed("record_departure", case, **details)


def record_card_returned(
    uow: UnitOfWork, actor: Actor, ref: str, *, returned_on: dt.date | None = None
) -> Changed:
    """The permit card came back after the departure was recorded."""
    with uow:
        _, case = open_case(uow, actor, ref, None, Role.CLERK)
        departure = uow.session.scalar(
            select(Departure)
            .where(Departure.case_id == case.id)
            .order_by(Departure.id.desc())
            .limit(1)
        )
        if departure is None or case.state != State.CLOSED_DEPARTED:
            raise InvalidTransition(
                f"Case {case.case_number} has no recorded departure; record the departure "
                "and tick the card's return there."
            )
        if departure.card_returned:
            raise InvalidTransition(f"The card of case {case.case_number} is already returned.")
        day = returned_on or uow.clock.today()
        if day > uow.clock.today():
            raise ValidationError("date returned", "cannot be recorded ahead of time")
        departure.card_returned = True
        uow.audit(
            actor,
            "permit_card_returned",
            "departure",
            departure.id,
            case_id=case.id,
            before={"card_returned": False},
            after={"card_returned": True, "returned_on": day.isoformat()},
        )
        uow.commit()
        return changed("permit_card_returned", case, returned_on=day.isoformat())


def reopen(
    uow: UnitOfWork, actor: Actor, ref: str, *, reason: str, expected_version: int | None = None
) -> Changed:
    """A supervisor reopens a closed case for a new assessment; the reason is kept in its
    history, and a decision that stood is kept there too, marked superseded."""
    reason = reason.strip()
    if not reason:
        raise ValidationError("reason", "say why the case is reopened")
    if len(reason) > MAX_TEXT:
        raise ValidationError("reason", f"may be at most {MAX_TEXT} characters")
    with uow:
        user, case = open_case(uow, actor, ref, expected_version, Role.SUPERVISOR)
        roles = roles_of(user)
        if case.state not in CLOSED_STATES:
            raise InvalidTransition(
                f"Case {case.case_number} is not closed (it is '{case.state}'); "
                "only a closed case can be reopened."
            )
        transition(case.state, Action.REOPEN, roles)
        closed_as = case.state
        superseded = supersede_decisions(uow, actor, case, "case reopened")
        move(
            uow,
            actor,
            case,
            Action.REOPEN,
            roles,
            justification=reason,
            after={"closed_as": closed_as, "reason": reason},
        )
        uow.commit()
        return changed("reopen", case, closed_as=closed_as, superseded=superseded)
