"""The wizard's check step: the first rows, every problem, what would happen; then Import.

Entering the step runs a dry run of the whole file against the campaign (on
a worker, with progress and Cancel): nothing is written. A file whose rows
have errors is refused whole unless "only the valid rows" is chosen. Import
runs the real thing the same way; a cancelled import writes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.domain.errors import PermitReviewError
from app.imports.outcome import ImportResult, Preview
from app.imports.problems import ImportRefused
from app.services import imports
from app.services.context import Changed
from ui import i18n
from ui.context import ViewContext
from ui.errors import InlineError
from ui.i18n import QT_TRANSLATE_NOOP
from ui.imports.models import ProblemsModel, RowsModel
from ui.imports.plan import (
    DELIMITERS,
    ENCODINGS,
    FORMATS,
    KINDS,
    ImportPlan,
    describe_layout,
    file_errors,
    label_of,
)
from ui.imports.report import fit_columns, save_report, saved_label, show_saved, table_view
from ui.widgets import esc, hint_label

# What a dry run would do, one count each, in the order they are told.
WOULD_DO = (
    ("imported", QT_TRANSLATE_NOOP("ImportCheck", "{count} new")),
    ("updated", QT_TRANSLATE_NOOP("ImportCheck", "{count} updated")),
    ("unchanged", QT_TRANSLATE_NOOP("ImportCheck", "{count} unchanged")),
    ("refused", QT_TRANSLATE_NOOP("ImportCheck", "{count} refused")),
    ("superseded", QT_TRANSLATE_NOOP("ImportCheck", "{count} superseded by a later submission")),
    ("cases_opened", QT_TRANSLATE_NOOP("ImportCheck", "{count} cases to open")),
)
ALWAYS_TOLD = frozenset({"imported", "updated", "unchanged", "refused"})


def would_do(result: ImportResult) -> str:
    counts = result.counts
    if result.kind == "questionnaire":
        read = QCoreApplication.translate("ImportCheck", "{count} questions read")
    else:
        read = QCoreApplication.translate("ImportCheck", "{count} rows read")
    parts = [
        QCoreApplication.translate("ImportCheck", text).format(
            count=i18n.number_text(counts.get(name, 0))
        )
        for name, text in WOULD_DO
        if name in ALWAYS_TOLD or counts.get(name)
    ]
    return QCoreApplication.translate("ImportCheck", "{read}: {parts}.").format(
        read=read.format(count=i18n.number_text(counts.get("read", 0))), parts=", ".join(parts)
    )


class CheckPage(QWizardPage):
    def __init__(self, ctx: ViewContext, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan = plan
        self.running = False
        self.setTitle(self.tr("Check the file"))
        self.setSubTitle(
            self.tr("Every row is checked against the campaign; nothing is written yet.")
        )
        # Past this step the import is made: there is no going back to change it.
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))

        self.about = QLabel(self)
        self.about.setObjectName("aboutFile")
        self.about.setWordWrap(True)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.rows = RowsModel(self)
        self.problems = ProblemsModel(self)
        self.rows_view = table_view(self, self.rows, "first_rows", sort=False)
        self.rows_view.verticalHeader().show()  # data row numbers, as the problems give them
        self.problems_view = table_view(self, self.problems, "problems")
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.problems_view, self.tr("&Problems"))
        self.tabs.addTab(self.rows_view, self.tr("&First rows"))
        self.not_kept = hint_label("", self)

        self.valid_only = QCheckBox(self)
        self.valid_only.setObjectName("validOnly")
        self.valid_only.toggled.connect(self._valid_only_toggled)
        self.report_button = QPushButton(self.tr("Save the &report…"), self)
        self.report_button.setObjectName("saveReport")
        self.report_button.clicked.connect(self.save_report)
        self.saved = saved_label(self)
        self.error = InlineError(self)
        below = QHBoxLayout()
        below.addWidget(self.valid_only)
        below.addStretch(1)
        below.addWidget(self.saved)
        below.addWidget(self.report_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.verdict)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.not_kept)
        layout.addLayout(below)
        layout.addWidget(self.error)

    # --- the dry run ------------------------------------------------------------------

    def initializePage(self) -> None:
        self.plan.checked = self.plan.result = None
        self.rows.set_table([], [])
        self.problems.set_items([])
        for label in (self.verdict, self.not_kept, self.saved):
            label.setText("")
        self.error.clear()
        self.valid_only.setChecked(False)
        self.valid_only.hide()
        self.report_button.setEnabled(False)
        self.about.setText(self._about(self.plan.detected))
        self.check()

    def check(self) -> None:
        path, kind, campaign = self.plan.path, self.plan.kind, self.plan.campaign
        assert path is not None
        uow, actor = self.ctx.uow(), self.ctx.actor
        self._set_running(True)
        self.verdict.setText(self.tr("Checking every row of {file}…").format(file=esc(path.name)))
        self.ctx.tasks.run_long(
            self,
            self.tr("Checking {file}…").format(file=path.name),
            lambda progress, cancel: imports.preview(
                uow, actor, path, campaign=campaign, kind=kind, progress=progress, cancel=cancel
            ),
            self._checked,
            self._check_failed,
        )

    def _about(self, found: Preview | None) -> str:
        if found is None:
            return ""
        parts = [label_of(KINDS, self.plan.kind)]
        layout = describe_layout(found.layout, found.language)
        parts.append(layout or label_of(FORMATS, found.file_format))
        if found.encoding:
            parts.append(label_of(ENCODINGS, found.encoding))
        if found.delimiter:
            delimiter = label_of(DELIMITERS, found.delimiter)
            parts.append(self.tr("fields separated by {delimiter}").format(delimiter=delimiter))
        campaign = esc(self.plan.campaign)
        if self.plan.new_campaign:
            campaign_line = self.tr("Campaign: <b>{campaign}</b> (new)").format(campaign=campaign)
        else:
            campaign_line = self.tr("Campaign: <b>{campaign}</b>").format(campaign=campaign)
        return f"<b>{esc(found.file_name)}</b>: {esc(' · '.join(parts))}<br>{campaign_line}"

    def _checked(self, found: Preview) -> None:
        self._set_running(False)
        self.plan.checked = found
        self.about.setText(self._about(found))
        self.rows.set_table(found.columns, found.rows)
        questions = self.plan.kind == "questionnaire"
        self.tabs.setTabText(
            1, self.tr("First &questions") if questions else self.tr("&First rows")
        )
        self._show_problems(found)
        fit_columns(self.rows_view)
        self.completeChanged.emit()

    def _show_problems(self, found: Preview) -> None:
        self.problems.set_items(found.problems)
        fit_columns(self.problems_view)
        errors_, warnings = self.problems.errors, len(found.problems) - self.problems.errors
        self.tabs.setTabText(
            0, self.tr("&Problems ({count})").format(count=i18n.number_text(len(found.problems)))
        )
        self.tabs.setCurrentIndex(0 if found.problems else 1)
        self.report_button.setEnabled(bool(found.problems))
        dry_run = found.dry_run
        dropped = dry_run.problems_not_shown if dry_run else 0
        self.not_kept.setText(
            self.tr(
                "{count} more problems were found than can be listed; fix those listed and "
                "check again."
            ).format(count=i18n.number_text(dropped))
        )
        self.not_kept.setVisible(bool(dropped))
        whole_file = file_errors(found.problems)
        if whole_file or dry_run is None:
            first = (
                whole_file[0].describe() if whole_file else self.tr("the file could not be checked")
            )
            self.verdict.setText(
                self.tr("<b>This file cannot be imported:</b> {reason}").format(reason=esc(first))
            )
            return
        counts = would_do(dry_run)
        if errors_:
            rows = i18n.number_text(dry_run.counts.get("refused", 0))
            self.verdict.setText(
                self.tr(
                    "{counts}<br><b>{rows} row(s) have errors, so the file would be refused "
                    "whole.</b> Fix the file and check it again, or import only the valid rows."
                ).format(counts=esc(counts), rows=rows)
            )
            self.valid_only.setText(
                self.tr(
                    "Import only the &valid rows (leave out the {rows} row(s) with errors)"
                ).format(rows=rows)
            )
            self.valid_only.setVisible(self.plan.kind != "questionnaire")
        else:
            if warnings:
                verdict = self.tr(
                    "{counts}<br>No errors: the file can be imported. {warnings} warning(s) to "
                    "read; those rows are imported."
                ).format(counts=esc(counts), warnings=i18n.number_text(warnings))
            else:
                verdict = self.tr("{counts}<br>No errors: the file can be imported.").format(
                    counts=esc(counts)
                )
            self.verdict.setText(verdict)

    def _check_failed(self, exc: BaseException) -> None:
        self._set_running(False)
        self.verdict.setText(self.tr("The file was not checked."))
        self.error.show_error(exc)

    def _valid_only_toggled(self) -> None:
        self.completeChanged.emit()

    # --- importing ----------------------------------------------------------------------

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        found = self.plan.checked
        if self.running or found is None or found.dry_run is None:
            return False
        if file_errors(found.problems):
            return False
        return self.problems.errors == 0 or (
            not self.valid_only.isHidden() and self.valid_only.isChecked()
        )

    def validatePage(self) -> bool:
        if self.plan.result is not None:
            return True
        self.start_import()
        return False  # the wizard moves on once the import is done

    def start_import(self) -> None:
        path, kind, campaign = self.plan.path, self.plan.kind, self.plan.campaign
        assert path is not None
        options = {} if kind == "questionnaire" else {"valid_only": self.valid_only.isChecked()}
        importer = imports.IMPORTERS[kind]
        uow, actor = self.ctx.uow(), self.ctx.actor
        self.error.clear()
        self._set_running(True)
        self.ctx.tasks.run_long(
            self,
            self.tr("Importing {file}…").format(file=path.name),
            lambda progress, cancel: importer(
                uow, actor, path, campaign, progress=progress, cancel=cancel, **options
            ),
            self._imported,
            self._import_failed,
        )

    def _imported(self, result: ImportResult) -> None:
        self._set_running(False)
        self.plan.result = result
        self.ctx.bus.publish(
            Changed(
                f"import_{result.kind}",
                details={
                    "batch_id": result.batch_id,
                    "campaign": result.campaign,
                    "counts": dict(result.counts),
                },
            )
        )
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()

    def _import_failed(self, exc: BaseException) -> None:
        self._set_running(False)
        if isinstance(exc, ImportRefused):
            # The file or the campaign changed since the check: show what is wrong now.
            found = self.plan.checked
            if found is not None:
                found.problems = exc.problems
                found.dry_run = exc.result
                self._show_problems(found)
        self.error.show_error(exc)  # a fault, not a refusal, is logged there too

    def save_report(self) -> None:
        found = self.plan.checked
        if found is None:
            return
        try:
            saved = save_report(self, found.file_name, found.problems)
        except PermitReviewError as exc:
            self.error.show_error(exc)
            return
        if saved is not None:
            show_saved(self.saved, *saved)
