"""The wizard's first two steps: the file (and what it turns out to be), then the campaign."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.domain.errors import PermitReviewError
from app.imports.outcome import Preview
from app.services import imports
from ui.context import ViewContext
from ui.errors import InlineError
from ui.i18n import QT_TRANSLATE_NOOP
from ui.imports.models import RowsModel
from ui.imports.plan import (
    CAMPAIGN_ROLE,
    DELIMITERS,
    ENCODINGS,
    FORMATS,
    KINDS,
    ImportPlan,
    file_errors,
    label_of,
)
from ui.imports.report import fit_columns, table_view
from ui.widgets import hint_label, line_edit

FILE_FILTER = QT_TRANSLATE_NOOP(
    "ImportFile", "Import files (*.xlsx *.csv *.txt *.json);;All files (*)"
)


def choose_file(parent: QWidget) -> Path | None:
    """Ask for the file to import; None when the admin changes their mind."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportFile", "Choose the file to import"),
        "",
        QCoreApplication.translate("ImportFile", FILE_FILTER),
    )
    return Path(name) if name else None


def _value_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel("–", parent)
    label.setObjectName(name)
    label.setAccessibleName(name.replace("_", " "))
    return label


class FilePage(QWizardPage):
    """Choose the file; its kind, format, encoding and delimiter are found from its content."""

    def __init__(self, ctx: ViewContext, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan = plan
        self._asked = 0  # the latest detection asked for; older answers are dropped
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr(
                "A questionnaire (XLSForm .xlsx), a resident registry extract (CSV or .xlsx), "
                "or responses exported from KoboToolbox or ODK Central (CSV, .xlsx or JSON)."
            )
        )
        self.path = line_edit("file", self)
        self.path.setPlaceholderText(self.tr("the file to import"))
        self.path.returnPressed.connect(lambda: self.set_path(Path(self.path.text().strip())))
        self.choose_button = QPushButton(self.tr("&Choose…"), self)
        self.choose_button.setObjectName("chooseFile")
        self.choose_button.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose_button)

        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        self.kind.setAccessibleName("kind of file")
        for key in KINDS:
            self.kind.addItem(label_of(KINDS, key), key)
        self.kind.setCurrentIndex(-1)
        self.kind.setEnabled(False)
        self.kind.activated.connect(self._kind_chosen)
        self.file_format = _value_label(self, "file_format")
        self.encoding = _value_label(self, "encoding")
        self.delimiter = _value_label(self, "delimiter")
        found = QFormLayout()
        found.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        found.addRow(self.tr("&Kind:"), self.kind)
        found.addRow(self.tr("Format:"), self.file_format)
        found.addRow(self.tr("Encoding:"), self.encoding)
        found.addRow(self.tr("Delimiter:"), self.delimiter)
        self.status = hint_label("", self)
        self.status.setObjectName("detectStatus")
        self.error = InlineError(self)
        self.rows = RowsModel(self)
        self.rows_view = table_view(self, self.rows, "first_rows", sort=False)
        self.rows_view.verticalHeader().show()
        self.rows_label = QLabel(self.tr("The first rows, as read:"), self)

        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addSpacing(8)
        layout.addLayout(found)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addSpacing(8)
        layout.addWidget(self.rows_label)
        layout.addWidget(self.rows_view, 1)
        layout.addStretch(1)  # takes the room while there are no rows to show
        self._layout = layout
        self._show_rows(False)

    def choose(self) -> None:
        path = choose_file(self)
        if path is not None:
            self.set_path(path)

    def set_path(self, path: Path, kind: str | None = None) -> None:
        """Read what the file is (on a worker); `kind` reads it as that kind instead."""
        self.path.setText(str(path))
        self.plan.path = path
        self.plan.detected = None
        self.plan.checked = self.plan.result = None
        self._asked += 1
        asked = self._asked
        self.error.clear()
        self.status.setText(self.tr("Reading {file}…").format(file=path.name))
        for label in (self.file_format, self.encoding, self.delimiter):
            label.setText("–")
        self.rows.set_table([], [])
        self._show_rows(False)
        self.completeChanged.emit()
        uow, actor = self.ctx.uow(), self.ctx.actor
        self.ctx.tasks.run(
            lambda: imports.preview(uow, actor, path, kind=kind, check=False),
            lambda found: self._detected(asked, found),
            lambda exc: self._failed(asked, exc),
            owner=self,
        )

    def _kind_chosen(self, _index: int) -> None:
        kind = self.kind.currentData()
        if self.plan.path is not None and kind and kind != self.plan.kind:
            self.plan.kind = kind
            self.set_path(self.plan.path, kind)

    def _detected(self, asked: int, found: Preview) -> None:
        if asked != self._asked:
            return
        self.plan.detected = found
        if found.kind:
            self.plan.kind = found.kind
            self.kind.setCurrentIndex(self.kind.findData(found.kind))
        self.kind.setEnabled(bool(found.file_format))
        self.file_format.setText(label_of(FORMATS, found.file_format) or "–")
        self.encoding.setText(label_of(ENCODINGS, found.encoding) or "–")
        self.delimiter.setText(label_of(DELIMITERS, found.delimiter) or "–")
        self.rows.set_table(found.columns, found.rows)
        fit_columns(self.rows_view)
        self._show_rows(bool(found.rows))
        self.rows_label.setText(
            self.tr("The first questions:")
            if found.kind == "questionnaire"
            else self.tr("The first rows, as read:")
        )
        refused = file_errors(found.problems)
        if refused:
            self.status.setText(self.tr("This file cannot be imported as it is:"))
            self.error.setText("\n".join(p.describe() for p in refused[:5]))
            self.error.show()
        else:
            self.status.setText(
                self.tr("Read as: {kind}. If that is wrong, choose the kind above.").format(
                    kind=label_of(KINDS, found.kind)
                )
            )
        self.completeChanged.emit()

    def _show_rows(self, shown: bool) -> None:
        self.rows_label.setVisible(shown)
        self.rows_view.setVisible(shown)
        self._layout.setStretch(self._layout.count() - 1, 0 if shown else 1)

    def _failed(self, asked: int, exc: BaseException) -> None:
        if asked != self._asked:
            return
        self.status.setText("")
        self.error.show_error(exc)  # a fault (not a refusal) is logged there too
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        found = self.plan.detected
        return found is not None and bool(self.plan.kind) and not file_errors(found.problems)


