"""Reading cases: lists for queues and the command line, and one case in full."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, Text, column, func, or_, select, table
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
from app.services.information import HIDDEN_TITLE

RESTRICTED_READERS = (Role.OFFICER, Role.SUPERVISOR)
# The FTS5 index over resident.search_text (SQLite only; see migration 0001).
_FTS = table("resident_search", column("rowid"), column("resident_search"))
# The generated column of folded words (PostgreSQL only; see migration 0006).
_WORDS = table("resident", column("id"), column("search_words"))


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
    # PostgreSQL: resident.search_words and its trigram index (revision 0006); each term
    # a word start, `% term%`, once folded by the same function as the column.
    starts = (
        _WORDS.c.search_words.like(
            "%" + func.permit_review_search_words(t.replace("_", "\\_"), type_=Text) + "%"
        )
        for t in terms
    )
    return Case.resident_id.in_(select(_WORDS.c.id).where(*starts))


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
            readable = item.classification == "public" or restricted
            entry = {
                "id": item.id,
                "source": item.source,
                "title": item.title if readable else HIDDEN_TITLE,
                "received_on": item.received_on.isoformat(),
                "classification": item.classification,
            }
            if readable:
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


# --- the case view: answers beside their questions, and the history -------------------

LANGUAGE_FALLBACK = ("lt", "en", "ru")
# XLSForm metadata (device, start and end times): recorded, but not what the person said.
_NOT_SHOWN = frozenset(
    {
        "group",
        "note",
        "start",
        "end",
        "today",
        "deviceid",
        "username",
        "phonenumber",
        "subscriberid",
        "simserial",
        "audit",
        "calculate",
    }
)


def in_language(texts: dict[str, Any], language: str, default: str = "") -> str:
    """A label in `language`, else the form's default language, else any other."""
    for code in (language, default, *LANGUAGE_FALLBACK):
        if code and texts.get(code):
            return str(texts[code])
    return next((str(v) for v in texts.values() if v), "")


@dataclass(frozen=True, slots=True)
class AnswerLine:
    """One answer beside its question, labelled in the reader's language."""

    path: str
    group: str  # the labels of the enclosing groups, outermost first, joined by " › "
    question: str
    answer: str  # choice labels for select questions, the value as given otherwise
    value: str  # the stored value (choice names for select questions)
    kind: str
    marked: bool  # the questionnaire marks this answer as needing attention


@dataclass(frozen=True, slots=True)
class _FormQuestion:
    id: int
    path: str
    kind: str
    list_name: str | None
    label: str
    group: str


@dataclass(frozen=True, slots=True)
class _FormLabels:
    """A questionnaire's questions and choices labelled in one language."""

    questions: tuple[_FormQuestion, ...]
    choices: dict[tuple[str, str], str]
    rules: dict[str, frozenset[str]]


# A stored questionnaire version never changes (the importer refuses new content under
# the same version), so its labels are read once per store, form and language.
_LABELS: dict[tuple[str, int, str, str], _FormLabels] = {}
_LABELS_KEPT = 32


def _form_labels(uow: UnitOfWork, questionnaire_id: int, language: str) -> _FormLabels:
    from app.db.models import Choice, Questionnaire
    from app.services.queue import marker_rules

    form = uow.session.get(Questionnaire, questionnaire_id)
    assert form is not None
    key = (uow.store.url, form.id, form.source_sha256, language)
    found = _LABELS.get(key)
    if found is not None:
        return found
    default = form.default_language
    choices = {
        (list_name, name): in_language(labels, language, default)
        for list_name, name, labels in uow.session.execute(
            select(Choice.list_name, Choice.name, Choice.labels).where(
                Choice.questionnaire_id == form.id
            )
        )
    }
    groups: dict[str, str] = {}
    questions = []
    for qid, path, kind, list_name, labels, name in uow.session.execute(
        select(
            Question.id,
            Question.path,
            Question.kind,
            Question.list_name,
            Question.labels,
            Question.name,
        )
        .where(Question.questionnaire_id == form.id)
        .order_by(Question.position)
    ):
        label = in_language(labels, language, default) or name
        if kind == "group":
            groups[path] = label
            continue
        if kind in _NOT_SHOWN:
            continue
        parents = path.split("/")[:-1]
        group = " › ".join(
            groups.get("/".join(parents[: i + 1]), parents[i]) for i in range(len(parents))
        )
        questions.append(_FormQuestion(qid, path, kind, list_name, label, group))
    made = _FormLabels(tuple(questions), choices, marker_rules(form))
    if len(_LABELS) >= _LABELS_KEPT:
        _LABELS.pop(next(iter(_LABELS)))
    _LABELS[key] = made
    return made


def _answer_lines(uow: UnitOfWork, case_id: int, language: str) -> list[AnswerLine]:
    from app.services.queue import is_marked

    response = uow.session.execute(
        select(Response.id, Response.questionnaire_id)
        .where(Response.case_id == case_id, Response.current.is_(True))
        .order_by(Response.id.desc())
        .limit(1)
    ).first()
    if response is None:
        return []
    form = _form_labels(uow, response.questionnaire_id, language)
    values = dict(
        uow.session.execute(
            select(Answer.question_id, Answer.value).where(Answer.response_id == response.id)
        ).all()
    )
    lines: list[AnswerLine] = []
    for q in form.questions:
        value = values.get(q.id)
        if value is None or not value.strip():
            continue
        if q.kind in ("select_one", "select_multiple") and q.list_name:
            names = value.split() if q.kind == "select_multiple" else [value.strip()]
            shown = "; ".join(form.choices.get((q.list_name, n), n) for n in names)
        else:
            shown = value
        marked = q.path in form.rules and is_marked(value, q.kind, form.rules[q.path])
        lines.append(AnswerLine(q.path, q.group, q.label, shown, value, q.kind, marked))
    return lines


