"""Imports (admins): the imports made so far with their counts, and the wizard for a new one."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.roles import Role
from app.services import import_history
from app.services.context import Changed
from ui import i18n
from ui.context import ViewContext
from ui.i18n import QT_TRANSLATE_NOOP
from ui.imports.models import FILE_COLUMN, BatchesModel
from ui.imports.report import table_view
from ui.imports.wizard import ImportWizard
from ui.views import View, ViewSpec
from ui.widgets import hint_label


class ImportsView(View):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("importsView")
        self.loaded = False
        self.wizard: ImportWizard | None = None
        self.model = BatchesModel(self)
        self.table = table_view(self, self.model, "import_batches")
        self.table.setAccessibleName(self.tr("Imports made, newest first"))
        # The file name takes the spare width; the counts stay beside their headings.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(FILE_COLUMN, QHeaderView.ResizeMode.Stretch)

        self.start_button = QPushButton(self.tr("&Import a file…"), self)
        self.start_button.setObjectName("startImport")
        self.start_button.setToolTip(
            self.tr("Import a questionnaire, a registry extract or responses (Ctrl+I)")
        )
        self.start_button.clicked.connect(self.start_wizard)
        QShortcut(
            QKeySequence("Ctrl+I"),
            self,
            self.start_wizard,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addStretch(1)
        self.status = hint_label("", self)
        self.status.setObjectName("importsStatus")

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>{}</h2>".format(self.tr("Imports")), self))
        layout.addWidget(
            hint_label(
                self.tr(
                    "Each import that wrote something, newest first. Import the questionnaire "
                    "first, then the registry extract (which opens the cases), then the "
                    "responses."
                ),
                self,
            )
        )
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    def refresh(self) -> None:
        uow, actor = self.ctx.uow(), self.ctx.actor
        self.status.setText(self.tr("Loading…"))
        self.ctx.tasks.run(
            lambda: import_history.list_batches(uow, actor), self._listed, owner=self
        )

    def _listed(self, batches: list[dict[str, Any]]) -> None:
        self.model.set_items(batches)
        for column in range(self.model.columnCount()):
            if column != FILE_COLUMN:
                self.table.resizeColumnToContents(column)
        self.loaded = True
        self.status.setText(
            self.tr("{count} import(s).").format(count=i18n.number_text(len(batches)))
            if batches
            else self.tr("Nothing has been imported yet.")
        )

    def on_changed(self, changed: Changed) -> None:
        if changed.action.startswith("import_") or changed.action == "store_restored":
            self.refresh()

    def start_wizard(self) -> ImportWizard:
        if self.wizard is not None and shiboken6.isValid(self.wizard) and self.wizard.isVisible():
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        self.wizard = ImportWizard(self.ctx, self)
        self.wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.wizard.open()
        return self.wizard


VIEWS = [
    ViewSpec(
        key="imports",
        title=QT_TRANSLATE_NOOP("ViewSpec", "Imports"),
        create=ImportsView,
        roles=frozenset({Role.ADMIN}),
        order=70,
        tooltip=QT_TRANSLATE_NOOP(
            "ViewSpec",
            "Import questionnaires, registry extracts and responses; the imports made so far",
        ),
    )
]
