"""Reset a user's password; they must choose their own at next login."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import PermitReviewError
from app.services import accounts
from app.services.context import Changed
from ui.context import ViewContext
from ui.errors import InlineError, focus_field
from ui.widgets import PasswordPair, esc


class ResetPasswordDialog(QDialog):
    def __init__(
        self, ctx: ViewContext, user: dict[str, Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.username: str = user["username"]
        self.changed: Changed | None = None
        self.setObjectName("resetPasswordDialog")
        self.setWindowTitle(self.tr("Reset password"))
        self.setAccessibleName(self.windowTitle())

        intro = QLabel(
            self.tr(
                "Set a new password for <b>{name}</b> ({username}). Give it to them in person; "
                "they must change it at their next login. A lock after failed logins is lifted "
                "too."
            ).format(name=esc(user["full_name"]), username=esc(self.username)),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.password = PasswordPair(
            form, "password", self.tr("&New password:"), self.tr("New password a&gain:")
        )
        self.error = InlineError(self)
        buttons = QDialogButtonBox(self)
        reset = buttons.addButton(
            self.tr("&Reset password"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        reset.setObjectName("reset")
        reset.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.password.first.setFocus()

    def submit(self) -> None:
        self.error.clear()
        try:
            self.changed = accounts.reset_password(
                self.ctx.uow(), self.ctx.actor, self.username, self.password.password()
            )
        except PermitReviewError as exc:
            self.error.show_error(exc)
            focus_field(exc, {"password": self.password.first})
            return
        self.ctx.bus.publish(self.changed)
        self.accept()
