"""The main window: role-aware navigation, status bar, menus, remembered geometry, switch user."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.models import AuditEvent
from app.db.store import Store
from app.domain.errors import SessionLocked
from app.domain.roles import Role
from app.services import accounts
from app.services.context import Actor, UnitOfWork
from tests.conftest import PASSWORD
from tests.factories import make_case
from tests.gui.conftest import Shoot, log_in, main_window
from ui import theme, views
from ui.context import ChangeBus, ViewContext, Workspace
from ui.dialogs.change_password import ChangePasswordDialog
from ui.dialogs.login import LoginDialog
from ui.main_window import MainWindow
from ui.shell import Shell
from ui.tasks import TaskRunner
from ui.views.home import HomeView

SIZES = {"1366x768": (1366, 768), "1920x1080": (1920, 1080)}


@pytest.fixture
def open_window(
    qtbot: QtBot, workspace: Workspace, ui_settings: QSettings
) -> Iterator[Callable[[Actor], MainWindow]]:
    """A main window for `actor`, as the shell would open it after login."""
    made: list[MainWindow] = []

    def open_for(actor: Actor) -> MainWindow:
        ctx = ViewContext(workspace, actor, TaskRunner(), ChangeBus())
        window = MainWindow(ctx, ui_settings)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        made.append(window)
        return window

    yield open_for
    for window in made:
        window.ctx.tasks.wait()


def nav_titles(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


@pytest.mark.parametrize("username", ["admin", "olga", "sam", "cleo"])
def test_navigation_shows_only_the_views_of_the_roles(
    open_window: Callable[[Actor], MainWindow], users: dict[str, Actor], username: str
) -> None:
    actor = users[username]
    window = open_window(actor)
    titles = nav_titles(window)
    assert titles[0] == "Overview"
    assert titles == [spec.title for spec in views.views_for(actor.roles)]
    admin_views = {"Users", "Settings"}
    if username == "admin":
        assert admin_views <= set(titles)
    else:
        assert not admin_views & set(titles)
    assert [a.text() for a in window.view_actions] == titles


def test_registry_skips_absent_optional_views_but_not_absent_core_ones(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(views, "OPTIONAL_VIEW_MODULES", ["ui.views.not_written_yet"])
    assert [s.key for s in views.available_views()] == ["home", "users", "settings"]
    assert [s.key for s in views.views_for(frozenset({Role.OFFICER}))] == ["home"]
    monkeypatch.setattr(views, "VIEW_MODULES", ["ui.views.home", "ui.views.missing"])
    with pytest.raises(ModuleNotFoundError):
        views.available_views()


def test_overview_counts_cases_by_state(
    qtbot: QtBot,
    open_window: Callable[[Actor], MainWindow],
    users: dict[str, Actor],
    store: Store,
    shoot: Shoot,
) -> None:
    for n, state in enumerate(["imported", "imported", "assigned", "awaiting_signoff"]):
        make_case(store, f"LT{n:08d}", state=state)
    window = open_window(users["sam"])
    home = window.current_view()
    assert isinstance(home, HomeView)
    qtbot.waitUntil(lambda: home.loaded)
    counts = {
        home.counts.index(r, 0).data(Qt.ItemDataRole.UserRole): home.counts.index(r, 1).data(
            Qt.ItemDataRole.UserRole
        )
        for r in range(home.counts.rowCount())
    }
    assert counts == {"imported": 2, "assigned": 1, "awaiting_signoff": 1}
    assert [home.counts.index(r, 0).data() for r in range(3)] == [
        "Imported",
        "Assigned",
        "Awaiting signoff",
    ]
    assert home.total.text() == "4 cases in all."
    for label, size in SIZES.items():
        shoot(window, f"main-window-supervisor-{label}", size)


def test_admin_window_at_both_sizes_and_in_dark(
    qtbot: QtBot,
    open_window: Callable[[Actor], MainWindow],
    users: dict[str, Actor],
    shoot: Shoot,
    monkeypatch: pytest.MonkeyPatch,
    qapp: object,
) -> None:
    window = open_window(users["admin"])
    window.show_view("users")
    for label, size in SIZES.items():
        shoot(window, f"main-window-admin-users-{label}", size)
    window.show_view("settings")
    shoot(window, "main-window-admin-settings-1366x768", SIZES["1366x768"])

    monkeypatch.setenv(theme.SCHEME_ENV, "dark")
    theme.apply(qapp)  # type: ignore[arg-type]
    try:
        window.show_view("users")
        shoot(window, "main-window-admin-users-dark-1366x768", SIZES["1366x768"])
        assert window.palette().color(window.backgroundRole()).lightness() < 80
    finally:
        monkeypatch.setenv(theme.SCHEME_ENV, "light")
        theme.apply(qapp)  # type: ignore[arg-type]
    qtbot.wait(10)
    assert window.palette().color(window.backgroundRole()).lightness() > 180


def test_window_geometry_and_last_view_are_remembered(
    qtbot: QtBot, open_window: Callable[[Actor], MainWindow], users: dict[str, Actor]
) -> None:
    first = open_window(users["admin"])
    first.resize(701, 502)  # within the offscreen screen, which clamps
    first.show_view("settings")
    qtbot.wait(20)
    first.close()
    second = open_window(users["admin"])
    assert (second.width(), second.height()) == (701, 502)
    assert second.current_view() is second.view("settings")


def test_a_long_store_address_never_widens_the_window(
    qtbot: QtBot,
    open_window: Callable[[Actor], MainWindow],
    users: dict[str, Actor],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    least = open_window(users["admin"]).minimumSizeHint().width()
    address = "postgresql+psycopg://permit_review:***@" + "records." * 30 + "lan/pr"
    monkeypatch.setattr(Store, "describe", lambda self: address)
    window = open_window(users["admin"])  # the home view and the status bar show it
    assert window.minimumSizeHint().width() == least
    assert window.store_label.toolTip() == f"Store: {address}"  # the whole, on hover
    window.resize(least, 480)
    window.grab()  # painted shortened, without complaint


def test_menus_and_shortcuts(
    qtbot: QtBot, open_window: Callable[[Actor], MainWindow], users: dict[str, Actor]
) -> None:
    window = open_window(users["admin"])
    shortcuts = {a.objectName(): a.shortcut().toString() for a in window.actions()}
    assert shortcuts["quit"] == "Ctrl+Q"
    assert shortcuts["lock_window"] == "Ctrl+L"
    # Ctrl+N opens the Nth view of the navigation, whichever views are installed.
    position = [spec.key for spec in window.specs].index("users") + 1
    assert shortcuts["view_users"] == f"Ctrl+{position}"
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + position), Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() is window.view("users")
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&View", "&Help"]
    box = window.about()
    assert isinstance(box, QMessageBox) and "Permit Review" in box.text()
    box.close()
    with qtbot.waitSignal(window.quit_requested):
        window.quit_action.trigger()


def test_change_password_from_the_menu(
    qtbot: QtBot,
    open_window: Callable[[Actor], MainWindow],
    users: dict[str, Actor],
    uow_factory: Callable[[], UnitOfWork],
    shoot: Shoot,
) -> None:
    window = open_window(users["admin"])
    window.change_password_action.trigger()
    dialog = window.findChild(ChangePasswordDialog)
    assert dialog is not None and dialog.isVisible()
    assert "must" not in dialog.intro.text()
    shoot(dialog, "change-password")
    dialog.current.setText(PASSWORD)
    dialog.new.first.setText("another good passphrase")
    dialog.new.second.setText("another good passphrase")
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    accounts.authenticate(uow_factory(), "admin", "another good passphrase")


def test_switch_user_logs_out_and_returns_to_login(
    qtbot: QtBot, shell: Shell, store: Store, uow_factory: Callable[[], UnitOfWork]
) -> None:
    shell.start()
    log_in(qtbot, shell, "admin")
    first = main_window(qtbot, shell)
    admin = first.ctx.actor
    first.switch_action.trigger()

    login = shell.dialog
    assert isinstance(login, LoginDialog) and login.isVisible()
    assert "Ada Administratorė was logged out" in login.notice.text()
    assert not first.isVisible()
    assert shell.window is None
    with store.session() as session:
        events = session.scalars(
            select(AuditEvent.action).where(AuditEvent.actor == "admin").order_by(AuditEvent.seq)
        ).all()
    # The daily backup made at login finishes before the login ends (a server store is
    # backed up by its own means).
    backup = ["backup_created"] if store.is_sqlite else []
    assert events[-2 - len(backup) :] == ["login", *backup, "logout"]
    with pytest.raises(SessionLocked):  # the first user's session is over
        accounts.list_users(uow_factory(), admin)

    log_in(qtbot, shell, "sam")
    change = shell.dialog
    assert isinstance(change, ChangePasswordDialog)
    change.current.setText(PASSWORD)
    change.new.first.setText("sams own passphrase")
    change.new.second.setText("sams own passphrase")
    change.submit()
    second = main_window(qtbot, shell)
    assert second is not first
    assert second.ctx.actor.username == "sam"
    assert second.user_label.text() == "Samanta Kazlauskaitė (sam)"
    assert "Users" not in nav_titles(second)


def test_closing_the_window_quits_and_logs_out(qtbot: QtBot, shell: Shell, store: Store) -> None:
    shell.start()
    log_in(qtbot, shell, "admin")
    window = main_window(qtbot, shell)
    with qtbot.waitSignal(shell.finished):
        window.close()
    assert shell.window is None and shell.actor is None
    with store.session() as session:
        last = session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq.desc())).first()
    assert last == "logout"
