"""First run: create the first administrator and the department details letters print."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import PermitReviewError
from app.services import accounts
from app.services import settings as dept_settings
from app.services.context import Actor
from ui.context import Workspace
from ui.department_form import DepartmentForm
from ui.errors import InlineError, focus_field
from ui.widgets import PasswordPair, hint_label, line_edit


class SetupDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.admin: Actor | None = None
        self.setObjectName("setupDialog")
        self.setWindowTitle(self.tr("Set up Permit Review"))
        self.setAccessibleName(self.tr("First run setup"))

        intro = QLabel(
            self.tr(
                "<b>This store is new.</b> Create the first administrator, who will then add "
                "the other users, and check the department details that letters print. An "
                "administrator can change the details later under Settings."
            )
        )
        intro.setWordWrap(True)

        admin_box = QGroupBox(self.tr("First administrator"))
        admin_form = QFormLayout(admin_box)
        self.username = line_edit("user name", admin_box)
        self.username.setPlaceholderText(self.tr("e.g. jonas.p"))
        self.full_name = line_edit("full name", admin_box)
        admin_form.addRow(self.tr("&User name:"), self.username)
        admin_form.addRow("", hint_label(self.tr("Lower case: letters, digits, '.', '_' or '-'.")))
        admin_form.addRow(self.tr("&Full name:"), self.full_name)
        self.password = PasswordPair(admin_form)

        dept_box = QGroupBox(self.tr("Department (printed on letters)"))
        dept_layout = QVBoxLayout(dept_box)
        self.department = DepartmentForm(dept_box)
        self.department.set_values(dept_settings.department_defaults())
        dept_layout.addWidget(self.department)

        columns = QHBoxLayout()
        columns.addWidget(admin_box, 2)
        columns.addWidget(dept_box, 3)

        self.error = InlineError(self)
        buttons = QDialogButtonBox(self)
        self.create_button = buttons.addButton(
            self.tr("&Create administrator"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setObjectName("create")
        self.create_button.setDefault(True)
        quit_button = buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setObjectName("quit")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(960)
        self.username.setFocus()

    @property
    def fields(self) -> dict[str, QWidget]:
        return {
            "username": self.username,
            "full name": self.full_name,
            "password": self.password.first,
            **self.department.fields,
        }

    def submit(self) -> None:
        self.error.clear()
        try:
            password = self.password.password()
            department = dept_settings.check_department(self.department.values())
            self.admin = accounts.initialise(
                self.workspace.uow(),
                username=self.username.text().strip(),
                full_name=self.full_name.text(),
                password=password,
                department=department,
            )
        except PermitReviewError as exc:
            self.error.show_error(exc)
            focus_field(exc, self.fields)
            return
        self.accept()
