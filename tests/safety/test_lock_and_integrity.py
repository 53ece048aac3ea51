"""One window per store, command-line writers that wait, and checks that say what to do."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app import integrity
from app.cli import main
from app.db.store import Store, open_store
from app.lock import StoreInUse, StoreLock
from app.services import backups
from app.services.context import Actor, UnitOfWork
from tests.factories import make_case

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery"


def _child(code: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def test_a_second_window_on_the_same_store_is_refused(tmp_path: Path) -> None:
    database = tmp_path / "permit-review.sqlite3"
    holder = _child(
        "import sys; from pathlib import Path; from app.lock import StoreLock\n"
        f"lock = StoreLock(Path({str(database)!r})).acquire()\n"
        "print('held', flush=True); sys.stdin.read()\n"
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(StoreInUse) as refused:
            StoreLock(database).acquire()
        message = str(refused.value)
        assert "already open in another copy" in message and f"process {holder.pid}" in message
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    # The lock dies with its process: no stale lock after a crash.
    with StoreLock(database) as lock:
        assert lock.held


@pytest.mark.sqlite_only
def test_command_line_writers_wait_for_each_other(
    store: Store, users: dict[str, Actor], tmp_path: Path
) -> None:
    make_case(store, "01234567")
    database = store.sqlite_path
    assert database is not None
    store.dispose()
    blocker = _child(
        "import sqlite3, sys, time\n"
        f"conn = sqlite3.connect({str(database)!r}, isolation_level=None)\n"
        "conn.execute('BEGIN IMMEDIATE'); print('writing', flush=True)\n"
        "time.sleep(2.0); conn.execute('COMMIT')\n"
    )
    try:
        assert blocker.stdout is not None and blocker.stdout.readline().strip() == "writing"
        started = time.monotonic()
        writer = subprocess.run(
            [
                sys.executable,
                "-m",
                "app",
                "--db",
                f"sqlite:///{database}",
                "case",
                "assign",
                "PR24-234567",
                "--to",
                "olga",
                "--user",
                "sam",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            env={
                **os.environ,
                "PERMIT_REVIEW_PASSWORD": PASSWORD,
                "PERMIT_REVIEW_DATA_DIR": str(tmp_path / "data"),
            },
        )
        waited = time.monotonic() - started
    finally:
        blocker.wait(timeout=30)
    assert writer.returncode == 0, writer.stderr
    assert waited >= 1.0  # it queued behind the other writer instead of failing
    with sqlite3.connect(database) as conn:
        state = conn.execute("SELECT state FROM review_case WHERE case_number = 'PR24-234567'")
        assert state.fetchone() == ("assigned",)


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, len(data), 4096):
        data[offset : offset + 64] = os.urandom(64)
    path.write_bytes(bytes(data))


@pytest.mark.sqlite_only
def test_a_damaged_store_names_the_backup_to_restore_and_restores_from_it(
    store: Store,
    uow_factory: Callable[[], UnitOfWork],
    users: dict[str, Actor],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert integrity.startup_check(store).ok
    assert integrity.full_check(store).ok
    make_case(store, "01234567")
    taken = backups.create(uow_factory(), users["admin"])
    database = store.sqlite_path
    assert database is not None
    with sqlite3.connect(database) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.dispose()
    _damage(database)

    with pytest.raises(integrity.StoreDamaged) as refused:
        open_store(f"sqlite:///{database}", backups=store.backups, check=True)
    message = str(refused.value)
    assert taken.path.name in message and "backup restore" in message

    monkeypatch.setenv("PERMIT_REVIEW_PASSWORD", PASSWORD)
    assert store.backups == tmp_path / "backups"  # the layout of a data folder
    monkeypatch.setenv("PERMIT_REVIEW_DATA_DIR", str(tmp_path))
    db = ["--db", f"sqlite:///{database}"]
    code = main([*db, "store", "check"])
    out = capsys.readouterr().out
    assert code == 1 and "DAMAGED" in out
    code = main([*db, "backup", "restore", str(taken.path), "--user", "admin"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "copied aside" in captured.out
    reopened = open_store(f"sqlite:///{database}", check=True)
    assert integrity.full_check(reopened).ok
    reopened.dispose()
    assert main([*db, "audit", "verify", "--user", "admin"]) == 0
