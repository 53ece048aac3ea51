"""The case lifecycle up to sign-off: one function per user action.

Each function checks the actor's role and the case's state and version,
changes the data, appends the audit event in the same transaction, commits
once, and returns what changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm.attributes import flag_modified

from app.db.models import Case, Decision, InformationRequest, Permit, SignOff, User
from app.domain.errors import (
    InvalidTransition,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from app.domain.lifecycle import Action, State, transition
from app.domain.roles import Role
from app.services.context import Actor, Changed, UnitOfWork

OUTCOMES = ("retain", "revoke", "request_information")
WITHDRAWAL_REASONS = ("left_country", "deceased", "naturalised", "duplicate", "other")


# --- helpers ------------------------------------------------------------------


def find_case(uow: UnitOfWork, ref: str, *, for_update: bool = True) -> Case:
    """A case by its case number or by the permit number under review."""
    ref = ref.strip()
    query = select(Case).where(Case.case_number == ref)
    case = uow.session.scalar(query)
    if case is None:
        case = uow.session.scalar(
            select(Case)
            .join(Permit, Case.permit_id == Permit.id)
            .where(Permit.permit_number == ref)
            .order_by(Case.id.desc())
            .limit(1)
        )
    if case is None:
        raise NotFound(f"There is no case with the number or permit number {ref!r}.")
    return case


def _move(
    uow: UnitOfWork,
    actor: Actor | None,
    case: Case,
    action: Action,
    roles: frozenset[Role] | None,
    *,
    justification: str = "",
    extra: dict[str, Any] | None = None,
) -> None:
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
        after={"state": case.state, **(extra or {})},
        justification=justification,
    )


def _user_roles(user: User) -> frozenset[Role]:
    return frozenset(Role(r) for r in user.roles)


def _open_case(
    uow: UnitOfWork, actor: Actor, ref: str, expected_version: int | None, *roles: Role
) -> tuple[User, Case]:
    user = uow.require(actor, *roles)
    case = find_case(uow, ref)
    uow.check_version(f"Case {case.case_number}", case.version, expected_version)
    return user, case


def _require_assignee(user: User, case: Case) -> None:
    if case.assigned_to_id != user.id:
        raise PermissionDenied(
            f"Case {case.case_number} is assigned to someone else; only its officer may work on it."
        )


def _current_decision(uow: UnitOfWork, case: Case, *statuses: str) -> Decision | None:
    return uow.session.scalar(
        select(Decision)
        .where(Decision.case_id == case.id, Decision.status.in_(statuses))
        .order_by(Decision.id.desc())
        .limit(1)
    )


def _changed(action: str, *cases: Case, **details: Any) -> Changed:
    info = {
        "cases": [
            {"case_number": c.case_number, "state": c.state, "version": c.version} for c in cases
        ],
        **details,
    }
    return Changed(action, tuple(c.id for c in cases), info)


# --- work distribution --------------------------------------------------------


def assign(uow: UnitOfWork, actor: Actor, refs: Sequence[str], to_username: str) -> Changed:
    """A supervisor gives cases to an officer."""
    if not refs:
        raise ValidationError("cases", "name at least one case")
    with uow:
        uow.require(actor, Role.SUPERVISOR)
        officer = uow.session.scalar(select(User).where(User.username == to_username))
        if officer is None:
            raise NotFound(f"There is no user {to_username!r}.")
        if officer.disabled or Role.OFFICER not in _user_roles(officer):
            raise ValidationError("to", f"{to_username!r} is not an active officer")
        cases = []
        for ref in refs:
            case = find_case(uow, ref)
            before = case.assigned_to_id
            row = transition(case.state, Action.ASSIGN, actor.roles)
            case.assigned_to_id = officer.id
            if row.next_state.value != case.state:
                case.state = row.next_state.value
                case.state_changed_at = uow.clock.now()
            uow.audit(
                actor,
                Action.ASSIGN.value,
                "case",
                case.id,
                case_id=case.id,
                before={"assigned_to": before},
                after={"assigned_to": officer.id, "state": case.state},
            )
            cases.append(case)
        uow.commit()
        return _changed("assign", *cases, assigned_to=to_username)


def take_next(uow: UnitOfWork, actor: Actor) -> Changed:
    """An officer takes the oldest unassigned case."""
    with uow:
        user = uow.require(actor, Role.OFFICER)
        case = uow.session.scalar(
            select(Case)
            .where(Case.state == State.IMPORTED.value, Case.assigned_to_id.is_(None))
            .order_by(Case.created_at, Case.id)
            .limit(1)
        )
        if case is None:
            raise NotFound("There are no unassigned cases left.")
        case.assigned_to_id = user.id
        _move(uow, actor, case, Action.TAKE_NEXT, actor.roles, extra={"assigned_to": user.id})
        uow.commit()
        return _changed("take_next", case)


def start(
    uow: UnitOfWork, actor: Actor, ref: str, *, expected_version: int | None = None
) -> Changed:
    with uow:
        user, case = _open_case(uow, actor, ref, expected_version, Role.OFFICER)
        _require_assignee(user, case)
        _move(uow, actor, case, Action.START, actor.roles)
        uow.commit()
        return _changed("start", case)


def _ensure_started(uow: UnitOfWork, actor: Actor, user: User, case: Case) -> None:
    _require_assignee(user, case)
    if case.state == State.ASSIGNED.value:
        _move(uow, actor, case, Action.START, actor.roles)


# --- information requests -----------------------------------------------------


def _validate_request(
    uow: UnitOfWork, authority: str, question: str, due_on: dt.date | None
) -> dt.date:
    if not authority.strip():
        raise ValidationError("authority", "name the authority asked")
    if not question.strip():
        raise ValidationError("question", "say what is asked")
    today = uow.clock.today()
    longest = uow.settings.period("information_request_max_days")
    due = due_on or today + dt.timedelta(days=uow.settings.period("information_request_days"))
    if due <= today:
        raise ValidationError("due date", "must be after today")
    if due > today + dt.timedelta(days=longest):
        raise ValidationError("due date", f"may be at most {longest} days from today")
    return due


def request_information(
    uow: UnitOfWork,
    actor: Actor,
    ref: str,
    *,
    authority: str,
    question: str,
    due_on: dt.date | None = None,
    expected_version: int | None = None,
) -> Changed:
    """An officer asks another authority; the case waits for the answer."""
    with uow:
        user, case = _open_case(uow, actor, ref, expected_version, Role.OFFICER)
        _ensure_started(uow, actor, user, case)
        due = _validate_request(uow, authority, question, due_on)
        request = InformationRequest(
            case_id=case.id,
            authority=authority.strip(),
            question=question.strip(),
            requested_on=uow.clock.today(),
            due_on=due,
            requested_by_id=user.id,
        )
        uow.session.add(request)
        uow.session.flush()
        _move(
            uow,
            actor,
            case,
            Action.REQUEST_INFORMATION,
            actor.roles,
            extra={"request_id": request.id, "due_on": due},
        )
        uow.commit()
        return _changed("request_information", case, due_on=due.isoformat())


def record_information(
    uow: UnitOfWork,
    actor: Actor,
    ref: str,
    *,
    answer: str,
    answered_on: dt.date | None = None,
    expected_version: int | None = None,
) -> Changed:
    """The answer to an open request is recorded; assessment resumes."""
    if not answer.strip():
        raise ValidationError("answer", "record what the authority answered")
    with uow:
        user, case = _open_case(uow, actor, ref, expected_version, Role.OFFICER, Role.SUPERVISOR)
        if Role.SUPERVISOR not in _user_roles(user):
            _require_assignee(user, case)
        request = uow.session.scalar(
            select(InformationRequest)
            .where(InformationRequest.case_id == case.id, InformationRequest.answered_on.is_(None))
            .order_by(InformationRequest.id.desc())
            .limit(1)
        )
        if request is None:
            raise InvalidTransition(f"Case {case.case_number} has no open information request.")
        request.answer = answer.strip()
        request.answered_on = answered_on or uow.clock.today()
        request.answer_recorded_by_id = user.id
        _move(
            uow,
            actor,
            case,
            Action.RECORD_INFORMATION,
            actor.roles,
            extra={"request_id": request.id},
        )
        uow.commit()
        return _changed("record_information", case)


# --- decisions ----------------------------------------------------------------


def _validate_decision(
    uow: UnitOfWork, outcome: str, bases: Sequence[str], reasons: str
) -> list[str]:
    if outcome not in OUTCOMES:
        raise ValidationError("outcome", f"must be one of {', '.join(OUTCOMES)}")
    known = {b.code for b in uow.settings.legal_bases}
    unknown = [b for b in bases if b not in known]
    if unknown:
        raise ValidationError(
            "legal basis", f"unknown code {unknown[0]!r} (configured: {', '.join(sorted(known))})"
        )
    if outcome == "revoke" and not bases:
        raise ValidationError("legal basis", "a revocation needs at least one legal basis")
    if not reasons.strip():
        raise ValidationError("statement of reasons", "is required")
    return list(dict.fromkeys(bases))


def save_draft(
    uow: UnitOfWork,
    actor: Actor,
    ref: str,
    *,
    outcome: str,
    legal_bases: Sequence[str] = (),
    reasons: str = "",
    assessment: str = "",
    relied_answers: Sequence[str] = (),
    relied_items: Sequence[int] = (),
    expected_version: int | None = None,
) -> Changed:
    """Keep an unfinished decision; it is nobody's but its officer's until proposed."""
    if outcome not in OUTCOMES:
        raise ValidationError("outcome", f"must be one of {', '.join(OUTCOMES)}")
    with uow:
        user, case = _open_case(uow, actor, ref, expected_version, Role.OFFICER)
        _ensure_started(uow, actor, user, case)
        transition(case.state, Action.PROPOSE, actor.roles)
        draft = _current_decision(uow, case, "draft")
        if draft is None:
            draft = Decision(case_id=case.id, proposed_by_id=user.id, outcome=outcome)
            uow.session.add(draft)
        draft.outcome = outcome
        draft.legal_bases = list(legal_bases)
        draft.reasons = reasons
        draft.assessment = assessment
        draft.relied_answers = list(relied_answers)
        draft.relied_items = list(relied_items)
        # The draft is part of the case: its version moves on, so that another session
        # still showing the older draft is refused (StaleCase) instead of overwriting it.
        flag_modified(case, "state")
        uow.session.flush()
        uow.audit(
            actor,
            "draft_saved",
            "decision",
            draft.id,
            case_id=case.id,
            after={"outcome": outcome, "legal_bases": draft.legal_bases},
        )
        uow.commit()
        return _changed("draft_saved", case, decision_id=draft.id)


def propose(
    uow: UnitOfWork,
    actor: Actor,
    ref: str,
    *,
    outcome: str,
    legal_bases: Sequence[str],
    reasons: str,
    assessment: str = "",
    relied_answers: Sequence[str] = (),
    relied_items: Sequence[int] = (),
    request: dict[str, Any] | None = None,
    expected_version: int | None = None,
) -> Changed:
    """An officer submits a decision for sign-off."""
    with uow:
        user, case = _open_case(uow, actor, ref, expected_version, Role.OFFICER)
        _ensure_started(uow, actor, user, case)
        bases = _validate_decision(uow, outcome, legal_bases, reasons)
        planned: dict[str, Any] = {}
        if outcome == "request_information":
            request = request or {}
            due = _validate_request(
                uow,
                str(request.get("authority", "")),
                str(request.get("question", "")),
                request.get("due_on"),
            )
            planned = {
                "authority": request["authority"],
                "question": request["question"],
                "due_on": due.isoformat(),
            }
        decision = _current_decision(uow, case, "draft")
        if decision is None:
            decision = Decision(case_id=case.id, proposed_by_id=user.id, outcome=outcome)
            uow.session.add(decision)
        decision.outcome = outcome
        decision.legal_bases = bases
        decision.reasons = reasons.strip()
        decision.assessment = assessment.strip()
        decision.relied_answers = list(relied_answers)
        decision.relied_items = list(relied_items)
        decision.request = planned
        decision.status = "proposed"
        decision.proposed_at = uow.clock.now()
        uow.session.flush()
        _move(
            uow,
            actor,
            case,
            Action.PROPOSE,
            actor.roles,
            extra={"decision_id": decision.id, "outcome": outcome, "legal_bases": bases},
        )
        uow.commit()
        return _changed("propose", case, decision_id=decision.id, outcome=outcome)


def _approve_one(uow: UnitOfWork, actor: Actor, user: User, case: Case) -> Decision:
    transition(case.state, Action.APPROVE, actor.roles)
    decision = _current_decision(uow, case, "proposed")
    if decision is None:
        raise InvalidTransition(f"Case {case.case_number} has no proposal awaiting sign-off.")
    if decision.proposed_by_id == user.id:
        raise PermissionDenied(
            f"You proposed the decision on case {case.case_number}; "
            "another supervisor must sign it off (four-eyes)."
        )
    uow.session.add(
        SignOff(
            decision_id=decision.id,
            proposer_id=decision.proposed_by_id,
            supervisor_id=user.id,
            verdict="approved",
            at=uow.clock.now(),
        )
    )
    decision.status = "approved"
    _move(
        uow,
        actor,
        case,
        Action.APPROVE,
        actor.roles,
        extra={"decision_id": decision.id, "outcome": decision.outcome},
    )
    if decision.outcome == "retain":
        _move(uow, None, case, Action.CLOSE_RETAINED, None)
    elif decision.outcome == "revoke":
        _move(uow, None, case, Action.AWAIT_LETTERS, None)
    else:
        plan = decision.request
        uow.session.add(
            InformationRequest(
                case_id=case.id,
                authority=plan["authority"],
                question=plan["question"],
                requested_on=uow.clock.today(),
                due_on=dt.date.fromisoformat(plan["due_on"]),
                requested_by_id=decision.proposed_by_id,
            )
        )
        _move(uow, None, case, Action.AWAIT_INFORMATION, None)
    return decision


def approve(
    uow: UnitOfWork, actor: Actor, ref: str, *, expected_version: int | None = None
) -> Changed:
    """A supervisor signs off a proposal and becomes the signatory of its letters."""
    with uow:
        user, case = _open_case(uow, actor, ref, expected_version, Role.SUPERVISOR)
        decision = _approve_one(uow, actor, user, case)
        uow.commit()
        return _changed("approve", case, decision_id=decision.id, outcome=decision.outcome)


def approve_many(uow: UnitOfWork, actor: Actor, refs: Sequence[str]) -> Changed:
    """Sign off several `retain` proposals at once; each revocation is signed on its own."""
    if not refs:
        raise ValidationError("cases", "name at least one case")
    with uow:
        user = uow.require(actor, Role.SUPERVISOR)
        cases = []
        for ref in refs:
            case = find_case(uow, ref)
            proposal = _current_decision(uow, case, "proposed")
            if proposal is not None and proposal.outcome != "retain":
                raise PermissionDenied(
                    f"Case {case.case_number} proposes '{proposal.outcome}'; only 'retain' "
                    "proposals can be approved together. Sign it off on its own."
                )
            _approve_one(uow, actor, user, case)
            cases.append(case)
        uow.commit()
        return _changed("approve_many", *cases)


def return_case(
    uow: UnitOfWork, actor: Actor, ref: str, comment: str, *, expected_version: int | None = None
) -> Changed:
    """A supervisor sends a proposal back to its officer with a comment."""
    if not comment.strip():
        raise ValidationError("comment", "say what must be changed")
    with uow:
        user, case = _open_case(uow, actor, ref, expected_version, Role.SUPERVISOR)
        transition(case.state, Action.RETURN, actor.roles)
        decision = _current_decision(uow, case, "proposed")
        if decision is None:
            raise InvalidTransition(f"Case {case.case_number} has no proposal awaiting sign-off.")
        if decision.proposed_by_id == user.id:
            raise PermissionDenied("You cannot return your own proposal; withdraw it instead.")
        uow.session.add(
            SignOff(
                decision_id=decision.id,
                proposer_id=decision.proposed_by_id,
                supervisor_id=user.id,
                verdict="returned",
                comment=comment.strip(),
                at=uow.clock.now(),
            )
        )
        decision.status = "returned"
        _move(
            uow,
            actor,
            case,
            Action.RETURN,
            actor.roles,
            justification=comment.strip(),
            extra={"decision_id": decision.id},
        )
        uow.commit()
        return _changed("return", case, decision_id=decision.id)


def withdraw(
    uow: UnitOfWork,
    actor: Actor,
    ref: str,
    *,
    reason: str,
    note: str = "",
    expected_version: int | None = None,
) -> Changed:
    """A supervisor closes a case without a decision (left, deceased, naturalised, ...)."""
    if reason not in WITHDRAWAL_REASONS:
        raise ValidationError("reason", f"must be one of {', '.join(WITHDRAWAL_REASONS)}")
    if reason == "other" and not note.strip():
        raise ValidationError("note", "explain the reason 'other'")
    with uow:
        _, case = _open_case(uow, actor, ref, expected_version, Role.SUPERVISOR)
        for decision in uow.session.scalars(
            select(Decision).where(
                Decision.case_id == case.id, Decision.status.in_(("draft", "proposed"))
            )
        ):
            decision.status = "withdrawn"
        _move(
            uow,
            actor,
            case,
            Action.WITHDRAW,
            actor.roles,
            justification=note.strip(),
            extra={"reason": reason},
        )
        uow.commit()
        return _changed("withdraw", case, reason=reason)
