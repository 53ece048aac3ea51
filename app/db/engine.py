"""Engines for the two stores: an SQLite file (WAL, FULL sync) or a PostgreSQL server.

Both give the services the same guarantee: a write transaction runs alone
among writers. SQLite takes its write lock with BEGIN IMMEDIATE; PostgreSQL
takes one transaction-scoped advisory lock (see app/db/postgres.py). Readers
(sessions begun with the execution option `sqlite_begin="DEFERRED"`, which
Store.reading() uses) take neither.
"""

from __future__ import annotations

import logging
import random
import sqlite3
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from app.db import functions, postgres
from app.domain.errors import StoreBusy

BUSY_TIMEOUT_MS = 30_000
log = logging.getLogger(__name__)


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def is_postgresql(url: str) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


def make_engine(url: str, **kwargs: Any) -> Engine:
    if is_postgresql(url):
        engine = create_engine(
            url,
            pool_pre_ping=True,
            # The writer lock relies on each statement seeing what was committed
            # before it (see app/db/postgres.py), whatever the server's default.
            isolation_level="READ COMMITTED",
            connect_args=postgres.connect_args(lock_timeout_ms=BUSY_TIMEOUT_MS),
            **kwargs,
        )
        event.listen(engine, "begin", _on_postgresql_begin)
        return engine
    if not is_sqlite(url):
        return create_engine(url, pool_pre_ping=True, **kwargs)
    engine = create_engine(
        url,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        **kwargs,
    )
    _configure_sqlite(engine)
    return engine


def _writes(connection: Connection) -> bool:
    mode: str = connection.get_execution_options().get("sqlite_begin", "IMMEDIATE")
    return mode != "DEFERRED"


def _on_postgresql_begin(connection: Connection) -> None:
    if _writes(connection):
        postgres.take_writer_lock(connection)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's "begin" hook below open every transaction itself.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()
        functions.register(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Writers take the write lock up front, so that two writers queue on the
        # busy timeout instead of failing midway with SQLITE_BUSY on upgrade.
        mode = connection.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        connection.exec_driver_sql(f"BEGIN {mode}")


# --- transient failures -----------------------------------------------------------


def is_transient(exc: BaseException) -> bool:
    """Whether running the same unit of work again may succeed.

    PostgreSQL: serialization failure, deadlock, lock wait timed out (SQLSTATE
    40001, 40P01, 55P03). SQLite: the busy timeout ran out.
    """
    if not isinstance(exc, DBAPIError):
        return False
    if postgres.is_transient(exc.orig):
        return True
    return isinstance(exc.orig, sqlite3.OperationalError) and "locked" in str(exc.orig)


def retrying[T](work: Callable[[], T], *, attempts: int = 4) -> T:
    """Run `work` (one whole unit of work, such as a service call) again when the store
    refused it with StoreBusy, up to `attempts` times with a short random pause.

    Only for work that commits once: a failed attempt has saved nothing.
    """
    for attempt in range(1, attempts + 1):
        try:
            return work()
        except StoreBusy:
            if attempt == attempts:
                raise
            log.info("store busy; trying again (attempt %d of %d)", attempt + 1, attempts)
            time.sleep(random.uniform(0.02, 0.1) * attempt)
    raise AssertionError("unreachable")