class CampaignPage(QWizardPage):
    """An existing campaign, or a new one (not for responses, which need their cases)."""

    def __init__(self, ctx: ViewContext, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan = plan
        self.setTitle(self.tr("Choose the campaign"))
        self.existing = QRadioButton(self.tr("An &existing campaign:"), self)
        self.existing.setObjectName("existingCampaign")
        self.campaigns = QComboBox(self)
        self.campaigns.setObjectName("campaigns")
        self.campaigns.setAccessibleName("existing campaigns")
        self.new = QRadioButton(self.tr("A &new campaign:"), self)
        self.new.setObjectName("newCampaign")
        self.new_name = line_edit("new campaign name", self)
        self.new_name.setPlaceholderText(self.tr("e.g. Review 2025"))
        group = QButtonGroup(self)
        group.addButton(self.existing)
        group.addButton(self.new)
        form = QFormLayout()
        form.addRow(self.existing, self.campaigns)
        form.addRow(self.new, self.new_name)
        self.why = hint_label("", self)
        self.error = InlineError(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.why)
        layout.addWidget(self.error)
        layout.addStretch(1)
        for signal in (self.existing.toggled, self.new.toggled):
            signal.connect(self._update)
        self.new_name.textChanged.connect(self._update)
        self.campaigns.currentIndexChanged.connect(self._update)

    def initializePage(self) -> None:
        kind = self.plan.kind
        self.setSubTitle(label_of(CAMPAIGN_ROLE, kind) if kind in CAMPAIGN_ROLE else "")
        chosen = self.campaigns.currentText() or self.plan.campaign
        self.campaigns.clear()
        self.error.clear()
        try:
            names = [c["name"] for c in imports.campaigns(self.ctx.uow(), self.ctx.actor)]
        except PermitReviewError as exc:
            self.error.show_error(exc)
            names = []
        self.campaigns.addItems(names)
        if chosen in names:
            self.campaigns.setCurrentText(chosen)
        elif names:
            self.campaigns.setCurrentIndex(len(names) - 1)  # the newest
        may_create = kind != "responses"
        self.new.setEnabled(may_create)
        self.new_name.setEnabled(may_create)
        (self.existing if names or not may_create else self.new).setChecked(True)
        self.why.setText(
            self.tr("Responses can only go to a campaign that has its questionnaire and registry.")
            if not may_create
            else self.tr("A new campaign is created when the import is made.")
        )
        self._update()

    def _update(self) -> None:
        self.campaigns.setEnabled(self.existing.isChecked())
        self.new_name.setEnabled(self.new.isChecked())
        self.completeChanged.emit()

    def chosen(self) -> str:
        if self.existing.isChecked():
            return self.campaigns.currentText()
        return " ".join(self.new_name.text().split()) if self.new.isChecked() else ""

    def isComplete(self) -> bool:
        return bool(self.chosen())

    def validatePage(self) -> bool:
        self.plan.campaign = self.chosen()
        self.plan.new_campaign = self.new.isChecked()
        self.plan.checked = self.plan.result = None
        return True
