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

from typing import Any

from sqlalchemy import Connection

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


def is_transient(error: BaseException | None) -> bool:
    """Whether a driver error from psycopg is one of TRANSIENT_SQLSTATES."""
    return getattr(error, "sqlstate", None) in TRANSIENT_SQLSTATES
