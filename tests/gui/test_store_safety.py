"""Start-up safety in the window: one copy per store, a damaged store explained and restored,
an encrypted store that only a right password opens."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.cli import main as cli_main
from app.db.models import Case
from app.db.store import Store
from app.integrity import StoreDamaged
from app.lock import StoreInUse, StoreLock, lock_path
from app.paths import Paths
from app.services import backups
from app.services.context import Actor, UnitOfWork
from tests.conftest import PASSWORD
from tests.factories import make_case
from tests.gui.conftest import Shoot, log_in, main_window, make_paths
from ui.dialogs.damaged import DamagedStoreBox, RestoreDamagedDialog
from ui.dialogs.login import LoginDialog
from ui.main import EXIT_AFTER_SHOW_ENV, in_use_box, lock_store
from ui.opening import StoreOpener
from ui.shell import Shell

pytestmark = pytest.mark.sqlite_only
ROOT = Path(__file__).resolve().parents[2]
LEFT = Qt.MouseButton.LeftButton


def ui_settings_for(paths: Paths) -> QSettings:
    paths.ensure()
    return QSettings(str(paths.config / "ui.ini"), QSettings.Format.IniFormat)


def case_count(store: Store) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(Case)) or 0


# --- one copy per store ----------------------------------------------------------------


def test_a_second_copy_is_refused_with_a_message_naming_the_first(
    qtbot: QtBot, tmp_path: Path, shoot: Shoot
) -> None:
    database = tmp_path / "permit-review.sqlite3"
    url = f"sqlite:///{database}"
    first = lock_store(url)
    assert first is not None and first.held
    try:
        with pytest.raises(StoreInUse) as refused:
            lock_store(url)
        box = in_use_box(refused.value)
        qtbot.addWidget(box)
        box.open()
        assert box.text() == "Permit Review is already open on this store."
        assert "already open in another copy" in box.informativeText()
        assert f"process {os.getpid()}" in box.informativeText()
        shoot(box, "store-in-use")
        box.close()
    finally:
        first.release()
    assert lock_store("postgresql://clerk@db.example/permits") is None  # the server keeps order
    again = lock_store(url)
    assert again is not None
    again.release()


def _app(data: Path, *, unattended: bool) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PERMIT_REVIEW_DATA_DIR": str(data),
    }
    env.pop("PERMIT_REVIEW_DB_URL", None)
    if unattended:
        env[EXIT_AFTER_SHOW_ENV] = "1"
    else:
        env.pop(EXIT_AFTER_SHOW_ENV, None)
    return subprocess.Popen(
        [sys.executable, "-m", "app"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.slow
def test_a_second_application_on_the_same_data_folder_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    monkeypatch.delenv("PERMIT_REVIEW_DB_URL", raising=False)
    monkeypatch.setenv("PERMIT_REVIEW_PASSWORD", PASSWORD)
    assert cli_main(["--data-dir", str(data), "init", "--admin", "admin", "--full-name", "A"]) == 0
    database = Paths.from_environment(data).database

    alone = _app(data, unattended=True)
    out, err = alone.communicate(timeout=120)
    assert alone.returncode == 0, err
    assert out.startswith("shown login ")
    assert lock_path(database).read_text(encoding="utf-8") == ""  # released on the way out

    first = _app(data, unattended=False)
    try:
        deadline = time.monotonic() + 60
        while "process" not in lock_path(database).read_text(encoding="utf-8"):
            assert first.poll() is None, first.communicate()[1]
            assert time.monotonic() < deadline, "the first copy never took the lock"
            time.sleep(0.1)
        second = _app(data, unattended=True)
        out, err = second.communicate(timeout=120)
        assert second.returncode == 1
        assert "Permit Review is already open on this store." in err
        assert f"process {first.pid}" in err and "Traceback" not in err
    finally:
        first.kill()
        first.communicate(timeout=30)
    # The lock died with the first copy: no stale lock is left behind.
    with StoreLock(database) as lock:
        assert lock.held


# --- a damaged store --------------------------------------------------------------------


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, len(data), 4096):
        data[offset : offset + 64] = os.urandom(64)
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(store: Store, users: dict[str, Actor], tmp_path: Path) -> tuple[StoreOpener, Path]:
    """The test store with one case, backed up, then damaged on disk; an opener for it."""
    make_case(store, "01234567")
    taken = backups.create(UnitOfWork(store), users["admin"])
    database = store.sqlite_path
    assert database is not None
    with sqlite3.connect(database) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.dispose()
    _damage(database)
    paths = make_paths(tmp_path)  # backups in tmp_path/backups, as the store fixture has
    assert store.backups == paths.backups
    return StoreOpener(paths, f"sqlite:///{database}"), taken.path


def test_a_damaged_store_names_the_backup_and_is_restored_from_the_window(
    qtbot: QtBot, damaged: tuple[StoreOpener, Path], shoot: Shoot
) -> None:
    opener, backup = damaged
    shell = Shell(None, ui_settings_for(opener.paths), opener=opener)
    shell.start()
    box = shell.dialog
    assert isinstance(box, DamagedStoreBox) and box.isVisible()
    assert "failed its quick check" in box.informativeText()
    assert backup.name in box.informativeText()  # which backup to restore
    assert box.restore_button is not None
    shoot(box, "store-damaged")

    qtbot.mouseClick(box.restore_button, LEFT)
    dialog = shell.dialog
    assert isinstance(dialog, RestoreDamagedDialog)
    assert dialog.selected() == backup  # the newest verified backup, chosen already
    dialog.username.setText("admin")
    dialog.password.setText("not the password")
    shoot(dialog, "store-damaged-restore")
    qtbot.mouseClick(dialog.restore_button, LEFT)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20_000)
    assert "Wrong user name or password" in dialog.error.text()
    with pytest.raises(StoreDamaged):  # nothing was replaced
        opener.open().store.dispose()

    dialog.username.setText("olga")
    dialog.password.setText(PASSWORD)
    qtbot.mouseClick(dialog.restore_button, LEFT)
    qtbot.waitUntil(lambda: "admin" in dialog.error.text(), timeout=20_000)  # needs the role

    dialog.username.setText("admin")
    dialog.password.setText(PASSWORD)
    qtbot.mouseClick(dialog.restore_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(shell.dialog, LoginDialog), timeout=30_000)
    login = shell.dialog
    assert isinstance(login, LoginDialog)
    assert f"restored from {backup.name}" in login.notice.text()
    shoot(login, "login-after-restore")
    log_in(qtbot, shell, "admin")
    window = main_window(qtbot, shell)
    assert case_count(window.ctx.workspace.store) == 1
    shell.quit()
    shell.close_store()


def test_quitting_at_the_damage_message_ends_the_run(
    qtbot: QtBot, damaged: tuple[StoreOpener, Path]
) -> None:
    opener, _backup = damaged
    shell = Shell(None, ui_settings_for(opener.paths), opener=opener)
    shell.start()
    box = shell.dialog
    assert isinstance(box, DamagedStoreBox)
    with qtbot.waitSignal(shell.finished):
        box.reject()
    assert shell.workspace is None and shell.dialog is None


def test_a_file_that_is_no_store_is_refused_before_any_password_is_asked(
    tmp_path: Path,
) -> None:
    paths = make_paths(tmp_path)
    paths.database.write_bytes(b"not a database at all " * 200)
    shell = Shell(None, ui_settings_for(paths), opener=StoreOpener(paths, paths.database_url()))
    with pytest.raises(Exception, match="not a Permit Review store"):
        shell.start()
    assert shell.dialog is None


# --- an encrypted store -----------------------------------------------------------------


@pytest.fixture
def encrypted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Paths:
    monkeypatch.delenv("PERMIT_REVIEW_DB_URL", raising=False)
    monkeypatch.setenv("PERMIT_REVIEW_PASSWORD", PASSWORD)
    data = tmp_path / "data"
    code = cli_main(
        ["--data-dir", str(data), "init", "--admin", "admin", "--full-name", "Ada", "--encrypt"]
    )
    assert code == 0
    return Paths.from_environment(data)


def test_an_encrypted_store_opens_at_login_and_only_with_the_right_password(
    qtbot: QtBot, encrypted: Paths, shoot: Shoot
) -> None:
    opener = StoreOpener(encrypted, encrypted.database_url())
    assert opener.encrypted
    shell = Shell(None, ui_settings_for(encrypted), opener=opener)
    shell.start()
    login = shell.dialog
    assert isinstance(login, LoginDialog) and login.workspace is None
    assert shell.workspace is None  # nothing is opened before a password
    shoot(login, "login-encrypted")

    for username, password in (("admin", "a wrong password"), ("nobody", PASSWORD)):
        log_in(qtbot, shell, username, password)
        assert shell.dialog is login and login.isVisible()
        assert login.error.text() == "Wrong user name or password."
        assert login.workspace is None and shell.workspace is None
    shoot(login, "login-encrypted-wrong-password")

    with qtbot.waitSignal(shell.daily_backup_done, timeout=30_000) as made:
        log_in(qtbot, shell, "admin")
    window = main_window(qtbot, shell)
    store = window.ctx.workspace.store
    assert store.key is not None and opener.key == store.key
    assert made.args is not None
    info = made.args[0]
    assert info is not None and info.encrypted  # the backup stays encrypted

    window.switch_action.trigger()
    assert shell.workspace is None  # the next person's password must unlock it again
    log_in(qtbot, shell, "admin")
    again = main_window(qtbot, shell)
    assert again.ctx.workspace.store is not store
    shell.quit()
    shell.close_store()
