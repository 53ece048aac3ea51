"""The main window: navigation, status bar, menus and the idle lock. It only wires views."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QLocale, QSettings, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from app import __version__
from app.domain.errors import PermitReviewError
from app.domain.roles import Role
from app.services import accounts
from ui import backup_actions, errors, guide, i18n, icons
from ui.context import ViewContext
from ui.dialogs.change_password import ChangePasswordDialog
from ui.dialogs.restore import RestoreDialog
from ui.idle import IdleWatcher
from ui.lock_screen import LockScreen
from ui.views import View, ViewSpec, views_for
from ui.widgets import ElidedLabel, esc, role_names

log = logging.getLogger(__name__)

CONTENT, LOCKED = 0, 1


class MainWindow(QMainWindow):
    switch_user_requested = Signal()
    log_out_requested = Signal(str)  # with the notice the login dialog shows
    quit_requested = Signal()
    # The user chose another language (its code, saved already): the shell builds the
    # window again in it.
    language_changed = Signal(str)
    closed = Signal()

    def __init__(
        self, ctx: ViewContext, settings: QSettings, idle_lock_msecs: int | None = None
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.settings = settings
        self.setObjectName("mainWindow")
        self.setWindowTitle(self._title())
        self.setWindowIcon(icons.app_icon())

        self.specs: list[ViewSpec] = views_for(ctx.actor.roles)
        self.views: dict[str, View] = {}
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Views"))
        for number, spec in enumerate(self.specs, start=1):
            item = QListWidgetItem(spec.label(), self.nav)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            shortcut = f" (Ctrl+{number})" if number < 10 else ""
            item.setToolTip(f"{spec.hint()}{shortcut}")
            item.setSizeHint(QSize(0, self.nav.fontMetrics().height() + 14))
        self.nav.setMaximumWidth(260)
        self.nav.setMinimumWidth(150)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("viewStack")
        self.splitter = QSplitter(self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([180, 1000])
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setContentsMargins(6, 6, 0, 0)

        self.lock_screen = LockScreen(ctx.workspace, ctx.actor, self)
        self.lock_screen.unlocked.connect(self.unlock)
        self.lock_screen.switch_user.connect(self.switch_user_requested)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.lock_screen)
        self.setCentralWidget(self.pages)
        self._hidden_dialogs: list[QWidget] = []

        self._build_status_bar()
        self._build_menus()
        self.nav.currentRowChanged.connect(self._show_row)

        self.idle = IdleWatcher(idle_lock_msecs or 0, self) if idle_lock_msecs else None
        if self.idle is not None:
            self.idle.idle.connect(lambda: self.lock(idle=True))

        self._restore_state()
        for spec in self.specs:
            if spec.on_login is not None:
                spec.on_login(self, ctx)

    # --- building -----------------------------------------------------------------

    def _title(self) -> str:
        return self.tr("Permit Review – {name}").format(name=self.ctx.actor.full_name)

    def _build_status_bar(self) -> None:
        actor = self.ctx.actor
        bar = self.statusBar()
        self.user_label = QLabel(f"{actor.full_name} ({actor.username})", self)
        self.user_label.setObjectName("statusUser")
        self.user_label.setAccessibleName("logged-in user")
        roles = role_names(actor.roles)
        self.roles_label = QLabel(self.tr("Roles: {roles}").format(roles=roles), self)
        self.roles_label.setObjectName("statusRoles")
        self.roles_label.setAccessibleName("roles")
        store = self.ctx.workspace.store.describe()
        self.store_label = ElidedLabel(self.tr("Store: {store}").format(store=store), self)
        self.store_label.setObjectName("statusStore")
        self.store_label.setAccessibleName("store")
        self.busy_label = QLabel("", self)
        self.busy_label.setAccessibleName("busy")
        # A bound slot, not a lambda: the connection ends with the window, while the
        # login's task runner may outlive it by a moment.
        self.ctx.tasks.busy.connect(self._show_busy)
        bar.addWidget(self.busy_label, 1)
        for label in (self.user_label, self.roles_label, self.store_label):
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)

    @Slot(bool)
    def _show_busy(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Working…") if busy else "")

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        name: str,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setObjectName(name)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.change_password_action = self._action(
            self.tr("&Change password…"), self.change_password, "Ctrl+Shift+P", "change_password"
        )
        self.lock_action = self._action(
            self.tr("&Lock window"), lambda: self.lock(idle=False), "Ctrl+L", "lock_window"
        )
        self.switch_action = self._action(
            self.tr("&Switch user…"), self.switch_user_requested.emit, "Ctrl+Shift+L", "switch_user"
        )
        # QKeySequence.Quit is empty on Windows; the department uses Ctrl+Q everywhere.
        self.quit_action = self._action(
            self.tr("&Quit"), self.quit_requested.emit, "Ctrl+Q", "quit"
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        for action in (self.change_password_action, self.lock_action, self.switch_action):
            file_menu.addAction(action)
        self.backup_actions: list[QAction] = []
        if Role.ADMIN in self.ctx.actor.roles and self.ctx.workspace.store.is_sqlite:
            # The services check the role again; the menu only leaves out what would be refused.
            # A server store is backed up on its server.
            file_menu.addSeparator()
            self.backup_actions = [
                self._action(self.tr("&Back up now…"), self.back_up_now, None, "back_up_now"),
                self._action(
                    self.tr("&Restore backup…"), self.restore_backup, None, "restore_backup"
                ),
            ]
            for action in self.backup_actions:
                file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        view_menu = menu.addMenu(self.tr("&View"))
        self.view_actions: list[QAction] = []
        for row, spec in enumerate(self.specs):
            shortcut = f"Ctrl+{row + 1}" if row < 9 else None
            action = self._action(spec.label(), self._go_to(row), shortcut, f"view_{spec.key}")
            view_menu.addAction(action)
            self.view_actions.append(action)
        view_menu.addSeparator()
        self.refresh_action = self._action(
            self.tr("&Refresh"), self.refresh_current, QKeySequence.StandardKey.Refresh, "refresh"
        )
        view_menu.addAction(self.refresh_action)
        view_menu.addSeparator()
        self._build_language_menu(view_menu.addMenu(self.tr("&Language")))

        help_menu = menu.addMenu(self.tr("&Help"))
        self.guide_action = self._action(
            self.tr("&User guide"),
            lambda: guide.open_guide(self, self.ctx.actor.roles),
            QKeySequence.StandardKey.HelpContents,
            "user_guide",
        )
        help_menu.addAction(self.guide_action)
        help_menu.addSeparator()
        self.about_action = self._action(self.tr("&About Permit Review"), self.about, None, "about")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)

    def _build_language_menu(self, menu: QMenu) -> None:
        """One entry per language, each named in itself; the language in use is checked."""
        menu.setObjectName("languageMenu")
        self.language_menu = menu
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, group)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setChecked(code == i18n.current())
            action.triggered.connect(lambda _checked=False, code=code: self.choose_language(code))
            menu.addAction(action)
            self.language_actions[code] = action

    # --- views --------------------------------------------------------------------

    def _go_to(self, row: int) -> Callable[[], None]:
        return lambda: self.nav.setCurrentRow(row)

    def view(self, key: str) -> View | None:
        return self.views.get(key)

    def show_view(self, key: str) -> View:
        row = next(i for i, spec in enumerate(self.specs) if spec.key == key)
        self.nav.setCurrentRow(row)
        return self.views[key]

    def current_key(self) -> str | None:
        """The key of the view on show."""
        row = self.nav.currentRow()
        return self.specs[row].key if 0 <= row < len(self.specs) else None

    def current_view(self) -> View | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, View) else None

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self.specs):
            return
        spec = self.specs[row]
        view = self.views.get(spec.key)
        if view is None:
            # Views are made when first opened, so start-up does not wait for all of them.
            view = spec.create(self.ctx)
            view.setParent(self.stack)
            self.views[spec.key] = view
            self.stack.addWidget(view)
            self.stack.setCurrentWidget(view)
            view.refresh()
        else:
            self.stack.setCurrentWidget(view)
        self.settings.setValue("main/view", spec.key)

    def refresh_current(self) -> None:
        view = self.current_view()
        if view is not None and not self.locked:
            view.refresh()

    # --- idle lock ----------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.pages.currentIndex() == LOCKED

    def lock(self, *, idle: bool) -> None:
        """Hide case content and refuse every service call until the password is given."""
        if self.locked:
            return
        if self.idle is not None:
            self.idle.stop()
        try:
            accounts.lock_session(self.ctx.uow(), self.ctx.actor)
        except PermitReviewError as exc:
            # The session is locked already (the flag is set first); only the audit failed.
            log.warning("the idle lock was not audited: %s", type(exc).__name__)
        self._hidden_dialogs = [w for w in self._own_windows() if w.isVisible()]
        for widget in self._hidden_dialogs:
            widget.hide()
        self.pages.setCurrentIndex(LOCKED)
        reason = self.tr("You locked the window.")
        if idle and self.idle is not None:
            seconds = self.idle.interval / 1000
            if seconds >= 60:
                span = self.tr("{count} minutes").format(count=QLocale().toString(seconds / 60))
            else:
                span = self.tr("{count} seconds").format(count=QLocale().toString(seconds))
            reason = self.tr("The window was locked after {span} without use.").format(span=span)
        self.lock_screen.prepare(reason)
        for action in (
            self.change_password_action,
            self.lock_action,
            self.refresh_action,
            *self.view_actions,
            *self.backup_actions,
            *self.language_actions.values(),
        ):
            action.setEnabled(False)
        self.nav.setEnabled(False)
        self.setWindowTitle(self.tr("Permit Review – locked"))

    def unlock(self) -> None:
        """Called once the lock screen has checked the password (which clears the lock)."""
        self.pages.setCurrentIndex(CONTENT)
        for action in (
            self.change_password_action,
            self.lock_action,
            self.refresh_action,
            *self.view_actions,
            *self.backup_actions,
            *self.language_actions.values(),
        ):
            action.setEnabled(True)
        self.nav.setEnabled(True)
        for widget in self._hidden_dialogs:
            widget.show()
        self._hidden_dialogs = []
        self.setWindowTitle(self._title())
        if self.idle is not None:
            self.idle.start()
        self.nav.setFocus()

    def _own_windows(self) -> list[QWidget]:
        """Dialogs opened from this window; they may show case content too."""
        return [w for w in self.findChildren(QDialog) if w.isWindow()]

    # --- menu actions ---------------------------------------------------------------

    def change_password(self) -> None:
        dialog = ChangePasswordDialog(self.ctx.workspace, self.ctx.actor, self)
        dialog.accepted.connect(
            lambda: self.statusBar().showMessage(self.tr("Your password was changed."), 5000)
        )
        dialog.open()

    def choose_language(self, language: str) -> None:
        """Keep the user's choice; the shell then builds the window again in it."""
        if language == i18n.current():
            return
        try:
            accounts.set_language(self.ctx.uow(), self.ctx.actor, language)
        except PermitReviewError as exc:
            self.language_actions[i18n.current()].setChecked(True)
            errors.show_error(self, exc)
            return
        self.language_changed.emit(language)

    def back_up_now(self) -> None:
        backup_actions.back_up_now(self, self.ctx)

    def restore_backup(self) -> QDialog:
        dialog = backup_actions.restore_backup(self, self.ctx)
        dialog.accepted.connect(lambda: self._restored(dialog))
        return dialog

    def _restored(self, dialog: RestoreDialog) -> None:
        result = dialog.result_
        if result is None:
            return
        # Every view, and this login itself, belong to the store as it was: start afresh.
        self.log_out_requested.emit(
            self.tr(
                "The store was restored from {backup}; the store as it was is kept at {kept}. "
                "Log in again to continue."
            ).format(backup=result.restored_from.path.name, kept=result.kept_as)
        )

    def about(self) -> QMessageBox:
        box = QMessageBox(self)
        box.setObjectName("aboutBox")
        box.setWindowTitle(self.tr("About Permit Review"))
        box.setIconPixmap(icons.app_icon().pixmap(64, 64))
        box.setText(f"<b>{self.tr('Permit Review')}</b> {esc(__version__)}")
        paths = self.ctx.workspace.paths
        box.setInformativeText(
            self.tr(
                "Review of permanent residence permits: questionnaires, decisions with a "
                "second person's sign-off, letters, service, appeals and departures.<br><br>"
                "Store: {store}<br>Data folder: {data}<br>Log folder: {logs}"
            ).format(
                store=esc(self.ctx.workspace.store.describe()),
                data=esc(str(paths.data)),
                logs=esc(str(paths.logs)),
            )
        )
        box.open()
        return box

    # --- window state -------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            screen = QGuiApplication.primaryScreen()
            available = screen.availableGeometry() if screen else None
            size = QSize(1280, 800)
            if available is not None:
                size = size.boundedTo(available.size() * 0.92)
            self.resize(size)
        state = self.settings.value("main/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.value("main/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        keys = [spec.key for spec in self.specs]
        last = self.settings.value("main/view")
        row = keys.index(last) if last in keys else 0
        if self.specs:
            self.nav.setCurrentRow(row)

    def save_state(self) -> None:
        self.settings.setValue("main/geometry", self.saveGeometry())
        self.settings.setValue("main/state", self.saveState())
        self.settings.setValue("main/splitter", self.splitter.saveState())
        self.settings.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.idle is not None and not self.locked and not self.idle.active:
            self.idle.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.idle is not None:
            self.idle.stop()
        super().closeEvent(event)
        self.closed.emit()
