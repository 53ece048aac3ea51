"""Roles a user can hold. A person may hold several."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    OFFICER = "officer"
    SUPERVISOR = "supervisor"
    CLERK = "clerk"
    ADMIN = "admin"


def parse_roles(values: list[str] | str) -> frozenset[Role]:
    from app.domain.errors import ValidationError

    items = values.split(",") if isinstance(values, str) else values
    roles: set[Role] = set()
    for raw in items:
        name = raw.strip().lower()
        if not name:
            continue
        try:
            roles.add(Role(name))
        except ValueError:
            allowed = ", ".join(r.value for r in Role)
            raise ValidationError("role", f"unknown role {raw!r} (one of {allowed})") from None
    return frozenset(roles)
