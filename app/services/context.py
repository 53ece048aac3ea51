"""Who is acting, and the unit of work a user action runs in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app import settings as settings_mod
from app.audit import log as audit_log
from app.db.engine import is_transient
from app.db.models import Setting, User, utcnow
from app.db.store import Store
from app.domain.errors import (
    AccountLocked,
    PermissionDenied,
    SessionLocked,
    StaleCase,
    StoreBusy,
    ValidationError,
)
from app.domain.roles import Role

LOCAL_TZ = ZoneInfo("Europe/Vilnius")


@dataclass
class SessionState:
    """Shared by every call made in one login; the idle lock sets `locked`."""

    locked: bool = False


@dataclass(frozen=True)
class Actor:
    user_id: int
    username: str
    full_name: str
    roles: frozenset[Role]
    session: SessionState = field(default_factory=SessionState, compare=False)

    def has(self, *roles: Role) -> bool:
        return bool(self.roles & set(roles))


class Clock:
    """The time; tests give a fixed one."""

    def __init__(self, now: Callable[[], dt.datetime] = utcnow) -> None:
        self._now = now

    def now(self) -> dt.datetime:
        return self._now()

    def today(self) -> dt.date:
        return self._now().astimezone(LOCAL_TZ).date()


@dataclass(frozen=True)
class Changed:
    """What a service changed, for the views to refresh from and the CLI to print."""

    action: str
    case_ids: tuple[int, ...] = ()
    details: dict[str, Any] = field(default_factory=dict)


class UnitOfWork:
    """One user action: a session, its write transaction, and the audit log.

    Use as `with uow: ... uow.commit()`; leaving the block without commit rolls back.
    """

    def __init__(self, store: Store, clock: Clock | None = None) -> None:
        self.store = store
        self.clock = clock or Clock()
        self._session: Session | None = None
        self._settings: settings_mod.Settings | None = None

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("the unit of work is used outside its `with` block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self.store.session()
        self._settings = None
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        try:
            session.rollback()
        finally:
            session.close()
            self._session = None
        if exc is not None and is_transient(exc):
            raise StoreBusy(
                "The store is busy with other changes; nothing was saved. Try again."
            ) from exc

    def commit(self) -> None:
        try:
            self.session.commit()
        except StaleDataError as exc:
            self.session.rollback()
            raise StaleCase(
                "Someone else changed this record after you opened it; nothing was saved. "
                "Reopen it to see the change.",
                expected=0,
                actual=0,
            ) from exc
        except IntegrityError as exc:
            self.session.rollback()
            raise ValidationError(
                "store", f"the change breaks a rule of the store ({exc.orig})"
            ) from exc

    # --- settings and audit ----------------------------------------------------

    @property
    def settings(self) -> settings_mod.Settings:
        if self._settings is None:
            data = settings_mod.defaults()
            for row in self.session.scalars(select(Setting)):
                data = settings_mod.merge(data, {row.key: row.value["value"]})
            self._settings = settings_mod.Settings(data)
        return self._settings

    def audit(
        self,
        actor: Actor | None,
        action: str,
        entity: str,
        entity_id: object = "",
        *,
        case_id: int | None = None,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
        justification: str = "",
    ) -> None:
        audit_log.append(
            self.session,
            actor_id=actor.user_id if actor else None,
            actor=actor.username if actor else "system",
            action=action,
            entity=entity,
            entity_id=entity_id,
            case_id=case_id,
            before=before,
            after=after,
            justification=justification,
        )

    # --- the acting user ---------------------------------------------------------

    def require(self, actor: Actor, *roles: Role) -> User:
        """Check that `actor` may act now, with one of `roles` (any role if none given).

        Roles, disabling and locks are read from the store, not from the login,
        so that a change by an admin takes effect on the next action.
        """
        if actor.session.locked:
            raise SessionLocked("The session is locked; enter your password to continue.")
        user = self.session.get(User, actor.user_id)
        if user is None or user.disabled:
            raise PermissionDenied(f"The account {actor.username!r} is disabled.")
        if user.locked_until is not None and user.locked_until > self.clock.now():
            raise AccountLocked(f"The account {actor.username!r} is locked.")
        held = {Role(r) for r in user.roles}
        if roles and not held & set(roles):
            needed = " or ".join(r.value for r in roles)
            raise PermissionDenied(
                f"This needs the role {needed}; {actor.username} does not hold it."
            )
        return user

    def check_version(self, label: str, actual: int, expected: int | None) -> None:
        if expected is not None and expected != actual:
            raise StaleCase(
                f"{label} changed since you opened it (version {expected}, now {actual}); "
                "nothing was saved. Reopen it to see what changed.",
                expected=expected,
                actual=actual,
            )
