"""Log in: user name and password; refusals (wrong password, locked, disabled) shown inline.

For an encrypted store the dialog opens the store too: the password first
unwraps the store key, then the store is opened and checked, then the
password is checked against the account. A wrong password opens nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import PermitReviewError, ValidationError
from app.integrity import StoreDamaged
from app.services import accounts
from app.services.context import Actor
from ui import icons
from ui.context import Workspace
from ui.errors import InlineError, focus_field
from ui.opening import StoreOpener
from ui.widgets import hint_label, line_edit


class LoginDialog(QDialog):
    """`workspace` is the open store; None for an encrypted one, which `opener` unlocks."""

    # The encrypted store opened with this password but failed its check (a StoreDamaged).
    store_damaged = Signal(object)

    def __init__(
        self,
        workspace: Workspace | None,
        parent: QWidget | None = None,
        *,
        username: str = "",
        notice: str = "",
        opener: StoreOpener | None = None,
    ) -> None:
        super().__init__(parent)
        if workspace is None and opener is None:
            raise ValueError("a login needs an open store or the means to unlock one")
        self.workspace = workspace
        self.opener = opener
        self.actor: Actor | None = None
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Log in – Permit Review"))
        self.setAccessibleName(self.tr("Log in"))

        logo = QLabel(self)
        logo.setPixmap(icons.app_icon().pixmap(48, 48))
        title = QLabel(
            "<b>{}</b><br>{}".format(
                self.tr("Permit Review"), self.tr("Review of permanent residence permits")
            ),
            self,
        )
        header = QHBoxLayout()
        header.addWidget(logo)
        header.addWidget(title, 1)

        form = QFormLayout()
        self.username = line_edit("user name", self)
        self.username.setText(username)
        self.password = line_edit("password", self, secret=True)
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)

        self.notice = QLabel(notice, self)
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName("notice")
        self.notice.setVisible(bool(notice))
        self.error = InlineError(self)
        if workspace is not None:
            where = self.tr("Store: {store}").format(store=workspace.store.describe())
        else:
            assert opener is not None
            where = self.tr("Store: {store} (encrypted: your password unlocks it)").format(
                store=opener.describe()
            )
        store = hint_label(where, self)
        store.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        store.setAccessibleName("store")

        buttons = QDialogButtonBox(self)
        self.login_button = buttons.addButton(
            self.tr("&Log in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.login_button.setObjectName("login")
        self.login_button.setDefault(True)
        quit_button = buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
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
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.actor = self._log_in(self.username.text().strip(), self.password.text())
        except StoreDamaged as exc:
            damaged: StoreDamaged | None = exc
        except PermitReviewError as exc:
            self.error.show_error(exc)
            self.password.clear()
            focus_field(exc, {"username": self.username})
            if not isinstance(exc, ValidationError):
                self.password.setFocus()
            return
        else:
            damaged = None
        finally:
            QApplication.restoreOverrideCursor()
        self.password.clear()
        if damaged is not None:
            self.store_damaged.emit(damaged)
        else:
            self.accept()

    def _log_in(self, username: str, password: str) -> Actor:
        if not username:
            raise ValidationError("username", self.tr("type your user name"))
        opened: Workspace | None = None
        if self.workspace is None:
            assert self.opener is not None
            opened = self.workspace = self.opener.unlock(username, password)
        try:
            return accounts.authenticate(self.workspace.uow(), username, password)
        except BaseException:
            if opened is not None:
                # The key opened the file but the account refused: close it again.
                opened.store.dispose()
                self.workspace = None
            raise
