"""Checking that a store file is sound, and saying what to do when it is not.

`quick_check` runs at start-up; `integrity_check` and `foreign_key_check`
(plus SQLCipher's page authentication for an encrypted file) run on demand
and before every backup. A failed check raises StoreDamaged whose message
names the newest verified backup to restore.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError

from app.db.store import Store
from app.domain.errors import StoreError

MAX_PROBLEMS = 20


class StoreDamaged(StoreError):
    """The store failed a check; the message says which backup to restore."""

    def __init__(self, message: str, report: CheckReport) -> None:
        super().__init__(message)
        self.report = report


@dataclass(frozen=True)
class CheckReport:
    path: str
    kind: str  # "quick" or "full"
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        return {"path": self.path, "check": self.kind, "ok": self.ok, "problems": self.problems}


def _pragma_rows(conn: sqlite3.Connection, sql: str) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in conn.execute(sql).fetchmany(MAX_PROBLEMS + 1)]


def check_connection(conn: sqlite3.Connection, *, full: bool, encrypted: bool) -> list[str]:
    """The problems SQLite reports on an open DB-API connection (empty when sound)."""
    problems: list[str] = []
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = _pragma_rows(conn, f"PRAGMA {pragma}({MAX_PROBLEMS})")
        problems += [str(r[0]) for r in rows if r and r[0] != "ok"]
        if full:
            for table, rowid, parent, _ in _pragma_rows(conn, "PRAGMA foreign_key_check"):
                problems.append(f"row {rowid} of {table} refers to a missing row of {parent}")
            if encrypted:
                problems += [str(r[0]) for r in _pragma_rows(conn, "PRAGMA cipher_integrity_check")]
    except (sqlite3.DatabaseError, DBAPIError) as exc:
        problems.append(f"the file cannot be read as a database ({exc})")
    except Exception as exc:
        # sqlcipher3 raises its own DatabaseError class, not sqlite3's.
        if type(exc).__name__ not in ("DatabaseError", "OperationalError"):
            raise
        problems.append(f"the file cannot be read as a database ({exc})")
    return problems[:MAX_PROBLEMS]


def check_file(path: Path, key: bytes | None, *, full: bool = True) -> CheckReport:
    """Check a store or backup file without opening it through the application."""
    from app.db.crypto import open_file

    kind = "full" if full else "quick"
    if not path.is_file():
        return CheckReport(str(path), kind, [f"{path} does not exist"])
    try:
        conn = open_file(path, key, readonly=True)
    except StoreError as exc:
        return CheckReport(str(path), kind, [exc.message])
    except sqlite3.DatabaseError as exc:
        return CheckReport(str(path), kind, [f"the file cannot be opened ({exc})"])
    try:
        return CheckReport(
            str(path), kind, check_connection(conn, full=full, encrypted=key is not None)
        )
    finally:
        conn.close()


def check_store(store: Store, *, full: bool) -> CheckReport:
    """Check the open store (SQLite only; a PostgreSQL server checks itself)."""
    kind = "full" if full else "quick"
    label = store.describe()
    if not store.is_sqlite:
        return CheckReport(label, kind)
    try:
        with store.engine.connect() as conn:
            raw: Any = conn.connection.dbapi_connection
            problems = check_connection(raw, full=full, encrypted=store.key is not None)
    except DBAPIError as exc:
        problems = [f"the file cannot be read as a database ({exc.orig})"]
    except StoreError as exc:
        problems = [exc.message]
    return CheckReport(label, kind, problems)


def advice(store_path: Path | None, backups: Path | None) -> str:
    """What a person should do about a damaged store: restore the newest verified backup."""
    from app.backup import newest_verified

    newest = newest_verified(backups) if backups else None
    if newest is not None:
        return (
            f"Restore the newest verified backup, {newest.path.name} "
            f"(made {newest.made_local}), with `permit-review backup restore {newest.path}` "
            "or, as an admin in the window, File > Restore backup. The damaged file is "
            "kept aside first."
        )
    where = f" in {backups}" if backups else ""
    keep = f" Copy the folder {store_path.parent} aside" if store_path else " Keep the store"
    return (
        f"No verified backup was found{where}.{keep} as it is and ask IT support; "
        "do not keep working in it."
    )


def damaged(store_path: Path | None, backups: Path | None, report: CheckReport) -> StoreDamaged:
    first = report.problems[0] if report.problems else "unknown problem"
    more = f" (and {len(report.problems) - 1} more)" if len(report.problems) > 1 else ""
    return StoreDamaged(
        f"The store {report.path} failed its {report.kind} check: {first}{more}. "
        + advice(store_path, backups),
        report,
    )


def startup_check(store: Store) -> CheckReport:
    """The start-up quick_check; raises StoreDamaged with advice when it fails."""
    report = check_store(store, full=False)
    if not report.ok:
        raise damaged(store.sqlite_path, store.backups, report)
    return report


def full_check(store: Store) -> CheckReport:
    """integrity_check and foreign_key_check; raises StoreDamaged with advice when they fail."""
    report = check_store(store, full=True)
    if not report.ok:
        raise damaged(store.sqlite_path, store.backups, report)
    return report
