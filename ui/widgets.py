"""Small widgets shared by several dialogs."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ValidationError
from app.domain.roles import Role
from app.services.accounts import MIN_PASSWORD_LENGTH
from ui.i18n import QT_TRANSLATE_NOOP

# Each role as the windows name it (English: the role's own code) and what it does.
ROLE_NAMES = {
    Role.OFFICER: QT_TRANSLATE_NOOP("Roles", "officer"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Roles", "supervisor"),
    Role.CLERK: QT_TRANSLATE_NOOP("Roles", "clerk"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "admin"),
}
ROLE_HELP = {
    Role.OFFICER: QT_TRANSLATE_NOOP("Roles", "takes cases from the queue and proposes decisions"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP(
        "Roles", "assigns work, signs off or returns decisions, withdraws cases"
    ),
    Role.CLERK: QT_TRANSLATE_NOOP(
        "Roles", "issues letters, records dispatch, service, appeals and departures"
    ),
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "manages users, settings, imports and the audit log"),
}


def role_name(role: Role | str) -> str:
    """A role in the window's language; an unknown code is shown as it is."""
    try:
        return QCoreApplication.translate("Roles", ROLE_NAMES[Role(role)])
    except ValueError:
        return str(role)


def role_names(roles: Iterable[Role | str]) -> str:
    """Roles in the window's language, in the order of the codes, separated by commas."""
    return ", ".join(role_name(r) for r in sorted(str(r) for r in roles))


def esc(text: str) -> str:
    """Text from the store, made safe to put in a rich-text label."""
    return html.escape(text, quote=False)


class ElidedLabel(QLabel):
    """One line of plain text that shortens itself with an ellipsis rather than widen its
    window: a long store address in the status bar never sets the window's least width.
    The whole text is the tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None, least: int = 80) -> None:
        super().__init__(text, parent)
        self._least = least
        self.setToolTip(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self._least), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        middle = Qt.TextElideMode.ElideMiddle
        shown = self.fontMetrics().elidedText(self.text(), middle, rect.width())
        painter.drawText(rect, int(self.alignment()), shown)
        painter.end()


def line_edit(name: str, parent: QWidget | None = None, *, secret: bool = False) -> QLineEdit:
    """A line edit with an accessible name (and an object name tests can find)."""
    edit = QLineEdit(parent)
    edit.setObjectName(name.replace(" ", "_"))
    edit.setAccessibleName(name)
    if secret:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def hint_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A quieter line of explanation: smaller, but in the normal text colour to stay legible."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    return label


def compact_rows(table: QTableView) -> None:
    """Rows one line of text high (with a little air), so more of a list fits on a laptop."""
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)


def password_rule(first: str, second: str) -> str:
    """The live hint under a new password: how far it is from the rule."""

    missing = MIN_PASSWORD_LENGTH - len(first)
    if missing > 0:
        return QCoreApplication.translate(
            "PasswordPair", "✗ At least {least} characters: {missing} more needed."
        ).format(least=MIN_PASSWORD_LENGTH, missing=missing)
    if first.strip() != first:
        return QCoreApplication.translate(
            "PasswordPair", "✗ It must not start or end with a space."
        )
    length = QCoreApplication.translate("PasswordPair", "✓ At least {least} characters.").format(
        least=MIN_PASSWORD_LENGTH
    )
    if second and second != first:
        state = QCoreApplication.translate("PasswordPair", "✗ The two entries differ.")
    elif second == first:
        state = QCoreApplication.translate("PasswordPair", "✓ The two entries match.")
    else:
        state = QCoreApplication.translate("PasswordPair", "Now type it again.")
    return f"{length}  {state}"


class PasswordPair:
    """A new password typed twice, with the length rule shown as the user types.

    The rule itself is the service's; `password()` only checks that the two
    entries agree, naming `field` when they do not. `label` and `again` are the
    rows' labels, translated by the caller (default: "&Password:", "Password a&gain:").
    """

    def __init__(
        self, form: QFormLayout, field: str = "password", label: str = "", again: str = ""
    ) -> None:
        self.field = field
        parent = form.parentWidget()
        self.first = line_edit(field, parent, secret=True)
        self.second = line_edit(f"{field} again", parent, secret=True)
        self.hint = QLabel(parent)
        self.hint.setObjectName(f"{field.replace(' ', '_')}_rule")
        self.hint.setAccessibleName(f"{field} rule")
        self.hint.setWordWrap(True)
        form.addRow(label or QCoreApplication.translate("PasswordPair", "&Password:"), self.first)
        form.addRow(
            again or QCoreApplication.translate("PasswordPair", "Password a&gain:"), self.second
        )
        form.addRow("", self.hint)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.hint.setText(password_rule(self.first.text(), self.second.text()))

    def password(self) -> str:
        if self.first.text() != self.second.text():
            raise ValidationError(
                self.field,
                QCoreApplication.translate(
                    "PasswordPair", "the two entries differ; type the same one twice"
                ),
            )
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()


class RoleChecks(QWidget):
    """One check box per role, each saying what the role does."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("roles")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[Role, QCheckBox] = {}
        for role in Role:
            text = self.tr("{role}: {what}").format(
                role=role_name(role).capitalize(),
                what=QCoreApplication.translate("Roles", ROLE_HELP[role]),
            )
            box = QCheckBox(text, self)
            box.setObjectName(f"role_{role.value}")
            box.setAccessibleName(f"role {role.value}")
            layout.addWidget(box)
            self.boxes[role] = box

    def roles(self) -> frozenset[Role]:
        return frozenset(role for role, box in self.boxes.items() if box.isChecked())

    def set_roles(self, roles: frozenset[Role] | set[Role]) -> None:
        for role, box in self.boxes.items():
            box.setChecked(role in roles)

    def first(self) -> QCheckBox:
        return self.boxes[Role.OFFICER]
