"""Backups as user actions: automatic (on exit, daily), manual, verify, list and restore.

The window calls `backup_on_exit` when it closes and `daily_backup_if_due`
after logging in; admins make, verify and restore backups from the menu or
the command line. Every backup is checked before (the store) and after (the
copy), and every one is audited.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import backup as files
from app import integrity
from app.audit import log as audit_log
from app.db.models import Setting, User, utcnow
from app.db.store import Store, open_store
from app.domain.errors import PermitReviewError, StoreError, ValidationError
from app.domain.roles import Role
from app.lock import StoreLock
from app.services.context import Actor, Changed, UnitOfWork

log = logging.getLogger(__name__)

DEFAULT_KEEP = 10
DAILY = dt.timedelta(days=1)

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class BackupCancelled(PermitReviewError):
    pass


@dataclass(frozen=True)
class BackupSettings:
    folder: Path  # where automatic and default manual backups go
    keep: int  # automatic copies kept there
    configured_folder: Path | None  # the setting, if any (e.g. removable media)


def journal_folder(store: Store) -> Path:
    """The local folder that holds the backup journal (and, by default, the backups)."""
    if store.backups is not None:
        return store.backups
    path = _sqlite_path(store)
    return path.parent / "backups"


def _sqlite_path(store: Store) -> Path:
    path = store.sqlite_path
    if path is None:
        raise StoreError(
            "Backups here copy an SQLite store file; a PostgreSQL store is backed up "
            "on its server (pg_dump)."
        )
    return path


def read_settings(uow: UnitOfWork) -> BackupSettings:
    """The backup settings, read inside the caller's `with uow:` block."""
    data = uow.settings.data
    keep = int(data.get("backups_to_keep", DEFAULT_KEEP) or DEFAULT_KEEP)
    configured = data.get("backup_folder") or None
    folder = Path(configured) if configured else journal_folder(uow.store)
    return BackupSettings(folder, max(keep, 1), Path(configured) if configured else None)


def _usable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return folder.is_dir()


def _guarded(progress: Progress | None, cancel: Cancel | None) -> Progress:
    def step(done: int, total: int) -> None:
        if cancel is not None and cancel():
            raise BackupCancelled("The backup was cancelled; nothing was kept.")
        if progress is not None:
            progress(done, total)

    return step


