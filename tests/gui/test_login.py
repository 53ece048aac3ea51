"""First run, login and its refusals, the forced password change: through the dialogs."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from app.domain.errors import AuthenticationFailed
from app.services import accounts
from app.services import settings as dept_settings
from app.services.context import Actor, UnitOfWork
from tests.conftest import PASSWORD
from tests.gui.conftest import Shoot, log_in, main_window
from ui.context import Workspace
from ui.dialogs.change_password import ChangePasswordDialog
from ui.dialogs.login import LoginDialog
from ui.dialogs.setup import SetupDialog
from ui.shell import Shell

LEFT = Qt.MouseButton.LeftButton
NEW_PASSWORD = "a longer passphrase 2024"


def fill_setup(dialog: SetupDialog, password: str, again: str | None = None) -> None:
    dialog.username.setText("jonas.p")
    dialog.full_name.setText("Jonas Petraitis")
    dialog.password.first.setText(password)
    dialog.password.second.setText(password if again is None else again)


def test_setup_creates_the_first_admin(
    qtbot: QtBot, empty_workspace: Workspace, ui_settings: QSettings, shoot: Shoot
) -> None:
    shell = Shell(empty_workspace, ui_settings)
    shell.start()
    dialog = shell.dialog
    assert isinstance(dialog, SetupDialog)
    shoot(dialog, "setup-dialog")

    qtbot.keyClicks(dialog.password.first, "too short")
    assert "3 more needed" in dialog.password.hint.text()
    fill_setup(dialog, "too short")
    qtbot.mouseClick(dialog.create_button, LEFT)
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert dialog.error.text().startswith("password:")
    assert "12 characters" in dialog.error.text()
    assert dialog.password.first.hasFocus() or not dialog.isActiveWindow()
    assert not accounts.has_users(empty_workspace.uow())
    shoot(dialog, "setup-dialog-short-password")

    fill_setup(dialog, NEW_PASSWORD, again=NEW_PASSWORD + "x")
    qtbot.mouseClick(dialog.create_button, LEFT)
    assert "differ" in dialog.error.text()
    assert not accounts.has_users(empty_workspace.uow())

    fill_setup(dialog, NEW_PASSWORD)
    dialog.department.code.setText("12ab")
    qtbot.mouseClick(dialog.create_button, LEFT)
    assert dialog.error.text().startswith("department code:")
    assert not accounts.has_users(empty_workspace.uow())

    dialog.department.code.setText("188616937")
    dialog.department.names["lt"].setText("Migracijos departamentas")
    dialog.department.names["en"].setText("")
    qtbot.mouseClick(dialog.create_button, LEFT)
    assert not dialog.isVisible()

    login = shell.dialog
    assert isinstance(login, LoginDialog)
    assert login.username.text() == "jonas.p"
    assert "first administrator was created" in login.notice.text()
    shoot(login, "login-after-setup")

    admin = accounts.authenticate(empty_workspace.uow(), "jonas.p", NEW_PASSWORD)
    assert admin.full_name == "Jonas Petraitis"
    department = dept_settings.department(empty_workspace.uow(), admin)
    assert department["name"]["lt"] == "Migracijos departamentas"
    assert department["name"]["en"] == ""  # not the shipped default's English name
    assert department["code"] == "188616937"
    shell.quit()


def test_login_opens_the_main_window(qtbot: QtBot, shell: Shell, shoot: Shoot) -> None:
    shown: list[str] = []
    shell.shown.connect(shown.append)
    shell.start()
    assert isinstance(shell.dialog, LoginDialog)
    shoot(shell.dialog, "login-dialog")
    log_in(qtbot, shell, "admin")
    window = main_window(qtbot, shell)
    assert shown == ["login", "main"]
    assert shell.actor is not None and shell.actor.username == "admin"
    assert window.user_label.text() == "Ada Administratorė (admin)"
    assert window.roles_label.text() == "Roles: admin"
    assert window.store_label.text().startswith("Store: ")
    store = window.ctx.workspace.store
    # The file, or the server without its password.
    assert window.store_label.text() == f"Store: {store.describe()}"
    assert store.is_sqlite or "***@" in window.store_label.text()


def test_wrong_password_is_refused_with_a_message(qtbot: QtBot, shell: Shell, shoot: Shoot) -> None:
    shell.start()
    log_in(qtbot, shell, "admin", "not the password")
    dialog = shell.dialog
    assert isinstance(dialog, LoginDialog) and dialog.isVisible()
    assert dialog.error.text() == "Wrong user name or password."
    assert dialog.password.text() == ""
    assert shell.window is None
    shoot(dialog, "login-wrong-password")

    log_in(qtbot, shell, "nobody", PASSWORD)
    assert dialog.error.text() == "Wrong user name or password."

    dialog.username.setText("")
    qtbot.mouseClick(dialog.login_button, LEFT)
    assert dialog.error.text() == "username: type your user name"


def test_five_failures_lock_the_account(qtbot: QtBot, shell: Shell, shoot: Shoot) -> None:
    shell.start()
    dialog = shell.dialog
    assert isinstance(dialog, LoginDialog)
    for _ in range(4):
        log_in(qtbot, shell, "oleg", "guess guess guess")
        assert dialog.error.text() == "Wrong user name or password."
    log_in(qtbot, shell, "oleg", "guess guess guess")
    assert "locked for 15 minutes" in dialog.error.text()
    shoot(dialog, "login-account-locked")

    log_in(qtbot, shell, "oleg", PASSWORD)  # the right password does not help now
    assert "is locked" in dialog.error.text()
    assert "ask an admin to unlock it" in dialog.error.text()
    assert shell.window is None


def test_disabled_account_is_refused(
    qtbot: QtBot, shell: Shell, users: dict[str, Actor], uow_factory: Callable[[], UnitOfWork]
) -> None:
    accounts.disable_user(uow_factory(), users["admin"], "cleo")
    shell.start()
    log_in(qtbot, shell, "cleo")
    assert isinstance(shell.dialog, LoginDialog)
    assert shell.dialog.error.text() == "The account 'cleo' is disabled."
    assert shell.window is None


def test_a_new_user_must_change_the_password_first(
    qtbot: QtBot, shell: Shell, shoot: Shoot, uow_factory: Callable[[], UnitOfWork]
) -> None:
    shell.start()
    log_in(qtbot, shell, "olga")  # added by an admin: must choose her own password
    dialog = shell.dialog
    assert isinstance(dialog, ChangePasswordDialog)
    assert shell.window is None
    assert "must choose a new password" in dialog.intro.text()
    shoot(dialog, "change-password-forced")

    dialog.current.setText("wrong current one")
    qtbot.keyClicks(dialog.new.first, NEW_PASSWORD)
    qtbot.keyClicks(dialog.new.second, NEW_PASSWORD)
    assert "match" in dialog.new.hint.text()
    qtbot.mouseClick(dialog.change_button, LEFT)
    assert dialog.error.text() == "The current password is wrong."
    assert shell.window is None

    dialog.current.setText(PASSWORD)
    dialog.new.first.setText("short")
    dialog.new.second.setText("short")
    qtbot.mouseClick(dialog.change_button, LEFT)
    assert dialog.error.text().startswith("password:")
    shoot(dialog, "change-password-too-short")

    dialog.new.first.setText(NEW_PASSWORD)
    dialog.new.second.setText(NEW_PASSWORD)
    qtbot.keyClick(dialog.new.second, Qt.Key.Key_Return)
    window = main_window(qtbot, shell)
    assert window.ctx.actor.username == "olga"
    olga = accounts.authenticate(uow_factory(), "olga", NEW_PASSWORD)
    assert accounts.my_account(uow_factory(), olga)["must_change_password"] is False
    with pytest.raises(AuthenticationFailed):
        accounts.authenticate(uow_factory(), "olga", PASSWORD)


def test_logging_out_instead_of_changing_the_password(qtbot: QtBot, shell: Shell) -> None:
    shell.start()
    log_in(qtbot, shell, "sam")
    dialog = shell.dialog
    assert isinstance(dialog, ChangePasswordDialog)
    dialog.reject()
    login = shell.dialog
    assert isinstance(login, LoginDialog) and login.isVisible()
    assert "logged out" in login.notice.text()
    assert shell.window is None and shell.actor is None
