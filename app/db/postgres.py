"""What only the PostgreSQL store needs: connection settings, the writer lock, and
telling a transient refusal (worth running the work again) from a real error.

The writer lock: every audited change appends to one hash chain, so writers
must take turns at least from reading the chain's head to committing. Taking
one transaction-scoped advisory lock when a write transaction begins gives
them that turn for the whole transaction, exactly as BEGIN IMMEDIATE does on
SQLite. A writer that holds it sees, at READ COMMITTED, everything committed
before it, so the services' checks of state and version read current data,
and no two writers ever wait on each other's row locks (no deadlocks).
Readers never take it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import psycopg
from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

# The key of the advisory lock ("PREV" in ASCII); advisory locks are per database, so one
# key suffices. pg_locks shows it as classid 0, objid 1347568982.
WRITER_LOCK_KEY = 0x50524556
# SQLSTATEs after which the same unit of work may succeed if run again:
# serialization_failure, deadlock_detected, lock_not_available (lock_timeout).
TRANSIENT_SQLSTATES = frozenset({"40001", "40P01", "55P03"})
APPLICATION_NAME = "permit-review"


def connect_args(*, lock_timeout_ms: int) -> dict[str, Any]:
    return {
        "application_name": APPLICATION_NAME,
        "connect_timeout": 10,
        # Like SQLite's busy timeout: a writer waits this long for its turn, then gives up.
        "options": f"-c lock_timeout={lock_timeout_ms}",
    }


def take_writer_lock(connection: Connection) -> None:
    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK_KEY})")


def lacks_privilege(error: BaseException | None) -> bool:
    """Whether a driver error is insufficient_privilege (SQLSTATE 42501)."""
    return getattr(error, "sqlstate", None) == "42501"


def is_transient(error: BaseException | None) -> bool:
    """Whether a driver error from psycopg is one of TRANSIENT_SQLSTATES."""
    return getattr(error, "sqlstate", None) in TRANSIENT_SQLSTATES


def take_ids(connection: Connection, table: str, count: int) -> list[int]:
    """`count` new ids from the sequence of `table`'s id column, in ascending order, for rows
    then written with COPY (which cannot hand back the ids it made)."""
    sequence = connection.exec_driver_sql(
        "SELECT pg_get_serial_sequence(%s, 'id')", (table,)
    ).scalar_one()
    taken = connection.exec_driver_sql(
        "SELECT nextval(%s) FROM generate_series(1, %s)", (sequence, count)
    ).scalars()
    return sorted(int(i) for i in taken)


def copy_rows(
    connection: Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> None:
    """Insert rows with COPY ... FROM STDIN, in the connection's transaction: for an import's
    tens of thousands of rows many times faster than an executemany of INSERTs.

    `rows` hold values as the columns' bind processors give them. A refusal by the
    server is raised as SQLAlchemy raises it for any statement (IntegrityError, ...).
    """
    quote = connection.dialect.identifier_preparer.quote
    sql = f"COPY {quote(table)} ({', '.join(quote(c) for c in columns)}) FROM STDIN"
    driver: Any = connection.connection.dbapi_connection
    try:
        with driver.cursor() as cursor, cursor.copy(sql) as copy:
            for row in rows:
                copy.write_row(row)
    except psycopg.Error as exc:
        raise DBAPIError.instance(sql, None, exc, psycopg.Error) from exc
