"""An officer's day in the window, by keyboard and mouse: take the next case, read it, add
information, propose, fix a returned case; a conflict between two sessions; what a clerk
never sees."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.models import AuditEvent, Decision, InformationItem
from app.services import cases, information, queries
from app.services.context import Actor, UnitOfWork
from tests.desk_fixtures import build_population
from tests.gui.conftest import Shoot
from tests.gui.desk import (
    ALT,
    CTRL,
    LEFT,
    activate,
    dark,
    open_window,
    press_view,
    text_of,
    type_text,
    wait_idle,
)
from ui.case.conflict import ConflictDialog
from ui.case.information import AddItemDialog
from ui.case.requests import RecordAnswerDialog
from ui.context import Workspace
from ui.main_window import MainWindow
from ui.models.answers import QUESTION
from ui.models.items import RELIED
from ui.views.case_view import DECISION_TAB, HISTORY_TAB, INFORMATION_TAB, CaseView
from ui.views.queue import CASE_PAGE, QUEUE_PAGE, QueueView

SECRET = "The service holds that he keeps in touch with a foreign intelligence officer."
REASONS = "You travelled to Russia and declared support for the war of aggression."


@pytest.fixture
def population(workspace: Workspace, users: dict[str, Actor]) -> dict[str, str]:
    return build_population(workspace.store, users)


def queue_of(qtbot: QtBot, window: MainWindow) -> QueueView:
    view = press_view(qtbot, window, "queue")
    assert isinstance(view, QueueView)
    qtbot.waitUntil(lambda: view.loaded and not view.model.busy)
    wait_idle(qtbot, window)
    return view


def shown_case(qtbot: QtBot, window: MainWindow, view: QueueView, number: str) -> CaseView:
    qtbot.waitUntil(
        lambda: view.case_view.case_number == number and not view.case_view.busy.isVisible()
    )
    wait_idle(qtbot, window)
    return view.case_view


def test_an_officers_session_by_keyboard_and_mouse(
    qtbot: QtBot,
    workspace: Workspace,
    ui_settings: QSettings,
    users: dict[str, Actor],
    population: dict[str, str],
    uow_factory: Callable[[], UnitOfWork],
    shoot: Shoot,
) -> None:
    window = open_window(qtbot, workspace, ui_settings, users["olga"])
    view = queue_of(qtbot, window)
    assert view.model.rowCount() == 4  # hers and the unassigned
    assert view.count.text() == "4 cases"
    assert "You have <b>1</b> open cases" in view.workload.text()
    shoot(window, "officer-queue-1366x768", (1366, 768))

    # Search as you type, in the native script, found by the database.
    qtbot.keyClick(view.table, Qt.Key.Key_F, CTRL)
    assert view.search.hasFocus()
    type_text(view.search, "иван")
    qtbot.waitUntil(lambda: view.model.query.search == "иван" and not view.model.busy)
    assert sorted(
        r.surname for i in range(view.model.rowCount()) if (r := view.model.row_data(i))
    ) == ["Ivanov", "Ivanova"]
    shoot(window, "officer-queue-search", (1366, 768))
    view.search.clear()
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.query.search == "" and not view.model.busy)
    assert view.model.rowCount() == 4

    # Take next (mouse): the oldest unassigned case opens, with its marked answers.
    qtbot.mouseClick(view.take_button, LEFT)
    case = shown_case(qtbot, window, view, population["zukauskas"])
    assert view.stack.currentIndex() == CASE_PAGE
    assert case.file is not None and case.file["state"] == "assigned"
    assert case.file["assigned_to"] == "olga"
    assert case.answers.model.marked_count() == 3
    assert "⚑ 3 need attention" in case.answers.summary.text()
    assert case.form.editable
    shoot(window, "officer-case-taken-1366x768", (1366, 768))

    # Add a restricted information item with Ctrl+I, then open it (Enter).
    qtbot.keyClick(case, Qt.Key.Key_I, CTRL)
    dialog = case.information.dialog
    assert isinstance(dialog, AddItemDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.source, "State Security Department")
    dialog.classification.setCurrentIndex(dialog.classification.findData("restricted"))
    qtbot.keyClicks(dialog.title, "Conclusion no. 12-345")
    qtbot.keyClicks(dialog.content, SECRET)
    shoot(dialog, "officer-add-information")
    qtbot.mouseClick(dialog.add_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    activate(qtbot, window)
    qtbot.waitUntil(lambda: case.information.model.rowCount() == 1)
    wait_idle(qtbot, window)
    assert case.tabs.currentIndex() == INFORMATION_TAB
    table = case.information.table
    table.setFocus()
    table.setCurrentIndex(case.information.model.index(0, 4))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: case.information.reader.toPlainText() == SECRET)
    assert "recorded in the audit log" in case.information.reader_note.text()
    with workspace.store.session() as session:
        reads = session.scalars(
            select(AuditEvent).where(
                AuditEvent.action == "restricted_read", AuditEvent.entity == "information_item"
            )
        )
        assert [e.actor for e in reads] == ["olga"]
    # Tick the item as relied on with Space.
    table.setCurrentIndex(case.information.model.index(0, RELIED))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert case.information.model.relied() == [case.file["items"][0].id]
    shoot(window, "officer-information-1366x768", (1366, 768))

    # Back to the decision; tick the marked answers relied on (Space in the tree).
    qtbot.keyClick(case.tabs, Qt.Key.Key_D, ALT)
    assert case.tabs.currentIndex() == DECISION_TAB
    tree = case.answers.tree
    tree.setFocus()
    for path in ("travel/trips_abroad", "views/view_invasion"):
        tree.setCurrentIndex(case.answers.model.index_of(path).siblingAtColumn(QUESTION))
        qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert case.answers.model.relied() == ["travel/trips_abroad", "views/view_invasion"]
    assert "2 answers, 1 information item" in case.form.relied.text()

    # The form, by mouse and keyboard; Ctrl+S keeps a draft.
    qtbot.mouseClick(case.form.outcome_buttons["revoke"], LEFT)
    qtbot.mouseClick(case.form.bases["ULTP-51-1-2"], LEFT)
    qtbot.keyClicks(case.form.reasons, REASONS)
    qtbot.keyClicks(case.form.assessment, "The conclusion and the answers agree.")
    qtbot.keyClick(case.form.reasons, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: case.message.text() == "The draft was saved.")
    file = queries.case_file(uow_factory(), users["olga"], population["zukauskas"])
    assert file["state"] == "in_assessment"
    assert file["decision"]["status"] == "draft"
    assert file["decision"]["relied_answers"] == ["travel/trips_abroad", "views/view_invasion"]
    assert case.form.values().reasons == REASONS  # the form shows what was saved

    # Ctrl+Enter submits for sign-off; the form becomes read-only.
    qtbot.keyClick(case.form.reasons, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: case.message.text() == "Submitted for sign-off.")
    assert case.file["state"] == "awaiting_signoff"
    assert not case.form.editable and not case.form.submit_button.isVisible()
    assert "a supervisor decides next" in case.form.status.text()
    shoot(window, "officer-submitted-1366x768", (1366, 768))

    # A supervisor returns it; F5 shows the comment and the form again.
    cases.return_case(
        uow_factory(),
        users["sam"],
        population["zukauskas"],
        "Name the conclusion in the statement of reasons.",
    )
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: case.file is not None and case.file["state"] == "in_assessment")
    wait_idle(qtbot, window)
    assert case.form.returned.isVisible()
    assert "Name the conclusion" in case.form.returned.text()
    assert case.form.editable and case.form.values().reasons == REASONS
    shoot(window, "officer-returned-1366x768", (1366, 768))
    qtbot.keyClick(case.tabs, Qt.Key.Key_S, ALT)  # the history, as a timeline
    assert case.tabs.currentIndex() == HISTORY_TAB
    assert case.history.model.data(case.history.model.index(0, 0)).startswith(
        f"{dt.date.today().isoformat()}"[:4]
    )
    assert "Returned to the officer" in case.history.model.data(case.history.model.index(0, 0))
    shoot(window, "officer-history-1366x768", (1366, 768))
    qtbot.keyClick(case.tabs, Qt.Key.Key_D, ALT)
    with dark(QApplication.instance()):  # type: ignore[arg-type]
        shoot(window, "officer-returned-dark-1920x1080", (1920, 1080))

    case.form.reasons.setFocus()
    qtbot.keyClick(case.form.reasons, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(case.form.reasons, " See conclusion no. 12-345.")
    qtbot.keyClick(case.form.reasons, Qt.Key.Key_Enter, CTRL)  # the keypad's Enter too
    qtbot.waitUntil(lambda: case.message.text() == "Submitted for sign-off.")
    with workspace.store.session() as session:
        proposal = session.scalars(select(Decision).where(Decision.status == "proposed")).one()
        assert proposal.reasons.endswith("See conclusion no. 12-345.")
        assert proposal.outcome == "revoke" and proposal.legal_bases == ["ULTP-51-1-2"]

    # Esc goes back to the queue, where the case shows its new state.
    qtbot.keyClick(case, Qt.Key.Key_Escape)
    assert view.stack.currentIndex() == QUEUE_PAGE
    row = view.model.row_of(case.file["id"])
    qtbot.waitUntil(
        lambda: (r := view.model.row_data(row)) is not None and r.state == "awaiting_signoff"
    )


def test_next_and_previous_case_by_keyboard(
    qtbot: QtBot,
    workspace: Workspace,
    ui_settings: QSettings,
    users: dict[str, Actor],
    population: dict[str, str],
) -> None:
    window = open_window(qtbot, workspace, ui_settings, users["sam"])
    view = queue_of(qtbot, window)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 1))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    first = view.model.row_data(0)
    second = view.model.row_data(1)
    assert first is not None and second is not None
    case = shown_case(qtbot, window, view, first.case_number)
    qtbot.keyClick(case, Qt.Key.Key_Down, ALT)
    shown_case(qtbot, window, view, second.case_number)
    qtbot.keyClick(case, Qt.Key.Key_Up, ALT)
    shown_case(qtbot, window, view, first.case_number)
    qtbot.keyClick(case, Qt.Key.Key_Up, ALT)
    assert case.message.text() == "This is the first case of the queue."
    assert not case.form.editable  # a supervisor reads; the officer decides


def test_a_conflict_between_two_sessions_shows_what_changed(
    qtbot: QtBot,
    workspace: Workspace,
    ui_settings: QSettings,
    users: dict[str, Actor],
    population: dict[str, str],
    uow_factory: Callable[[], UnitOfWork],
    shoot: Shoot,
) -> None:
    olga = users["olga"]
    number = population["ivanova"]  # assigned to olga
    window = open_window(qtbot, workspace, ui_settings, olga)
    view = queue_of(qtbot, window)
    view.open_case(number)
    case = shown_case(qtbot, window, view, number)
    qtbot.mouseClick(case.form.outcome_buttons["retain"], LEFT)
    qtbot.keyClicks(case.form.reasons, "Nothing found against her.")

    # Meanwhile the same officer, in a second session, saves another draft.
    opened = queries.case_file(uow_factory(), olga, number)["version"]
    cases.save_draft(
        uow_factory(),
        olga,
        number,
        outcome="revoke",
        legal_bases=["ULTP-51-1-2"],
        reasons="Draft from the other session.",
        expected_version=opened,
    )

    qtbot.keyClick(case.form.reasons, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: case.wants_conflict_choice() is not None)
    dialog = case.wants_conflict_choice()
    assert isinstance(dialog, ConflictDialog)
    changes = {c.field: c for c in dialog.model.changes}
    assert changes["Statement of reasons"].now == "Draft from the other session."
    assert changes["Statement of reasons"].opened == ""
    assert changes["Statement of reasons"].mine == "Nothing found against her."
    assert changes["Outcome"].now == "Revoke the permit"
    shoot(dialog, "officer-conflict", (900, 420))
    # Nothing was overwritten.
    assert queries.case_file(uow_factory(), olga, number)["decision"]["reasons"] == (
        "Draft from the other session."
    )

    qtbot.mouseClick(dialog.reapply_button, LEFT)
    activate(qtbot, window)
    qtbot.waitUntil(lambda: case.message.text() == "Your edits were applied to the new version.")
    saved = queries.case_file(uow_factory(), olga, number)["decision"]
    assert (saved["outcome"], saved["reasons"]) == ("retain", "Nothing found against her.")

    # Again, but this time the user takes the other session's version.
    opened = queries.case_file(uow_factory(), olga, number)["version"]
    cases.save_draft(
        uow_factory(),
        olga,
        number,
        outcome="revoke",
        legal_bases=["ULTP-51-1-2"],
        reasons="The other session again.",
        expected_version=opened,
    )
    qtbot.mouseClick(case.form.reasons.viewport(), LEFT)
    qtbot.keyClick(case.form.reasons, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(case.form.reasons, " And more.")
    qtbot.keyClick(case.form.reasons, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: case.wants_conflict_choice() is not None)
    dialog = case.wants_conflict_choice()
    assert dialog is not None
    qtbot.mouseClick(dialog.reload_button, LEFT)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: case.form.values().reasons == "The other session again.")
    assert case.form.values().outcome == "revoke"


def test_a_case_reassigned_meanwhile_keeps_the_new_officers_version(
    qtbot: QtBot,
    workspace: Workspace,
    ui_settings: QSettings,
    users: dict[str, Actor],
    population: dict[str, str],
    uow_factory: Callable[[], UnitOfWork],
) -> None:
    number = population["ivanova"]
    window = open_window(qtbot, workspace, ui_settings, users["olga"])
    view = queue_of(qtbot, window)
    view.open_case(number)
    case = shown_case(qtbot, window, view, number)
    qtbot.mouseClick(case.form.outcome_buttons["retain"], LEFT)
    qtbot.keyClicks(case.form.reasons, "Mine.")
    cases.assign(uow_factory(), users["sam"], [number], "oleg")
    qtbot.mouseClick(case.form.save_button, LEFT)
    qtbot.waitUntil(lambda: getattr(case, "gone_box", None) is not None)
    assert "assigned to another officer" in case.gone_box.text()
    assert not case.form.editable
    assert "nothing of yours was saved" in case.form.status.text()
    saved = queries.case_file(uow_factory(), users["oleg"], number)
    assert saved["decision"] is None and saved["assigned_to"] == "oleg"


def test_a_clerk_never_sees_restricted_content(
    qtbot: QtBot,
    workspace: Workspace,
    ui_settings: QSettings,
    users: dict[str, Actor],
    population: dict[str, str],
    uow_factory: Callable[[], UnitOfWork],
    shoot: Shoot,
) -> None:
    number = population["ivanova"]
    olga = users["olga"]
    information.add_item(
        uow_factory(),
        olga,
        number,
        source="State Security Department",
        received_on=dt.date(2024, 5, 2),
        classification="restricted",
        title="Conclusion no. 7",
        content=SECRET,
    )
    cases.save_draft(
        uow_factory(),
        olga,
        number,
        outcome="revoke",
        legal_bases=["ULTP-51-1-2"],
        reasons="Stated reasons.",
        assessment="Internal: credible.",
    )
    window = open_window(qtbot, workspace, ui_settings, users["cleo"])
    assert window.findChild(type(window.nav), "navigation") is not None
    assert window.view("queue") is None  # the queue is not a clerk's view at all
    clerk_case = CaseView(window.ctx, navigation=False)
    qtbot.addWidget(clerk_case)
    clerk_case.resize(1366, 700)
    clerk_case.show()
    clerk_case.open_case(number)
    qtbot.waitUntil(lambda: clerk_case.file is not None)
    wait_idle(qtbot, window)
    clerk_case.tabs.setCurrentIndex(INFORMATION_TAB)
    table = clerk_case.information.table
    table.setCurrentIndex(clerk_case.information.model.index(0, 4))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    shoot(clerk_case, "clerk-case-restricted-hidden")
    shown = text_of(clerk_case)
    for secret in (SECRET, "Conclusion no. 7", "Internal: credible."):
        assert secret not in shown
    assert "Only officers and supervisors may read it" in shown
    assert "Stated reasons." in shown
    assert not clerk_case.form.editable
    with workspace.store.session() as session:
        assert (
            session.scalars(select(AuditEvent).where(AuditEvent.action == "restricted_read")).all()
            == []
        )
        assert session.scalars(select(InformationItem)).one().content == SECRET


def test_a_request_for_information_and_its_answer(
    qtbot: QtBot,
    workspace: Workspace,
    ui_settings: QSettings,
    users: dict[str, Actor],
    population: dict[str, str],
    uow_factory: Callable[[], UnitOfWork],
    shoot: Shoot,
) -> None:
    number = population["ivanova"]
    window = open_window(qtbot, workspace, ui_settings, users["olga"])
    view = queue_of(qtbot, window)
    view.open_case(number)
    case = shown_case(qtbot, window, view, number)
    form = case.form
    assert not form.request_box.isVisible()
    qtbot.mouseClick(form.outcome_buttons["request_information"], LEFT)
    assert form.request_box.isVisible()
    today = dt.date.fromisoformat(case.file["today"]) if case.file else dt.date.today()
    assert form.values().due_on == today + dt.timedelta(days=14)  # the default period
    qtbot.keyClicks(form.reasons, "The answers leave her contacts unclear.")
    form.authority.setFocus()
    qtbot.keyClicks(form.authority, "State Security Department")
    qtbot.keyClicks(form.question, "Does she keep contacts with the services of Russia?")
    shoot(window, "officer-request-information-1366x768", (1366, 768))
    qtbot.keyClick(form.question, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: case.message.text() == "Submitted for sign-off.")

    cases.approve(uow_factory(), users["sam"], number)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: case.file is not None and case.file["state"] == "awaiting_information")
    wait_idle(qtbot, window)
    assert form.waiting.isVisible() and "State Security Department" in form.waiting_text.text()
    assert str(today + dt.timedelta(days=14)) in form.waiting_text.text()
    qtbot.mouseClick(form.record_button, LEFT)
    dialog = case.findChild(RecordAnswerDialog)
    assert isinstance(dialog, RecordAnswerDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.answer, "No contacts are known.")
    shoot(dialog, "officer-record-answer")
    qtbot.mouseClick(dialog.record_button, LEFT)
    activate(qtbot, window)
    qtbot.waitUntil(lambda: case.file is not None and case.file["state"] == "in_assessment")
    request = case.file["requests"][0]
    assert (request["answer"], request["answered_on"]) == ("No contacts are known.", str(today))
    assert "answered" in case.information.requests.text()
    assert form.editable  # assessment resumes
