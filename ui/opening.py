"""Opening the store for the window: checked first, and unlocked at login when encrypted.

A plain store opens before anyone logs in. An encrypted one cannot even be
read until a user's password has unwrapped its key, so the login dialog
opens it (`unlock`): key first, then the store, then the password check
against the store's accounts. A wrong password opens nothing.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.db import crypto
from app.db.store import open_store
from app.domain.errors import StoreError
from app.paths import Paths
from app.services import encryption
from app.services.context import Clock
from ui.context import Workspace


def without_password(url: str) -> str:
    return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", url)


class StoreOpener:
    """How to open this run's store (plain or encrypted) and make a Workspace of it."""

    def __init__(
        self,
        paths: Paths,
        url: str,
        *,
        clock: Clock | None = None,
        idle_lock_minutes: float | None = None,
    ) -> None:
        self.paths = paths
        self.url = url
        self.clock = clock or Clock()
        self.idle_lock_minutes = idle_lock_minutes
        # The key unwrapped at the last login, kept so that a damaged encrypted store can
        # still be restored from its (encrypted) backups.
        self.key: bytes | None = None

    @property
    def database(self) -> Path | None:
        """The SQLite file, or None for a server."""
        return encryption.database_of(self.url)

    @property
    def encrypted(self) -> bool:
        return encryption.needs_key(self.url)

    def describe(self) -> str:
        database = self.database
        return str(database) if database is not None else without_password(self.url)

    def check_readable(self) -> None:
        """Refuse at once a file that is neither a store nor an encrypted store with its keys.

        Without this, any file that is not SQLite would look like ciphertext and the
        user would be asked for a password that could never open it.
        """
        database = self.database
        if database is None or not self.encrypted or crypto.read_slots(database):
            return
        raise StoreError(
            QCoreApplication.translate(
                "StoreOpener",
                "{file} is not a Permit Review store: it is not an SQLite file, and no key "
                "slots ({slots}) lie beside it as they do beside an encrypted store. If it is "
                "an encrypted store whose key slot file was lost, restore that file from the "
                "copy kept beside the newest backup.",
            ).format(file=database, slots=crypto.slots_path(database).name)
        )

    def open(self, key: bytes | None = None) -> Workspace:
        """Open with quick_check (StoreDamaged names the backup to restore) and migrate."""
        store = open_store(self.url, backups=self.paths.backups, key=key, check=True)
        return Workspace(self.paths, store, self.clock, self.idle_lock_minutes)

    def unlock(self, username: str, password: str) -> Workspace:
        """Unwrap the key with this user's password and open the store with it.

        AuthenticationFailed when the password does not open the user's key slot.
        """
        database = self.database
        assert database is not None, "only an SQLite file is encrypted"
        self.key = encryption.unlock(database, username, password)
        return self.open(self.key)

    def open_damaged(self) -> Workspace:
        """The store as it is, unchecked and not migrated: only for restoring over it."""
        store = open_store(
            self.url, backups=self.paths.backups, key=self.key, check=False, migrate=False
        )
        return Workspace(self.paths, store, self.clock, self.idle_lock_minutes)
