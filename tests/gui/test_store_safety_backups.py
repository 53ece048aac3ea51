"""Backups from the window: daily at login, on exit, manual to a chosen folder, restore."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app import backup as files
from app.db.models import AuditEvent, Case
from app.db.store import Store
from app.services import backups
from app.services.context import Actor, UnitOfWork
from tests.factories import make_case
from tests.gui.conftest import Shoot, log_in, main_window
from ui import backup_actions
from ui.context import ChangeBus, ViewContext, Workspace
from ui.dialogs import restore as restore_dialog
from ui.dialogs.login import LoginDialog
from ui.dialogs.restore import RestoreDialog
from ui.main_window import MainWindow
from ui.shell import Shell
from ui.tasks import TaskRunner

pytestmark = pytest.mark.sqlite_only


def backups_of_kind(store: Store, kind: str) -> list[files.BackupInfo]:
    return [b for b in files.list_backups(backups.journal_folder(store)) if b.kind == kind]


def last_actions(store: Store, n: int) -> list[str]:
    with store.reading() as session:
        rows = session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq.desc()).limit(n))
        return list(reversed(rows.all()))


def logged_in(qtbot: QtBot, shell: Shell, username: str = "admin") -> MainWindow:
    """Log in and wait for the daily backup the login starts to be done."""
    with qtbot.waitSignal(shell.daily_backup_done, timeout=30_000):
        log_in(qtbot, shell, username)
    return main_window(qtbot, shell)


def test_the_daily_backup_is_made_at_the_first_login_only(
    qtbot: QtBot, shell: Shell, store: Store
) -> None:
    shell.start()
    with qtbot.waitSignal(shell.daily_backup_done, timeout=30_000) as first:
        log_in(qtbot, shell, "admin")
    window = main_window(qtbot, shell)
    assert first.args is not None
    made = first.args[0]
    assert isinstance(made, files.BackupInfo) and made.kind == "daily"
    assert files.verify_file(made.path, None).ok
    assert window.statusBar().currentMessage() == (
        f"Daily backup made and verified: {made.path.name}"
    )

    window.switch_action.trigger()
    with qtbot.waitSignal(shell.daily_backup_done, timeout=30_000) as second:
        log_in(qtbot, shell, "admin")
    assert second.args == [None]  # not due again the same day
    assert [b.path for b in backups_of_kind(store, "daily")] == [made.path]


@pytest.mark.parametrize("how", ["title bar", "File > Quit"])
def test_a_backup_is_made_on_exit(qtbot: QtBot, shell: Shell, store: Store, how: str) -> None:
    shell.start()
    window = logged_in(qtbot, shell)
    assert backups_of_kind(store, "exit") == []
    make_case(store, "01234567")
    with qtbot.waitSignal(shell.finished, timeout=30_000):
        if how == "title bar":
            window.close()
        else:
            window.quit_action.trigger()
    (exit_backup,) = backups_of_kind(store, "exit")
    assert files.describe_file(exit_backup.path, None).rows["review_case"] == 1
    # The backup is the login's last act; the logout ends it.
    assert last_actions(store, 2) == ["backup_created", "logout"]
    assert shell.window is None and shell.actor is None


def test_back_up_now_writes_a_verified_copy_to_the_chosen_folder(
    qtbot: QtBot,
    shell: Shell,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shoot: Shoot,
) -> None:
    usb = tmp_path / "usb stick"
    asked: list[str] = []

    def choose(parent: object, start: str) -> Path | None:
        asked.append(start)
        return usb if len(asked) > 1 else None  # first time: the admin cancels

    monkeypatch.setattr(backup_actions, "choose_folder", choose)
    shell.start()
    window = logged_in(qtbot, shell)
    file_menu = window.menuBar().actions()[0].menu()
    assert file_menu is not None
    file_menu.popup(window.mapToGlobal(QPoint(0, 0)))
    shoot(file_menu, "file-menu-admin")
    file_menu.hide()

    back_up_now = window.findChild(QAction, "back_up_now")
    assert isinstance(back_up_now, QAction)
    back_up_now.trigger()
    assert asked == [str(store.backups)] and not usb.exists()

    back_up_now.trigger()
    qtbot.waitUntil(
        lambda: window.findChild(QMessageBox, "backupMadeBox") is not None, timeout=30_000
    )
    box = window.findChild(QMessageBox, "backupMadeBox")
    assert isinstance(box, QMessageBox)
    (made,) = list(usb.glob("permit-review-*-manual.sqlite3"))
    assert str(made) in box.text() and "verified" in box.text()
    assert "integrity_check and foreign_key_check" in box.informativeText()
    assert files.verify_file(made, None).ok
    shoot(box, "backup-made")
    box.close()
    assert last_actions(store, 1) == ["backup_created"]


def test_only_admins_have_the_backup_actions(
    qtbot: QtBot, workspace: Workspace, ui_settings: QSettings, users: dict[str, Actor]
) -> None:
    for username, offered in (("cleo", False), ("admin", True)):
        ctx = ViewContext(workspace, users[username], TaskRunner(), ChangeBus())
        window = MainWindow(ctx, ui_settings)
        qtbot.addWidget(window)
        names = {a.objectName() for a in window.actions()}
        assert ({"back_up_now", "restore_backup"} <= names) is offered
        assert bool(window.backup_actions) is offered


def test_restore_from_the_menu_replaces_the_store_and_asks_for_a_new_login(
    qtbot: QtBot,
    shell: Shell,
    store: Store,
    users: dict[str, Actor],
    monkeypatch: pytest.MonkeyPatch,
    shoot: Shoot,
) -> None:
    older = backups.create(UnitOfWork(store), users["admin"])
    make_case(store, "01234567")
    monkeypatch.setattr(
        restore_dialog.QMessageBox,
        "question",
        lambda *args, **kwargs: QMessageBox.StandardButton.Yes,
    )
    shell.start()
    window = logged_in(qtbot, shell)
    dialog = window.restore_backup()
    assert isinstance(dialog, RestoreDialog)
    qtbot.waitUntil(lambda: dialog.backups.count() >= 2, timeout=10_000)
    rows = [
        dialog.backups.item(i).data(restore_dialog.PathRole) for i in range(dialog.backups.count())
    ]
    dialog.backups.setCurrentRow(rows.index(str(older.path)))
    shoot(dialog, "restore-dialog")
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: isinstance(shell.dialog, LoginDialog), timeout=30_000)
    login = shell.dialog
    assert isinstance(login, LoginDialog)
    assert f"restored from {older.path.name}" in login.notice.text()
    assert shell.window is None
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 0
    log_in(qtbot, shell, "admin")
    main_window(qtbot, shell)
