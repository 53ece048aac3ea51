"""The admin's Settings view: department details for letters, and the idle lock."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from app.services import settings as dept_settings
from app.services.context import Actor, UnitOfWork
from tests.gui.conftest import Shoot
from ui.context import ChangeBus, ViewContext, Workspace
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from ui.views.settings import SettingsView


def test_save_department_and_idle_lock(
    qtbot: QtBot,
    workspace: Workspace,
    ui_settings: QSettings,
    users: dict[str, Actor],
    uow_factory: Callable[[], UnitOfWork],
    shoot: Shoot,
) -> None:
    admin = users["admin"]
    window = MainWindow(ViewContext(workspace, admin, TaskRunner(), ChangeBus()), ui_settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    view = window.show_view("settings")
    assert isinstance(view, SettingsView)
    assert view.department.code.text() == "188616937"  # the shipped default
    assert view.idle_minutes.value() == 10

    view.department.address.setText("")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.error.text() == "department address: is required"
    shoot(window, "settings-missing-address-1366x768")

    view.department.address.setText("Vytenio g. 1, LT-03113 Vilnius")
    view.department.place.setText("Kaunas")
    view.idle_minutes.setValue(5)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.error.isHidden()
    assert view.message.text() == "Settings saved."
    assert dept_settings.department(uow_factory(), admin)["place"] == "Kaunas"
    assert dept_settings.idle_lock_minutes(uow_factory()) == 5

    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.message.text() == "Nothing had changed."
