"""Change one's own password; forced after an admin reset or for a new account."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import AuthenticationFailed, PermitReviewError
from app.services import accounts
from app.services.context import Actor
from ui.context import Workspace
from ui.errors import InlineError, focus_field
from ui.widgets import PasswordPair, esc, line_edit


class ChangePasswordDialog(QDialog):
    def __init__(
        self,
        workspace: Workspace,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        forced: bool = False,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor = actor
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Change password"))
        self.setAccessibleName(self.windowTitle())

        if forced:
            text = self.tr(
                "<b>{name}</b>, you must choose a new password before you continue: your "
                "password was set by an administrator."
            ).format(name=esc(actor.full_name))
        else:
            text = self.tr("Change the password of <b>{name}</b> ({username}).").format(
                name=esc(actor.full_name), username=esc(actor.username)
            )
        self.intro = QLabel(text, self)
        self.intro.setWordWrap(True)

        form = QFormLayout()
        self.current = line_edit("current password", self, secret=True)
        form.addRow(self.tr("C&urrent password:"), self.current)
        self.new = PasswordPair(
            form, "new password", self.tr("&New password:"), self.tr("New password a&gain:")
        )

        self.error = InlineError(self)
        buttons = QDialogButtonBox(self)
        self.change_button = buttons.addButton(
            self.tr("&Change password"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.change_button.setObjectName("change")
        self.change_button.setDefault(True)
        cancel = buttons.addButton(
            self.tr("&Log out") if forced else self.tr("Cancel"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        cancel.setObjectName("cancel")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.current.setFocus()

    def submit(self) -> None:
        self.error.clear()
        try:
            accounts.change_password(
                self.workspace.uow(), self.actor, self.current.text(), self.new.password()
            )
        except PermitReviewError as exc:
            self.error.show_error(exc)
            if isinstance(exc, AuthenticationFailed):
                self.current.setFocus()
                self.current.selectAll()
            focus_field(exc, {"password": self.new.first, "new password": self.new.first})
            return
        self.accept()
