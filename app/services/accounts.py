"""Accounts: the first admin, users, passwords, logins and lockout."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from app.db.models import Setting, User
from app.domain.errors import (
    AccountLocked,
    AuthenticationFailed,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from app.domain.roles import Role
from app.services import encryption
from app.services.context import Actor, Changed, SessionState, UnitOfWork

MIN_PASSWORD_LENGTH = 12
MAX_FAILURES = 5
FAILURE_WINDOW = dt.timedelta(minutes=15)
LOCK_DURATION = dt.timedelta(minutes=15)
USERNAME = re.compile(r"^[a-z][a-z0-9._-]{1,63}$")
# The languages the windows speak, by code; a user chooses one for themselves.
LANGUAGES = ("lt", "en")

hasher = PasswordHasher()


def check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("password", f"must be at least {MIN_PASSWORD_LENGTH} characters long")
    if password.strip() != password:
        raise ValidationError("password", "must not start or end with a space")


def _check_username(username: str) -> None:
    if not USERNAME.match(username):
        raise ValidationError(
            "username",
            "use 2 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter",
        )


def _actor(user: User, session: SessionState | None = None) -> Actor:
    return Actor(
        user.id,
        user.username,
        user.full_name,
        frozenset(Role(r) for r in user.roles),
        session or SessionState(),
    )


def has_users(uow: UnitOfWork) -> bool:
    with uow:
        return bool(uow.session.scalar(select(func.count()).select_from(User)))


def initialise(
    uow: UnitOfWork,
    *,
    username: str,
    full_name: str,
    password: str,
    department: dict[str, Any] | None = None,
) -> Actor:
    """Create the first admin (and the department settings letters need) in an empty store."""
    _check_username(username)
    check_password_rules(password)
    if not full_name.strip():
        raise ValidationError("full name", "is required")
    with uow:
        if uow.session.scalar(select(func.count()).select_from(User)):
            raise PermissionDenied("The store already has users; ask an admin for an account.")
        user = User(
            username=username,
            full_name=full_name.strip(),
            roles=[Role.ADMIN.value],
            password_hash=hasher.hash(password),
        )
        uow.session.add(user)
        uow.session.flush()
        actor = _actor(user)
        if department:
            uow.session.add(Setting(key="department", value={"value": department}))
        uow.audit(
            actor,
            "store_initialised",
            "user",
            user.id,
            after={
                "username": username,
                "roles": user.roles,
                "department": sorted(department or {}),
            },
        )
        uow.commit()
        return actor


def authenticate(uow: UnitOfWork, username: str, password: str) -> Actor:
    """Log in. Five failures within 15 minutes lock the account for 15 minutes."""
    with uow:
        now = uow.clock.now()
        user = uow.session.scalar(select(User).where(User.username == username))
        if user is None:
            uow.audit(None, "login_failed", "user", "", after={"username": username[:64]})
            uow.commit()
            raise AuthenticationFailed("Wrong user name or password.")
        if user.disabled:
            uow.audit(_actor(user), "login_refused", "user", user.id, after={"why": "disabled"})
            uow.commit()
            raise AuthenticationFailed(f"The account {username!r} is disabled.")
        if user.locked_until is not None and user.locked_until > now:
            uow.audit(_actor(user), "login_refused", "user", user.id, after={"why": "locked"})
            uow.commit()
            minutes = max(1, round((user.locked_until - now).total_seconds() / 60))
            raise AccountLocked(
                f"The account {username!r} is locked after repeated failed logins; "
                f"try again in {minutes} min or ask an admin to unlock it."
            )
        try:
            hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            recent = [
                t for t in user.failed_logins if dt.datetime.fromisoformat(t) > now - FAILURE_WINDOW
            ]
            recent.append(now.isoformat())
            user.failed_logins = recent
            uow.audit(
                _actor(user), "login_failed", "user", user.id, after={"failures": len(recent)}
            )
            locked = len(recent) >= MAX_FAILURES
            if locked:
                user.locked_until = now + LOCK_DURATION
                user.failed_logins = []
                uow.audit(
                    None,
                    "account_locked",
                    "user",
                    user.id,
                    after={"locked_until": user.locked_until},
                )
            uow.commit()
            if locked:
                raise AccountLocked(
                    f"Too many failed logins: the account {username!r} is locked for "
                    f"{int(LOCK_DURATION.total_seconds() // 60)} minutes."
                ) from None
            raise AuthenticationFailed("Wrong user name or password.") from None
        if hasher.check_needs_rehash(user.password_hash):
            user.password_hash = hasher.hash(password)
        user.failed_logins = []
        user.locked_until = None
        user.last_login_at = now
        actor = _actor(user)
        uow.audit(actor, "login", "user", user.id)
        uow.commit()
        return actor


def verify_password(uow: UnitOfWork, actor: Actor, password: str) -> None:
    """Unlock an idle-locked session with the same user's password."""
    with uow:
        user = uow.session.get(User, actor.user_id)
        if user is None or user.disabled:
            raise AuthenticationFailed("The account is no longer active.")
        try:
            hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            uow.audit(actor, "unlock_failed", "user", user.id)
            uow.commit()
            raise AuthenticationFailed("Wrong password.") from None
        actor.session.locked = False
        uow.audit(actor, "session_unlocked", "user", user.id)
        uow.commit()


def user_summary(user: User) -> dict[str, Any]:
    return {
        "username": user.username,
        "full_name": user.full_name,
        "title": user.title,
        "roles": list(user.roles),
        "disabled": user.disabled,
        "locked_until": user.locked_until.isoformat() if user.locked_until else None,
        "must_change_password": user.must_change_password,
        "language": user.language,
        "version": user.version,
    }


