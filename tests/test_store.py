"""Opening and migrating the store; SQLite settings; the append-only audit log."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.exc import IntegrityError, OperationalError

from app.audit import log as audit_log
from app.db.models import AuditEvent
from app.db.store import Store, head_revision, open_store
from app.services.context import Actor, UnitOfWork


def test_migrates_an_empty_file_to_the_newest_revision(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'new.sqlite3'}", backups=tmp_path / "b")
    assert store.current_revision() == head_revision()
    assert not (tmp_path / "b").exists()  # nothing to back up in a new file
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000
    store.dispose()


def test_backs_up_a_store_with_data_before_migrating_it(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as conn:  # a store from before the first revision
        conn.execute("CREATE TABLE legacy_note (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("INSERT INTO legacy_note (body) VALUES ('kept')")
    store = open_store(f"sqlite:///{path}", backups=tmp_path / "backups")
    backups = list((tmp_path / "backups").glob("before-migration-*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT body FROM legacy_note").fetchall() == [("kept",)]
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert store.current_revision() == head_revision()
    assert store.migrate() is None  # already current: no second backup
    store.dispose()


@pytest.mark.sqlite_only
def test_writers_take_the_write_lock_up_front(store: Store) -> None:
    with store.session() as first:
        first.execute(select(AuditEvent.seq)).all()
        other = sqlite3.connect(store.sqlite_path, timeout=0.1)  # type: ignore[arg-type]
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
    with store.reading() as reader:
        reader.execute(select(AuditEvent.seq)).all()
        other = sqlite3.connect(store.sqlite_path, timeout=0.1)  # type: ignore[arg-type]
        other.execute("BEGIN IMMEDIATE")  # a reader does not block a writer
        other.rollback()
        other.close()


def test_audit_events_cannot_be_changed_or_deleted(store: Store, users: dict[str, Actor]) -> None:
    with store.session() as session:
        with pytest.raises((IntegrityError, OperationalError), match="append-only"):
            session.execute(update(AuditEvent).values(actor="mallory"))
        session.rollback()
        with pytest.raises((IntegrityError, OperationalError), match="append-only"):
            session.execute(text("DELETE FROM audit_event"))


@pytest.mark.sqlite_only
def test_chain_detects_a_changed_event(store: Store, uow_factory: Callable[[], UnitOfWork]) -> None:
    with uow_factory() as uow:
        assert audit_log.verify(uow.session).ok
    path = store.sqlite_path
    assert path is not None
    store.dispose()
    with sqlite3.connect(path) as conn:  # an attacker with the file and sqlite3
        conn.execute("DROP TRIGGER audit_event_no_update")
        conn.execute("UPDATE audit_event SET actor = 'mallory' WHERE seq = 2")
    with uow_factory() as uow:
        verdict = audit_log.verify(uow.session)
    assert not verdict.ok
    assert verdict.first_bad_seq == 2
