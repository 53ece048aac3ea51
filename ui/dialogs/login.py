"""Log in: user name and password; refusals (wrong password, locked, disabled) shown inline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import PermitReviewError, ValidationError
from app.services import accounts
from app.services.context import Actor
from ui import icons
from ui.context import Workspace
from ui.errors import InlineError, focus_field
from ui.widgets import hint_label, line_edit


class LoginDialog(QDialog):
    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        username: str = "",
        notice: str = "",
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor: Actor | None = None
        self.setObjectName("loginDialog")
        self.setWindowTitle("Log in – Permit Review")
        self.setAccessibleName("Log in")

        logo = QLabel(self)
        logo.setPixmap(icons.app_icon().pixmap(48, 48))
        title = QLabel("<b>Permit Review</b><br>Review of permanent residence permits", self)
        header = QHBoxLayout()
        header.addWidget(logo)
        header.addWidget(title, 1)

        form = QFormLayout()
        self.username = line_edit("user name", self)
        self.username.setText(username)
        self.password = line_edit("password", self, secret=True)
        form.addRow("&User name:", self.username)
        form.addRow("&Password:", self.password)

        self.notice = QLabel(notice, self)
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName("notice")
        self.notice.setVisible(bool(notice))
        self.error = InlineError(self)
        store = hint_label(f"Store: {workspace.store.describe()}", self)
        store.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        store.setAccessibleName("store")

        buttons = QDialogButtonBox(self)
        self.login_button = buttons.addButton("&Log in", QDialogButtonBox.ButtonRole.AcceptRole)
        self.login_button.setObjectName("login")
        self.login_button.setDefault(True)
        quit_button = buttons.addButton("&Quit", QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setObjectName("quit")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addWidget(store)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        (self.password if username else self.username).setFocus()

    def submit(self) -> None:
        self.error.clear()
        try:
            username = self.username.text().strip()
            if not username:
                raise ValidationError("username", "type your user name")
            self.actor = accounts.authenticate(self.workspace.uow(), username, self.password.text())
        except PermitReviewError as exc:
            self.error.show_error(exc)
            self.password.clear()
            focus_field(exc, {"username": self.username})
            if not isinstance(exc, ValidationError):
                self.password.setFocus()
            return
        self.password.clear()
        self.accept()
