"""Department settings for admins: what letters print, and the idle lock."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import PermitReviewError
from app.domain.roles import Role
from app.services import settings as dept_settings
from ui.context import ViewContext
from ui.department_form import DepartmentForm
from ui.errors import InlineError, focus_field
from ui.i18n import QT_TRANSLATE_NOOP
from ui.views import View, ViewSpec
from ui.widgets import hint_label


class SettingsView(View):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("settingsView")

        dept_box = QGroupBox(self.tr("Department (printed on letters)"))
        self.department = DepartmentForm(dept_box)
        QVBoxLayout(dept_box).addWidget(self.department)

        session_box = QGroupBox(self.tr("Sessions"))
        session_form = QFormLayout(session_box)
        self.idle_minutes = QSpinBox(session_box)
        self.idle_minutes.setObjectName("idle_lock_minutes")
        self.idle_minutes.setAccessibleName("idle lock minutes")
        self.idle_minutes.setRange(1, dept_settings.MAX_IDLE_LOCK_MINUTES)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setMaximumWidth(120)
        session_form.addRow(self.tr("&Lock the window after:"), self.idle_minutes)
        session_form.addRow(
            "",
            hint_label(self.tr("without keyboard or mouse input. Takes effect at the next login.")),
        )

        self.error = InlineError(self)
        self.message = QLabel(self)
        self.message.setAccessibleName("last action")
        self.save_button = QPushButton(self.tr("&Save settings"), self)
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        revert = QPushButton(self.tr("Re&vert"), self)
        revert.setObjectName("revert")
        revert.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(revert)
        buttons.addWidget(self.save_button)

        page = QWidget(self)
        page.setMaximumWidth(1100)
        inner = QVBoxLayout(page)
        inner.addWidget(QLabel("<h2>{}</h2>".format(self.tr("Settings")), page))
        inner.addWidget(dept_box)
        inner.addWidget(session_box)
        inner.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        self.error.clear()
        try:
            department = dept_settings.department(self.ctx.uow(), self.ctx.actor)
            minutes = dept_settings.idle_lock_minutes(self.ctx.uow())
        except PermitReviewError as exc:
            self.error.show_error(exc)
            return
        self.department.set_values(department)
        self.idle_minutes.setValue(max(1, round(minutes)))

    def save(self) -> None:
        self.error.clear()
        self.message.clear()
        try:
            changed = dept_settings.save_settings(
                self.ctx.uow(),
                self.ctx.actor,
                department=self.department.values(),
                idle_lock_minutes=self.idle_minutes.value(),
            )
        except PermitReviewError as exc:
            self.error.show_error(exc)
            focus_field(exc, {**self.department.fields, "idle lock": self.idle_minutes})
            return
        self.ctx.bus.publish(changed)
        keys = changed.details["keys"]
        self.message.setText(
            self.tr("Settings saved.") if keys else self.tr("Nothing had changed.")
        )


VIEWS = [
    ViewSpec(
        "settings",
        QT_TRANSLATE_NOOP("ViewSpec", "Settings"),
        SettingsView,
        roles=frozenset({Role.ADMIN}),
        order=85,
        tooltip=QT_TRANSLATE_NOOP("ViewSpec", "Department details for letters; idle lock"),
    )
]
