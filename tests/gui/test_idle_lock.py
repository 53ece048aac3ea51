"""The idle lock: content hidden, every service call refused, until the password is given."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.models import AuditEvent
from app.db.store import Store
from app.domain.errors import SessionLocked
from app.services import accounts, queries
from app.services import settings as dept_settings
from app.services.context import Actor, UnitOfWork
from tests.conftest import PASSWORD
from tests.gui.conftest import Shoot, log_in, main_window, visible
from ui.context import ChangeBus, ViewContext, Workspace
from ui.dialogs.add_user import AddUserDialog
from ui.dialogs.login import LoginDialog
from ui.main_window import MainWindow
from ui.shell import Shell
from ui.tasks import TaskRunner
from ui.views.users import UsersView


def admin_window(
    qtbot: QtBot, workspace: Workspace, ui_settings: QSettings, admin: Actor, idle_ms: int
) -> MainWindow:
    ctx = ViewContext(workspace, admin, TaskRunner(), ChangeBus())
    window = MainWindow(ctx, ui_settings, idle_lock_msecs=idle_ms)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def audit_actions(store: Store, username: str) -> list[str]:
    with store.session() as session:
        return list(
            session.scalars(
                select(AuditEvent.action)
                .where(AuditEvent.actor == username)
                .order_by(AuditEvent.seq)
            )
        )


def test_idle_window_locks_and_refuses_service_calls(
    qtbot: QtBot,
    workspace: Workspace,
    ui_settings: QSettings,
    users: dict[str, Actor],
    uow_factory: Callable[[], UnitOfWork],
    store: Store,
    shoot: Shoot,
) -> None:
    admin = users["admin"]
    window = admin_window(qtbot, workspace, ui_settings, admin, idle_ms=250)
    view = window.show_view("users")
    assert isinstance(view, UsersView)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    dialog = visible(view, AddUserDialog)
    qtbot.keyClicks(dialog.full_name, "Someone half typed")
    assert len(accounts.list_users(uow_factory(), admin)) == 6

    qtbot.waitUntil(lambda: window.locked, timeout=5000)
    assert admin.session.locked
    assert window.lock_screen.isVisible()
    assert not window.splitter.isVisible()  # the views, with their content, are hidden
    assert not dialog.isVisible()  # so are dialogs opened from them
    assert not window.nav.isEnabled() and not window.refresh_action.isEnabled()
    assert "locked after 0.25 seconds without use" in window.lock_screen.reason.text()
    with pytest.raises(SessionLocked):
        accounts.list_users(uow_factory(), admin)
    with pytest.raises(SessionLocked):
        queries.count_by_state(uow_factory(), admin)
    with pytest.raises(SessionLocked):
        accounts.change_password(uow_factory(), admin, PASSWORD, "whatever new password")
    shoot(window, "idle-lock-1366x768")

    qtbot.keyClicks(window.lock_screen.password, "not my password")
    qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
    assert window.locked and admin.session.locked
    assert window.lock_screen.error.text() == "Wrong password."
    shoot(window, "idle-lock-wrong-password-1366x768")

    qtbot.keyClicks(window.lock_screen.password, PASSWORD)
    qtbot.mouseClick(window.lock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.locked and not admin.session.locked
    assert window.splitter.isVisible()
    assert dialog.isVisible() and dialog.full_name.text() == "Someone half typed"
    assert len(accounts.list_users(uow_factory(), admin)) == 6
    assert window.idle is not None and window.idle.active  # armed again
    assert audit_actions(store, "admin")[-3:] == [
        "session_locked",
        "unlock_failed",
        "session_unlocked",
    ]


def test_input_keeps_the_window_open(
    qtbot: QtBot, workspace: Workspace, ui_settings: QSettings, users: dict[str, Actor]
) -> None:
    window = admin_window(qtbot, workspace, ui_settings, users["admin"], idle_ms=700)
    for _ in range(8):  # 1.2 s in all, never 0.7 s without input
        qtbot.wait(150)
        qtbot.keyClick(window.nav, Qt.Key.Key_Shift)
    assert not window.locked
    qtbot.waitUntil(lambda: window.locked, timeout=5000)


def test_lock_now_and_switch_user_from_the_lock_screen(
    qtbot: QtBot, shell: Shell, workspace: Workspace, uow_factory: Callable[[], UnitOfWork]
) -> None:
    workspace.idle_lock_minutes = 30
    shell.start()
    log_in(qtbot, shell, "admin")
    window = main_window(qtbot, shell)
    assert window.idle is not None and window.idle.interval == 30 * 60_000
    admin = window.ctx.actor
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked and admin.session.locked
    assert "You locked the window." in window.lock_screen.reason.text()

    qtbot.mouseClick(
        window.lock_screen.findChild(type(window.lock_screen.unlock_button), "switchUser"),
        Qt.MouseButton.LeftButton,
    )
    assert isinstance(shell.dialog, LoginDialog) and shell.dialog.isVisible()
    assert shell.window is None
    with pytest.raises(SessionLocked):
        accounts.list_users(uow_factory(), admin)


def test_idle_time_comes_from_the_settings(
    qtbot: QtBot, shell: Shell, users: dict[str, Actor], uow_factory: Callable[[], UnitOfWork]
) -> None:
    dept_settings.save_settings(uow_factory(), users["admin"], idle_lock_minutes=3)
    shell.start()
    log_in(qtbot, shell, "admin")
    window = main_window(qtbot, shell)
    assert window.idle is not None and window.idle.interval == 3 * 60_000
