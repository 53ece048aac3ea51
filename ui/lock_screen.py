"""What the window shows instead of case content while it is idle-locked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import PermitReviewError
from app.services import accounts
from app.services.context import Actor
from ui import icons
from ui.context import Workspace
from ui.errors import InlineError
from ui.widgets import esc, line_edit


class LockScreen(QWidget):
    unlocked = Signal()
    switch_user = Signal()

    def __init__(self, workspace: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor = actor
        self.setObjectName("lockScreen")
        self.setAccessibleName(self.tr("Window locked"))

        panel = QFrame(self)
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setMaximumWidth(520)
        logo = QLabel(panel)
        logo.setPixmap(icons.app_icon().pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel("<h2>{}</h2>".format(self.tr("Window locked")), panel)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reason = QLabel(panel)
        self.reason.setWordWrap(True)
        self.reason.setAlignment(Qt.AlignmentFlag.AlignCenter)

        form = QFormLayout()
        self.password = line_edit("password to unlock", panel, secret=True)
        self.password.returnPressed.connect(self.submit)
        form.addRow(self.tr("&Password:"), self.password)
        self.error = InlineError(panel)

        self.unlock_button = QPushButton(self.tr("&Unlock"), panel)
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        switch = QPushButton(self.tr("&Switch user…"), panel)
        switch.setObjectName("switchUser")
        switch.clicked.connect(self.switch_user)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(switch)
        buttons.addWidget(self.unlock_button)

        inner = QVBoxLayout(panel)
        inner.setContentsMargins(24, 24, 24, 24)
        inner.addWidget(logo)
        inner.addWidget(title)
        inner.addWidget(self.reason)
        inner.addSpacing(8)
        inner.addLayout(form)
        inner.addWidget(self.error)
        inner.addLayout(buttons)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 2)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def prepare(self, reason: str) -> None:
        self.reason.setText(
            self.tr(
                "{reason} Case content is hidden. Enter the password of "
                "<b>{name}</b> ({username}) to continue."
            ).format(
                reason=reason, name=esc(self.actor.full_name), username=esc(self.actor.username)
            )
        )
        self.error.clear()
        self.password.clear()
        self.password.setFocus()

    def submit(self) -> None:
        self.error.clear()
        try:
            accounts.verify_password(self.workspace.uow(), self.actor, self.password.text())
        except PermitReviewError as exc:
            self.error.show_error(exc)
            self.password.clear()
            self.password.setFocus()
            return
        self.password.clear()
        self.unlocked.emit()
