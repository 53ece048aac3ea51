"""The user accounts as a table model: one row per account, from `accounts.list_users`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from ui.i18n import QT_TRANSLATE_NOOP
from ui.widgets import role_names

Index = QModelIndex | QPersistentModelIndex

USERNAME, FULL_NAME, ROLES, STATE, MUST_CHANGE = range(5)
COLUMNS = (
    QT_TRANSLATE_NOOP("UsersModel", "User name"),
    QT_TRANSLATE_NOOP("UsersModel", "Full name"),
    QT_TRANSLATE_NOOP("UsersModel", "Roles"),
    QT_TRANSLATE_NOOP("UsersModel", "State"),
    QT_TRANSLATE_NOOP("UsersModel", "Must change password"),
)
STATES = {
    "active": QT_TRANSLATE_NOOP("UsersModel", "active"),
    "disabled": QT_TRANSLATE_NOOP("UsersModel", "disabled"),
    "locked": QT_TRANSLATE_NOOP("UsersModel", "locked"),
}
UserRole = Qt.ItemDataRole.UserRole  # the user name, whatever the column


def account_state(user: dict[str, Any], now: dt.datetime) -> str:
    """active, disabled or locked (a lock that has run out counts as active)."""
    if user["disabled"]:
        return "disabled"
    locked_until = user.get("locked_until")
    if locked_until:
        until = dt.datetime.fromisoformat(locked_until)
        if until.tzinfo is None:
            until = until.replace(tzinfo=dt.UTC)
        if until > now:
            return "locked"
    return "active"


class UsersModel(QAbstractTableModel):
    def __init__(
        self, parent: QObject | None = None, now: Callable[[], dt.datetime] | None = None
    ) -> None:
        super().__init__(parent)
        self._users: list[dict[str, Any]] = []
        self._now = now or (lambda: dt.datetime.now(dt.UTC))

    def set_users(self, users: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._users = list(users)
        self.endResetModel()

    def user(self, row: int) -> dict[str, Any]:
        return self._users[row]

    def row_of(self, username: str) -> int:
        return next((i for i, u in enumerate(self._users) if u["username"] == username), -1)

    def state(self, row: int) -> str:
        return account_state(self._users[row], self._now())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        user = self._users[index.row()]
        column = index.column()
        if role == UserRole:
            return user["username"]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == USERNAME:
                return user["username"]
            if column == FULL_NAME:
                return user["full_name"]
            if column == ROLES:
                return role_names(user["roles"])
            if column == STATE:
                return self.tr(STATES[self.state(index.row())])
            if column == MUST_CHANGE:
                return self.tr("yes") if user["must_change_password"] else self.tr("no")
        inactive = column == STATE and self.state(index.row()) != "active"
        if role == Qt.ItemDataRole.FontRole and inactive:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("UsersModel", COLUMNS[section])
        return None
