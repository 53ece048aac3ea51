"""Backup files of an SQLite store: writing, verifying, listing, pruning and restoring.

Every copy goes through SQLite's backup API (so a store in use is copied
consistently, WAL included) into a `.partial` file, is checked with
`integrity_check` and `foreign_key_check`, and only then gets its final name.
An encrypted store gives encrypted copies, with its key slots beside them.

A journal (`backups.jsonl` in the local backup folder) records every verified
backup wherever it was written, so that the newest one can be named when the
store is damaged, even if it went to removable media.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.audit.log import GENESIS
from app.db import crypto
from app.domain.errors import StoreError, ValidationError
from app.integrity import CheckReport, check_connection

JOURNAL = "backups.jsonl"
PREFIX = "permit-review-"
SUFFIX = ".sqlite3"
AUTOMATIC = ("exit", "daily")
KINDS = ("exit", "daily", "manual", "pre-restore", "pre-encryption")
LOCAL_TZ_NAME = "Europe/Vilnius"

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str
    made_at: dt.datetime
    size: int
    sha256: str
    encrypted: bool
    audit_head: tuple[int, str]
    rows: dict[str, int]

    @property
    def made_local(self) -> str:
        from zoneinfo import ZoneInfo

        return self.made_at.astimezone(ZoneInfo(LOCAL_TZ_NAME)).strftime("%Y-%m-%d %H:%M")

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "kind": self.kind,
            "made_at": self.made_at.isoformat(),
            "bytes": self.size,
            "sha256": self.sha256,
            "encrypted": self.encrypted,
            "audit_head": f"{self.audit_head[0]}:{self.audit_head[1]}",
            "rows": self.rows,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BackupInfo:
        seq, _, digest = str(data["audit_head"]).partition(":")
        return cls(
            path=Path(data["file"]),
            kind=str(data["kind"]),
            made_at=dt.datetime.fromisoformat(data["made_at"]),
            size=int(data["bytes"]),
            sha256=str(data["sha256"]),
            encrypted=bool(data["encrypted"]),
            audit_head=(int(seq), digest),
            rows={str(k): int(v) for k, v in data.get("rows", {}).items()},
        )


# --- facts about a file ------------------------------------------------------------


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows per table (internal and FTS shadow tables left out)."""
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'resident_search%' ORDER BY name"
        )
    ]
    return {n: int(conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names}


def audit_head(conn: sqlite3.Connection) -> tuple[int, str]:
    try:
        row = conn.execute("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    except sqlite3.DatabaseError:
        return (0, GENESIS)
    except Exception as exc:  # sqlcipher3's own error classes
        if type(exc).__name__ != "OperationalError":
            raise
        return (0, GENESIS)
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


def file_key(path: Path, key: bytes | None) -> bytes | None:
    """The key to read `path` with: the store key for ciphertext, none for a plain file."""
    return key if crypto.looks_encrypted(path) else None


def verify_file(path: Path, key: bytes | None) -> CheckReport:
    """integrity_check, foreign_key_check (and page authentication when encrypted)."""
    from app.integrity import check_file

    if crypto.looks_encrypted(path) and key is None:
        return CheckReport(
            str(path), "full", ["the backup is encrypted; log in to the store it belongs to"]
        )
    return check_file(path, file_key(path, key), full=True)


def describe_file(
    path: Path, key: bytes | None, kind: str = "", made_at: dt.datetime | None = None
) -> BackupInfo:
    conn = crypto.open_file(path, file_key(path, key), readonly=True)
    try:
        head = audit_head(conn)
        rows = row_counts(conn)
    finally:
        conn.close()
    stat = path.stat()
    return BackupInfo(
        path=path.resolve(),
        kind=kind or kind_from_name(path),
        made_at=made_at or dt.datetime.fromtimestamp(stat.st_mtime, dt.UTC),
        size=stat.st_size,
        sha256=sha256_of(path),
        encrypted=crypto.looks_encrypted(path),
        audit_head=head,
        rows=rows,
    )


def kind_from_name(path: Path) -> str:
    stem = path.name.removesuffix(SUFFIX)
    for kind in KINDS:
        if stem.endswith("-" + kind):
            return kind
    return "manual"


def backup_name(now: dt.datetime, kind: str) -> str:
    return f"{PREFIX}{now.astimezone(dt.UTC).strftime('%Y%m%d-%H%M%S-%f')}-{kind}{SUFFIX}"


# --- writing ------------------------------------------------------------------------


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_backup(
    source: Path,
    folder: Path,
    *,
    key: bytes | None,
    kind: str,
    now: dt.datetime,
    progress: Progress | None = None,
) -> BackupInfo:
    """Copy the store at `source` into `folder`, verify the copy, and give it its name."""
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ValidationError(
            "backup folder", f"{folder} cannot be created ({exc.strerror})"
        ) from None
    if not os.access(folder, os.W_OK):
        raise ValidationError("backup folder", f"{folder} is not writable")
    target = folder / backup_name(now, kind)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = crypto.open_file(source, key, readonly=True)
    try:
        dst = crypto.open_file(partial, key)
        try:

            def step(status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            src.backup(dst, pages=256, progress=step)
            # A backup copy needs no WAL of its own: one self-contained file.
            dst.execute("PRAGMA journal_mode = DELETE")
            problems = check_connection(dst, full=True, encrypted=key is not None)
        finally:
            dst.close()
    finally:
        src.close()
    if problems:
        partial.unlink(missing_ok=True)
        raise StoreError(
            f"The backup written to {folder} failed its check ({problems[0]}); "
            "it was deleted. Check the disk or choose another folder."
        )
    _fsync(partial)
    os.replace(partial, target)
    crypto.fsync_folder(folder)
    if key is not None:
        slots = crypto.slots_path(source)
        if slots.exists():
            crypto.atomic_write(crypto.slots_path(target), slots.read_bytes())
    return describe_file(target, key, kind, now)


# --- the journal and listing ------------------------------------------------------------


def record(journal_folder: Path, info: BackupInfo) -> None:
    journal_folder.mkdir(parents=True, exist_ok=True)
    line = json.dumps(info.as_dict(), ensure_ascii=False) + "\n"
    with (journal_folder / JOURNAL).open("a", encoding="utf-8") as fh:
        fh.write(line)
        fh.flush()
        os.fsync(fh.fileno())


def journal(journal_folder: Path) -> list[BackupInfo]:
    """Every backup recorded, oldest first; lines that cannot be read are skipped."""
    path = journal_folder / JOURNAL
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    out = []
    for line in lines:
        try:
            out.append(BackupInfo.from_dict(json.loads(line)))
        except (ValueError, KeyError, TypeError):
            continue
    return out


def list_backups(journal_folder: Path, *folders: Path) -> list[BackupInfo]:
    """Recorded backups that still exist, and unrecorded backup files in `folders`; newest first."""
    seen: dict[Path, BackupInfo] = {}
    for info in journal(journal_folder):
        if info.path.is_file():
            seen[info.path] = info
    for folder in (journal_folder, *folders):
        if not folder.is_dir():
            continue
        for path in folder.glob(f"{PREFIX}*{SUFFIX}"):
            resolved = path.resolve()
            if resolved not in seen:
                stat = path.stat()
                seen[resolved] = BackupInfo(
                    resolved,
                    kind_from_name(path),
                    dt.datetime.fromtimestamp(stat.st_mtime, dt.UTC),
                    stat.st_size,
                    "",
                    crypto.looks_encrypted(path),
                    (0, ""),
                    {},
                )
    return sorted(seen.values(), key=lambda b: (b.made_at, b.path.name), reverse=True)


def newest_verified(journal_folder: Path) -> BackupInfo | None:
    """The newest backup that was verified when written and whose file is still whole."""
    for info in sorted(journal(journal_folder), key=lambda b: b.made_at, reverse=True):
        if info.path.is_file() and info.path.stat().st_size == info.size:
            return info
    return None


def newest_automatic(journal_folder: Path, folder: Path) -> dt.datetime | None:
    times = [
        b.made_at
        for b in list_backups(journal_folder, folder)
        if b.kind in AUTOMATIC and b.path.parent == folder.resolve()
    ]
    return max(times, default=None)


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` automatic backups in `folder`; the removed paths."""
    automatic = sorted(
        (p for p in folder.glob(f"{PREFIX}*{SUFFIX}") if kind_from_name(p) in AUTOMATIC),
        key=lambda p: p.name,
        reverse=True,
    )
    removed = []
    for path in automatic[max(keep, 1) :]:
        path.unlink(missing_ok=True)
        crypto.slots_path(path).unlink(missing_ok=True)
        removed.append(path)
    return removed


# --- restoring ------------------------------------------------------------------------


def copy_aside(database: Path, folder: Path, now: dt.datetime) -> Path:
    """Keep a damaged store's files (main, -wal, key slots) byte for byte before replacing it."""
    target = folder / f"{PREFIX}{now.astimezone(dt.UTC).strftime('%Y%m%d-%H%M%S')}-damaged"
    target.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm", crypto.SLOTS_SUFFIX):
        part = database.with_name(database.name + suffix)
        if part.exists():
            shutil.copy2(part, target / part.name)
    return target


def replace_store(database: Path, backup: Path) -> None:
    """Put the backup's content in place of the store file, all or nothing.

    The caller has closed every connection and kept the current content. The
    copy is written beside the store and flushed; the old `-wal`/`-shm` are
    removed first, because SQLite would otherwise replay the old log into the
    restored file; then one rename puts the copy in place.
    """
    temp = database.with_name(database.name + ".restoring")
    temp.unlink(missing_ok=True)
    shutil.copyfile(backup, temp)
    _fsync(temp)
    for suffix in ("-wal", "-shm", "-journal"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    os.replace(temp, database)
    crypto.fsync_folder(database.parent)
    slots = crypto.slots_path(backup)
    if slots.exists():
        crypto.atomic_write(crypto.slots_path(database), slots.read_bytes())
    elif not crypto.looks_encrypted(backup):
        crypto.slots_path(database).unlink(missing_ok=True)
