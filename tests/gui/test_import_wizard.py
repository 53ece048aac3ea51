"""The import wizard driven like a user would, on the shared sample files."""

from __future__ import annotations

import csv
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.db.models import Campaign, Case, ImportBatch, Questionnaire, Response
from app.db.store import Store
from app.services import imports
from app.services.context import Actor, UnitOfWork
from tests.gui.conftest import Shoot
from tests.imports.conftest import CAMPAIGN, SAMPLES, table_counts
from ui.context import ChangeBus, ViewContext, Workspace
from ui.imports import choose as choose_module
from ui.imports import report as report_module
from ui.imports.wizard import CAMPAIGN as CAMPAIGN_PAGE
from ui.imports.wizard import CHECK, FILE, SUMMARY, ImportWizard
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from ui.views.imports import ImportsView

pytestmark = pytest.mark.sqlite_only
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def samples() -> Path:
    if not (SAMPLES / "README.md").is_file():
        pytest.skip(f"the shared sample files are not at {SAMPLES}")
    return SAMPLES


@pytest.fixture
def ctx(workspace: Workspace, users: dict[str, Actor]) -> ViewContext:
    return ViewContext(workspace, users["admin"], TaskRunner(), ChangeBus())


@pytest.fixture
def wizard(qtbot: QtBot, ctx: ViewContext) -> Iterator[ImportWizard]:
    made = ImportWizard(ctx)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    yield made
    ctx.tasks.wait()


@pytest.fixture
def with_form_and_registry(
    store: Store, users: dict[str, Actor], samples: Path
) -> Callable[[], UnitOfWork]:
    imports.import_questionnaire(UnitOfWork(store), users["admin"], samples / "form.xlsx", CAMPAIGN)
    imports.import_registry(UnitOfWork(store), users["admin"], samples / "registry.csv", CAMPAIGN)
    return lambda: UnitOfWork(store)


def count(store: Store, model: Any) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def button(wizard: ImportWizard, which: QWizard.WizardButton) -> QPushButton:
    found = wizard.button(which)
    assert isinstance(found, QPushButton)
    return found


def choose_file(
    qtbot: QtBot, wizard: ImportWizard, monkeypatch: pytest.MonkeyPatch, path: Path
) -> None:
    monkeypatch.setattr(choose_module, "choose_file", lambda parent: path)
    qtbot.mouseClick(wizard.file_page.choose_button, LEFT)
    qtbot.waitUntil(lambda: wizard.plan.detected is not None, timeout=20_000)


def to_check(qtbot: QtBot, wizard: ImportWizard, campaign: str = CAMPAIGN) -> None:
    """From the file step through the campaign step to a finished check."""
    if wizard.currentId() == FILE:
        qtbot.mouseClick(button(wizard, QWizard.WizardButton.NextButton), LEFT)
    assert wizard.currentId() == CAMPAIGN_PAGE
    page = wizard.campaign_page
    if campaign in [page.campaigns.itemText(i) for i in range(page.campaigns.count())]:
        page.existing.setChecked(True)
        page.campaigns.setCurrentText(campaign)
    else:
        page.new.setChecked(True)
        page.new_name.setText(campaign)
    qtbot.mouseClick(button(wizard, QWizard.WizardButton.NextButton), LEFT)
    assert wizard.currentId() == CHECK
    qtbot.waitUntil(
        lambda: wizard.plan.checked is not None and not wizard.check_page.running, timeout=30_000
    )


def import_now(qtbot: QtBot, wizard: ImportWizard) -> None:
    commit = button(wizard, QWizard.WizardButton.CommitButton)
    assert commit.isEnabled() and commit.text() == "&Import"
    qtbot.mouseClick(commit, LEFT)
    qtbot.waitUntil(lambda: wizard.currentId() == SUMMARY, timeout=30_000)


def problems_shown(wizard: ImportWizard, summary: bool = False) -> list[tuple[str, ...]]:
    model = (wizard.summary_page if summary else wizard.check_page).problems
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


# --- the registry ---------------------------------------------------------------------------


