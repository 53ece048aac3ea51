"""From start to the main window and back: setup, login, forced password change, switch user."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QDialog

from app.domain.errors import PermitReviewError
from app.services import accounts
from app.services import settings as dept_settings
from app.services.context import Actor
from ui import errors
from ui.context import ChangeBus, ViewContext, Workspace
from ui.dialogs.change_password import ChangePasswordDialog
from ui.dialogs.login import LoginDialog
from ui.dialogs.setup import SetupDialog
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class Shell(QObject):
    """Owns whichever top-level window is current; `finished` when the user quits."""

    shown = Signal(str)  # "setup", "login", "change_password" or "main", once on screen
    finished = Signal()

    def __init__(
        self, workspace: Workspace, ui_settings: QSettings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ui_settings = ui_settings
        self.actor: Actor | None = None
        self.dialog: QDialog | None = None
        self.window: MainWindow | None = None
        self._closing_window = False

    def start(self) -> None:
        if accounts.has_users(self.workspace.uow()):
            self.show_login()
        else:
            self.show_setup()

    # --- dialogs before the main window ------------------------------------------

    def _show_dialog(self, dialog: QDialog, name: str) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        self.shown.emit(name)

    def show_setup(self) -> None:
        dialog = SetupDialog(self.workspace)
        dialog.accepted.connect(
            lambda: self.show_login(
                username=dialog.admin.username if dialog.admin else "",
                notice="The first administrator was created. Log in to continue.",
            )
        )
        dialog.rejected.connect(self.finished)
        self._show_dialog(dialog, "setup")

    def show_login(self, *, username: str = "", notice: str = "") -> None:
        dialog = LoginDialog(self.workspace, username=username, notice=notice)
        dialog.accepted.connect(lambda: self._logged_in(dialog.actor))
        dialog.rejected.connect(self.finished)
        self._show_dialog(dialog, "login")

    def _logged_in(self, actor: Actor | None) -> None:
        assert actor is not None
        self.actor = actor
        try:
            must_change = accounts.my_account(self.workspace.uow(), actor)["must_change_password"]
        except PermitReviewError as exc:
            errors.show_error(None, exc)
            self.show_login(username=actor.username)
            return
        if must_change:
            dialog = ChangePasswordDialog(self.workspace, actor, forced=True)
            dialog.accepted.connect(self.open_main_window)
            dialog.rejected.connect(lambda: self.log_out(notice="You were logged out."))
            self._show_dialog(dialog, "change_password")
        else:
            self.open_main_window()

    # --- the main window ----------------------------------------------------------

    def idle_lock_msecs(self) -> int:
        minutes = self.workspace.idle_lock_minutes
        if minutes is None:
            minutes = dept_settings.idle_lock_minutes(self.workspace.uow())
        return round(minutes * 60_000)

    def open_main_window(self) -> None:
        assert self.actor is not None
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        ctx = ViewContext(self.workspace, self.actor, TaskRunner(self), ChangeBus(self))
        window = MainWindow(ctx, self.ui_settings, self.idle_lock_msecs())
        window.switch_user_requested.connect(self.switch_user)
        window.quit_requested.connect(self.quit)
        window.closed.connect(self._window_closed)
        self.window = window
        window.show()
        window.raise_()
        # Once the login dialog is gone, or the window manager may leave no window active.
        QTimer.singleShot(0, window.activateWindow)
        self.shown.emit("main")

    def _close_window(self) -> None:
        window, self.window = self.window, None
        if window is not None:
            self._closing_window = True
            try:
                window.close()
            finally:
                self._closing_window = False
            window.deleteLater()

    def _window_closed(self) -> None:
        if not self._closing_window:
            # Closed with the title bar button: the same as File > Quit.
            self.window = None
            self.quit()

    # --- leaving ------------------------------------------------------------------

    def _end_login(self) -> None:
        actor, self.actor = self.actor, None
        if actor is None:
            return
        try:
            accounts.logout(self.workspace.uow(), actor)
        except PermitReviewError as exc:
            # The login has ended either way (the session flag is set first).
            log.warning("logout not audited: %s", type(exc).__name__)

    def log_out(self, *, notice: str = "") -> None:
        username = self.actor.username if self.actor else ""
        self._end_login()
        self._close_window()
        self.show_login(username="", notice=notice or f"{username} was logged out.")

    def switch_user(self) -> None:
        name = self.actor.full_name if self.actor else ""
        self.log_out(notice=f"{name} was logged out. The next person can log in.")

    def quit(self) -> None:
        self._end_login()
        self._close_window()
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        self.finished.emit()
