"""Department settings and the session services the window uses (lock, logout, own account)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from app.db.models import AuditEvent
from app.db.store import Store
from app.domain.errors import PermissionDenied, SessionLocked, ValidationError
from app.services import accounts
from app.services import settings as dept_settings
from app.services.context import Actor, UnitOfWork

Factory = Callable[[], UnitOfWork]


def valid_department() -> dict[str, object]:
    department = dept_settings.department_defaults()
    department["place"] = "Kaunas"
    return department


def test_only_admins_save_settings(uow_factory: Factory, users: dict[str, Actor]) -> None:
    for name in ("olga", "sam", "cleo"):
        with pytest.raises(PermissionDenied):
            dept_settings.save_settings(uow_factory(), users[name], idle_lock_minutes=5)
    changed = dept_settings.save_settings(
        uow_factory(), users["admin"], department=valid_department(), idle_lock_minutes=5
    )
    assert changed.details["keys"] == ["department", "idle_lock_minutes"]
    assert dept_settings.department(uow_factory(), users["cleo"])["place"] == "Kaunas"
    assert dept_settings.idle_lock_minutes(uow_factory()) == 5


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name": {"lt": " ", "en": "Dept"}}, "department name"),
        ({"address": ""}, "department address"),
        ({"code": "12-34"}, "department code"),
        ({"place": ""}, "place of issue"),
        ({"signatory_titles": {"supervisor": {"en": "Head"}}}, "signatory title"),
    ],
)
def test_department_needs_what_letters_print(change: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        dept_settings.check_department({**valid_department(), **change})
    assert refused.value.field == field


def test_idle_lock_bounds(uow_factory: Factory, users: dict[str, Actor]) -> None:
    assert dept_settings.idle_lock_minutes(uow_factory()) == 10  # the shipped default
    for minutes in (0, dept_settings.MAX_IDLE_LOCK_MINUTES + 1):
        with pytest.raises(ValidationError, match="idle lock"):
            dept_settings.save_settings(uow_factory(), users["admin"], idle_lock_minutes=minutes)


def test_lock_and_logout_end_the_session_and_are_audited(
    uow_factory: Factory, users: dict[str, Actor], store: Store
) -> None:
    admin = users["admin"]
    assert accounts.my_account(uow_factory(), admin)["username"] == "admin"
    accounts.lock_session(uow_factory(), admin)
    with pytest.raises(SessionLocked):
        accounts.my_account(uow_factory(), admin)
    accounts.verify_password(uow_factory(), admin, "correct horse battery")
    accounts.my_account(uow_factory(), admin)
    accounts.logout(uow_factory(), admin)
    with pytest.raises(SessionLocked):
        accounts.list_users(uow_factory(), admin)
    with store.session() as session:
        actions = session.scalars(
            select(AuditEvent.action).where(AuditEvent.actor == "admin").order_by(AuditEvent.seq)
        ).all()
    assert actions[-3:] == ["session_locked", "session_unlocked", "logout"]
