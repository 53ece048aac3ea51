"""The admin's Users view, driven through its buttons and dialogs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.errors import AccountLocked, AuthenticationFailed
from app.domain.roles import Role
from app.services import accounts
from app.services.context import Actor, UnitOfWork
from tests.conftest import PASSWORD
from tests.gui.conftest import Shoot, visible
from ui.context import ChangeBus, ViewContext, Workspace
from ui.dialogs.add_user import AddUserDialog
from ui.dialogs.edit_roles import EditRolesDialog
from ui.dialogs.reset_password import ResetPasswordDialog
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from ui.views.users import UsersView
from ui.views.users_model import COLUMNS, STATE, UsersModel, account_state

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def users_view(
    qtbot: QtBot, workspace: Workspace, ui_settings: QSettings, users: dict[str, Actor]
) -> UsersView:
    ctx = ViewContext(workspace, users["admin"], TaskRunner(), ChangeBus())
    window = MainWindow(ctx, ui_settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    view = window.show_view("users")
    assert isinstance(view, UsersView)
    return view


def row(view: UsersView, username: str) -> dict[str, str]:
    model = view.model
    r = model.row_of(username)
    assert r >= 0, f"{username} is not listed"
    return {COLUMNS[c]: model.index(r, c).data() for c in range(model.columnCount())}


def test_lists_every_account(users_view: UsersView, shoot: Shoot) -> None:
    assert sorted(users_view.model.user(r)["username"] for r in range(6)) == [
        "admin", "cleo", "oleg", "olga", "sam", "sue",
    ]  # fmt: skip
    assert row(users_view, "sam") == {
        "User name": "sam",
        "Full name": "Samanta Kazlauskaitė",
        "Roles": "supervisor",
        "State": "active",
        "Must change password": "yes",
    }
    assert not users_view.roles_button.isEnabled()
    users_view.select("sam")
    assert users_view.roles_button.isEnabled() and not users_view.unlock_button.isEnabled()
    shoot(users_view.window(), "users-view")


def test_add_a_user(
    qtbot: QtBot, users_view: UsersView, uow_factory: Callable[[], UnitOfWork], shoot: Shoot
) -> None:
    qtbot.mouseClick(users_view.add_button, LEFT)
    dialog = visible(users_view, AddUserDialog)
    qtbot.keyClicks(dialog.username, "rasa.k")
    dialog.full_name.setText("Rasa Kairienė")  # keyClicks types ASCII only
    qtbot.keyClicks(dialog.password.first, "short")
    qtbot.keyClicks(dialog.password.second, "short")
    dialog.submit()
    assert dialog.error.text().startswith("password:")
    shoot(dialog, "add-user-short-password")
    dialog.password.first.setText("rasa's first password")
    dialog.password.second.setText("rasa's first password")
    dialog.submit()
    assert dialog.error.text().startswith("role:")  # no role ticked yet
    qtbot.mouseClick(dialog.roles.boxes[Role.OFFICER], LEFT)
    dialog.password.first.setText("rasa's first password")
    dialog.password.second.setText("rasa's first password")
    dialog.submit()
    assert not dialog.isVisible()

    assert row(users_view, "rasa.k")["Roles"] == "officer"
    assert row(users_view, "rasa.k")["Must change password"] == "yes"
    assert users_view.selected_username() == "rasa.k"
    assert users_view.message.text() == "rasa.k added."
    rasa = accounts.authenticate(uow_factory(), "rasa.k", "rasa's first password")
    assert accounts.my_account(uow_factory(), rasa)["must_change_password"] is True


def test_disable_and_enable(
    qtbot: QtBot, users_view: UsersView, uow_factory: Callable[[], UnitOfWork]
) -> None:
    users_view.select("oleg")
    assert users_view.disable_button.text() == "&Disable"
    qtbot.mouseClick(users_view.disable_button, LEFT)
    assert row(users_view, "oleg")["State"] == "disabled"
    assert users_view.disable_button.text() == "&Enable"
    with pytest.raises(AuthenticationFailed, match="disabled"):
        accounts.authenticate(uow_factory(), "oleg", PASSWORD)

    qtbot.mouseClick(users_view.disable_button, LEFT)
    assert row(users_view, "oleg")["State"] == "active"
    accounts.authenticate(uow_factory(), "oleg", PASSWORD)


def test_disabling_oneself_is_refused_with_a_message(qtbot: QtBot, users_view: UsersView) -> None:
    users_view.select("admin")
    qtbot.mouseClick(users_view.disable_button, LEFT)
    shown = [b for b in users_view.findChildren(QMessageBox) if b.isVisible()]
    assert len(shown) == 1 and shown[0].text() == "You cannot disable your own account."
    shown[0].close()
    assert row(users_view, "admin")["State"] == "active"


def test_unlock_a_locked_account(
    qtbot: QtBot, users_view: UsersView, uow_factory: Callable[[], UnitOfWork], shoot: Shoot
) -> None:
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            accounts.authenticate(uow_factory(), "sue", "wrong wrong wrong")
    users_view.refresh()
    users_view.select("sue")
    assert row(users_view, "sue")["State"] == "locked"
    assert users_view.unlock_button.isEnabled()
    shoot(users_view.window(), "users-view-locked-account")
    qtbot.mouseClick(users_view.unlock_button, LEFT)
    assert row(users_view, "sue")["State"] == "active"
    assert not users_view.unlock_button.isEnabled()
    accounts.authenticate(uow_factory(), "sue", PASSWORD)


def test_reset_a_password(
    qtbot: QtBot, users_view: UsersView, uow_factory: Callable[[], UnitOfWork], shoot: Shoot
) -> None:
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            accounts.authenticate(uow_factory(), "cleo", "forgot it again")
    with pytest.raises(AccountLocked):
        accounts.authenticate(uow_factory(), "cleo", "forgot it again")
    users_view.refresh()
    users_view.select("cleo")
    qtbot.mouseClick(users_view.reset_button, LEFT)
    dialog = visible(users_view, ResetPasswordDialog)
    shoot(dialog, "reset-password")
    dialog.password.first.setText("a new one from admin")
    dialog.password.second.setText("a new one from admin")
    qtbot.keyClick(dialog.password.second, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert row(users_view, "cleo")["State"] == "active"  # a reset lifts the lock
    assert row(users_view, "cleo")["Must change password"] == "yes"
    cleo = accounts.authenticate(uow_factory(), "cleo", "a new one from admin")
    assert accounts.my_account(uow_factory(), cleo)["must_change_password"] is True


def test_edit_roles(
    qtbot: QtBot,
    users_view: UsersView,
    users: dict[str, Actor],
    uow_factory: Callable[[], UnitOfWork],
) -> None:
    users_view.select("cleo")
    users_view.table.setFocus()
    qtbot.keyClick(users_view.table, Qt.Key.Key_Return)  # Enter on a row edits its roles
    dialog = visible(users_view, EditRolesDialog)
    assert dialog.roles.roles() == users["cleo"].roles
    for box in dialog.roles.boxes.values():
        box.setChecked(False)
    dialog.submit()
    assert dialog.error.text().startswith("role:")
    dialog.roles.set_roles({*users["cleo"].roles, *users["olga"].roles})
    dialog.submit()
    assert not dialog.isVisible()
    assert row(users_view, "cleo")["Roles"] == "clerk, officer"


def test_users_model_without_widgets() -> None:
    now = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
    base = {"full_name": "X", "roles": ["clerk"], "disabled": False, "must_change_password": False}
    later = (now + dt.timedelta(minutes=5)).isoformat()
    earlier = (now - dt.timedelta(minutes=5)).isoformat()
    rows = [
        {**base, "username": "a", "locked_until": None},
        {**base, "username": "b", "locked_until": later},
        {**base, "username": "c", "locked_until": earlier},
        {**base, "username": "d", "locked_until": later, "disabled": True},
    ]
    assert [account_state(r, now) for r in rows] == ["active", "locked", "active", "disabled"]
    model = UsersModel(now=lambda: now)
    model.set_users(rows)
    assert model.rowCount() == 4 and model.columnCount() == len(COLUMNS)
    assert [model.index(r, STATE).data() for r in range(4)] == [
        "active", "locked", "active", "disabled",
    ]  # fmt: skip
    assert model.index(1, 0).data(Qt.ItemDataRole.UserRole) == "b"
    assert model.headerData(STATE, Qt.Orientation.Horizontal) == "State"
    assert model.row_of("c") == 2 and model.row_of("zz") == -1