def case_answers(uow: UnitOfWork, actor: Actor, ref: str) -> list[AnswerLine]:
    """The current response's answers in form order, labelled in the user's language."""
    with uow:
        user = uow.require(actor)
        case = find_case(uow, ref)
        _check_visible(actor, user.id, case)
        return _answer_lines(uow, case.id, user.language)


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: str  # ISO 8601, UTC
    actor: str
    action: str
    before: dict[str, Any]
    after: dict[str, Any]
    justification: str


def _history(uow: UnitOfWork, case_id: int) -> list[HistoryEntry]:
    from app.db.models import AuditEvent

    return [
        HistoryEntry(
            e.at.isoformat(), e.actor, e.action, dict(e.before), dict(e.after), e.justification
        )
        for e in uow.session.scalars(
            select(AuditEvent).where(AuditEvent.case_id == case_id).order_by(AuditEvent.seq)
        )
    ]


def case_history(uow: UnitOfWork, actor: Actor, ref: str) -> list[HistoryEntry]:
    """Everything that happened to the case, oldest first, from the audit log."""
    with uow:
        user = uow.require(actor)
        case = find_case(uow, ref)
        _check_visible(actor, user.id, case)
        return _history(uow, case.id)


def _check_visible(actor: Actor, user_id: int, case: Case) -> None:
    if actor.roles <= {Role.OFFICER} and case.assigned_to_id not in (None, user_id):
        from app.domain.errors import PermissionDenied

        raise PermissionDenied(f"Case {case.case_number} is assigned to another officer.")


def case_file(uow: UnitOfWork, actor: Actor, ref: str) -> dict[str, Any]:
    """What the case view shows, read in one transaction: the case as `case_detail` gives
    it, but with the answers labelled and marked, the history, and no restricted
    information item content (that is opened item by item, each opening audited).

    The last decision is the one being worked on: a draft, a proposal, or the one a
    supervisor returned (with the comment). Its internal assessment is shown to
    officers and supervisors only, and showing it is audited.
    """
    from app.services import information

    with uow:
        user = uow.require(actor)
        case = find_case(uow, ref)
        _check_visible(actor, user.id, case)
        restricted = bool(actor.roles & set(RESTRICTED_READERS))
        resident, permit = case.resident, case.permit
        decisions = list(
            uow.session.scalars(
                select(Decision).where(Decision.case_id == case.id).order_by(Decision.id)
            )
        )
        current = next(
            (
                d
                for d in reversed(decisions)
                if d.status in ("draft", "proposed", "returned", "approved")
            ),
            None,
        )
        returned = None
        for decision in reversed(decisions):
            last = uow.session.scalar(
                select(SignOff)
                .where(SignOff.decision_id == decision.id)
                .order_by(SignOff.id.desc())
                .limit(1)
            )
            if last is not None:
                supervisor = uow.session.get(User, last.supervisor_id)
                returned = {
                    "verdict": last.verdict,
                    "comment": last.comment,
                    "by": supervisor.username if supervisor else None,
                    "by_name": supervisor.full_name if supervisor else None,
                    "at": last.at.isoformat(),
                    "decision_id": decision.id,
                }
                break
        officer = uow.session.get(User, case.assigned_to_id) if case.assigned_to_id else None
        requests = [
            {
                "id": r.id,
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
        settings = uow.settings
        language = user.language
        detail: dict[str, Any] = {
            "id": case.id,
            "case_number": case.case_number,
            "permit_number": permit.permit_number,
            "state": case.state,
            "version": case.version,
            "assigned_to": officer.username if officer else None,
            "assigned_to_name": officer.full_name if officer else None,
            "campaign": case.campaign.name,
            "state_changed_at": case.state_changed_at.isoformat(),
            "response_received": case.response_received_at.isoformat()
            if case.response_received_at
            else None,
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
                "address": ", ".join(
                    p
                    for p in (
                        resident.address_line1,
                        resident.address_line2,
                        f"{resident.postal_code} {resident.city}".strip(),
                    )
                    if p
                ),
            },
            "permit": {
                "number": permit.permit_number,
                "type": permit.permit_type,
                "issued_on": permit.issued_on.isoformat() if permit.issued_on else None,
                "valid_until": permit.valid_until.isoformat() if permit.valid_until else None,
                "status": permit.status,
            },
            "decision": _decision_dict(uow, current, restricted) if current else None,
            "signoff": returned,
            "requests": requests,
            "answers": _answer_lines(uow, case.id, language),
            "items": information._summaries(uow, actor, case.id),
            "history": _history(uow, case.id),
            "language": language,
            "legal_bases": [(b.code, b.in_language(language)) for b in settings.legal_bases],
            "request_days": settings.period("information_request_days"),
            "request_max_days": settings.period("information_request_max_days"),
            "today": uow.clock.today().isoformat(),
        }
        if restricted and current is not None and current.assessment:
            uow.audit(
                actor,
                "restricted_read",
                "case",
                case.id,
                case_id=case.id,
                after={"what": "internal assessment"},
            )
            uow.commit()
        return detail
