"""Opening the store: engine, schema migrations (after a backup) and sessions."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from app.db import postgres
from app.db.engine import BUSY_TIMEOUT_MS, is_sqlite, make_engine
from app.domain.errors import StoreError

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def sqlite_backup(source: Path, target: Path, key: bytes | None = None) -> Path:
    """Copy an SQLite file through SQLite's backup API and check the copy.

    With the key of an encrypted store, the copy is encrypted with the same key.
    """
    from app.db.crypto import open_file

    target.parent.mkdir(parents=True, exist_ok=True)
    src = open_file(source, key, readonly=True)
    try:
        dst = open_file(target, key)
        try:
            src.backup(dst)
            result = dst.execute("PRAGMA integrity_check").fetchone()
        finally:
            dst.close()
    finally:
        src.close()
    if not result or result[0] != "ok":
        target.unlink(missing_ok=True)
        raise StoreError(f"The backup {target} failed its integrity check.")
    return target


class Store:
    """One database: the engine, a session factory, and what is needed to migrate it."""

    def __init__(self, url: str, *, backups: Path | None = None, key: bytes | None = None) -> None:
        self.url = url
        self.backups = backups
        # The SQLCipher key of an encrypted store (app.db.crypto); None for a plain one.
        self.key = key
        self.engine: Engine = make_engine(url, **self._keyed(url, key))
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._readers = sessionmaker(
            self.engine.execution_options(sqlite_begin="DEFERRED"), expire_on_commit=False
        )

    @staticmethod
    def _keyed(url: str, key: bytes | None) -> dict[str, Any]:
        if key is None:
            return {}
        from app.db import crypto

        database = make_url(url).database
        if not is_sqlite(url) or not database or database == ":memory:":
            raise StoreError("Only an SQLite store file can be encrypted.")
        return crypto.engine_options(Path(database), key, BUSY_TIMEOUT_MS / 1000)

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.url)

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        database = make_url(self.url).database
        return Path(database) if database and database != ":memory:" else None

    def describe(self) -> str:
        """The store for a status bar: a file path, or a server without its password."""
        if self.sqlite_path:
            return str(self.sqlite_path)
        return make_url(self.url).render_as_string(hide_password=True)

    # --- schema ---------------------------------------------------------------

    def current_revision(self) -> str | None:
        # A read: it must not wait for (nor hold up) a writer, such as a long import.
        with self.engine.execution_options(sqlite_begin="DEFERRED").connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def is_empty(self) -> bool:
        return not inspect(self.engine).get_table_names()

    def migrate(self) -> Path | None:
        """Bring the schema to the newest revision; back up the file first if it had data.

        Returns the path of the backup taken, if one was.
        """
        try:
            current = self.current_revision()
        except OperationalError as exc:
            raise StoreError(f"The store {self.describe()} cannot be read: {exc.orig}") from exc
        head = head_revision()
        if current == head:
            return None
        backup = None
        path = self.sqlite_path
        if path is not None and path.exists() and not self.is_empty():
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            folder = self.backups or path.parent / "backups"
            backup = sqlite_backup(
                path, folder / f"before-migration-{current}-{stamp}.sqlite3", self.key
            )
            log.info("backed up the store before migrating from %s to %s", current, head)
        cfg = alembic_config()
        try:
            with self.engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        except ProgrammingError as exc:
            if not postgres.lacks_privilege(exc.orig):
                raise
            raise StoreError(
                f"The store {self.describe()} has schema revision {current or 'none'} and this "
                f"version of the application needs {head}, but its database role may not change "
                "the schema: an administrator must upgrade the store first "
                "(docs/postgresql.md, section 4)."
            ) from exc
        log.info("store migrated to %s", head)
        return backup

    # --- sessions -------------------------------------------------------------

    def session(self) -> Session:
        """A session for one user action that writes (BEGIN IMMEDIATE on SQLite)."""
        return self._sessions()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only; it never takes the write lock."""
        session = self._readers()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def open_store(
    url: str,
    *,
    backups: Path | None = None,
    migrate: bool = True,
    key: bytes | None = None,
    check: bool = False,
) -> Store:
    """Open (and migrate) a store. `key` opens an encrypted one; `check` runs SQLite's
    quick_check first and raises StoreDamaged naming the backup to restore."""
    if is_sqlite(url):
        database = make_url(url).database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
    store = Store(url, backups=backups, key=key)
    if check:
        from app import integrity

        try:
            integrity.startup_check(store)
        except BaseException:
            store.dispose()
            raise
    if migrate:
        try:
            store.migrate()
        except BaseException:
            store.dispose()
            raise
    return store
