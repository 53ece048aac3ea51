"""Appeals against a served revocation, their outcomes, and the confirmation of final ones.

An appeal is recorded by a clerk on a served case (or, late, on one already
final); an onward appeal to the higher court is a new appeal on the same
case after the first was dismissed. Each action is one transaction through
the lifecycle, with its audit events:

- `dismissed`: the case waits in `appeal_dismissed` until the onward-appeal
  deadline passes (or at once, when the highest court dismissed it), and a
  clerk confirms the revocation as final;
- `annulled`: the decision is annulled, the permit valid again, the case
  closed as `closed_reinstated`;
- `remitted`: the decision is set aside and superseded; the case goes back
  to assessment for a new proposal, the earlier decision kept in its history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm.attributes import flag_modified

from app.db.models import (
    Appeal,
    Case,
    Decision,
    Departure,
    Letter,
    Permit,
    Resident,
    Service,
    User,
)
from app.domain import deadlines as dl
from app.domain.errors import InvalidTransition, NotFound, ValidationError
from app.domain.lifecycle import Action, State, transition
from app.domain.roles import Role
from app.letters.rules import working_calendar
from app.services import deadlines as board
from app.services.cases import find_case
from app.services.context import Actor, Changed, UnitOfWork
from app.settings import Court

OUTCOMES = ("dismissed", "annulled", "remitted")
FIRST_INSTANCE = "first"
HIGHER = "appeal"
READERS = (Role.CLERK, Role.SUPERVISOR)


# --- helpers ------------------------------------------------------------------------------


def roles_of(user: User) -> frozenset[Role]:
    return frozenset(Role(r) for r in user.roles)


def move(
    uow: UnitOfWork,
    actor: Actor | None,
    case: Case,
    action: Action,
    roles: frozenset[Role] | None,
    *,
    justification: str = "",
    after: dict[str, Any] | None = None,
) -> None:
    """Take one lifecycle step and audit it; `roles=None` is a follow-on step of the system."""
    row = transition(case.state, action, roles)
    before = case.state
    case.state = row.next_state.value
    case.state_changed_at = uow.clock.now()
    uow.audit(
        actor,
        action.value,
        "case",
        case.id,
        case_id=case.id,
        before={"state": before},
        after={"state": case.state, **(after or {})},
        justification=justification,
    )


def set_permit_status(uow: UnitOfWork, actor: Actor | None, case: Case, status: str) -> None:
    permit = uow.session.get(Permit, case.permit_id)
    if permit is None:
        raise NotFound(f"Case {case.case_number} has lost its permit record.")
    if permit.status == status:
        return
    before = permit.status
    permit.status = status
    uow.audit(
        actor,
        "permit_status",
        "permit",
        permit.id,
        case_id=case.id,
        before={"status": before},
        after={"status": status},
    )


def open_case(
    uow: UnitOfWork, actor: Actor, ref: str, expected_version: int | None, *roles: Role
) -> tuple[User, Case]:
    user = uow.require(actor, *roles)
    case = find_case(uow, ref)
    uow.check_version(f"Case {case.case_number}", case.version, expected_version)
    return user, case


def _court(uow: UnitOfWork, code: str) -> Court:
    courts = uow.settings.courts
    found = next((c for c in courts if c.code.casefold() == code.strip().casefold()), None)
    if found is None:
        known = ", ".join(c.code for c in courts)
        raise ValidationError("court", f"unknown court code {code!r} (configured: {known})")
    return found


def latest_service(uow: UnitOfWork, case: Case) -> Service:
    service = uow.session.scalar(
        select(Service).where(Service.case_id == case.id).order_by(Service.id.desc()).limit(1)
    )
    if service is None:
        raise InvalidTransition(f"Case {case.case_number} has no recorded service.")
    return service


def _appeals(uow: UnitOfWork, case: Case) -> list[Appeal]:
    return list(
        uow.session.scalars(select(Appeal).where(Appeal.case_id == case.id).order_by(Appeal.id))
    )


def pending_appeal(uow: UnitOfWork, case: Case) -> Appeal:
    pending = [a for a in _appeals(uow, case) if a.outcome is None]
    if not pending:
        raise InvalidTransition(f"Case {case.case_number} has no appeal awaiting its outcome.")
    return pending[-1]


def _not_ahead(uow: UnitOfWork, day: dt.date, label: str) -> None:
    if day > uow.clock.today():
        raise ValidationError(label, "cannot be recorded ahead of time")


def _decision_issued_on(uow: UnitOfWork, case: Case) -> dt.date | None:
    return uow.session.scalar(
        select(Letter.issued_on)
        .where(Letter.case_id == case.id, Letter.kind == "decision")
        .order_by(Letter.id.desc())
        .limit(1)
    )


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _appeal_dict(appeal: Appeal, courts: dict[str, Court]) -> dict[str, Any]:
    court = courts.get(appeal.court_code)
    return {
        "id": appeal.id,
        "court_code": appeal.court_code,
        "court_name": court.name.get("lt", court.code) if court else appeal.court_code,
        "court_address": court.address if court else "",
        "court_level": court.level if court else "",
        "court_case_number": appeal.court_case_number,
        "lodged_on": appeal.lodged_on.isoformat(),
        "late": appeal.late,
        "suspensive": appeal.suspensive,
        "hearings": list(appeal.hearings),
        "documents": list(appeal.documents),
        "outcome": appeal.outcome,
        "outcome_on": appeal.outcome_on.isoformat() if appeal.outcome_on else None,
        "onward_deadline": _iso(appeal.onward_deadline),
        "departure_deadline": _iso(appeal.departure_deadline),
        "version": appeal.version,
    }


def changed(action: str, case: Case, **details: Any) -> Changed:
    return Changed(
        action,
        (case.id,),
        {"case_number": case.case_number, "state": case.state, "version": case.version, **details},
    )


# --- the courts ---------------------------------------------------------------------------


def list_courts(uow: UnitOfWork, actor: Actor) -> list[dict[str, Any]]:
    """The configured courts with their codes, names and addresses."""
    with uow:
        uow.require(actor)
        return [
            {"code": c.code, "name": dict(c.name), "address": c.address, "level": c.level}
            for c in uow.settings.courts
        ]


# --- recording an appeal ------------------------------------------------------------------


def _window(
    uow: UnitOfWork, case: Case, service: Service, court: Court
) -> tuple[dt.date | None, bool]:
    """The deadline an appeal lodged now is measured against, and whether it is onward.

    A first appeal goes to a first-instance court against the service's
    deadline; after a dismissal in this round of service, an onward appeal
    goes to the higher court against the dismissal's onward deadline.
    """
    appeals = _appeals(uow, case)
    last = appeals[-1] if appeals else None
    onward = (
        last is not None
        and last.outcome == "dismissed"
        and last.outcome_on is not None
        and last.outcome_on >= service.served_on
    )
    if not onward:
        if court.level != FIRST_INSTANCE:
            raise ValidationError(
                "court", f"{court.code} does not hear first appeals; choose a first-instance court"
            )
        return service.appeal_deadline, False
    assert last is not None
    if last.onward_deadline is None:
        raise InvalidTransition(
            f"The appeal of case {case.case_number} was dismissed by {last.court_code}, "
            "whose judgment is final; there is no further appeal."
        )
    if court.level != HIGHER:
        raise ValidationError(
            "court", f"an onward appeal goes to the higher court, not to {court.code}"
        )
    return last.onward_deadline, True


def lodge_appeal(
    uow: UnitOfWork,
    actor: Actor,
    ref: str,
    *,
    court_code: str,
    lodged_on: dt.date,
    court_case_number: str = "",
    suspensive: bool = False,
    expected_version: int | None = None,
) -> Changed:
    """An appeal was lodged; one lodged after its deadline is recorded and flagged late."""
    number = court_case_number.strip()
    if len(number) > 64:
        raise ValidationError("court case number", "may be at most 64 characters")
    with uow:
        user, case = open_case(uow, actor, ref, expected_version, Role.CLERK)
        transition(case.state, Action.LODGE_APPEAL, roles_of(user))
        court = _court(uow, court_code)
        _not_ahead(uow, lodged_on, "date lodged")
        issued = _decision_issued_on(uow, case)
        if issued is not None and lodged_on < issued:
            raise ValidationError(
                "date lodged",
                f"the decision was issued on {issued.isoformat()}; it cannot be appealed earlier",
            )
        service = latest_service(uow, case)
        deadline, onward = _window(uow, case, service, court)
        late = deadline is not None and lodged_on > deadline
        appeal = Appeal(
            case_id=case.id,
            court_code=court.code,
            court_case_number=number,
            lodged_on=lodged_on,
            late=late,
            suspensive=suspensive,
            hearings=[],
            documents=[],
            recorded_by_id=user.id,
        )
        uow.session.add(appeal)
        uow.session.flush()
        details = {
            "appeal_id": appeal.id,
            "court": court.code,
            "court_case_number": number,
            "lodged_on": lodged_on.isoformat(),
            "deadline": deadline.isoformat() if deadline else None,
            "late": late,
            "suspensive": suspensive,
            "onward": onward,
        }
        move(uow, actor, case, Action.LODGE_APPEAL, roles_of(user), after=details)
        uow.commit()
        return changed("lodge_appeal", case, **details)


def update_appeal(
    uow: UnitOfWork,
    actor: Actor,
    ref: str,
    *,
    court_case_number: str | None = None,
    suspensive: bool | None = None,
    expected_version: int | None = None,
) -> Changed:
    """The court case number became known, or the court ordered (or lifted) a suspension."""
    if court_case_number is None and suspensive is None:
        raise ValidationError("appeal", "say what changed: the court case number or suspension")
    with uow:
        _, case = open_case(uow, actor, ref, expected_version, Role.CLERK)
        appeal = pending_appeal(uow, case)
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        if court_case_number is not None:
            number = court_case_number.strip()
            if len(number) > 64:
                raise ValidationError("court case number", "may be at most 64 characters")
            before["court_case_number"] = appeal.court_case_number
            appeal.court_case_number = number
            after["court_case_number"] = number
        if suspensive is not None:
            before["suspensive"] = appeal.suspensive
            appeal.suspensive = suspensive
            after["suspensive"] = suspensive
        # The case's version moves on too: its departure deadline may now count or not.
        flag_modified(case, "state")
        uow.audit(
            actor,
            "appeal_updated",
            "appeal",
            appeal.id,
            case_id=case.id,
            before=before,
            after=after,
        )
        uow.commit()
        return changed("appeal_updated", case, appeal_id=appeal.id, **after)


def add_hearing(
    uow: UnitOfWork, actor: Actor, ref: str, *, hearing_on: dt.date, note: str = ""
) -> Changed:
    """A hearing date of the pending appeal (past or scheduled)."""
    if len(note) > 500:
        raise ValidationError("note", "may be at most 500 characters")
    with uow:
        _, case = open_case(uow, actor, ref, None, Role.CLERK)
        appeal = pending_appeal(uow, case)
        if hearing_on < appeal.lodged_on:
            raise ValidationError(
                "hearing date", f"the appeal was lodged on {appeal.lodged_on.isoformat()}"
            )
        entry = {"date": hearing_on.isoformat(), "note": note.strip()}
        appeal.hearings = sorted([*appeal.hearings, entry], key=lambda h: str(h["date"]))
        uow.audit(
            actor, "appeal_hearing", "appeal", appeal.id, case_id=case.id, after={"hearing": entry}
        )
        uow.commit()
        return changed("appeal_hearing", case, appeal_id=appeal.id, hearings=appeal.hearings)


def add_document(
    uow: UnitOfWork, actor: Actor, ref: str, *, reference: str, received_on: dt.date
) -> Changed:
    """A document received from the court in the pending appeal: its reference and date."""
    reference = reference.strip()
    if not reference:
        raise ValidationError("document reference", "give the document's reference")
    if len(reference) > 200:
        raise ValidationError("document reference", "may be at most 200 characters")
    with uow:
        _, case = open_case(uow, actor, ref, None, Role.CLERK)
        appeal = pending_appeal(uow, case)
        _not_ahead(uow, received_on, "date received")
        entry = {"reference": reference, "received_on": received_on.isoformat()}
        appeal.documents = [*appeal.documents, entry]
        uow.audit(
            actor,
            "appeal_document",
            "appeal",
            appeal.id,
            case_id=case.id,
            after={"document": entry},
        )
        uow.commit()
        return changed("appeal_document", case, appeal_id=appeal.id, documents=appeal.documents)


# --- outcomes -----------------------------------------------------------------------------


def _onward_deadline(uow: UnitOfWork, court: Court | None, decided_on: dt.date) -> dt.date | None:
    if court is not None and court.level == HIGHER:
        return None
    days = uow.settings.period("onward_appeal_days")
    return dl.appeal_deadline(decided_on, days, working_calendar(uow.settings))


def supersede_decisions(uow: UnitOfWork, actor: Actor | None, case: Case, why: str) -> list[int]:
    """The decisions that stood are kept, marked superseded, so that a new one can be made."""
    ids = []
    for decision in uow.session.scalars(
        select(Decision).where(Decision.case_id == case.id, Decision.status == "approved")
    ):
        decision.status = "superseded"
        ids.append(decision.id)
        uow.audit(
            actor,
            "decision_superseded",
            "decision",
            decision.id,
            case_id=case.id,
            before={"status": "approved"},
            after={"status": "superseded", "why": why},
        )
    return ids


def record_outcome(
    uow: UnitOfWork,
    actor: Actor,
    ref: str,
    *,
    outcome: str,
    decided_on: dt.date,
    expected_version: int | None = None,
) -> Changed:
    """The court's outcome of the pending appeal, and what follows from it."""
    if outcome not in OUTCOMES:
        raise ValidationError("outcome", f"must be one of {', '.join(OUTCOMES)}")
    with uow:
        user, case = open_case(uow, actor, ref, expected_version, Role.CLERK)
        roles = roles_of(user)
        action = {
            "dismissed": Action.DISMISS_APPEAL,
            "annulled": Action.ANNUL_DECISION,
            "remitted": Action.REMIT,
        }[outcome]
        transition(case.state, action, roles)
        appeal = pending_appeal(uow, case)
        _not_ahead(uow, decided_on, "date of the outcome")
        if decided_on < appeal.lodged_on:
            raise ValidationError(
                "date of the outcome", f"the appeal was lodged on {appeal.lodged_on.isoformat()}"
            )
        courts = {c.code: c for c in uow.settings.courts}
        appeal.outcome = outcome
        appeal.outcome_on = decided_on
        if outcome == "dismissed":
            appeal.onward_deadline = _onward_deadline(
                uow, courts.get(appeal.court_code), decided_on
            )
            if appeal.suspensive:
                # The obligation to leave, held off while the appeal was pending, resumes
                # once the dismissal is final; to verify against the Law on the Legal
                # Status of Aliens. A non-suspensive appeal never held it off.
                appeal.departure_deadline = dl.departure_after_dismissal(
                    decided_on,
                    appeal.onward_deadline,
                    uow.settings.period("departure_months"),
                    working_calendar(uow.settings),
                )
        uow.audit(
            actor,
            "appeal_outcome",
            "appeal",
            appeal.id,
            case_id=case.id,
            after={
                "outcome": outcome,
                "outcome_on": decided_on.isoformat(),
                "court": appeal.court_code,
                "onward_deadline": _iso(appeal.onward_deadline),
                "departure_deadline": _iso(appeal.departure_deadline),
            },
        )
        details = {"appeal_id": appeal.id, "court": appeal.court_code, "outcome_on": decided_on}
        move(uow, actor, case, action, roles, after=details)
        if outcome == "annulled":
            set_permit_status(uow, None, case, "valid")
            move(uow, None, case, Action.REINSTATE, None)
        elif outcome == "remitted":
            supersede_decisions(uow, None, case, f"remitted by {appeal.court_code}")
            set_permit_status(uow, None, case, "valid")
            move(uow, None, case, Action.RESUME_ASSESSMENT, None)
        uow.commit()
        return changed(
            "appeal_outcome",
            case,
            appeal_id=appeal.id,
            outcome=outcome,
            outcome_on=decided_on.isoformat(),
            onward_deadline=_iso(appeal.onward_deadline),
            departure_deadline=_iso(appeal.departure_deadline),
        )


