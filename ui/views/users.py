"""User management for admins: add users, edit roles, disable, unlock, reset passwords."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import PermitReviewError
from app.domain.roles import Role
from app.services import accounts
from app.services.context import Changed
from ui import errors
from ui.context import ViewContext
from ui.dialogs.add_user import AddUserDialog
from ui.dialogs.edit_roles import EditRolesDialog
from ui.dialogs.reset_password import ResetPasswordDialog
from ui.i18n import QT_TRANSLATE_NOOP
from ui.views import View, ViewSpec
from ui.views.users_model import COLUMNS, FULL_NAME, USERNAME, UsersModel
from ui.widgets import compact_rows


class UsersView(View):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("usersView")
        self.model = UsersModel(self, now=ctx.workspace.clock.now)
        # A few dozen accounts: sorting them in Python is instant.
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.table = QTableView(self)
        self.table.setObjectName("usersTable")
        self.table.setAccessibleName(self.tr("Users"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(USERNAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FULL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _index: self.edit_roles())  # Enter or double-click

        self.add_button = self._button(self.tr("&Add user…"), "add", self.add_user, "Ctrl+N")
        self.roles_button = self._button(self.tr("Edit &roles…"), "roles", self.edit_roles)
        self.disable_button = self._button(self.tr("&Disable"), "disable", self.toggle_disabled)
        self.unlock_button = self._button(self.tr("Un&lock"), "unlock", self.unlock)
        self.reset_button = self._button(self.tr("Reset &password…"), "reset", self.reset_password)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.roles_button,
            self.disable_button,
            self.unlock_button,
            self.reset_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.message = QLabel(self)
        self.message.setObjectName("usersMessage")
        self.message.setAccessibleName("last action")

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>{}</h2>".format(self.tr("Users")), self))
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.setTabOrder(self.table, self.add_button)
        self._selection_changed()

    def _button(
        self, text: str, name: str, slot: Callable[[], None], shortcut: str = ""
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        if shortcut:
            QShortcut(
                QKeySequence(shortcut),
                self,
                slot,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
            button.setToolTip(f"{button.accessibleName()} ({shortcut})")
        return button

    # --- loading ------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected_username()
        try:
            # A few dozen rows from one indexed table: quicker than a frame, so no worker.
            users = accounts.list_users(self.ctx.uow(), self.ctx.actor)
        except PermitReviewError as exc:
            errors.show_error(self, exc)
            return
        self.model.set_users(users)
        if selected:
            self.select(selected)
        self._selection_changed()

    def on_changed(self, changed: Changed) -> None:
        if changed.action.startswith(("user_", "password_")):
            self.refresh()
            username = changed.details.get("username")
            if username:
                self.select(str(username))

    def select(self, username: str) -> None:
        row = self.model.row_of(username)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)

    def selected_username(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return str(self.proxy.mapToSource(rows[0]).data(Qt.ItemDataRole.UserRole))

    def selected_user(self) -> dict[str, Any] | None:
        username = self.selected_username()
        row = self.model.row_of(username) if username else -1
        return self.model.user(row) if row >= 0 else None

    def _selection_changed(self, *_: QItemSelection) -> None:
        user = self.selected_user()
        state = self.model.state(self.model.row_of(user["username"])) if user else ""
        for button in (self.roles_button, self.disable_button, self.reset_button):
            button.setEnabled(user is not None)
        self.unlock_button.setEnabled(state == "locked")
        enable = state == "disabled"
        self.disable_button.setText(self.tr("&Enable") if enable else self.tr("&Disable"))
        self.disable_button.setAccessibleName(self.disable_button.text().replace("&", ""))

    # --- actions ------------------------------------------------------------------

    def add_user(self) -> None:
        dialog = AddUserDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self._done(dialog.changed, self.tr("{user} added.")))
        dialog.open()

    def edit_roles(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = EditRolesDialog(self.ctx, user, self)
        dialog.accepted.connect(
            lambda: self._done(dialog.changed, self.tr("{user} now has new roles."))
        )
        dialog.open()

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = ResetPasswordDialog(self.ctx, user, self)
        dialog.accepted.connect(
            lambda: self._done(
                dialog.changed, self.tr("{user} has a new password, to change at next login.")
            )
        )
        dialog.open()

    def toggle_disabled(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        disable = not user["disabled"]
        self._call(
            lambda: accounts.disable_user(
                self.ctx.uow(), self.ctx.actor, user["username"], disabled=disable
            ),
            self.tr("{user} disabled.") if disable else self.tr("{user} enabled again."),
        )

    def unlock(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        self._call(
            lambda: accounts.unlock_user(self.ctx.uow(), self.ctx.actor, user["username"]),
            self.tr("{user} unlocked."),
        )

    def _call(self, action: Callable[[], Changed], done: str) -> None:
        try:
            changed = action()
        except PermitReviewError as exc:
            errors.show_error(self, exc)
            return
        self.ctx.bus.publish(changed)
        self._done(changed, done)

    def _done(self, changed: Changed | None, done: str) -> None:
        """Say what was done: `done` names the user as {user}."""
        if changed is not None:
            self.message.setText(done.format(user=changed.details.get("username", "")))


VIEWS = [
    ViewSpec(
        "users",
        QT_TRANSLATE_NOOP("ViewSpec", "Users"),
        UsersView,
        roles=frozenset({Role.ADMIN}),
        order=80,
        tooltip=QT_TRANSLATE_NOOP(
            "ViewSpec", "Add users, give roles, disable, unlock, reset passwords"
        ),
    )
]
