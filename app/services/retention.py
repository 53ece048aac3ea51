"""Retention: closed cases older than the retention period are anonymised.

Names, addresses, identifiers, free text and letter PDFs are replaced; what
statistics need stays (campaign, states and dates, outcomes, legal bases,
citizenship, year of birth, answers to closed questions). A resident is
anonymised only when every case of theirs is due. Each case gets one audit
event; the log itself is append-only and keeps its own (personal-data-free)
entries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, select, update

from app.db.models import (
    Answer,
    Appeal,
    AuditEvent,
    Case,
    Decision,
    Departure,
    InformationItem,
    InformationRequest,
    Letter,
    Permit,
    Question,
    Resident,
    Response,
    SignOff,
)
from app.domain.errors import ValidationError
from app.domain.lifecycle import CLOSED_STATES
from app.domain.roles import Role
from app.services.context import Actor, UnitOfWork

DEFAULT_YEARS = 10
REPLACED = "[anonymised]"
ANONYMISED_ACTION = "case_anonymised"
CHUNK = 200
# Question kinds whose answers are typed by people; the others are choices kept for statistics.
FREE_TEXT_KINDS = ("text", "note", "geopoint", "image", "file", "barcode")

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


def retention_years(uow: UnitOfWork) -> int:
    value = uow.settings.data.get("retention_years", DEFAULT_YEARS)
    try:
        years = int(value)
    except (TypeError, ValueError):
        raise ValidationError("retention_years", f"not a whole number: {value!r}") from None
    if years < 1:
        raise ValidationError("retention_years", "must be at least 1 year")
    return years


def cutoff(today: dt.date, years: int) -> dt.datetime:
    try:
        day = today.replace(year=today.year - years)
    except ValueError:  # 29 February
        day = today.replace(year=today.year - years, day=28)
    return dt.datetime.combine(day, dt.time(), dt.UTC)


def _due(before: dt.datetime) -> Select[Any]:
    """Closed cases whose last change is older than `before`, not yet anonymised, and
    whose resident has no case that is still open or still within retention."""
    done = select(AuditEvent.case_id).where(
        AuditEvent.action == ANONYMISED_ACTION, AuditEvent.case_id.is_not(None)
    )
    closed = [s.value for s in CLOSED_STATES]
    other = select(Case.resident_id).where(
        ~and_(Case.state.in_(closed), Case.state_changed_at < before)
    )
    return (
        select(Case.id)
        .where(
            Case.state.in_(closed),
            Case.state_changed_at < before,
            Case.id.not_in(done),
            Case.resident_id.not_in(other),
        )
        .order_by(Case.id)
    )


@dataclass(frozen=True)
class RetentionResult:
    years: int
    cutoff: dt.date
    due: int
    anonymised: int
    dry_run: bool
    cancelled: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "retention_years": self.years,
            "closed_before": self.cutoff.isoformat(),
            "cases_due": self.due,
            "cases_anonymised": self.anonymised,
            "dry_run": self.dry_run,
            "cancelled": self.cancelled,
        }


def _of_case(model: Any, case_id: int) -> Select[Any]:
    return select(model).where(model.case_id == case_id)


def _set(rows: Iterable[Any], **values: Any) -> int:
    count = 0
    for row in rows:
        for name, value in values.items():
            setattr(row, name, value)
        count += 1
    return count


def anonymise_case(uow: UnitOfWork, case: Case) -> dict[str, int]:
    """Replace what identifies the person in one case; returns counts for the audit event."""
    session = uow.session
    resident = session.get(Resident, case.resident_id)
    counts: dict[str, int] = {}
    if resident is not None and resident.surname != REPLACED:
        resident.surname = REPLACED
        resident.given_names = ""
        resident.surname_native = ""
        resident.given_names_native = ""
        if resident.date_of_birth is not None:
            resident.date_of_birth = resident.date_of_birth.replace(month=1, day=1)
        resident.address_line1 = ""
        resident.address_line2 = ""
        resident.postal_code = ""
        resident.city = ""
        resident.search_text = ""
        resident.updated_at = uow.clock.now()
        counts["resident"] = 1
    permit = session.get(Permit, case.permit_id)
    if permit is not None and not permit.permit_number.startswith("ANON-"):
        permit.permit_number = f"ANON-{permit.id}"
        counts["permit"] = 1
    free_text = select(Question.id).where(Question.kind.in_(FREE_TEXT_KINDS))
    responses = select(Response.id).where(Response.case_id == case.id)
    result = session.execute(
        update(Answer)
        .where(Answer.response_id.in_(responses), Answer.question_id.in_(free_text))
        .values(value=REPLACED)
        .execution_options(synchronize_session=False)
    )
    counts["answers"] = int(getattr(result, "rowcount", 0) or 0)
    decisions = list(session.scalars(_of_case(Decision, case.id)))
    counts["decisions"] = _set(decisions, reasons=REPLACED, assessment=REPLACED, request={})
    decision_ids = [d.id for d in decisions]
    if decision_ids:
        counts["signoffs"] = _set(
            session.scalars(
                select(SignOff).where(SignOff.decision_id.in_(decision_ids), SignOff.comment != "")
            ),
            comment=REPLACED,
        )
    counts["information_items"] = _set(
        session.scalars(_of_case(InformationItem, case.id)), title=REPLACED, content=REPLACED
    )
    requests = list(session.scalars(_of_case(InformationRequest, case.id)))
    counts["information_requests"] = len(requests)
    for request in requests:
        request.question = REPLACED
        if request.answer is not None:
            request.answer = REPLACED
    counts["letters"] = _set(session.scalars(_of_case(Letter, case.id)), pdf=b"")
    counts["appeals"] = _set(session.scalars(_of_case(Appeal, case.id)), hearings=[], documents=[])
    counts["departures"] = _set(session.scalars(_of_case(Departure, case.id)), note=REPLACED)
    return {k: v for k, v in counts.items() if v}


def run(
    uow: UnitOfWork,
    actor: Actor,
    *,
    dry_run: bool = False,
    years: int | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> RetentionResult:
    """Anonymise every closed case past retention, a chunk per transaction.

    `years` overrides the setting for this run (it may only be longer). A dry
    run counts and writes nothing but its audit event.
    """
    with uow:
        uow.require(actor, Role.ADMIN)
        setting = retention_years(uow)
        if years is not None and years < setting:
            raise ValidationError(
                "--years", f"may not be shorter than the department's retention ({setting} years)"
            )
        span = years or setting
        before = cutoff(uow.clock.today(), span)
        ids = list(uow.session.scalars(_due(before)))
        if dry_run:
            uow.audit(
                actor,
                "retention_previewed",
                "retention",
                "",
                after={"years": span, "closed_before": before.date(), "cases_due": len(ids)},
            )
            uow.commit()
            return RetentionResult(span, before.date(), len(ids), 0, True)
    done = 0
    cancelled = False
    for start in range(0, len(ids), CHUNK):
        if cancel is not None and cancel():
            cancelled = True
            break
        with uow:
            uow.require(actor, Role.ADMIN)
            for case in uow.session.scalars(
                select(Case).where(Case.id.in_(ids[start : start + CHUNK]))
            ):
                counts = anonymise_case(uow, case)
                uow.audit(
                    actor,
                    ANONYMISED_ACTION,
                    "case",
                    case.id,
                    case_id=case.id,
                    after={"retention_years": span, "replaced": counts},
                )
            uow.commit()
        done = min(start + CHUNK, len(ids))
        if progress is not None:
            progress(done, len(ids))
    with uow:
        uow.require(actor, Role.ADMIN)
        uow.audit(
            actor,
            "retention_run",
            "retention",
            "",
            after={
                "years": span,
                "closed_before": before.date(),
                "cases_due": len(ids),
                "cases_anonymised": done,
                "cancelled": cancelled,
            },
        )
        uow.commit()
    return RetentionResult(span, before.date(), len(ids), done, False, cancelled)