# --- final revocations --------------------------------------------------------------------


def confirm_final(
    uow: UnitOfWork, actor: Actor, refs: Sequence[str] = (), *, all_due: bool = False
) -> Changed:
    """A clerk confirms that revocations have become final: each case must be on the review
    list (its appeal window closed without an appeal, or its appeal finally dismissed).
    All named cases are confirmed together, or none."""
    if bool(refs) == all_due:
        raise ValidationError("cases", "name the cases to confirm, or ask for all that are due")
    with uow:
        user = uow.require(actor, Role.CLERK)
        roles = roles_of(user)
        today = uow.clock.today()
        due = board.finality_candidates(today).subquery()
        grounds = {
            r.case_id: r
            for r in uow.session.execute(select(due.c.case_id, due.c.ground, due.c.deadline))
        }
        if all_due:
            cases = list(
                uow.session.scalars(
                    select(Case).where(Case.id.in_(list(grounds))).order_by(Case.case_number)
                )
            )
        else:
            cases = [find_case(uow, ref) for ref in dict.fromkeys(refs)]
        for case in cases:
            transition(case.state, Action.CONFIRM_FINAL, roles)
            found = grounds.get(case.id)
            if found is None:
                if case.state == State.SERVED:
                    service = latest_service(uow, case)
                    raise InvalidTransition(
                        f"Case {case.case_number}: the appeal period runs until "
                        f"{service.appeal_deadline.isoformat()}; it is not final yet."
                    )
                raise InvalidTransition(
                    f"Case {case.case_number}: an onward appeal is still possible; "
                    "it is not final yet."
                )
            move(
                uow,
                actor,
                case,
                Action.CONFIRM_FINAL,
                roles,
                after={
                    "ground": found.ground,
                    "deadline": found.deadline.isoformat() if found.deadline else None,
                    "confirmed_by": user.username,
                    "confirmed_by_name": user.full_name,
                },
            )
            set_permit_status(uow, actor, case, "revoked")
        uow.commit()
        return Changed(
            "confirm_final",
            tuple(c.id for c in cases),
            {
                "cases": [
                    {"case_number": c.case_number, "state": c.state, "version": c.version}
                    for c in cases
                ],
                "confirmed_by": user.username,
            },
        )


