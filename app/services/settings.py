"""Department settings that admins edit: what letters need, and the idle lock."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app import settings as settings_mod
from app.db.models import Setting, utcnow
from app.domain.errors import ValidationError
from app.domain.roles import Role
from app.services.context import Actor, Changed, UnitOfWork

LANGUAGES = ("lt", "en", "ru")
DEFAULT_IDLE_LOCK_MINUTES = 10.0
MAX_IDLE_LOCK_MINUTES = 240


def department_defaults() -> dict[str, Any]:
    """The department settings shipped in resources/, offered on first run."""
    department: dict[str, Any] = settings_mod.defaults()["department"]
    return department


def check_department(department: dict[str, Any]) -> dict[str, Any]:
    """The department settings in their stored form, or a ValidationError naming the field.

    Every language key is kept even when empty, so that a department's own
    name never falls back to the shipped default in another language.
    """
    names = department.get("name") or {}
    titles = (department.get("signatory_titles") or {}).get("supervisor") or {}
    out: dict[str, Any] = {
        "name": {lang: str(names.get(lang, "")).strip() for lang in LANGUAGES},
        "signatory_titles": {
            "supervisor": {lang: str(titles.get(lang, "")).strip() for lang in LANGUAGES}
        },
    }
    for key in ("address", "code", "place", "email", "phone", "data_protection_contact"):
        out[key] = str(department.get(key, "")).strip()
    if not out["name"]["lt"]:
        raise ValidationError("department name", "is required (in Lithuanian at least)")
    for key, label in (
        ("address", "department address"),
        ("code", "department code"),
        ("place", "place of issue"),
    ):
        if not out[key]:
            raise ValidationError(label, "is required")
    if not out["code"].isdigit():
        raise ValidationError("department code", "must be the legal entity code, digits only")
    if not out["signatory_titles"]["supervisor"]["lt"]:
        raise ValidationError("signatory title", "is required (in Lithuanian at least)")
    return out


def department(uow: UnitOfWork, actor: Actor) -> dict[str, Any]:
    with uow:
        uow.require(actor)
        current: dict[str, Any] = uow.settings["department"]
        return current


def idle_lock_minutes(uow: UnitOfWork) -> float:
    """Minutes without input before the window locks; 0 turns the lock off.

    Read before anyone logs in (the window needs it to start), so no actor.
    """
    with uow:
        value = uow.settings.data.get("idle_lock_minutes", DEFAULT_IDLE_LOCK_MINUTES)
    try:
        return max(0.0, float(value))
    except (TypeError, ValueError):
        return DEFAULT_IDLE_LOCK_MINUTES


def save_settings(
    uow: UnitOfWork,
    actor: Actor,
    *,
    department: dict[str, Any] | None = None,
    idle_lock_minutes: int | None = None,
) -> Changed:
    """Save what an admin changed on the Settings page, in one transaction."""
    stored = check_department(department) if department is not None else None
    if idle_lock_minutes is not None and not 1 <= idle_lock_minutes <= MAX_IDLE_LOCK_MINUTES:
        raise ValidationError("idle lock", f"must be 1 to {MAX_IDLE_LOCK_MINUTES} minutes")
    with uow:
        uow.require(actor, Role.ADMIN)
        keys = []
        if stored is not None and stored != uow.settings["department"]:
            uow.audit(
                actor,
                "settings_changed",
                "setting",
                "department",
                before=uow.settings["department"],
                after=stored,
            )
            _put(uow, "department", stored)
            keys.append("department")
        if idle_lock_minutes is not None:
            before = uow.settings.data.get("idle_lock_minutes")
            if before != idle_lock_minutes:
                uow.audit(
                    actor,
                    "settings_changed",
                    "setting",
                    "idle_lock_minutes",
                    before={"minutes": before},
                    after={"minutes": idle_lock_minutes},
                )
                _put(uow, "idle_lock_minutes", idle_lock_minutes)
                keys.append("idle_lock_minutes")
        uow.commit()
        return Changed("settings_changed", details={"keys": keys})


def _put(uow: UnitOfWork, key: str, value: Any) -> None:
    row = uow.session.scalar(select(Setting).where(Setting.key == key))
    if row is None:
        uow.session.add(Setting(key=key, value={"value": value}))
    else:
        row.value = {"value": value}
        row.updated_at = utcnow()
