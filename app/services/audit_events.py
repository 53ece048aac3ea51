"""Reading the audit log: filtered pages for the audit viewer, and an export for auditors."""

from __future__ import annotations

import csv
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select

from app.db.models import AuditEvent, Case
from app.domain.errors import NotFound, ValidationError
from app.domain.roles import Role
from app.services.context import LOCAL_TZ, Actor, Changed, UnitOfWork

MAX_PAGE = 1000
CSV_COLUMNS = (
    "seq",
    "at",
    "actor",
    "action",
    "entity",
    "entity_id",
    "case_number",
    "before",
    "after",
    "justification",
    "hash",
)


@dataclass(frozen=True)
class EventFilter:
    """What the viewer asks for; every part is optional. Dates are local calendar days."""

    case: str | None = None
    user: str | None = None
    action: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "case": self.case,
            "user": self.user,
            "action": self.action,
            "date_from": self.date_from.isoformat() if self.date_from else None,
            "date_to": self.date_to.isoformat() if self.date_to else None,
        }


@dataclass(frozen=True)
class EventPage:
    events: list[dict[str, Any]]
    total: int
    offset: int


def _day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), LOCAL_TZ).astimezone(dt.UTC)


def _case_id(uow: UnitOfWork, ref: str) -> int:
    ref = ref.strip()
    case_id = uow.session.scalar(select(Case.id).where(Case.case_number == ref))
    if case_id is None and ref.isdigit():
        case_id = uow.session.scalar(select(Case.id).where(Case.id == int(ref)))
    if case_id is None:
        raise NotFound(f"There is no case {ref!r}.")
    return case_id


def _filtered(uow: UnitOfWork, flt: EventFilter) -> Select[Any]:
    query = select(AuditEvent)
    if flt.case:
        query = query.where(AuditEvent.case_id == _case_id(uow, flt.case))
    if flt.user:
        query = query.where(AuditEvent.actor == flt.user.strip())
    if flt.action:
        query = query.where(AuditEvent.action == flt.action.strip())
    if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
        raise ValidationError("dates", "the first day is after the last day")
    if flt.date_from:
        query = query.where(AuditEvent.at >= _day_start(flt.date_from))
    if flt.date_to:
        query = query.where(AuditEvent.at < _day_start(flt.date_to + dt.timedelta(days=1)))
    return query


def _case_numbers(uow: UnitOfWork, events: list[AuditEvent]) -> dict[int, str]:
    ids = {e.case_id for e in events if e.case_id is not None}
    if not ids:
        return {}
    rows = uow.session.execute(select(Case.id, Case.case_number).where(Case.id.in_(ids)))
    return {case_id: number for case_id, number in rows}


def _row(event: AuditEvent, numbers: dict[int, str]) -> dict[str, Any]:
    return {
        "seq": event.seq,
        "at": event.at.isoformat(timespec="seconds"),
        "actor": event.actor,
        "action": event.action,
        "entity": event.entity,
        "entity_id": event.entity_id,
        "case_id": event.case_id,
        "case_number": numbers.get(event.case_id) if event.case_id is not None else None,
        "before": event.before,
        "after": event.after,
        "justification": event.justification,
        "hash": event.hash,
    }


def page(
    uow: UnitOfWork, actor: Actor, flt: EventFilter, *, offset: int = 0, limit: int = 200
) -> EventPage:
    """One page of events matching `flt`, newest first, and how many match in all."""
    if offset < 0:
        raise ValidationError("offset", "must not be negative")
    limit = max(1, min(limit, MAX_PAGE))
    with uow:
        uow.require(actor, Role.ADMIN)
        query = _filtered(uow, flt)
        total = uow.session.scalar(select(func.count()).select_from(query.subquery())) or 0
        events = list(
            uow.session.scalars(query.order_by(AuditEvent.seq.desc()).offset(offset).limit(limit))
        )
        numbers = _case_numbers(uow, events)
        return EventPage([_row(e, numbers) for e in events], int(total), offset)


def actions(uow: UnitOfWork, actor: Actor) -> list[str]:
    """The actions that occur in the log, for the viewer's filter list."""
    with uow:
        uow.require(actor, Role.ADMIN)
        return list(
            uow.session.scalars(select(AuditEvent.action).distinct().order_by(AuditEvent.action))
        )


def export_csv(uow: UnitOfWork, actor: Actor, flt: EventFilter, target: Path) -> Changed:
    """Write every matching event, oldest first, to a CSV file; the export is itself audited."""
    target = Path(target)
    if target.is_dir():
        raise ValidationError("file", f"{target} is a folder; name a file")
    if not target.parent.is_dir():
        raise ValidationError("file", f"the folder {target.parent} does not exist")
    with uow:
        uow.require(actor, Role.ADMIN)
        query = _filtered(uow, flt).order_by(AuditEvent.seq)
        count = 0
        partial = target.with_name(target.name + ".partial")
        with partial.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(CSV_COLUMNS)
            chunk: list[AuditEvent] = []
            for event in uow.session.scalars(query).yield_per(2000):
                chunk.append(event)
                if len(chunk) == 2000:
                    count += _write(writer, uow, chunk)
                    chunk = []
            count += _write(writer, uow, chunk)
        partial.replace(target)
        uow.audit(
            actor,
            "audit_exported",
            "audit_log",
            "",
            after={"events": count, "filter": flt.as_dict(), "file": target.name},
        )
        uow.commit()
        return Changed("audit_exported", details={"events": count, "file": str(target)})


def _write(writer: Any, uow: UnitOfWork, events: list[AuditEvent]) -> int:
    numbers = _case_numbers(uow, events)
    for event in events:
        row = _row(event, numbers)
        row["before"] = json.dumps(row["before"], ensure_ascii=False, sort_keys=True)
        row["after"] = json.dumps(row["after"], ensure_ascii=False, sort_keys=True)
        writer.writerow([row[c] if row[c] is not None else "" for c in CSV_COLUMNS])
    return len(events)
