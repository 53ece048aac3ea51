"""The user guide's screenshots, taken from the real windows while each role works through
the tasks the guide describes, on one store (tests/guide/story.py); and the guide's pages
checked against them: every picture a page shows was taken here, and every picture taken
is shown on a page. The walk is made once per edition of the guide, English and
Lithuanian, with the windows in that language.

`make guide` runs this with PERMIT_REVIEW_GUIDE_SHOTS=1, which writes the pictures into
each edition's images folder (resources/guide/images, resources/guide/lt/images);
otherwise they go to the test's temporary folder.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QSettings, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QPushButton, QWizard
from pytestqt.qtbot import QtBot

from app.audit import log as audit_log
from app.db.store import Store
from app.imports.registry import COLUMNS
from app.services.context import Actor, UnitOfWork
from app.services.queue import UNASSIGNED
from tests.appeals.helpers import MovableClock
from tests.conftest import PASSWORD
from tests.gui.conftest import visible
from tests.gui.desk import (
    ALT,
    CTRL,
    LEFT,
    activate,
    open_window,
    press_view,
    type_text,
    wait_idle,
)
from tests.gui.letters.conftest import file_printer
from tests.gui.letters.test_letters_view import rendered
from tests.guide import story
from tests.guide.conftest import EDITIONS, Camera, images_folder, pages_folder
from tests.guide.story import Words
from ui import backup_actions
from ui.appeals.appeal_dialog import RecordAppealDialog
from ui.case.information import AddItemDialog
from ui.context import Workspace
from ui.dialogs.add_user import AddUserDialog
from ui.dialogs.login import LoginDialog
from ui.imports import choose as choose_module
from ui.imports.wizard import CAMPAIGN, CHECK, SUMMARY, ImportWizard
from ui.letters import batch
from ui.letters.batch import BatchDialog
from ui.letters.dispatch import DispatchDialog
from ui.letters.service import ServiceDialog
from ui.main_window import MainWindow
from ui.models.answers import QUESTION
from ui.models.items import RELIED
from ui.models.proposals import CASE
from ui.views.audit import AuditView
from ui.views.case_view import DECISION_TAB, CaseView
from ui.views.dashboard import DashboardView
from ui.views.deadlines import REVIEW, DeadlinesView
from ui.views.imports import ImportsView
from ui.views.letters import ISSUED_TAB, LettersView
from ui.views.queue import QueueView
from ui.views.signoff import ReturnDialog, SignoffView

pytestmark = pytest.mark.sqlite_only  # the store is a file in a folder of its own
Factory = Callable[[], UnitOfWork]
PAGES = ("index.md", "officer.md", "supervisor.md", "clerk.md", "admin.md")
PICTURE = re.compile(r"!\[[^\]]*\]\(images/([^)\s]+)\.png\)")
PICTURE_BYTES = 400_000
EDITION_BYTES = 3_000_000


def pictures(language: str) -> dict[str, list[str]]:
    """The pictures the guide in `language` shows, each with the pages that show it."""
    shown: dict[str, list[str]] = {}
    for page in PAGES:
        text = (pages_folder(language) / page).read_text(encoding="utf-8")
        for name in PICTURE.findall(text):
            shown.setdefault(name, []).append(page)
    return shown


def tr(context: str, text: str) -> str:
    """`text` as the windows show it in the language in use."""
    return QCoreApplication.translate(context, text)


def mnemonic(text: str) -> Qt.Key:
    """The key that goes with Alt to the control labelled `text` (Alt+D for "&Decision")."""
    return getattr(Qt.Key, f"Key_{text[text.index('&') + 1].upper()}")


@pytest.mark.slow
def test_the_guide_walked_through_by_each_role(
    qtbot: QtBot,
    workspace: Workspace,
    ui_settings: QSettings,
    users: dict[str, Actor],
    store: Store,
    uow_factory: Factory,
    clock: MovableClock,
    camera: Camera,
    desk: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    monkeypatch.setattr(audit_log, "utcnow", story.event_times(clock))
    found = story.build(store, uow_factory, users, clock, language)
    words = story.WORDS[language]

    window = getting_started(qtbot, workspace, ui_settings, users["olga"], camera)
    officer(qtbot, window, found, camera, words)
    window.close()

    window = open_window(qtbot, workspace, ui_settings, users["sam"])
    supervisor(qtbot, window, found, camera, words)
    window.close()

    window = open_window(qtbot, workspace, ui_settings, users["cleo"])
    clerk(qtbot, window, found, camera, words, desk, monkeypatch)
    window.close()

    window = open_window(qtbot, workspace, ui_settings, users["admin"])
    admin(qtbot, window, camera, words, desk, tmp_path, monkeypatch)
    window.close()

    taken = set(camera.taken)
    shown = set(pictures(language))
    assert shown - taken == set(), "pictures the guide shows that this walk-through never took"
    assert taken - shown == set(), "pictures taken that no page of the guide shows"
    for name in taken:
        size = (camera.folder / f"{name}.png").stat().st_size
        assert size < PICTURE_BYTES, f"{name}.png is {size:,} bytes"


@pytest.mark.parametrize("language", list(EDITIONS))
def test_the_guide_shows_only_pictures_in_the_repository_and_all_of_them(language: str) -> None:
    shown = set(pictures(language))
    folder = images_folder(language)
    kept = {path.stem for path in folder.glob("*.png")}
    assert shown, "the guide shows no pictures"
    assert shown - kept == set(), f"pictures the guide shows but {folder} lacks"
    assert kept - shown == set(), f"pictures in {folder} that no page shows"
    size = sum(path.stat().st_size for path in folder.glob("*.png"))
    assert size < EDITION_BYTES, f"the pictures in {folder} take {size:,} bytes"


def test_the_editions_show_the_same_pictures_on_the_same_pages() -> None:
    english = pictures("en")
    for language in EDITIONS.keys() - {"en"}:
        assert pictures(language) == english, f"the {language} guide shows other pictures"


# --- getting started -----------------------------------------------------------------------


def getting_started(
    qtbot: QtBot, workspace: Workspace, settings: QSettings, olga: Actor, camera: Camera
) -> MainWindow:
    login = LoginDialog(workspace, username="olga")
    qtbot.addWidget(login)
    login.show()
    qtbot.waitExposed(login)
    login.password.setText(PASSWORD)
    camera(login, "login")
    login.close()

    window = open_window(qtbot, workspace, settings, olga)
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)  # File > Lock window
    assert window.locked
    camera(window, "lock")
    window.lock_screen.password.setText(PASSWORD)
    qtbot.mouseClick(window.lock_screen.unlock_button, LEFT)
    assert not window.locked
    return window


# --- officer ---------------------------------------------------------------------------------


def shown_case(qtbot: QtBot, window: MainWindow, view: QueueView, number: str) -> CaseView:
    qtbot.waitUntil(
        lambda: view.case_view.case_number == number and not view.case_view.busy.isVisible()
    )
    wait_idle(qtbot, window)
    return view.case_view


def queue_of(qtbot: QtBot, window: MainWindow) -> QueueView:
    view = press_view(qtbot, window, "queue")
    assert isinstance(view, QueueView)
    qtbot.waitUntil(lambda: view.loaded and not view.model.busy)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: not view.model.busy)
    return view


def officer(
    qtbot: QtBot, window: MainWindow, found: dict[str, str], camera: Camera, words: Words
) -> None:
    view = queue_of(qtbot, window)
    assert view.model.rowCount() >= 8  # hers and the unassigned
    camera(window, "officer-queue")

    # Take next: the oldest unassigned case opens, its marked answers first to the eye.
    qtbot.mouseClick(view.take_button, LEFT)
    case = shown_case(qtbot, window, view, found["next"])
    assert case.form.editable and case.answers.model.marked_count() >= 3
    camera(window, "officer-case")

    # Information from another authority, restricted (Ctrl+I), read and ticked as relied on.
    qtbot.keyClick(case, Qt.Key.Key_I, CTRL)
    dialog = case.information.dialog
    assert isinstance(dialog, AddItemDialog) and dialog.isVisible()
    type_text(dialog.source, words.security_service)
    dialog.classification.setCurrentIndex(dialog.classification.findData("restricted"))
    type_text(dialog.title, words.conclusion_title)
    type_text(dialog.content, words.conclusion)
    camera(dialog, "officer-add-information")
    qtbot.mouseClick(dialog.add_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    activate(qtbot, window)
    qtbot.waitUntil(lambda: case.information.model.rowCount() == 1)
    wait_idle(qtbot, window)
    table = case.information.table
    table.setFocus()
    table.setCurrentIndex(case.information.model.index(0, 4))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: case.information.reader.toPlainText() == words.conclusion)
    table.setCurrentIndex(case.information.model.index(0, RELIED))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    camera(window, "officer-information")

    # The decision: answers ticked as relied on, outcome, legal basis, reasons, assessment.
    qtbot.keyClick(case.tabs, mnemonic(case.tabs.tabText(DECISION_TAB)), ALT)
    assert case.tabs.currentIndex() == DECISION_TAB
    tree = case.answers.tree
    tree.setFocus()
    for path in ("travel/trips_abroad", "contacts/property_ru_by", "views/view_invasion"):
        tree.setCurrentIndex(case.answers.model.index_of(path).siblingAtColumn(QUESTION))
        qtbot.keyClick(tree, Qt.Key.Key_Space)
    qtbot.mouseClick(case.form.outcome_buttons["revoke"], LEFT)
    qtbot.mouseClick(case.form.bases[story.BASIS], LEFT)
    type_text(case.form.reasons, words.reasons)
    type_text(case.form.assessment, words.assessment)
    relied = case.form.relied.text()
    assert tr("DecisionForm", "{count} answers").format(count=3) in relied
    assert tr("DecisionForm", "1 information item") in relied
    camera(window, "officer-decision")
    qtbot.keyClick(case.form.reasons, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: case.message.text() == tr("CaseView", "The draft was saved."))
    qtbot.keyClick(case.form.reasons, Qt.Key.Key_Return, CTRL)
    submitted = tr("CaseView", "Submitted for sign-off.")
    qtbot.waitUntil(lambda: case.message.text() == submitted)
    assert case.file is not None and case.file["state"] == "awaiting_signoff"

    # A request to another authority, proposed like any decision.
    qtbot.keyClick(case, Qt.Key.Key_Escape)
    view.open_case(found["request"])
    case = shown_case(qtbot, window, view, found["request"])
    qtbot.mouseClick(case.form.outcome_buttons["request_information"], LEFT)
    type_text(case.form.authority, words.police)
    type_text(case.form.question, words.police_question)
    type_text(case.form.reasons, words.request_reasons)
    assert case.form.request_box.isVisible()
    camera(window, "officer-request")
    qtbot.keyClick(case.form.reasons, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: case.message.text() == submitted)

    # A proposal the supervisor returned: the comment above the form, the form open again.
    qtbot.keyClick(case, Qt.Key.Key_Escape)
    view.open_case(found["returned"])
    case = shown_case(qtbot, window, view, found["returned"])
    assert case.form.returned.isVisible() and case.form.editable
    camera(window, "officer-returned")
    qtbot.keyClick(case, Qt.Key.Key_Escape)


# --- supervisor -------------------------------------------------------------------------------


def select_rows(view: QueueView, rows: range) -> None:
    selection = view.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag
    selection.clearSelection()
    for row in rows:
        selection.select(view.model.index(row, 0), flags.Select | flags.Rows)
    selection.setCurrentIndex(view.model.index(rows[0], 1), flags.NoUpdate)


def select_proposals(qtbot: QtBot, view: SignoffView, numbers: list[str]) -> None:
    table = view.table
    flags = QItemSelectionModel.SelectionFlag
    table.clearSelection()
    first: QModelIndex | None = None
    for row in range(table.model().rowCount()):
        index = table.model().index(row, CASE)
        if index.data() in numbers:
            table.selectionModel().select(index, flags.Select | flags.Rows)
            first = first or index
    assert first is not None
    table.selectionModel().setCurrentIndex(first, flags.NoUpdate)
    qtbot.waitUntil(lambda: view.file is not None and view.file["case_number"] in numbers)
    wait_idle(qtbot, view.window())  # type: ignore[arg-type]


def supervisor(
    qtbot: QtBot, window: MainWindow, found: dict[str, str], camera: Camera, words: Words
) -> None:
    # The window of Getting started: a supervisor's has the most views of the case roles.
    home = window.show_view("home")
    qtbot.waitUntil(lambda: getattr(home, "loaded", False))
    wait_idle(qtbot, window)
    camera(window, "main-window")

    view = queue_of(qtbot, window)
    view.officer_filter.setCurrentIndex(view.officer_filter.findData(UNASSIGNED))
    qtbot.waitUntil(lambda: view.model.query.officer == UNASSIGNED and not view.model.busy)
    wait_idle(qtbot, window)
    assert view.model.rowCount() == 6
    select_rows(view, range(3))
    camera(window, "supervisor-queue")
    qtbot.mouseClick(view.assign_button, LEFT)
    qtbot.waitUntil(lambda: getattr(view, "assign_dialog", None) is not None)
    dialog = view.assign_dialog
    qtbot.waitUntil(dialog.isVisible)
    items = [dialog.officers.item(i) for i in range(dialog.officers.count())]
    dialog.officers.setCurrentItem(
        next(i for i in items if i.data(Qt.ItemDataRole.UserRole) == "oleg")
    )
    camera(dialog, "supervisor-assign")
    qtbot.mouseClick(dialog.assign_button, LEFT)
    assigned = tr("QueueView", "{count} cases assigned to {officer}.").format(
        count=3, officer="oleg"
    )
    qtbot.waitUntil(lambda: view.count.text() == assigned)
    activate(qtbot, window)

    signoff = press_view(qtbot, window, "signoff")
    assert isinstance(signoff, SignoffView)
    qtbot.waitUntil(lambda: signoff.loaded)
    assert signoff.model.rowCount() == 5
    select_proposals(qtbot, signoff, [found["next"]])
    camera(window, "supervisor-signoff")
    qtbot.mouseClick(signoff.approve_button, LEFT)
    signed = tr(
        "SignoffView", "Case {number} was signed off; you are the signatory of its letters."
    ).format(number=found["next"])
    qtbot.waitUntil(lambda: signoff.message.text() == signed)
    qtbot.waitUntil(lambda: signoff.model.rowCount() == 4)

    # The two retains together; the revocation returned with a comment.
    select_proposals(qtbot, signoff, [found["oleg_retain_lebedeva"], found["oleg_retain_kuzmich"]])
    assert signoff.bulk_button.isEnabled()
    qtbot.mouseClick(signoff.bulk_button, LEFT)
    qtbot.waitUntil(lambda: signoff.model.rowCount() == 2)
    select_proposals(qtbot, signoff, [found["oleg_revoke_orlov"]])
    qtbot.mouseClick(signoff.return_button, LEFT)
    dialog = visible(signoff, ReturnDialog)
    type_text(dialog.comment, words.signoff_comment)
    camera(dialog, "supervisor-return")
    qtbot.mouseClick(dialog.return_button, LEFT)
    activate(qtbot, window)
    qtbot.waitUntil(lambda: signoff.model.rowCount() == 1)
    select_proposals(qtbot, signoff, [found["request"]])
    qtbot.mouseClick(signoff.approve_button, LEFT)
    qtbot.waitUntil(lambda: signoff.model.rowCount() == 0)

    dashboard = press_view(qtbot, window, "dashboard")
    assert isinstance(dashboard, DashboardView)
    qtbot.waitUntil(lambda: dashboard.loads > 0)
    wait_idle(qtbot, window)
    states = dashboard.panels["states"]
    qtbot.mouseClick(states.toggle, LEFT)  # the cases by state as a table
    assert states.toggle.text() == tr("FigurePanel", "Chart")
    camera(window, "supervisor-dashboard")


# --- clerk -------------------------------------------------------------------------------------


def clerk(
    qtbot: QtBot,
    window: MainWindow,
    found: dict[str, str],
    camera: Camera,
    words: Words,
    desk: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A printer is set up; the job it is given is written to a PDF file here.
    def choose_printer(_parent: object, _title: str, chosen: Callable[[QPrinter], object]) -> None:
        chosen(file_printer(desk / "printed.pdf"))

    monkeypatch.setattr(batch, "printers_available", lambda: True)
    monkeypatch.setattr(batch, "ask_printer", choose_printer)

    view = press_view(qtbot, window, "letters")
    assert isinstance(view, LettersView)
    assert view.queue_model.rowCount() == 4
    qtbot.mouseClick(view.select_all_button, LEFT)
    camera(window, "clerk-letters")
    qtbot.mouseClick(view.issue_button, LEFT)
    dialog = view.findChild(BatchDialog)
    assert isinstance(dialog, BatchDialog) and dialog.isVisible()
    dialog.folder.setText(str(desk / words.registers_folder))
    qtbot.mouseClick(dialog.start_button, LEFT)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=60_000)
    assert dialog.outcome is not None and len(dialog.outcome.result.issued) == 4
    camera(dialog, "clerk-issue")
    qtbot.mouseClick(dialog.close_button, LEFT)
    activate(qtbot, window)

    # The letters issued today, one of them on show.
    assert view.tabs.currentIndex() == ISSUED_TAB
    numbers = view.selected_numbers()
    view.select_letters(numbers[:1])
    rendered(qtbot, view.preview.view.viewport())
    camera(window, "clerk-issued")
    qtbot.mouseClick(view.dispatch_button, LEFT)
    dispatch = visible(view, DispatchDialog)
    type_text(dispatch.tracking, "RR204518337LT")
    camera(dispatch, "clerk-dispatch")
    qtbot.mouseClick(dispatch.record_button, LEFT)
    qtbot.waitUntil(lambda: not dispatch.isVisible())
    activate(qtbot, window)

    # A letter that went out on Monday came back signed today: the decision is served.
    view.search.setText(found["to_serve"])
    view.load_letters()
    assert view.letters_model.rowCount() == 2
    rows = [view.letters_model.row(r) for r in range(view.letters_model.rowCount())]
    view.select_letters([next(r["registration_number"] for r in rows if r["kind"] == "decision")])
    qtbot.mouseClick(view.service_button, LEFT)
    service = visible(view, ServiceDialog)
    camera(service, "clerk-service")
    qtbot.mouseClick(service.record_button, LEFT)
    qtbot.waitUntil(lambda: not service.isVisible())
    activate(qtbot, window)
    view.search.clear()

    deadlines = press_view(qtbot, window, "deadlines")
    assert isinstance(deadlines, DeadlinesView)
    qtbot.waitUntil(lambda: deadlines.board.loads > 0 and deadlines.review_loads > 0)
    wait_idle(qtbot, window)
    assert deadlines.board.proxy.rowCount() >= 5
    camera(window, "clerk-deadlines")
    deadlines.tabs.setCurrentIndex(REVIEW)
    assert deadlines.review.model.rowCount() >= 1
    camera(window, "clerk-final")

    # An appeal arrives: the case, then Record appeal.
    panel = deadlines.case
    loads = panel.loaded
    deadlines.show_case(found["appeal"])
    qtbot.waitUntil(lambda: panel.loaded > loads)
    qtbot.mouseClick(panel.buttons["appeal"], LEFT)
    appeal = visible(panel, RecordAppealDialog)
    type_text(appeal.case_number, "eI-3107-662/2026")
    camera(appeal, "clerk-appeal")
    loads = panel.loaded
    qtbot.mouseClick(appeal.action_button, LEFT)
    qtbot.waitUntil(lambda: panel.loaded > loads)
    activate(qtbot, window)
    wait_idle(qtbot, window)
    assert panel.model.rowCount() == 1
    camera(window, "clerk-case")


# --- admin ---------------------------------------------------------------------------------------


def write_registry(path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(COLUMNS))
        writer.writeheader()
        writer.writerows(story.registry_rows())
    return path


def wizard_button(wizard: ImportWizard, which: QWizard.WizardButton) -> QPushButton:
    found = wizard.button(which)
    assert isinstance(found, QPushButton)
    return found


def admin(
    qtbot: QtBot,
    window: MainWindow,
    camera: Camera,
    words: Words,
    desk: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    users_view = press_view(qtbot, window, "users")
    users_view.select("sue")  # type: ignore[attr-defined]
    assert users_view.unlock_button.isEnabled()  # type: ignore[attr-defined]
    camera(window, "admin-users")
    qtbot.mouseClick(users_view.add_button, LEFT)  # type: ignore[attr-defined]
    dialog = visible(users_view, AddUserDialog)
    type_text(dialog.username, "rita")
    type_text(dialog.full_name, "Rita Kazlauskienė")
    type_text(dialog.title, words.job_title)
    dialog.roles.boxes[next(r for r in dialog.roles.boxes if r.value == "officer")].setChecked(True)
    type_text(dialog.password.first, "rita's first password")
    type_text(dialog.password.second, "rita's first password")
    camera(dialog, "admin-add-user")
    add = dialog.findChild(QPushButton, "add")
    assert add is not None
    qtbot.mouseClick(add, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    activate(qtbot, window)

    press_view(qtbot, window, "settings")
    camera(window, "admin-settings")

    # A registry extract with one bad row: checked, then only its valid rows imported.
    imports_view = press_view(qtbot, window, "imports")
    assert isinstance(imports_view, ImportsView)
    registry = write_registry(tmp_path / words.registry_file)
    monkeypatch.setattr(choose_module, "choose_file", lambda parent: registry)
    qtbot.mouseClick(imports_view.start_button, LEFT)
    wizard = imports_view.wizard
    assert wizard is not None
    qtbot.waitExposed(wizard)
    qtbot.mouseClick(wizard.file_page.choose_button, LEFT)
    qtbot.waitUntil(lambda: wizard.plan.detected is not None, timeout=20_000)
    qtbot.mouseClick(wizard_button(wizard, QWizard.WizardButton.NextButton), LEFT)
    assert wizard.currentId() == CAMPAIGN
    assert wizard.campaign_page.campaigns.currentText() == story.CAMPAIGN
    qtbot.mouseClick(wizard_button(wizard, QWizard.WizardButton.NextButton), LEFT)
    assert wizard.currentId() == CHECK
    check = wizard.check_page
    qtbot.waitUntil(lambda: wizard.plan.checked is not None and not check.running, timeout=30_000)
    assert check.problems.rowCount() == 1 and check.valid_only.isVisible()
    camera(wizard, "admin-import-check")
    check.valid_only.setChecked(True)
    qtbot.mouseClick(wizard_button(wizard, QWizard.WizardButton.CommitButton), LEFT)
    qtbot.waitUntil(lambda: wizard.currentId() == SUMMARY, timeout=30_000)
    qtbot.mouseClick(wizard_button(wizard, QWizard.WizardButton.FinishButton), LEFT)
    activate(qtbot, window)
    qtbot.waitUntil(lambda: imports_view.model.rowCount() == 2)
    camera(window, "admin-imports")

    audit = press_view(qtbot, window, "audit")
    assert isinstance(audit, AuditView)
    qtbot.waitUntil(lambda: audit.model.rowCount() > 0)
    wait_idle(qtbot, window)
    audit.table.selectRow(0)
    camera(window, "admin-audit")

    templates = press_view(qtbot, window, "letter_templates")
    templates.select("decision", "lt")  # type: ignore[attr-defined]
    camera(window, "admin-templates")

    # File > Back up now… to a folder on a removable disk.
    disk = desk / words.backup_disk
    disk.mkdir()
    monkeypatch.setattr(backup_actions, "choose_folder", lambda parent, start: disk)
    window.backup_actions[0].trigger()
    qtbot.waitUntil(
        lambda: window.findChild(QMessageBox, "backupMadeBox") is not None, timeout=60_000
    )
    box = window.findChild(QMessageBox, "backupMadeBox")
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    camera(box, "admin-backup")
    box.close()
