"""The wizard's last step: what the import did, with its problems and changes as a report."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.domain.errors import PermitReviewError
from app.imports.outcome import ImportResult
from ui import i18n
from ui.context import ViewContext
from ui.errors import InlineError
from ui.imports.models import ChangesModel, CountsModel, ProblemsModel
from ui.imports.plan import KINDS, ImportPlan, label_of
from ui.imports.report import fit_columns, save_report, saved_label, show_saved, table_view
from ui.widgets import esc


def headline(result: ImportResult) -> str:
    counts = result.counts
    written = sum(counts.get(k, 0) for k in ("imported", "updated", "cases_opened"))
    file_name, campaign = esc(result.file_name), esc(result.campaign)
    if written:
        return QCoreApplication.translate(
            "ImportSummary",
            "<b>{file}</b> was imported into <b>{campaign}</b> as {kind} in {seconds} s.",
        ).format(
            file=file_name,
            campaign=campaign,
            kind=esc(label_of(KINDS, result.kind).lower()),
            seconds=i18n.number_text(result.seconds, 2),
        )
    if counts.get("refused"):
        return QCoreApplication.translate(
            "ImportSummary", "No row of <b>{file}</b> could be imported; nothing was written."
        ).format(file=file_name)
    return QCoreApplication.translate(
        "ImportSummary",
        "<b>{file}</b> held nothing new for <b>{campaign}</b>: everything in it was already "
        "stored, so nothing was written.",
    ).format(file=file_name, campaign=campaign)


class SummaryPage(QWizardPage):
    def __init__(self, ctx: ViewContext, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan = plan
        self.setTitle(self.tr("Imported"))
        self.headline = QLabel(self)
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        self.counts = CountsModel(self)
        self.problems = ProblemsModel(self)
        self.changes = ChangesModel(self)
        self.counts_view = table_view(self, self.counts, "counts", sort=False)
        self.counts_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems_view = table_view(self, self.problems, "problems")
        self.changes_view = table_view(self, self.changes, "changes")
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.problems_view, self.tr("&Problems"))
        self.tabs.addTab(self.changes_view, self.tr("&Changes"))
        middle = QHBoxLayout()
        middle.addWidget(self.counts_view)
        middle.addWidget(self.tabs, 1)

        self.report_button = QPushButton(self.tr("Save the &report…"), self)
        self.report_button.setObjectName("saveReport")
        self.report_button.clicked.connect(self.save_report)
        self.saved = saved_label(self)
        self.error = InlineError(self)
        below = QHBoxLayout()
        below.addWidget(self.saved, 1)
        below.addWidget(self.report_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addLayout(middle, 1)
        layout.addLayout(below)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        result = self.plan.result
        assert result is not None
        self.headline.setText(headline(result))
        self.setSubTitle(
            self.tr("Only the valid rows were imported; the refused ones are in the report.")
            if result.counts.get("refused")
            else self.tr(
                "The report lists every problem found (warnings included) and every change."
            )
        )
        self.counts.set_counts(result.counts)
        self.problems.set_items(result.problems)
        self.changes.set_items(result.changes)
        problems, changes = len(result.problems), len(result.changes)
        self.tabs.setTabText(
            0, self.tr("&Problems ({count})").format(count=i18n.number_text(problems))
        )
        self.tabs.setTabText(
            1, self.tr("&Changes ({count})").format(count=i18n.number_text(changes))
        )
        self.tabs.setTabVisible(1, result.kind == "registry")
        self.tabs.setCurrentIndex(0 if result.problems or not result.changes else 1)
        self._fit_counts()
        fit_columns(self.problems_view)
        fit_columns(self.changes_view)
        self.report_button.setEnabled(bool(result.problems or result.changes))
        self.saved.setText("")
        self.error.clear()

    def _fit_counts(self) -> None:
        """As wide as the labels and numbers need: the rest of the width goes to the lists."""
        view = self.counts_view
        view.horizontalHeader().setStretchLastSection(False)
        view.resizeColumnsToContents()
        view.setColumnWidth(1, max(view.columnWidth(1), 80))
        width = view.horizontalHeader().length() + 2 * view.frameWidth()
        scroll = view.verticalScrollBar()
        view.setFixedWidth(width + (scroll.sizeHint().width() if scroll.isVisible() else 0))

    def save_report(self) -> None:
        result = self.plan.result
        if result is None:
            return
        try:
            saved = save_report(self, result.file_name, result.problems, result.changes)
        except PermitReviewError as exc:
            self.error.show_error(exc)
            return
        if saved is not None:
            show_saved(self.saved, *saved)
