"""Reading cases: lists for queues and the command line, and one case in full."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, column, func, or_, select, table
from sqlalchemy.orm import aliased

from app.db.models import (
    Answer,
    Case,
    Decision,
    InformationItem,
    InformationRequest,
    Permit,
    Question,
    Resident,
    Response,
    SignOff,
    User,
)
from app.domain.errors import ValidationError
from app.domain.lifecycle import State
from app.domain.roles import Role
from app.domain.text import search_terms
from app.services.cases import find_case
from app.services.context import Actor, UnitOfWork

RESTRICTED_READERS = (Role.OFFICER, Role.SUPERVISOR)
# The FTS5 index over resident.search_text (SQLite only; see migration 0001).
_FTS = table("resident_search", column("rowid"), column("resident_search"))


@dataclass(frozen=True)
class CaseFilter:
    state: str | None = None
    assigned_to: str | None = None
    search: str | None = None
    citizenship: str | None = None
    no_response: bool = False
    limit: int | None = None


def search_condition(uow: UnitOfWork, query: str) -> Any:
    """Residents whose names (either script) or permit number start with each typed word."""
    terms = search_terms(query)
    if not terms:
        return None
    if uow.store.is_sqlite:
        match = " ".join(f'"{t}"*' for t in terms)
        ids = select(_FTS.c.rowid).where(_FTS.c.resident_search.op("MATCH")(match))
        return Case.resident_id.in_(ids)
    return and_(*(Resident.search_text.ilike(f"%{t}%") for t in terms))


def visible_cases(uow: UnitOfWork, actor: Actor) -> Select[Any]:
    """Cases the actor may list: officers their own and unassigned; the other roles all."""
    query = select(Case)
    if actor.roles <= {Role.OFFICER}:
        query = query.where(
            or_(Case.assigned_to_id == actor.user_id, Case.assigned_to_id.is_(None))
        )
    return query


def list_cases(uow: UnitOfWork, actor: Actor, flt: CaseFilter) -> list[dict[str, Any]]:
    with uow:
        uow.require(actor)
        officer = aliased(User)
        query = (
            visible_cases(uow, actor)
            .join(Resident, Case.resident_id == Resident.id)
            .join(Permit, Case.permit_id == Permit.id)
            .outerjoin(officer, Case.assigned_to_id == officer.id)
            .add_columns(Resident, Permit.permit_number, officer.username)
            .order_by(Case.id)
        )
        if flt.state:
            try:
                query = query.where(Case.state == State(flt.state).value)
            except ValueError:
                raise ValidationError("state", f"unknown state {flt.state!r}") from None
        if flt.assigned_to:
            query = query.where(officer.username == flt.assigned_to)
        if flt.citizenship:
            query = query.where(Resident.citizenship == flt.citizenship.upper())
        if flt.no_response:
            query = query.where(Case.response_received_at.is_(None))
        if flt.search:
            condition = search_condition(uow, flt.search)
            if condition is not None:
                query = query.where(condition)
        if flt.limit:
            query = query.limit(flt.limit)
        return [
            {
                "case_number": case.case_number,
                "permit_number": permit_number,
                "state": case.state,
                "assigned_to": username,
                "surname": resident.surname,
                "given_names": resident.given_names,
                "surname_native": resident.surname_native,
                "given_names_native": resident.given_names_native,
                "citizenship": resident.citizenship,
                "response_received": case.response_received_at is not None,
                "version": case.version,
            }
            for case, resident, permit_number, username in uow.session.execute(query)
        ]


def _decision_dict(uow: UnitOfWork, decision: Decision, restricted: bool) -> dict[str, Any]:
    proposer = uow.session.get(User, decision.proposed_by_id)
    out: dict[str, Any] = {
        "id": decision.id,
        "outcome": decision.outcome,
        "status": decision.status,
        "legal_bases": list(decision.legal_bases),
        "reasons": decision.reasons,
        "relied_answers": list(decision.relied_answers),
        "relied_items": list(decision.relied_items),
        "proposed_by": proposer.username if proposer else None,
        "proposed_at": decision.proposed_at.isoformat() if decision.proposed_at else None,
        "version": decision.version,
    }
    if restricted:
        out["assessment"] = decision.assessment
    return out


def case_detail(uow: UnitOfWork, actor: Actor, ref: str) -> dict[str, Any]:
    """One case in full. Restricted content is left out for clerks and admins, and its
    reading by officers and supervisors is audited."""
    with uow:
        user = uow.require(actor)
        case = find_case(uow, ref)
        if actor.roles <= {Role.OFFICER} and case.assigned_to_id not in (None, user.id):
            from app.domain.errors import PermissionDenied

            raise PermissionDenied(f"Case {case.case_number} is assigned to another officer.")
        restricted = bool(actor.roles & set(RESTRICTED_READERS))
        resident = case.resident
        permit = case.permit
        answers: dict[str, Any] = {}
        response = uow.session.scalar(
            select(Response).where(Response.case_id == case.id, Response.current.is_(True))
        )
        if response is not None:
            rows = uow.session.execute(
                select(Question.path, Question.kind, Answer.value)
                .join(Answer, Answer.question_id == Question.id)
                .where(Answer.response_id == response.id)
                .order_by(Question.position)
            )
            for path, kind, value in rows:
                answers[path] = value.split() if kind == "select_multiple" else value
        decisions = list(
            uow.session.scalars(
                select(Decision).where(Decision.case_id == case.id).order_by(Decision.id)
            )
        )
        current = next(
            (
                d
                for d in reversed(decisions)
                if d.status in ("proposed", "approved", "draft", "returned")
            ),
            None,
        )
        signoff = None
        if current is not None:
            last = uow.session.scalar(
                select(SignOff)
                .where(SignOff.decision_id == current.id)
                .order_by(SignOff.id.desc())
                .limit(1)
            )
            if last is not None:
                supervisor = uow.session.get(User, last.supervisor_id)
                signoff = {
                    "verdict": last.verdict,
                    "comment": last.comment,
                    "by": supervisor.username if supervisor else None,
                    "at": last.at.isoformat(),
                }
        items = []
        for item in uow.session.scalars(
            select(InformationItem)
            .where(InformationItem.case_id == case.id)
            .order_by(InformationItem.received_on, InformationItem.id)
        ):
            entry = {
                "id": item.id,
                "source": item.source,
                "title": item.title,
                "received_on": item.received_on.isoformat(),
                "classification": item.classification,
            }
            if item.classification == "public" or restricted:
                entry["content"] = item.content
            items.append(entry)
        requests = [
            {
                "authority": r.authority,
                "question": r.question,
                "requested_on": r.requested_on.isoformat(),
                "due_on": r.due_on.isoformat(),
                "answer": r.answer,
                "answered_on": r.answered_on.isoformat() if r.answered_on else None,
            }
            for r in uow.session.scalars(
                select(InformationRequest)
                .where(InformationRequest.case_id == case.id)
                .order_by(InformationRequest.id)
            )
        ]
        officer = uow.session.get(User, case.assigned_to_id) if case.assigned_to_id else None
        detail = {
            "case_number": case.case_number,
            "permit_number": permit.permit_number,
            "state": case.state,
            "version": case.version,
            "assigned_to": officer.username if officer else None,
            "campaign": case.campaign.name,
            "resident": {
                "surname": resident.surname,
                "given_names": resident.given_names,
                "surname_native": resident.surname_native,
                "given_names_native": resident.given_names_native,
                "date_of_birth": resident.date_of_birth.isoformat()
                if resident.date_of_birth
                else None,
                "citizenship": resident.citizenship,
                "preferred_language": resident.preferred_language,
                "address": {
                    "line1": resident.address_line1,
                    "line2": resident.address_line2,
                    "postal_code": resident.postal_code,
                    "city": resident.city,
                },
            },
            "permit": {
                "number": permit.permit_number,
                "type": permit.permit_type,
                "issued_on": permit.issued_on.isoformat() if permit.issued_on else None,
                "valid_until": permit.valid_until.isoformat() if permit.valid_until else None,
                "status": permit.status,
            },
            "response_received": case.response_received_at.isoformat()
            if case.response_received_at
            else None,
            "answers": answers,
            "decision": _decision_dict(uow, current, restricted) if current else None,
            "signoff": signoff,
            "information_items": items,
            "information_requests": requests,
        }
        shown_restricted = restricted and (
            (current is not None and bool(current.assessment))
            or any(i["classification"] == "restricted" for i in items)
        )
        if shown_restricted:
            uow.audit(
                actor,
                "restricted_read",
                "case",
                case.id,
                case_id=case.id,
                after={"what": "case detail"},
            )
            uow.commit()
        return detail


def count_by_state(uow: UnitOfWork, actor: Actor) -> dict[str, int]:
    with uow:
        uow.require(actor)
        rows = uow.session.execute(select(Case.state, func.count()).group_by(Case.state))
        return {state: n for state, n in rows}