def _take(
    store: Store,
    folder: Path,
    kind: str,
    *,
    now: dt.datetime,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> files.BackupInfo:
    """Check the store, write and verify the copy, record it in the journal."""
    path = _sqlite_path(store)
    integrity.full_check(store)
    info = files.write_backup(
        path, folder, key=store.key, kind=kind, now=now, progress=_guarded(progress, cancel)
    )
    files.record(journal_folder(store), info)
    return info


def _audit_backup(
    uow: UnitOfWork, actor: Actor | None, info: files.BackupInfo, **extra: Any
) -> None:
    uow.audit(
        actor,
        "backup_created",
        "backup",
        info.path.name,
        after={
            "kind": info.kind,
            "folder": str(info.path.parent),
            "bytes": info.size,
            "sha256": info.sha256,
            "encrypted": info.encrypted,
            "audit_head": info.audit_head[0],
            **extra,
        },
    )


# --- automatic backups ------------------------------------------------------------------


def automatic_backup(
    store: Store, kind: str, actor: Actor | None = None, *, clock_now: dt.datetime | None = None
) -> files.BackupInfo:
    """An automatic backup into the configured folder, falling back to the local one
    when that folder (e.g. a removable drive) is not there; old automatic copies pruned."""
    now = clock_now or utcnow()
    uow = UnitOfWork(store)
    with uow:
        settings = read_settings(uow)
    folder, fallback = settings.folder, None
    if not _usable(folder):
        fallback, folder = folder, journal_folder(store)
        log.warning("backup folder unavailable; using the local backup folder instead")
    info = _take(store, folder, kind, now=now)
    removed = files.prune(folder, settings.keep)
    with uow:
        extra: dict[str, Any] = {"pruned": len(removed)}
        if fallback is not None:
            extra["fallback_from"] = str(fallback)
        _audit_backup(uow, actor, info, **extra)
        uow.commit()
    return info


def backup_on_exit(store: Store, actor: Actor | None = None) -> files.BackupInfo | None:
    """What the window calls when it closes (after its last write). None for PostgreSQL."""
    if store.sqlite_path is None:
        return None
    return automatic_backup(store, "exit", actor)


def daily_backup_if_due(
    store: Store, actor: Actor | None = None, *, now: dt.datetime | None = None
) -> files.BackupInfo | None:
    """At start-up: a backup if the newest automatic one is more than a day old."""
    if store.sqlite_path is None:
        return None
    now = now or utcnow()
    with UnitOfWork(store) as uow:
        settings = read_settings(uow)
    newest = files.newest_automatic(journal_folder(store), settings.folder)
    if newest is not None and now - newest < DAILY:
        return None
    return automatic_backup(store, "daily", actor, clock_now=now)


# --- admin actions ----------------------------------------------------------------------


def create(
    uow: UnitOfWork,
    actor: Actor,
    to: Path | None = None,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> files.BackupInfo:
    """A manual backup into `to` (a chosen folder) or the configured backup folder."""
    with uow:
        uow.require(actor, Role.ADMIN)
        settings = read_settings(uow)
    folder = Path(to) if to is not None else settings.folder
    info = _take(uow.store, folder, "manual", now=uow.clock.now(), progress=progress, cancel=cancel)
    with uow:
        uow.require(actor, Role.ADMIN)
        _audit_backup(uow, actor, info)
        uow.commit()
    return info


def verify(uow: UnitOfWork, actor: Actor, file: Path) -> integrity.CheckReport:
    """Check a backup file (integrity_check, foreign_key_check); audited."""
    path = Path(file)
    with uow:
        uow.require(actor, Role.ADMIN)
        report = files.verify_file(path, uow.store.key)
        uow.audit(
            actor,
            "backup_verified",
            "backup",
            path.name,
            after={"ok": report.ok, "problems": len(report.problems)},
        )
        uow.commit()
        return report


def list_all(uow: UnitOfWork, actor: Actor) -> list[files.BackupInfo]:
    with uow:
        uow.require(actor, Role.ADMIN)
        settings = read_settings(uow)
    return files.list_backups(journal_folder(uow.store), settings.folder)


def save_settings(
    uow: UnitOfWork, actor: Actor, *, folder: str | None = None, keep: int | None = None
) -> Changed:
    """Where automatic backups go (empty: the local folder) and how many are kept."""
    if keep is not None and not 1 <= keep <= 1000:
        raise ValidationError("backups to keep", "must be 1 to 1000")
    if folder:
        target = Path(folder).expanduser()
        if not target.is_absolute():
            raise ValidationError("backup folder", "give a full path")
    with uow:
        uow.require(actor, Role.ADMIN)
        before = read_settings(uow)
        after: dict[str, Any] = {}
        if folder is not None:
            _put(uow, "backup_folder", str(Path(folder).expanduser()) if folder else "")
            after["folder"] = folder or None
        if keep is not None:
            _put(uow, "backups_to_keep", keep)
            after["keep"] = keep
        uow.audit(
            actor,
            "settings_changed",
            "setting",
            "backups",
            before={"folder": str(before.configured_folder or ""), "keep": before.keep},
            after=after,
        )
        uow.commit()
        return Changed("settings_changed", details={"key": "backups", **after})


def _put(uow: UnitOfWork, key: str, value: Any) -> None:
    row = uow.session.get(Setting, key)
    if row is None:
        uow.session.add(Setting(key=key, value={"value": value}))
    else:
        row.value = {"value": value}
        row.updated_at = utcnow()


# --- restore -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RestoreResult:
    restored_from: files.BackupInfo
    kept_as: Path  # the backup (or raw copy, if damaged) of the store as it was
    current_was_damaged: bool
    matches_backup: bool  # the restored store has the backup's row counts and audit head
    audit_head: tuple[int, str]

    def as_dict(self) -> dict[str, Any]:
        return {
            "restored_from": str(self.restored_from.path),
            "kept_as": str(self.kept_as),
            "current_was_damaged": self.current_was_damaged,
            "matches_backup": self.matches_backup,
            "audit_head": f"{self.audit_head[0]}:{self.audit_head[1]}",
        }


def check_backup_for_restore(store: Store, file: Path) -> files.BackupInfo:
    """The backup's facts, or ValidationError saying why it cannot be restored."""
    path = Path(file).expanduser().resolve()
    if not path.is_file():
        raise ValidationError("backup", f"file not found: {path}")
    report = files.verify_file(path, store.key)
    if not report.ok:
        raise ValidationError(
            "backup", f"{path.name} failed its check ({report.problems[0]}); choose another backup"
        )
    return files.describe_file(path, store.key)


def restore(
    uow: UnitOfWork,
    actor: Actor,
    file: Path,
    *,
    lock_held: bool = False,
    current_damaged: bool = False,
) -> RestoreResult:
    """Replace the store with a verified backup, keeping the current store first.

    `lock_held`: the caller (the window) already holds the store lock.
    `current_damaged`: the store cannot be opened; the admin was checked against
    the backup (see `authenticate_on_backup`) and the store's files are copied aside
    byte for byte instead of through the backup API.
    """
    store = uow.store
    path = _sqlite_path(store)
    info = check_backup_for_restore(store, file)
    if info.path == path.resolve():
        raise ValidationError("backup", "that is the store itself; choose a backup file")
    lock = StoreLock(path, "a restore")
    if not lock_held:
        lock.acquire()
    try:
        now = uow.clock.now()
        if not current_damaged:
            with uow:
                uow.require(actor, Role.ADMIN)
                uow.audit(
                    actor,
                    "restore_started",
                    "store",
                    "",
                    after={"file": info.path.name, "backup_head": info.audit_head[0]},
                )
                uow.commit()
        kept: Path | None = None
        if not current_damaged:
            try:
                kept = _take(store, journal_folder(store), "pre-restore", now=now).path
            except integrity.StoreDamaged:
                current_damaged = True
        if kept is None:
            kept = files.copy_aside(path, journal_folder(store), now)
        store.dispose()
        files.replace_store(path, info.path)
        store.dispose()
        conn_info = files.describe_file(path, store.key)
        matches = conn_info.rows == info.rows and conn_info.audit_head == info.audit_head
        store.migrate()
        integrity.startup_check(store)
        with store.session() as session:
            known = session.get(User, actor.user_id)
            same = known is not None and known.username == actor.username
            audit_log.append(
                session,
                actor_id=actor.user_id if same else None,
                actor=actor.username,
                action="store_restored",
                entity="store",
                after={
                    "file": info.path.name,
                    "backup_head": info.audit_head[0],
                    "kept_as": kept.name,
                    "current_was_damaged": current_damaged,
                },
            )
            session.commit()
            head = audit_log.head(session)
        return RestoreResult(info, kept, current_damaged, matches, head)
    finally:
        if not lock_held:
            lock.release()


def authenticate_on_backup(file: Path, key: bytes | None, username: str, password: str) -> Actor:
    """Log an admin in against a backup (on a scratch copy), for when the store itself is
    too damaged to check a password. The backup is the state about to be restored."""
    from app.domain.errors import PermissionDenied
    from app.services import accounts

    path = Path(file).expanduser().resolve()
    with tempfile.TemporaryDirectory(prefix="permit-review-restore-") as scratch:
        copy = Path(scratch) / "check.sqlite3"
        shutil.copyfile(path, copy)
        store = open_store(f"sqlite:///{copy}", key=files.file_key(path, key), migrate=False)
        try:
            actor = accounts.authenticate(UnitOfWork(store), username, password)
        finally:
            store.dispose()
    if Role.ADMIN not in actor.roles:
        raise PermissionDenied(
            f"Restoring a backup needs the role admin; {username} does not hold it."
        )
    return actor
