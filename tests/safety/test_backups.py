"""Backups: automatic (exit, daily), manual, verified, pruned, listed; restore and its drill."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import backup as files
from app.audit import log as audit_log
from app.db.models import AuditEvent
from app.db.store import Store
from app.domain.errors import PermissionDenied, ValidationError
from app.services import backups
from app.services.context import Actor, UnitOfWork
from tests.factories import make_case

# Backups here copy the SQLite file; a PostgreSQL store is backed up with pg_dump.
pytestmark = pytest.mark.sqlite_only


def _events(uow_factory: Callable[[], UnitOfWork], action: str) -> list[dict[str, object]]:
    with uow_factory() as uow:
        events = uow.session.scalars(select(AuditEvent).where(AuditEvent.action == action))
        return [{"actor": e.actor, **e.after} for e in events]


def test_manual_backup_is_verified_recorded_and_audited(
    store: Store, uow_factory: Callable[[], UnitOfWork], users: dict[str, Actor], tmp_path: Path
) -> None:
    make_case(store, "01234567")
    info = backups.create(uow_factory(), users["admin"], tmp_path / "usb")
    assert info.path.parent == (tmp_path / "usb").resolve()
    assert info.path.name.endswith("-manual.sqlite3")
    assert not list((tmp_path / "usb").glob("*.partial"))
    assert files.verify_file(info.path, None).ok
    assert info.rows["review_case"] == 1
    assert backups.verify(uow_factory(), users["admin"], info.path).ok
    listed = backups.list_all(uow_factory(), users["admin"])
    assert info.path in [b.path for b in listed]
    (event,) = _events(uow_factory, "backup_created")
    assert event["actor"] == "admin" and event["kind"] == "manual"
    with pytest.raises(PermissionDenied):
        backups.create(uow_factory(), users["olga"], tmp_path / "usb")


def test_exit_backups_keep_n_copies(
    store: Store, uow_factory: Callable[[], UnitOfWork], users: dict[str, Actor]
) -> None:
    backups.save_settings(uow_factory(), users["admin"], keep=3)
    made = [backups.backup_on_exit(store, users["olga"]) for _ in range(5)]
    assert all(m is not None for m in made)
    folder = backups.journal_folder(store)
    left = sorted(p.name for p in folder.glob("permit-review-*-exit.sqlite3"))
    assert left == sorted(m.path.name for m in made[-3:] if m)
    assert len(_events(uow_factory, "backup_created")) == 5


def test_daily_backup_only_when_the_newest_is_a_day_old(
    store: Store, uow_factory: Callable[[], UnitOfWork]
) -> None:
    now = dt.datetime.now(dt.UTC)
    first = backups.daily_backup_if_due(store, now=now)
    assert first is not None and first.kind == "daily"
    assert backups.daily_backup_if_due(store, now=now + dt.timedelta(hours=23)) is None
    later = backups.daily_backup_if_due(store, now=now + dt.timedelta(hours=25))
    assert later is not None


def test_backup_goes_to_the_configured_folder_or_falls_back(
    store: Store, uow_factory: Callable[[], UnitOfWork], users: dict[str, Actor], tmp_path: Path
) -> None:
    media = tmp_path / "media"
    backups.save_settings(uow_factory(), users["admin"], folder=str(media))
    info = backups.backup_on_exit(store)
    assert info is not None and info.path.parent == media.resolve()
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the drive should be")
    backups.save_settings(uow_factory(), users["admin"], folder=str(blocker / "x"))
    info = backups.backup_on_exit(store)
    assert info is not None and info.path.parent == backups.journal_folder(store).resolve()
    last = _events(uow_factory, "backup_created")[-1]
    assert last["fallback_from"] == str(blocker / "x")


def test_a_damaged_backup_fails_verification(
    store: Store, uow_factory: Callable[[], UnitOfWork], users: dict[str, Actor], tmp_path: Path
) -> None:
    info = backups.create(uow_factory(), users["admin"], tmp_path)
    data = bytearray(info.path.read_bytes())
    for offset in range(4096, len(data) - 100, 4096):
        data[offset : offset + 100] = b"\xff" * 100  # every b-tree page header after the first
    info.path.write_bytes(bytes(data))
    report = backups.verify(uow_factory(), users["admin"], info.path)
    assert not report.ok and report.problems
    with pytest.raises(ValidationError, match="failed its check"):
        backups.restore(uow_factory(), users["admin"], info.path)


def test_restore_drill_the_restored_store_equals_the_backup(
    store: Store,
    uow_factory: Callable[[], UnitOfWork],
    users: dict[str, Actor],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for n in range(5):
        make_case(store, f"1000{n:04d}")
    taken = backups.create(uow_factory(), users["admin"], tmp_path / "drill")
    # Work goes on after the backup, then is lost to the restore (and kept aside).
    make_case(store, "20009999")
    with uow_factory() as uow:
        uow.audit(users["olga"], "after_backup", "case", 1)
        uow.commit()

    result = backups.restore(uow_factory(), users["admin"], taken.path)

    assert result.matches_backup
    path = store.sqlite_path
    assert path is not None
    assert not path.with_name(path.name + ".restoring").exists()
    with sqlite3.connect(path) as conn:
        rows = files.row_counts(conn)
    expected = dict(taken.rows, audit_event=taken.rows["audit_event"] + 1)
    assert rows == expected  # the backup's rows, plus the audit event of the restore itself
    with uow_factory() as uow:
        assert audit_log.verify(uow.session, taken.audit_head).ok
        assert (
            uow.session.scalar(
                select(func.count())
                .select_from(AuditEvent)
                .where(AuditEvent.action == "after_backup")
            )
            == 0
        )
        last = uow.session.scalar(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1))
        assert last is not None and last.action == "store_restored"
    kept = result.kept_as
    assert kept.name.endswith("-pre-restore.sqlite3") and files.verify_file(kept, None).ok
    with sqlite3.connect(kept) as conn:
        assert conn.execute("SELECT count(*) FROM review_case").fetchone() == (6,)
    with capsys.disabled():
        print(
            f"\nrestore drill: {sum(taken.rows.values())} rows in {len(taken.rows)} tables and "
            f"audit head {taken.audit_head[0]} restored equal to the backup: "
            f"{result.matches_backup}"
        )
