"""Every service a user calls, called as every role, as a disabled and a locked user, and in
an idle-locked session; each is allowed or refused exactly as the role table says
(tests/services/role_table/table.py, from DOMAIN.md)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import inspect
import pkgutil
from collections.abc import Iterator

import pytest
from sqlalchemy import update

import app.services
from app.db.models import User
from app.domain.errors import AccountLocked, PermissionDenied, SessionLocked
from app.services.context import Actor, SessionState
from tests.services.role_table.table import ROLES, SERVICES, Entry
from tests.services.role_table.world import World, Worlds

ACTING = {"admin": "admin", "officer": "olga", "supervisor": "sam", "clerk": "cleo"}


@pytest.fixture(scope="module")
def worlds(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Worlds]:
    made = Worlds(request, tmp_path_factory.mktemp("role-table"))
    yield made
    made.close()


def world_for(worlds: Worlds, service: str) -> World:
    """The services of one module share a world (each call prepares its own cases)."""
    found = SERVICES[service]
    return worlds.world(service.split(".")[0], sqlite=found.sqlite_only, own=found.own_world)


def marks(found: Entry) -> list[pytest.MarkDecorator]:
    return [pytest.mark.sqlite_only] if found.sqlite_only else []


def role_cases() -> Iterator[object]:
    for service, found in SERVICES.items():
        for role in ROLES:
            why = found.differs.get(role)
            wrong = (
                [pytest.mark.xfail(strict=True, raises=AssertionError, reason=why)] if why else []
            )
            yield pytest.param(service, role, id=f"{service}-{role}", marks=marks(found) + wrong)


def account_cases() -> Iterator[object]:
    for service, found in SERVICES.items():
        if found.accounts_too:
            yield pytest.param(service, id=service, marks=marks(found))


def refused(world: World, call: object, expected: type[Exception], match: str | None) -> None:
    """The call is refused with `expected`; if it goes through, what it used is not kept."""
    world.begin(refused=True)
    try:
        with pytest.raises(expected, match=match):
            call(world)  # type: ignore[operator]
    except BaseException:
        world.forget()
        raise
    finally:
        world.begin(refused=False)


def first_allowed(found: Entry) -> str:
    """Whom to disable or lock: someone the service would otherwise serve."""
    return ACTING[min(found.allowed)]


@pytest.mark.parametrize(("service", "role"), list(role_cases()))
def test_service_as_role(worlds: Worlds, service: str, role: str) -> None:
    found = SERVICES[service]
    world = world_for(worlds, service)
    actor = world.users[ACTING[role]]
    if role in found.allowed:
        world.begin(refused=False)
        found.call(world, actor)
        return
    refused(world, lambda w: found.call(w, actor), PermissionDenied, None)


def set_account(world: World, username: str, **values: object) -> None:
    with world.store.session() as session:
        session.execute(update(User).where(User.username == username).values(**values))
        session.commit()


@pytest.mark.parametrize("service", list(account_cases()))
def test_disabled_user_is_refused(worlds: Worlds, service: str) -> None:
    found = SERVICES[service]
    world = world_for(worlds, service)
    name = first_allowed(found)
    set_account(world, name, disabled=True)
    try:
        refused(world, lambda w: found.call(w, w.users[name]), PermissionDenied, "disabled")
    finally:
        set_account(world, name, disabled=False)


@pytest.mark.parametrize("service", list(account_cases()))
def test_locked_user_is_refused(worlds: Worlds, service: str) -> None:
    found = SERVICES[service]
    world = world_for(worlds, service)
    name = first_allowed(found)
    until = world.clock.now() + dt.timedelta(minutes=10)
    set_account(world, name, locked_until=until)
    try:
        refused(world, lambda w: found.call(w, w.users[name]), AccountLocked, "is locked")
    finally:
        set_account(world, name, locked_until=None)


@pytest.mark.parametrize("service", list(account_cases()))
def test_idle_locked_session_is_refused(worlds: Worlds, service: str) -> None:
    found = SERVICES[service]
    world = world_for(worlds, service)
    actor: Actor = dataclasses.replace(
        world.users[first_allowed(found)], session=SessionState(locked=True)
    )
    refused(world, lambda w: found.call(w, actor), SessionLocked, "session is locked")


def test_the_table_names_every_service_a_user_calls() -> None:
    """A service function added later gets a row here, or is named as no user's action."""
    tested = {name.split(" ")[0] for name in SERVICES}
    missing = []
    for info in pkgutil.iter_modules(app.services.__path__):
        module = importlib.import_module(f"app.services.{info.name}")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ != module.__name__ or name.startswith("_"):
                continue
            qualified = f"{info.name}.{name}"
            takes = list(inspect.signature(fn).parameters)[:2]
            if takes not in (["uow", "actor"], ["uow_factory", "actor"]):
                continue
            if qualified not in tested and qualified not in NOT_ROLE_CHECKED:
                missing.append(qualified)
    assert not missing, f"services with no row in the role table: {missing}"


# Functions taking (uow, actor) that are not a role-checked user action.
NOT_ROLE_CHECKED = {
    # Unlocking an idle-locked session, locking it and logging out work on the lock
    # screen; they check the password or only end the session.
    "accounts.verify_password",
    "accounts.lock_session",
    "accounts.logout",
    # Helpers that services call inside their own transaction, after their own check.
    "appeals.move",
    "appeals.open_case",
    "appeals.set_permit_status",
    "appeals.supersede_decisions",
    "queries.visible_cases",
    "queue.ids_statement",
    "letters.plan_batch",
    # Works out a period from today's date; reads nothing.
    "reports.period_of",
}