def list_users(uow: UnitOfWork, actor: Actor) -> list[dict[str, Any]]:
    with uow:
        uow.require(actor, Role.ADMIN, Role.SUPERVISOR)
        users = uow.session.scalars(select(User).order_by(User.username))
        return [user_summary(u) for u in users]


def add_user(
    uow: UnitOfWork,
    actor: Actor,
    *,
    username: str,
    full_name: str,
    roles: frozenset[Role],
    password: str,
    title: str = "",
) -> Changed:
    _check_username(username)
    check_password_rules(password)
    if not roles:
        raise ValidationError("role", "give the user at least one role")
    if not full_name.strip():
        raise ValidationError("full name", "is required")
    with uow:
        uow.require(actor, Role.ADMIN)
        if uow.session.scalar(select(User.id).where(User.username == username)):
            raise ValidationError("username", f"{username!r} is already taken")
        user = User(
            username=username,
            full_name=full_name.strip(),
            title=title.strip(),
            roles=sorted(r.value for r in roles),
            password_hash=hasher.hash(password),
            must_change_password=True,
        )
        uow.session.add(user)
        uow.session.flush()
        uow.audit(
            actor,
            "user_added",
            "user",
            user.id,
            after={"username": username, "roles": user.roles, "full_name": user.full_name},
        )
        uow.commit()
        encryption.password_set(uow.store, username, password)
        return Changed("user_added", details=user_summary(user))


def _user(uow: UnitOfWork, username: str) -> User:
    user = uow.session.scalar(select(User).where(User.username == username))
    if user is None:
        raise NotFound(f"There is no user {username!r}.")
    return user


def set_roles(uow: UnitOfWork, actor: Actor, username: str, roles: frozenset[Role]) -> Changed:
    if not roles:
        raise ValidationError("role", "give the user at least one role")
    with uow:
        uow.require(actor, Role.ADMIN)
        user = _user(uow, username)
        before = list(user.roles)
        user.roles = sorted(r.value for r in roles)
        uow.audit(
            actor,
            "user_roles_changed",
            "user",
            user.id,
            before={"roles": before},
            after={"roles": user.roles},
        )
        uow.commit()
        return Changed("user_roles_changed", details=user_summary(user))


def disable_user(uow: UnitOfWork, actor: Actor, username: str, *, disabled: bool = True) -> Changed:
    with uow:
        uow.require(actor, Role.ADMIN)
        user = _user(uow, username)
        if user.id == actor.user_id and disabled:
            raise PermissionDenied("You cannot disable your own account.")
        user.disabled = disabled
        action = "user_disabled" if disabled else "user_enabled"
        uow.audit(actor, action, "user", user.id, after={"disabled": disabled})
        uow.commit()
        return Changed(action, details=user_summary(user))


def unlock_user(uow: UnitOfWork, actor: Actor, username: str) -> Changed:
    with uow:
        uow.require(actor, Role.ADMIN)
        user = _user(uow, username)
        user.locked_until = None
        user.failed_logins = []
        uow.audit(actor, "user_unlocked", "user", user.id)
        uow.commit()
        return Changed("user_unlocked", details=user_summary(user))


def reset_password(uow: UnitOfWork, actor: Actor, username: str, new_password: str) -> Changed:
    check_password_rules(new_password)
    with uow:
        uow.require(actor, Role.ADMIN)
        user = _user(uow, username)
        user.password_hash = hasher.hash(new_password)
        user.must_change_password = True
        user.locked_until = None
        user.failed_logins = []
        uow.audit(actor, "password_reset", "user", user.id)
        uow.commit()
        encryption.password_set(uow.store, username, new_password)
        return Changed("password_reset", details=user_summary(user))


def change_password(uow: UnitOfWork, actor: Actor, old_password: str, new_password: str) -> Changed:
    check_password_rules(new_password)
    if old_password == new_password:
        raise ValidationError("new password", "must differ from the current one")
    with uow:
        user = uow.require(actor)
        try:
            hasher.verify(user.password_hash, old_password)
        except (VerificationError, InvalidHashError):
            raise AuthenticationFailed("The current password is wrong.") from None
        user.password_hash = hasher.hash(new_password)
        user.must_change_password = False
        uow.audit(actor, "password_changed", "user", user.id)
        uow.commit()
        encryption.password_set(uow.store, user.username, new_password)
        return Changed("password_changed", details=user_summary(user))


def set_language(uow: UnitOfWork, actor: Actor, language: str) -> Changed:
    """The language of one's own windows (and of questionnaire labels shown to one)."""
    if language not in LANGUAGES:
        raise ValidationError("language", f"choose one of {', '.join(LANGUAGES)}")
    with uow:
        user = uow.require(actor)
        before = user.language
        user.language = language
        uow.audit(
            actor,
            "language_changed",
            "user",
            user.id,
            before={"language": before},
            after={"language": language},
        )
        uow.commit()
        return Changed("language_changed", details=user_summary(user))


def my_account(uow: UnitOfWork, actor: Actor) -> dict[str, Any]:
    """The acting user's own account: whether a new password is due, the language."""
    with uow:
        return user_summary(uow.require(actor))


def lock_session(uow: UnitOfWork, actor: Actor) -> None:
    """Idle-lock the session: from now on every service call for it is refused.

    The lock is set before anything can fail, so that a store error never
    leaves the session open; only the audit event depends on the store.
    """
    actor.session.locked = True
    with uow:
        uow.audit(actor, "session_locked", "user", actor.user_id)
        uow.commit()


def logout(uow: UnitOfWork, actor: Actor) -> None:
    """End a login. Allowed from the lock screen, so it does not call `require`."""
    actor.session.locked = True
    with uow:
        uow.audit(actor, "logout", "user", actor.user_id)
        uow.commit()
