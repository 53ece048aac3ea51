"""Encryption at rest as the application uses it: unlocking at login, key slots kept in
step with passwords, and turning a plain store into an encrypted one.

Login order for an encrypted store (command line and window alike):
`key = unlock(database, username, password)`, then
`open_store(url, key=key, check=True)`, then `accounts.authenticate(...)`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import make_url

from app import backup as files
from app import integrity
from app.audit import log as audit_log
from app.db import crypto
from app.db.engine import is_sqlite
from app.db.models import User
from app.db.store import Store, open_store
from app.domain.errors import PermissionDenied, StoreError, ValidationError
from app.domain.roles import Role
from app.lock import StoreLock
from app.services.context import Actor, UnitOfWork


def database_of(url: str) -> Path | None:
    if not is_sqlite(url):
        return None
    database = make_url(url).database
    return Path(database) if database and database != ":memory:" else None


def is_encrypted(database: Path) -> bool:
    """The file is ciphertext; or, before it has any content, key slots are waiting for it."""
    if database.exists() and database.stat().st_size > 0:
        return crypto.looks_encrypted(database)
    return crypto.is_encrypted(database)


def needs_key(url: str) -> bool:
    database = database_of(url)
    return database is not None and is_encrypted(database)


def unlock(database: Path, username: str, password: str) -> bytes:
    """The store key for this user and password; AuthenticationFailed otherwise."""
    return crypto.unlock(database, username, password)


def key_for(url: str, credentials: Callable[[], tuple[str, str]]) -> bytes | None:
    """The key to open `url` with: None for a plain store, else unlocked with the
    credentials (asked for only when needed)."""
    database = database_of(url)
    if database is None or not is_encrypted(database):
        return None
    username, password = credentials()
    return unlock(database, username, password)


def prepare_new(database: Path, username: str, password: str) -> bytes:
    """Key slots for a store about to be created encrypted (`init --encrypt`)."""
    if database.exists() and database.stat().st_size > 0:
        raise ValidationError(
            "--encrypt",
            f"{database} already exists; encrypt an existing store with 'store encrypt'",
        )
    crypto.slots_path(database).unlink(missing_ok=True)
    return crypto.create_slots(database, username, password)


def password_set(store: Store, username: str, password: str) -> None:
    """Keep the user's key slot in step with their password (nothing for a plain store).

    Called by the account services after a password is set and committed, so
    that the same password both opens the file and logs in.
    """
    database = store.sqlite_path
    if store.key is None or database is None:
        return
    crypto.set_password(database, store.key, username, password)


def users_without_slots(store: Store) -> list[str]:
    database = store.sqlite_path
    if store.key is None or database is None:
        return []
    slots = crypto.read_slots(database)
    with store.reading() as session:
        names = session.scalars(select(User.username).where(User.disabled.is_(False)))
        return sorted(n for n in names if n not in slots)


@dataclass(frozen=True)
class Encrypted:
    key: bytes
    users_without_slots: list[str]
    plain_backups: list[Path] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "encrypted": True,
            "users_without_key_slots": self.users_without_slots,
            "plain_backups_left": [str(p) for p in self.plain_backups],
        }


def encrypt_store(uow: UnitOfWork, actor: Actor, password: str) -> Encrypted:
    """Turn the plain store into an encrypted one, in place, all or nothing.

    The admin's password makes the first key slot; other users get theirs when
    an admin resets their password. The caller must reopen the store with the
    returned key. Plain backups made earlier are listed: they still hold the
    data in the clear until deleted.
    """
    store = uow.store
    database = store.sqlite_path
    if database is None:
        raise StoreError("Only an SQLite store file can be encrypted.")
    if store.key is not None or is_encrypted(database):
        raise ValidationError("store", "the store is already encrypted")
    with uow:
        user = uow.require(actor, Role.ADMIN)
        from app.services.accounts import hasher

        try:
            hasher.verify(user.password_hash, password)
        except Exception:
            raise PermissionDenied(
                "The password given is not yours; nothing was changed."
            ) from None
    with StoreLock(database, "encrypting the store"):
        integrity.full_check(store)
        before = files.describe_file(database, None)
        store.dispose()
        key = crypto.new_key()
        temp = database.with_name(database.name + ".encrypting")
        crypto.encrypt_file(database, temp, key)
        report = integrity.check_file(temp, key, full=True)
        after = files.describe_file(temp, key)
        if not report.ok or after.rows != before.rows or after.audit_head != before.audit_head:
            temp.unlink(missing_ok=True)
            raise StoreError("The encrypted copy did not match the store; nothing was changed.")
        # Slots first: a store file without slots could never be opened again.
        crypto.slots_path(database).unlink(missing_ok=True)
        crypto.write_slots(
            database, {actor.username: crypto.wrap(key, actor.username, password)}, key
        )
        fd = os.open(temp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        for suffix in ("-wal", "-shm"):
            database.with_name(database.name + suffix).unlink(missing_ok=True)
        os.replace(temp, database)
        crypto.fsync_folder(database.parent)
    reopened = open_store(store.url, backups=store.backups, key=key, migrate=False)
    try:
        with reopened.session() as session:
            audit_log.append(
                session,
                actor_id=actor.user_id,
                actor=actor.username,
                action="store_encrypted",
                entity="store",
                after={"cipher": "sqlcipher", "key_slots": [actor.username]},
            )
            session.commit()
        missing = users_without_slots(reopened)
    finally:
        reopened.dispose()
    return Encrypted(key, missing, plain_backups(store.backups or database.parent / "backups"))


def plain_backups(folder: Path) -> list[Path]:
    """Unencrypted copies of the store: recorded backups and any store file in `folder`."""
    found = {b.path for b in files.list_backups(folder) if not b.encrypted}
    if folder.is_dir():
        found |= {p.resolve() for p in folder.glob("*.sqlite3") if not crypto.looks_encrypted(p)}
    return sorted(p for p in found if p.is_file())
