"""The language of the windows: the workstation's before login, the user's after it, and the
Language menu, which builds the window again in the chosen language on the same view."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.services import accounts
from app.services.context import Actor, UnitOfWork
from tests.gui.conftest import Shoot, log_in, main_window
from ui import i18n, views
from ui.dialogs.change_password import ChangePasswordDialog
from ui.dialogs.login import LoginDialog
from ui.main_window import MainWindow
from ui.shell import LANGUAGE_KEY, Shell


@pytest.fixture
def any_language(qapp: object, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The windows speak the language chosen, not the English the test suite forces."""
    monkeypatch.delenv(i18n.LANGUAGE_ENV)
    yield
    i18n.use("en")


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def rebuilt(qtbot: QtBot, shell: Shell, old: MainWindow) -> MainWindow:
    qtbot.waitUntil(lambda: shell.window is not None and shell.window is not old)
    assert shell.window is not None
    return shell.window


def test_the_windows_know_the_languages_the_accounts_allow() -> None:
    assert tuple(i18n.LANGUAGES) == accounts.LANGUAGES
    assert i18n.DEFAULT in accounts.LANGUAGES


@pytest.mark.usefixtures("any_language")
def test_every_view_is_named_in_lithuanian() -> None:
    i18n.use("lt")
    for spec in views.available_views():
        assert spec.label() != spec.title, spec.key
        assert spec.hint() != spec.tooltip, spec.key


@pytest.mark.usefixtures("any_language")
def test_the_language_menu_builds_the_window_again_in_that_language(
    qtbot: QtBot,
    shell: Shell,
    users: dict[str, Actor],
    uow_factory: Callable[[], UnitOfWork],
    ui_settings: QSettings,
    shoot: Shoot,
) -> None:
    admin = users["admin"]
    accounts.set_language(uow_factory(), admin, "en")
    shell.start()
    log_in(qtbot, shell, "admin")
    english = main_window(qtbot, shell)
    assert menu_titles(english) == ["&File", "&View", "&Help"]
    assert english.language_actions["en"].isChecked()
    assert [a.text() for a in english.language_menu.actions()] == ["Lietuvių", "English"]
    english.show_view("users")

    english.language_actions["lt"].trigger()
    lithuanian = rebuilt(qtbot, shell, english)
    assert menu_titles(lithuanian) == ["&Failas", "&Rodinys", "&Žinynas"]
    assert lithuanian.current_key() == "users"
    assert lithuanian.language_actions["lt"].isChecked()
    assert not english.isVisible() and shell.actor is not None  # the same login goes on
    assert accounts.my_account(uow_factory(), admin)["language"] == "lt"
    assert ui_settings.value(LANGUAGE_KEY) == "lt"
    shoot(lithuanian, "lt-main-window-users", (1366, 768))

    lithuanian.language_actions["en"].trigger()
    again = rebuilt(qtbot, shell, lithuanian)
    assert menu_titles(again) == ["&File", "&View", "&Help"]
    assert again.current_key() == "users"
    assert accounts.my_account(uow_factory(), admin)["language"] == "en"


@pytest.mark.usefixtures("any_language")
def test_login_speaks_the_workstation_language_and_then_the_users(
    qtbot: QtBot,
    shell: Shell,
    users: dict[str, Actor],
    uow_factory: Callable[[], UnitOfWork],
    ui_settings: QSettings,
    shoot: Shoot,
) -> None:
    accounts.set_language(uow_factory(), users["cleo"], "en")
    shell.start()  # nothing remembered yet: Lithuanian
    login = shell.dialog
    assert isinstance(login, LoginDialog)
    assert login.login_button.text() == "&Prisijungti"
    shoot(login, "lt-login-dialog")

    log_in(qtbot, shell, "cleo")  # she chose English for herself
    change = shell.dialog  # her first login: a password of her own first
    assert isinstance(change, ChangePasswordDialog)
    assert change.windowTitle() == "Change password"
    assert ui_settings.value(LANGUAGE_KEY) == "en"

    change.reject()  # logged out: the next login on this workstation speaks English
    login = shell.dialog
    assert isinstance(login, LoginDialog)
    assert login.login_button.text() == "&Log in"
    log_in(qtbot, shell, "olga")  # her account keeps the default, Lithuanian
    change = shell.dialog
    assert isinstance(change, ChangePasswordDialog)
    assert change.windowTitle() == "Slaptažodžio keitimas"
    assert ui_settings.value(LANGUAGE_KEY) == "lt"
