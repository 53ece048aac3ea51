"""Every single tampering with the audit table is caught by `verify`.

On a store with a few hundred events, each of these is applied on its own,
with raw sqlite3 and the append-only triggers dropped (an attacker holding the
file): an edit of every column of every row, the deletion of every row, the
swap of every pair of neighbours, and the truncation of the tail at every
point (caught with the anchor kept outside the store).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from app.audit import log as audit_log
from app.db.store import Store
from app.services.context import Actor, UnitOfWork

# The attacker edits the SQLite file itself.
pytestmark = pytest.mark.sqlite_only

EVENTS = 200
COLUMNS = (
    "seq",
    "at",
    "actor_id",
    "actor",
    "action",
    "entity",
    "entity_id",
    "case_id",
    "before",
    "after",
    "justification",
    "prev_hash",
    "hash",
)


def _fill(uow_factory: Callable[[], UnitOfWork], users: dict[str, Actor]) -> None:
    people = list(users.values())
    with uow_factory() as uow:
        for i in range(EVENTS - 6):
            who = people[i % len(people)]
            uow.audit(
                who if i % 7 else None,
                ("propose", "approve", "restricted_read", "assign", "login")[i % 5],
                "case" if i % 3 else "user",
                i % 41,
                case_id=(i % 13) or None,
                before={"state": "in_assessment", "n": i} if i % 2 else None,
                after={"state": "awaiting_signoff", "note": f"žingsnis {i}", "list": [i, "ы"]},
                justification="" if i % 4 else f"priežastis {i}",
            )
        uow.commit()


def _changed_value(column: str, value: object, row: dict[str, object]) -> object:
    """A different value of the same kind, as an attacker would write it."""
    if column == "seq":
        return int(row["seq"]) + 100_000  # type: ignore[call-overload]
    if column == "at":
        stamp = dt.datetime.fromisoformat(str(value))
        return (stamp + dt.timedelta(microseconds=1)).isoformat(sep=" ")
    if column in ("actor_id", "case_id"):
        return 1 if value is None else int(value) + 1  # type: ignore[call-overload]
    if column in ("before", "after"):
        data = json.loads(str(value))
        data["tampered"] = True
        return json.dumps(data)
    if column in ("prev_hash", "hash"):
        text = str(value)
        return ("1" if text[0] != "1" else "2") + text[1:]
    return f"{value}x"


@contextmanager
def _attacker_copy(source: Path, folder: Path) -> Iterator[sqlite3.Connection]:
    target = folder / "attacked.sqlite3"
    shutil.copyfile(source, target)
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("DROP TRIGGER audit_event_no_update")
    conn.execute("DROP TRIGGER audit_event_no_delete")
    try:
        yield conn
    finally:
        conn.close()


@pytest.mark.slow
def test_every_single_tampering_is_detected(
    store: Store,
    uow_factory: Callable[[], UnitOfWork],
    users: dict[str, Actor],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _fill(uow_factory, users)
    with uow_factory() as uow:
        assert audit_log.verify(uow.session).ok
        anchor = audit_log.head(uow.session)
    path = store.sqlite_path
    assert path is not None
    store.dispose()
    clean = tmp_path / "clean.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM INTO ?", (str(clean),))

    with _attacker_copy(clean, tmp_path) as conn:
        engine = create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)
        rows = [
            dict(zip(COLUMNS, r, strict=True))
            for r in conn.execute(f"SELECT {', '.join(COLUMNS)} FROM audit_event ORDER BY seq")
        ]
        assert len(rows) == EVENTS == anchor[0]
        tally: dict[str, list[int]] = {}

        def attempt(kind: str, statements: list[tuple[str, tuple[object, ...]]]) -> None:
            """Apply one tampering, verify with and without the anchor, then undo it."""
            with engine.connect() as connection:
                undo = connection.begin()
                connection.exec_driver_sql("BEGIN")
                for sql, params in statements:
                    connection.exec_driver_sql(sql, params)
                # The session joins the tampering transaction and leaves it to `undo`.
                with Session(bind=connection) as session:
                    plain = audit_log.verify(session)
                    # A chain broken in itself fails with the anchor too; no need to re-read it.
                    anchored = audit_log.verify(session, anchor) if plain.ok else plain
                undo.rollback()
            counts = tally.setdefault(kind, [0, 0, 0])
            counts[0] += 1
            counts[1] += not plain.ok
            counts[2] += not anchored.ok

        for row in rows:
            for column in COLUMNS:
                new = _changed_value(column, row[column], row)
                assert new != row[column]
                attempt(
                    "edit",
                    [(f"UPDATE audit_event SET {column} = ? WHERE seq = ?", (new, row["seq"]))],
                )
        for row in rows:
            attempt("delete", [("DELETE FROM audit_event WHERE seq = ?", (row["seq"],))])
        for first, second in itertools.pairwise(rows):
            a, b = first["seq"], second["seq"]
            attempt(
                "reorder",
                [
                    ("UPDATE audit_event SET seq = -1 WHERE seq = ?", (a,)),
                    ("UPDATE audit_event SET seq = ? WHERE seq = ?", (a, b)),
                    ("UPDATE audit_event SET seq = ? WHERE seq = -1", (b,)),
                ],
            )
        for row in rows:
            attempt("truncate", [("DELETE FROM audit_event WHERE seq >= ?", (row["seq"],))])
        engine.dispose()

    with capsys.disabled():
        print(f"\naudit tampering on a log of {EVENTS} events (detected / tried):")
        for kind, (tried, plain, anchored) in tally.items():
            print(
                f"  {kind:9} {anchored}/{tried} with the anchor "
                f"({100 * anchored / tried:.0f}%), {plain}/{tried} without it"
            )
    assert tally["edit"][0] == EVENTS * len(COLUMNS)
    assert tally["delete"][0] == EVENTS
    assert tally["reorder"][0] == EVENTS - 1
    assert tally["truncate"][0] == EVENTS
    for kind, (tried, plain, anchored) in tally.items():
        assert anchored == tried, kind
        if kind in ("edit", "reorder"):
            assert plain == tried, kind
    # Without the anchor, only removing the last event(s) goes unseen: hence the anchor.
    assert tally["delete"][1] == EVENTS - 1
    assert tally["truncate"][1] == 0