def test_a_registry_extract_is_detected_checked_and_imported(
    qtbot: QtBot,
    wizard: ImportWizard,
    store: Store,
    samples: Path,
    monkeypatch: pytest.MonkeyPatch,
    shoot: Shoot,
) -> None:
    shoot(wizard, "import-wizard-1-empty")
    assert not button(wizard, QWizard.WizardButton.NextButton).isEnabled()
    choose_file(qtbot, wizard, monkeypatch, samples / "registry.csv")
    page = wizard.file_page
    assert page.kind.currentData() == "registry"
    assert page.file_format.text() == "CSV text"
    assert page.encoding.text() == "UTF-8"
    assert page.delimiter.text() == "comma ( , )"
    assert button(wizard, QWizard.WizardButton.NextButton).isEnabled()
    shoot(wizard, "import-wizard-1-registry")

    qtbot.mouseClick(button(wizard, QWizard.WizardButton.NextButton), LEFT)
    assert wizard.campaign_page.campaigns.currentText() == CAMPAIGN
    shoot(wizard, "import-wizard-2-campaign")
    qtbot.mouseClick(button(wizard, QWizard.WizardButton.BackButton), LEFT)
    assert wizard.currentId() == FILE

    to_check(qtbot, wizard)
    check = wizard.check_page
    assert check.rows.rowCount() == 10 and check.rows.columnCount() == 15
    assert check.rows.headerData(0, Qt.Orientation.Horizontal) == "permit_number"
    assert check.problems.rowCount() == 0
    assert "41 rows read: 41 new, 0 updated, 0 unchanged, 0 refused" in check.verdict.text()
    assert check.valid_only.isHidden()
    assert count(store, Case) == 0  # the check wrote nothing
    shoot(wizard, "import-wizard-3-check-registry")

    import_now(qtbot, wizard)
    summary = wizard.summary_page
    assert summary.counts.count("imported") == 41
    assert summary.counts.count("cases_opened") == 41
    assert "registry.csv</b> was imported into <b>Review 2024" in summary.headline.text()
    assert not button(wizard, QWizard.WizardButton.BackButton).isVisible()
    shoot(wizard, "import-wizard-4-summary-registry")
    assert count(store, Case) == 41


