"""From start to the main window and back: the store check, setup, login (which unlocks an
encrypted store), forced password change, switch user, the backups around a login, and
the language of the windows (the workstation's before login, the user's after)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app.backup import BackupInfo
from app.domain.errors import PermitReviewError
from app.integrity import StoreDamaged
from app.services import accounts, backups
from app.services import settings as dept_settings
from app.services.context import Actor
from ui import errors, i18n
from ui.context import ChangeBus, ViewContext, Workspace
from ui.dialogs.change_password import ChangePasswordDialog
from ui.dialogs.damaged import DamagedStoreBox, RestoreDamagedDialog, backups_of
from ui.dialogs.login import LoginDialog
from ui.dialogs.setup import SetupDialog
from ui.main_window import MainWindow
from ui.opening import StoreOpener
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

# The language last used on this workstation, in the shell's settings: the login speaks it.
LANGUAGE_KEY = "language"


def workstation_language(settings: QSettings) -> str | None:
    value = settings.value(LANGUAGE_KEY)
    return value if isinstance(value, str) and value in i18n.LANGUAGES else None


class Shell(QObject):
    """Owns whichever top-level window is current; `finished` when the user quits.

    Give it the open `workspace` (a plain store, opened by the caller), or an
    `opener`: the shell then opens the store itself, checking it first and, when
    it is encrypted, only once a login has unlocked it.
    """

    # "setup", "login", "change_password", "main", "damaged" or "restore", once on screen
    shown = Signal(str)
    finished = Signal()
    # After login: the daily backup made (a BackupInfo), or None when one was not due.
    daily_backup_done = Signal(object)

    def __init__(
        self,
        workspace: Workspace | None,
        ui_settings: QSettings,
        parent: QObject | None = None,
        *,
        opener: StoreOpener | None = None,
    ) -> None:
        super().__init__(parent)
        if workspace is None and opener is None:
            raise ValueError("the shell needs an open store or the means to open one")
        self.workspace = workspace
        self.opener = opener
        self.ui_settings = ui_settings
        self.actor: Actor | None = None
        self.dialog: QDialog | None = None
        self.window: MainWindow | None = None
        self.tasks = TaskRunner(self)
        self._closing_window = False
        self._quitting = False

    @property
    def ws(self) -> Workspace:
        assert self.workspace is not None, "the store is not open yet"
        return self.workspace

    @property
    def unlocks_at_login(self) -> bool:
        """An encrypted store is opened by each login and closed again at logout."""
        return self.opener is not None and self.opener.encrypted

    def start(self, *, notice: str = "") -> None:
        """Open the store if needed and show setup or login; a damaged store is explained.

        Raises what makes the store unusable otherwise (the caller shows it and ends).
        """
        i18n.use(workstation_language(self.ui_settings))
        if self.workspace is None:
            assert self.opener is not None
            self.opener.check_readable()
            if self.unlocks_at_login:
                self.show_login(notice=notice)
                return
            try:
                self.workspace = self.opener.open()
            except StoreDamaged as exc:
                self.show_damaged(exc)
                return
        if accounts.has_users(self.ws.uow()):
            self.show_login(notice=notice)
        else:
            self.show_setup()

    def close_store(self) -> None:
        """Dispose of the store this shell opened (the caller's own workspace is left open)."""
        if self.opener is not None and self.workspace is not None:
            self.workspace.store.dispose()
            self.workspace = None

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
        dialog = SetupDialog(self.ws)
        dialog.accepted.connect(
            lambda: self.show_login(
                username=dialog.admin.username if dialog.admin else "",
                notice=self.tr("The first administrator was created. Log in to continue."),
            )
        )
        dialog.rejected.connect(self.finished)
        self._show_dialog(dialog, "setup")

    def show_login(self, *, username: str = "", notice: str = "") -> None:
        dialog = LoginDialog(self.workspace, username=username, notice=notice, opener=self.opener)
        dialog.accepted.connect(lambda: self._logged_in(dialog))
        dialog.rejected.connect(self.finished)
        dialog.store_damaged.connect(self.show_damaged)
        self._show_dialog(dialog, "login")

    def _logged_in(self, dialog: LoginDialog) -> None:
        assert dialog.actor is not None and dialog.workspace is not None
        self.workspace = dialog.workspace
        actor = self.actor = dialog.actor
        try:
            account = accounts.my_account(self.ws.uow(), actor)
        except PermitReviewError as exc:
            errors.show_error(None, exc)
            self.actor = None
            if self.unlocks_at_login:
                self.close_store()
            self.show_login(username=actor.username)
            return
        self.use_language(account["language"])
        if account["must_change_password"]:
            change = ChangePasswordDialog(self.ws, actor, forced=True)
            change.accepted.connect(self.open_main_window)
            change.rejected.connect(lambda: self.log_out(notice=self.tr("You were logged out.")))
            self._show_dialog(change, "change_password")
        else:
            self.open_main_window()

    # --- a damaged store ----------------------------------------------------------

    def show_damaged(self, exc: StoreDamaged) -> None:
        """Say what is wrong and which backup to restore; offer to restore one."""
        assert self.opener is not None, "only a store the shell opened is checked here"
        log.error("the store failed its start-up check: %d problem(s)", len(exc.report.problems))
        self.close_store()
        damaged = self.opener.open_damaged()
        found = backups_of(damaged)
        damaged.store.dispose()
        box = DamagedStoreBox(exc, can_restore=bool(found))
        box.finished.connect(lambda _result: self._damaged_answered(box, exc))
        self._show_dialog(box, "damaged")

    def _damaged_answered(self, box: DamagedStoreBox, exc: StoreDamaged) -> None:
        if box.restore_chosen:
            self.show_restore(exc)
        else:
            self.quit()

    def show_restore(self, exc: StoreDamaged) -> None:
        assert self.opener is not None
        damaged = self.opener.open_damaged()
        dialog = RestoreDamagedDialog(damaged, exc.message, self.tasks)

        def done(result: int) -> None:
            damaged.store.dispose()
            restored = dialog.result_
            if result == QDialog.DialogCode.Accepted and restored is not None:
                self._restored(restored.restored_from, str(restored.kept_as))
            else:
                self.show_damaged(exc)

        dialog.finished.connect(done)
        self._show_dialog(dialog, "restore")

    def _restored(self, backup: BackupInfo, kept_as: str) -> None:
        log.info("the damaged store was replaced by a backup")
        self.start(
            notice=self.tr(
                "The store was restored from {backup} (made {made}). "
                "The damaged files were kept in {kept}. Log in to continue."
            ).format(backup=backup.path.name, made=i18n.datetime_text(backup.made_at), kept=kept_as)
        )

    # --- the main window ----------------------------------------------------------

    def idle_lock_msecs(self) -> int:
        minutes = self.ws.idle_lock_minutes
        if minutes is None:
            minutes = dept_settings.idle_lock_minutes(self.ws.uow())
        return round(minutes * 60_000)

    def open_main_window(self) -> None:
        self._daily_backup(self._open_window().ctx)

    def _open_window(self, view: str | None = None) -> MainWindow:
        assert self.actor is not None
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        ctx = ViewContext(self.ws, self.actor, TaskRunner(self), ChangeBus(self))
        window = MainWindow(ctx, self.ui_settings, self.idle_lock_msecs())
        window.switch_user_requested.connect(self.switch_user)
        window.log_out_requested.connect(lambda notice: self.log_out(notice=notice))
        window.quit_requested.connect(self.quit)
        window.language_changed.connect(self.change_language)
        window.closed.connect(self._window_closed)
        self.window = window
        if view is not None and any(spec.key == view for spec in window.specs):
            window.show_view(view)
        window.show()
        window.raise_()
        # Once the login dialog is gone, or the window manager may leave no window active.
        QTimer.singleShot(0, window.activateWindow)
        self.shown.emit("main")
        return window

    # --- the language -------------------------------------------------------------

    def use_language(self, language: str | None) -> None:
        """Speak `language` from the next window on, and at the next login here."""
        i18n.use(language)
        if language in i18n.LANGUAGES:
            self.ui_settings.setValue(LANGUAGE_KEY, language)

    def change_language(self, language: str) -> None:
        """The user chose another language: the same login goes on in a window built anew,
        on the view it showed."""
        old = self.window
        if old is None or self.actor is None:
            return
        view = old.current_key()
        self.use_language(language)
        self._close_window()
        self._open_window(view)

    def _daily_backup(self, ctx: ViewContext) -> None:
        """A backup at the first login of the day, made on a worker while work goes on."""
        store, actor = ctx.workspace.store, ctx.actor
        window = self.window

        def made(info: BackupInfo | None) -> None:
            if info is not None and window is not None:
                window.statusBar().showMessage(
                    self.tr("Daily backup made and verified: {file}").format(file=info.path.name),
                    10_000,
                )
            self.daily_backup_done.emit(info)

        def failed(exc: BaseException) -> None:
            errors.show_error(window, exc, title=self.tr("The daily backup was not made"))
            self.daily_backup_done.emit(None)

        ctx.tasks.run(lambda: backups.daily_backup_if_due(store, actor), made, failed, owner=window)

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
        if not self._closing_window and self.window is not None:
            # Closed with the title bar button: the same as File > Quit.
            window, self.window = self.window, None
            self.quit(parent=window)
            window.deleteLater()

    # --- leaving ------------------------------------------------------------------

    def _end_login(self) -> None:
        actor, self.actor = self.actor, None
        if actor is None:
            return
        # Work the login started (the daily backup) finishes before the login ends.
        self.tasks.settle(self.window, self.tr("Finishing the work in progress…"))
        try:
            accounts.logout(self.ws.uow(), actor)
        except PermitReviewError as exc:
            # The login has ended either way (the session flag is set first).
            log.warning("logout not audited: %s", type(exc).__name__)

    def log_out(self, *, notice: str = "") -> None:
        username = self.actor.username if self.actor else ""
        self._end_login()
        self._close_window()
        if self.unlocks_at_login:
            # The next person's password must unlock the store again.
            self.close_store()
        notice = notice or self.tr("{username} was logged out.").format(username=username)
        self.show_login(username="", notice=notice)

    def switch_user(self) -> None:
        name = self.actor.full_name if self.actor else ""
        self.log_out(
            notice=self.tr("{name} was logged out. The next person can log in.").format(name=name)
        )

    def back_up_on_exit(self, parent: QWidget | None = None) -> BackupInfo | None:
        """The automatic backup when a login ends the application; its failure is shown."""
        if self.actor is None or self.workspace is None:
            return None
        store, actor = self.workspace.store, self.actor
        parent = parent or self.window
        self.tasks.settle(parent, self.tr("Finishing the work in progress…"))
        try:
            made: BackupInfo | None = self.tasks.run_blocking(
                parent,
                self.tr("Backing up the store before closing…"),
                lambda: backups.backup_on_exit(store, actor),
            )
        except Exception as exc:
            if not isinstance(exc, PermitReviewError):
                log.error("backup on exit failed", exc_info=(type(exc), exc, exc.__traceback__))
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("The backup on exit was not made"),
                self.tr(
                    "{reason}\n\nThe application closes anyway; an administrator can make a "
                    "backup with File > Back up now the next time."
                ).format(reason=errors.message(exc)),
            )
            box.setObjectName("exitBackupFailed")
            box.exec()
            return None
        return made

    def quit(self, parent: QWidget | None = None) -> None:
        if self._quitting:
            return
        self._quitting = True
        try:
            self.back_up_on_exit(parent)
            self._end_login()
            self._close_window()
            if self.dialog is not None:
                self.dialog.deleteLater()
                self.dialog = None
        finally:
            self._quitting = False
        self.finished.emit()
