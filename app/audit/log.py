"""The hash-chained audit log.

Each event's hash is SHA-256 over the previous event's hash and a canonical
JSON form of the event, so that editing, deleting or reordering any event
breaks the chain from that point on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import AuditEvent, utcnow

GENESIS = "0" * 64


def canonical(event: AuditEvent) -> bytes:
    body = {
        "seq": event.seq,
        "at": event.at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
        "actor_id": event.actor_id,
        "actor": event.actor,
        "action": event.action,
        "entity": event.entity,
        "entity_id": event.entity_id,
        "case_id": event.case_id,
        "before": event.before,
        "after": event.after,
        "justification": event.justification,
    }
    return json.dumps(
        body, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str
    ).encode("utf-8")


def chain_hash(prev_hash: str, event: AuditEvent) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + canonical(event)).hexdigest()


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_jsonable(v) for v in value]
        return sorted(items, key=str) if isinstance(value, (set, frozenset)) else items
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def append(
    session: Session,
    *,
    actor_id: int | None,
    actor: str,
    action: str,
    entity: str,
    entity_id: object = "",
    case_id: int | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    justification: str = "",
) -> AuditEvent:
    """Append one event in the caller's transaction (which must be a write transaction)."""
    # No FOR UPDATE: write transactions already take turns (app/db/engine.py), and on
    # PostgreSQL it would need UPDATE rights that the application's role must not hold.
    head = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    seq, prev = (head[0] + 1, head[1]) if head else (1, GENESIS)
    event = AuditEvent(
        seq=seq,
        at=utcnow(),
        actor_id=actor_id,
        actor=actor,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        case_id=case_id,
        before=_jsonable(before or {}),
        after=_jsonable(after or {}),
        justification=justification,
        prev_hash=prev,
    )
    event.hash = chain_hash(prev, event)
    session.add(event)
    session.flush()
    return event


@dataclass(frozen=True, slots=True)
class Verdict:
    ok: bool
    events: int
    head_seq: int
    head_hash: str
    first_bad_seq: int | None = None
    problem: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "events": self.events,
            "head_seq": self.head_seq,
            "head_hash": self.head_hash,
            "first_bad_seq": self.first_bad_seq,
            "problem": self.problem,
        }


def verify_events(events: Iterable[AuditEvent]) -> Verdict:
    prev = GENESIS
    expected_seq = 1
    count = 0
    last_seq, last_hash = 0, GENESIS
    for event in events:
        count += 1
        if event.seq != expected_seq:
            return Verdict(
                False,
                count,
                last_seq,
                last_hash,
                expected_seq,
                f"event {expected_seq} is missing (found {event.seq} in its place)",
            )
        if event.prev_hash != prev:
            return Verdict(
                False,
                count,
                last_seq,
                last_hash,
                event.seq,
                f"event {event.seq} does not follow event {event.seq - 1}",
            )
        if chain_hash(prev, event) != event.hash:
            return Verdict(
                False,
                count,
                last_seq,
                last_hash,
                event.seq,
                f"event {event.seq} was changed after it was written",
            )
        prev = event.hash
        last_seq, last_hash = event.seq, event.hash
        expected_seq += 1
    return Verdict(True, count, last_seq, last_hash)


def verify(session: Session, anchor: tuple[int, str] | None = None) -> Verdict:
    rows = session.scalars(select(AuditEvent).order_by(AuditEvent.seq)).yield_per(2000)
    verdict = verify_events(rows)
    if not verdict.ok or anchor is None:
        return verdict
    seq, digest = anchor
    if verdict.head_seq < seq:
        return Verdict(
            False,
            verdict.events,
            verdict.head_seq,
            verdict.head_hash,
            verdict.head_seq + 1,
            f"the log ends at event {verdict.head_seq} but the anchor names event "
            f"{seq}: events were removed from its end",
        )
    at_anchor = session.scalar(select(AuditEvent.hash).where(AuditEvent.seq == seq))
    if at_anchor != digest:
        return Verdict(
            False,
            verdict.events,
            verdict.head_seq,
            verdict.head_hash,
            seq,
            f"event {seq} does not match the anchor",
        )
    return verdict


def head(session: Session) -> tuple[int, str]:
    row = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    return (row[0], row[1]) if row else (0, GENESIS)
