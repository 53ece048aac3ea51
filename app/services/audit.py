"""Verifying the audit log and taking its head for safekeeping outside the store."""

from __future__ import annotations

import re

from app.audit import log as audit_log
from app.domain.errors import ValidationError
from app.domain.roles import Role
from app.services.context import Actor, UnitOfWork

ANCHOR = re.compile(r"^(\d+):([0-9a-f]{64})$")


def parse_anchor(text: str) -> tuple[int, str]:
    match = ANCHOR.match(text.strip())
    if not match:
        raise ValidationError("--anchor", "expected SEQ:HASH as printed by 'audit anchor'")
    return int(match.group(1)), match.group(2)


def verify(
    uow: UnitOfWork, actor: Actor, anchor: tuple[int, str] | None = None
) -> audit_log.Verdict:
    with uow:
        uow.require(actor, Role.ADMIN)
        verdict = audit_log.verify(uow.session, anchor)
        uow.audit(
            actor,
            "audit_verified",
            "audit_log",
            "",
            after={
                "ok": verdict.ok,
                "events": verdict.events,
                "first_bad_seq": verdict.first_bad_seq,
            },
        )
        uow.commit()
        return verdict


def anchor(uow: UnitOfWork, actor: Actor) -> tuple[int, str]:
    with uow:
        uow.require(actor, Role.ADMIN)
        return audit_log.head(uow.session)