def test_a_registry_in_windows_1257_with_semicolons_is_read_as_such(
    qtbot: QtBot,
    wizard: ImportWizard,
    with_form_and_registry: Callable[[], UnitOfWork],
    samples: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    choose_file(qtbot, wizard, monkeypatch, samples / "registry_cp1257_semicolon.csv")
    page = wizard.file_page
    assert page.encoding.text() == "Windows-1257 (Baltic)"
    assert page.delimiter.text() == "semicolon ( ; )"
    to_check(qtbot, wizard)
    assert "Windows-1257" in wizard.check_page.about.text()
    assert wizard.check_page.verdict.text().startswith("41 rows read:")


# --- responses with bad rows --------------------------------------------------------------


def test_responses_with_a_bad_row_are_refused_whole_unless_only_valid_rows_are_asked(
    qtbot: QtBot,
    wizard: ImportWizard,
    store: Store,
    with_form_and_registry: Callable[[], UnitOfWork],
    samples: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shoot: Shoot,
) -> None:
    choose_file(qtbot, wizard, monkeypatch, samples / "kobo.csv")
    page = wizard.file_page
    assert page.kind.currentData() == "responses"
    assert (page.encoding.text(), page.delimiter.text()) == ("UTF-8", "semicolon ( ; )")
    shoot(wizard, "import-wizard-1-kobo")
    to_check(qtbot, wizard)
    check = wizard.check_page
    assert "KoboToolbox CSV export" in check.about.text()
    problems = problems_shown(wizard)
    assert [(p[0], p[1], p[3]) for p in problems] == [
        ("20", "resident/permit_number", "warning"),
        ("25", "resident/permit_number", "error"),
        ("32", "daily_life/dwelling", "warning"),
    ]
    assert problems[1][2] == "95559314"
    assert "no resident with this permit number" in problems[1][4]
    assert "refused whole" in check.verdict.text()
    commit = button(wizard, QWizard.WizardButton.CommitButton)
    assert not commit.isEnabled()  # refused whole: nothing can be imported as it is
    assert not check.valid_only.isHidden() and not check.valid_only.isChecked()
    assert "1 row(s) with errors" in check.valid_only.text()
    shoot(wizard, "import-wizard-3-check-kobo-refused")
    assert count(store, Response) == 0

    # The report of the check, before anything is imported.
    refused_report = tmp_path / "kobo-refused.csv"
    monkeypatch.setattr(report_module, "choose_report_file", lambda parent, name: refused_report)
    qtbot.mouseClick(check.report_button, LEFT)
    assert "3 lines" in check.saved.text()

    check.valid_only.setChecked(True)
    assert commit.isEnabled()
    import_now(qtbot, wizard)
    summary = wizard.summary_page
    assert summary.counts.count("imported") == 39
    assert summary.counts.count("refused") == 1
    assert summary.counts.count("superseded") == 1
    assert len(problems_shown(wizard, summary=True)) == 3
    assert "Only the valid rows were imported" in summary.subTitle()
    assert count(store, Response) == 39

    saved = tmp_path / "kobo-report"  # the .csv is added
    monkeypatch.setattr(report_module, "choose_report_file", lambda parent, name: saved)
    qtbot.mouseClick(summary.report_button, LEFT)
    report = saved.with_name("kobo-report.csv")
    assert str(report) in summary.saved.text()
    with report.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["row", "column", "value", "reason", "severity"]
    assert [r[0] for r in rows[1:]] == ["20", "25", "32"]
    assert rows[2][2] == "95559314" and rows[2][4] == "error"
    shoot(wizard, "import-wizard-4-summary-kobo-valid-only")


def test_a_questionnaire_goes_into_a_new_campaign(
    qtbot: QtBot,
    wizard: ImportWizard,
    store: Store,
    samples: Path,
    monkeypatch: pytest.MonkeyPatch,
    shoot: Shoot,
) -> None:
    choose_file(qtbot, wizard, monkeypatch, samples / "form.xlsx")
    assert wizard.file_page.kind.currentData() == "questionnaire"
    assert wizard.file_page.file_format.text() == "Excel workbook (.xlsx)"
    to_check(qtbot, wizard, campaign="Review  2025 ")
    check = wizard.check_page
    assert check.rows.headerData(0, Qt.Orientation.Horizontal) == "path"
    assert check.rows.index(0, 0).data() == "start"
    assert "(new)" in check.about.text()
    shoot(wizard, "import-wizard-3-check-questionnaire")
    import_now(qtbot, wizard)
    assert wizard.summary_page.counts.count("imported") == 16
    with store.reading() as session:
        campaign = session.scalar(select(Campaign).where(Campaign.name == "Review 2025"))
        assert campaign is not None
        assert (
            session.scalar(
                select(func.count())
                .select_from(Questionnaire)
                .where(Questionnaire.campaign_id == campaign.id)
            )
            == 1
        )


def test_responses_cannot_go_to_a_new_campaign_or_one_without_questionnaire(
    qtbot: QtBot, wizard: ImportWizard, samples: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose_file(qtbot, wizard, monkeypatch, samples / "central.csv")
    qtbot.mouseClick(button(wizard, QWizard.WizardButton.NextButton), LEFT)
    assert not wizard.campaign_page.new.isEnabled()
    to_check(qtbot, wizard)  # Review 2024 exists but has no questionnaire yet
    assert "has no questionnaire yet" in wizard.check_page.verdict.text()
    assert not button(wizard, QWizard.WizardButton.CommitButton).isEnabled()


def test_a_file_that_is_no_import_file_is_stopped_at_the_first_step(
    qtbot: QtBot,
    wizard: ImportWizard,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shoot: Shoot,
) -> None:
    fake = tmp_path / "registry.csv"
    fake.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    choose_file(qtbot, wizard, monkeypatch, fake)
    page = wizard.file_page
    assert page.error.isVisible() and "PDF" in page.error.text()
    assert not button(wizard, QWizard.WizardButton.NextButton).isEnabled()
    shoot(wizard, "import-wizard-1-not-an-import-file")


# --- cancelling -------------------------------------------------------------------------------


def test_cancel_during_the_import_leaves_nothing_behind(
    qtbot: QtBot,
    wizard: ImportWizard,
    store: Store,
    samples: Path,
    monkeypatch: pytest.MonkeyPatch,
    shoot: Shoot,
) -> None:
    writing = threading.Event()
    real = imports.IMPORTERS["registry"]

    def held_at_writing(*args: Any, progress: Any, cancel: Any, **kwargs: Any) -> Any:
        def step(done: int, total: int) -> None:
            progress(done, total)
            if done >= total // 2:  # the check is over and the rows are being written
                writing.set()
                while not cancel():
                    threading.Event().wait(0.01)

        return real(*args, progress=step, cancel=cancel, **kwargs)

    choose_file(qtbot, wizard, monkeypatch, samples / "registry.csv")
    to_check(qtbot, wizard)
    before = table_counts(store)
    monkeypatch.setitem(imports.IMPORTERS, "registry", held_at_writing)
    qtbot.mouseClick(button(wizard, QWizard.WizardButton.CommitButton), LEFT)
    qtbot.waitUntil(writing.is_set, timeout=30_000)

    def progress_dialog() -> QProgressDialog | None:
        shown = [d for d in wizard.findChildren(QProgressDialog) if d.isVisible()]
        return shown[0] if shown else None

    qtbot.waitUntil(lambda: progress_dialog() is not None, timeout=10_000)
    dialog = progress_dialog()
    assert dialog is not None
    shoot(dialog, "import-wizard-progress")
    cancel_button = dialog.findChild(QPushButton)
    assert cancel_button is not None and cancel_button.text() == "Cancel"
    qtbot.mouseClick(cancel_button, LEFT)
    check = wizard.check_page
    qtbot.waitUntil(lambda: check.error.isVisible(), timeout=30_000)
    assert check.error.text() == "The import was cancelled; nothing was written."
    assert wizard.currentId() == CHECK and wizard.plan.result is None
    assert table_counts(store) == before
    shoot(wizard, "import-wizard-3-cancelled")

    monkeypatch.setitem(imports.IMPORTERS, "registry", real)
    import_now(qtbot, wizard)
    assert count(store, Case) == 41


# --- the Imports view -------------------------------------------------------------------------


def test_the_imports_view_lists_batches_and_starts_the_wizard(
    qtbot: QtBot,
    ctx: ViewContext,
    ui_settings: QSettings,
    with_form_and_registry: Callable[[], UnitOfWork],
    store: Store,
    samples: Path,
    monkeypatch: pytest.MonkeyPatch,
    shoot: Shoot,
) -> None:
    window = MainWindow(ctx, ui_settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    view = window.show_view("imports")
    assert isinstance(view, ImportsView)
    qtbot.waitUntil(lambda: view.loaded, timeout=10_000)
    model = view.model
    assert model.rowCount() == 2 == count(store, ImportBatch)
    rows = {
        model.index(r, 1).data(): [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    }
    assert rows["Registry"][2:8] == ["Review 2024", "registry.csv", "csv", "admin", "41", "41"]
    assert rows["Questionnaire"][3] == "form.xlsx"
    shoot(window, "imports-view-1366x768")

    qtbot.mouseClick(view.start_button, LEFT)
    wizard = view.wizard
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    assert wizard.currentId() == FILE
    view.loaded = False
    choose_file(qtbot, wizard, monkeypatch, samples / "kobo.csv")
    to_check(qtbot, wizard)
    wizard.check_page.valid_only.setChecked(True)
    import_now(qtbot, wizard)
    # The view heard of the import and listed it, without being asked to refresh.
    qtbot.waitUntil(lambda: view.loaded, timeout=10_000)
    assert view.model.rowCount() == 3
    assert view.model.index(0, 1).data() == "Responses"
    assert view.model.index(0, 10).data() == "1"  # refused
    wizard.accept()
    ctx.tasks.wait()
