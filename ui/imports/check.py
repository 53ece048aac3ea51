"""The wizard's check step: the first rows, every problem, what would happen; then Import.

Entering the step runs a dry run of the whole file against the campaign (on
a worker, with progress and Cancel): nothing is written. A file whose rows
have errors is refused whole unless "only the valid rows" is chosen. Import
runs the real thing the same way; a cancelled import writes nothing.
"""

from __future__ import annotations

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
from ui.context import ViewContext
from ui.errors import InlineError
from ui.imports.models import ProblemsModel, RowsModel
from ui.imports.plan import (
    DELIMITERS,
    ENCODINGS,
    FORMATS,
    KINDS,
    ImportPlan,
    describe_layout,
    file_errors,
)
from ui.imports.report import fit_columns, save_report, saved_label, show_saved, table_view
from ui.widgets import esc, hint_label


def would_do(result: ImportResult) -> str:
    counts = result.counts
    unit = "questions" if result.kind == "questionnaire" else "rows"
    parts = [
        f"{counts.get('imported', 0):,} new",
        f"{counts.get('updated', 0):,} updated",
        f"{counts.get('unchanged', 0):,} unchanged",
        f"{counts.get('refused', 0):,} refused",
    ]
    if counts.get("superseded"):
        parts.append(f"{counts['superseded']:,} superseded by a later submission")
    if counts.get("cases_opened"):
        parts.append(f"{counts['cases_opened']:,} cases to open")
    return f"{counts.get('read', 0):,} {unit} read: " + ", ".join(parts) + "."


class CheckPage(QWizardPage):
    def __init__(self, ctx: ViewContext, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan = plan
        self.running = False
        self.setTitle("Check the file")
        self.setSubTitle("Every row is checked against the campaign; nothing is written yet.")
        # Past this step the import is made: there is no going back to change it.
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, "&Import")

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
        self.tabs.addTab(self.problems_view, "&Problems")
        self.tabs.addTab(self.rows_view, "&First rows")
        self.not_kept = hint_label("", self)

        self.valid_only = QCheckBox(self)
        self.valid_only.setObjectName("validOnly")
        self.valid_only.toggled.connect(self._valid_only_toggled)
        self.report_button = QPushButton("Save the &report…", self)
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
        self.verdict.setText(f"Checking every row of {esc(path.name)}…")
        self.ctx.tasks.run_long(
            self,
            f"Checking {path.name}…",
            lambda progress, cancel: imports.preview(
                uow, actor, path, campaign=campaign, kind=kind, progress=progress, cancel=cancel
            ),
            self._checked,
            self._check_failed,
        )

    def _about(self, found: Preview | None) -> str:
        if found is None:
            return ""
        parts = [KINDS.get(self.plan.kind, self.plan.kind)]
        layout = describe_layout(found.layout, found.language)
        parts.append(layout or FORMATS.get(found.file_format, found.file_format))
        if found.encoding:
            parts.append(ENCODINGS.get(found.encoding, found.encoding))
        if found.delimiter:
            parts.append(f"fields separated by {DELIMITERS.get(found.delimiter, found.delimiter)}")
        new = " (new)" if self.plan.new_campaign else ""
        return (
            f"<b>{esc(found.file_name)}</b>: {esc(' · '.join(parts))}<br>"
            f"Campaign: <b>{esc(self.plan.campaign)}</b>{new}"
        )

    def _checked(self, found: Preview) -> None:
        self._set_running(False)
        self.plan.checked = found
        self.about.setText(self._about(found))
        self.rows.set_table(found.columns, found.rows)
        questions = self.plan.kind == "questionnaire"
        self.tabs.setTabText(1, "First &questions" if questions else "&First rows")
        self._show_problems(found)
        fit_columns(self.rows_view)
        self.completeChanged.emit()

    def _show_problems(self, found: Preview) -> None:
        self.problems.set_items(found.problems)
        fit_columns(self.problems_view)
        errors_, warnings = self.problems.errors, len(found.problems) - self.problems.errors
        self.tabs.setTabText(0, f"&Problems ({len(found.problems):,})")
        self.tabs.setCurrentIndex(0 if found.problems else 1)
        self.report_button.setEnabled(bool(found.problems))
        dry_run = found.dry_run
        dropped = dry_run.problems_not_shown if dry_run else 0
        self.not_kept.setText(
            f"{dropped:,} more problems were found than can be listed; fix those listed and "
            "check again."
        )
        self.not_kept.setVisible(bool(dropped))
        whole_file = file_errors(found.problems)
        if whole_file or dry_run is None:
            first = whole_file[0].describe() if whole_file else "the file could not be checked"
            self.verdict.setText(f"<b>This file cannot be imported:</b> {esc(first)}")
            return
        counts = would_do(dry_run)
        if errors_:
            rows = dry_run.counts.get("refused", 0)
            self.verdict.setText(
                f"{esc(counts)}<br><b>{rows:,} row(s) have errors, so the file would be "
                "refused whole.</b> Fix the file and check it again, or import only the "
                "valid rows."
            )
            self.valid_only.setText(
                f"Import only the &valid rows (leave out the {rows:,} row(s) with errors)"
            )
            self.valid_only.setVisible(self.plan.kind != "questionnaire")
        else:
            note = f" {warnings:,} warning(s) to read; those rows are imported." if warnings else ""
            self.verdict.setText(f"{esc(counts)}<br>No errors: the file can be imported.{note}")

    def _check_failed(self, exc: BaseException) -> None:
        self._set_running(False)
        self.verdict.setText("The file was not checked.")
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
            f"Importing {path.name}…",
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
