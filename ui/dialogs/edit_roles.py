"""Change the roles a user holds; the change applies to their next action."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.domain.errors import PermitReviewError
from app.domain.roles import parse_roles
from app.services import accounts
from app.services.context import Changed
from ui.context import ViewContext
from ui.errors import InlineError, focus_field
from ui.widgets import RoleChecks, esc


class EditRolesDialog(QDialog):
    def __init__(
        self, ctx: ViewContext, user: dict[str, Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.username: str = user["username"]
        self.changed: Changed | None = None
        self.setObjectName("editRolesDialog")
        self.setWindowTitle(self.tr("Edit roles"))
        self.setAccessibleName(self.windowTitle())

        intro = QLabel(
            self.tr("Roles of <b>{name}</b> ({username}):").format(
                name=esc(user["full_name"]), username=esc(self.username)
            ),
            self,
        )
        self.roles = RoleChecks(self)
        self.roles.set_roles(parse_roles(list(user["roles"])))
        self.error = InlineError(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.roles)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def submit(self) -> None:
        self.error.clear()
        try:
            self.changed = accounts.set_roles(
                self.ctx.uow(), self.ctx.actor, self.username, self.roles.roles()
            )
        except PermitReviewError as exc:
            self.error.show_error(exc)
            focus_field(exc, {"role": self.roles.first()})
            return
        self.ctx.bus.publish(self.changed)
        self.accept()