# --- reading ------------------------------------------------------------------------------


def case_appeals(uow: UnitOfWork, actor: Actor, ref: str) -> dict[str, Any]:
    """What the appeals panel shows of one case: its state, service and deadlines (with the
    departure deadline in force), appeals and departure. Nothing restricted: no decision
    text or assessment."""
    with uow:
        uow.require(actor, *READERS)
        case = find_case(uow, ref)
        resident = uow.session.get(Resident, case.resident_id)
        permit = uow.session.get(Permit, case.permit_id)
        service = uow.session.scalar(
            select(Service).where(Service.case_id == case.id).order_by(Service.id.desc()).limit(1)
        )
        courts = {c.code: c for c in uow.settings.courts}
        departure = uow.session.scalar(
            select(Departure)
            .where(Departure.case_id == case.id)
            .order_by(Departure.id.desc())
            .limit(1)
        )
        departure_due = board.departure_deadlines()
        departure_deadline = uow.session.scalar(
            select(departure_due.c.due).where(departure_due.c.case_id == case.id)
        )
        today = uow.clock.today()
        return {
            "case_number": case.case_number,
            "permit_number": permit.permit_number if permit else "",
            "permit_status": permit.status if permit else "",
            "surname": resident.surname if resident else "",
            "given_names": resident.given_names if resident else "",
            "state": case.state,
            "version": case.version,
            "today": today.isoformat(),
            "service": None
            if service is None
            else {
                "served_on": service.served_on.isoformat(),
                "method": service.method,
                "appeal_deadline": service.appeal_deadline.isoformat(),
                "departure_deadline": service.departure_deadline.isoformat(),
            },
            # The deadline in force: the service's, or the one after a suspensive appeal's
            # dismissal.
            "departure_deadline": _iso(departure_deadline),
            "appeals": [_appeal_dict(a, courts) for a in _appeals(uow, case)],
            "departure": None
            if departure is None
            else {
                "departed_on": departure.departed_on.isoformat(),
                "evidence": departure.evidence,
                "note": departure.note,
                "card_returned": departure.card_returned,
            },
        }
