"""Add a user: name, roles and an initial password the user must change at first login."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from app.domain.errors import PermitReviewError
from app.services import accounts
from app.services.context import Changed
from ui.context import ViewContext
from ui.errors import InlineError, focus_field
from ui.widgets import PasswordPair, RoleChecks, hint_label, line_edit


class AddUserDialog(QDialog):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changed: Changed | None = None
        self.setObjectName("addUserDialog")
        self.setWindowTitle(self.tr("Add user"))
        self.setAccessibleName(self.windowTitle())

        form = QFormLayout()
        self.username = line_edit("user name", self)
        self.username.setPlaceholderText(self.tr("lower case, e.g. jonas.p"))
        self.full_name = line_edit("full name", self)
        self.title = line_edit("job title", self)
        self.title.setPlaceholderText(self.tr("optional; printed under a signature"))
        self.roles = RoleChecks(self)
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Full name:"), self.full_name)
        form.addRow(self.tr("&Job title:"), self.title)
        form.addRow(self.tr("Roles:"), self.roles)
        self.password = PasswordPair(
            form, "password", self.tr("&Initial password:"), self.tr("Initial password a&gain:")
        )
        form.addRow("", hint_label(self.tr("The user must choose a new password at first login.")))

        self.error = InlineError(self)
        buttons = QDialogButtonBox(self)
        add = buttons.addButton(self.tr("&Add user"), QDialogButtonBox.ButtonRole.AcceptRole)
        add.setObjectName("add")
        add.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.username.setFocus()

    def submit(self) -> None:
        self.error.clear()
        try:
            self.changed = accounts.add_user(
                self.ctx.uow(),
                self.ctx.actor,
                username=self.username.text().strip(),
                full_name=self.full_name.text(),
                roles=self.roles.roles(),
                password=self.password.password(),
                title=self.title.text(),
            )
        except PermitReviewError as exc:
            self.error.show_error(exc)
            focus_field(
                exc,
                {
                    "username": self.username,
                    "full name": self.full_name,
                    "role": self.roles.first(),
                    "password": self.password.first,
                },
            )
            return
        self.ctx.bus.publish(self.changed)
        self.accept()
