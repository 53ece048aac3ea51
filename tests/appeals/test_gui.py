"""The deadline view driven as a clerk and a supervisor would: the board with its filters,
counts, CSV export, print and PDF; the review of final revocations with bulk
confirmation; one case's appeal, outcome, departure and reopening; the login summary."""

from __future__ import annotations

import csv
import subprocess
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.models import AuditEvent
from app.db.store import Store
from app.services import appeals
from app.services.context import Actor
from tests.appeals.board_store import TODAY, fill_board
from tests.appeals.helpers import (
    D,
    Factory,
    MovableClock,
    case_events,
    case_state,
    permit_status,
    served_case,
)
from tests.gui.conftest import Shoot
from tests.gui.desk import LEFT, dark, open_window, press_view, type_text, wait_idle
from ui.appeals import printing
from ui.appeals.appeal_dialog import RecordAppealDialog
from ui.appeals.departure_dialog import DepartureDialog
from ui.appeals.detail_dialog import DOCUMENT, AppealDetailDialog
from ui.appeals.outcome_dialog import OutcomeDialog
from ui.appeals.reopen_dialog import ReopenDialog
from ui.context import Workspace
from ui.main_window import MainWindow
from ui.views.case_view import CaseView
from ui.views.deadlines import CASE, REVIEW, DeadlinesView

SIZES = {"1366x768": (1366, 768), "1920x1080": (1920, 1080)}


@pytest.fixture
def filled(
    store: Store, uow_factory: Factory, users: dict[str, Actor], clock: MovableClock
) -> None:
    fill_board(store, uow_factory, users, clock)


def open_deadlines(
    qtbot: QtBot, workspace: Workspace, settings: QSettings, actor: Actor
) -> tuple[MainWindow, DeadlinesView]:
    window = open_window(qtbot, workspace, settings, actor)
    view = press_view(qtbot, window, "deadlines")
    assert isinstance(view, DeadlinesView)
    qtbot.waitUntil(lambda: view.board.loads > 0 and view.review_loads > 0)
    return window, view


def board_cases(view: DeadlinesView) -> list[tuple[str, str]]:
    model = view.board.proxy
    return [(model.index(r, 3).data(), model.index(r, 2).data()) for r in range(model.rowCount())]


def reload(qtbot: QtBot, view: DeadlinesView, change: Callable[[], object]) -> None:
    before = view.board.loads
    change()
    qtbot.waitUntil(lambda: view.board.loads > before)


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, LEFT)


def answer(qtbot: QtBot, box: QMessageBox | None, name: str) -> None:
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    button = box.findChild(QPushButton, name)
    assert button is not None
    qtbot.mouseClick(button, LEFT)


def test_board_lists_filters_counts_and_the_login_summary(
    qtbot: QtBot,
    filled: None,
    workspace: Workspace,
    ui_settings: QSettings,
    users: dict[str, Actor],
    shoot: Shoot,
    qapp: QApplication,
) -> None:
    window = open_window(qtbot, workspace, ui_settings, users["cleo"])
    summary = window.statusBar().findChild(QLabel, "attentionToday")
    assert summary is not None
    qtbot.waitUntil(lambda: "need attention today" in summary.text())
    assert "8 deadline items need attention today" in summary.text()
    assert "1 revocation to confirm as final" in summary.toolTip()
    assert "2 departure deadlines this week" in summary.toolTip()

    view = press_view(qtbot, window, "deadlines")
    assert isinstance(view, DeadlinesView)
    qtbot.waitUntil(lambda: view.board.loads > 0 and view.review_loads > 0)
    # Due this week (to Sunday 03-08) or overdue, soonest first.
    assert board_cases(view) == [
        ("PR24-000011", "Information request"),
        ("PR24-000001", "Appeal window"),
        ("PR24-000008", "Letter not served"),
        ("PR24-000005", "Departure"),
        ("PR24-000006", "Departure"),
        ("PR24-000010", "Departure"),
        ("PR24-000002", "Appeal window"),
    ]
    assert view.board.proxy.index(0, 1).data() == "3 overdue"
    assert view.board.rows_label.text() == "7 rows shown"
    counts = view.board.counts.text()
    assert "<b>Departures</b>:&nbsp;<b>1&nbsp;overdue</b>,&nbsp;2&nbsp;this&nbsp;week" in counts
    assert "<b>Suspended</b>&nbsp;by&nbsp;a&nbsp;pending&nbsp;appeal:&nbsp;1" in counts
    assert view.attention.text().startswith("⚠ Needs attention today: 1 revocation to")
    assert view.tabs.tabText(REVIEW) == "&Revocation final (1)"
    for label, size in SIZES.items():
        shoot(window, f"deadlines-board-clerk-{label}", size)
    with dark(qapp):
        shoot(window, "deadlines-board-clerk-dark", (1366, 768))

    reload(qtbot, view, lambda: view.board.lists.setCurrentIndex(2))  # departures
    reload(qtbot, view, lambda: view.board.due.setCurrentIndex(4))  # everything running
    assert [c for c, _ in board_cases(view)] == [
        "PR24-000005",
        "PR24-000006",
        "PR24-000010",
        "PR24-000001",
        "PR24-000002",
        "PR24-000003",
    ]
    reload(qtbot, view, lambda: view.board.due.setCurrentIndex(1))  # overdue
    assert board_cases(view) == [("PR24-000005", "Departure")]
    reload(qtbot, view, lambda: view.board.lists.setCurrentIndex(0))
    reload(qtbot, view, lambda: view.board.due.setCurrentIndex(4))
    reload(qtbot, view, lambda: qtbot.keyClicks(view.board.case, "pr24-00001"))
    assert {c for c, _ in board_cases(view)} == {"PR24-000010", "PR24-000011", "PR24-000012"}

    # Sorting by days left, then a double click opens the case.
    view.board.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert view.board.proxy.index(0, 3).data() == "PR24-000012"
    index = view.board.proxy.index(0, 3)
    view.board.table.setCurrentIndex(index)
    centre = view.board.table.visualRect(index).center()
    qtbot.mouseClick(view.board.table.viewport(), LEFT, pos=centre)
    qtbot.mouseDClick(view.board.table.viewport(), LEFT, pos=centre)
    assert view.tabs.currentIndex() == CASE
    qtbot.waitUntil(lambda: view.case.case_number == "PR24-000012")
    wait_idle(qtbot, window)


def test_export_print_and_pdf(
    qtbot: QtBot,
    filled: None,
    store: Store,
    workspace: Workspace,
    ui_settings: QSettings,
    users: dict[str, Actor],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, view = open_deadlines(qtbot, workspace, ui_settings, users["sam"])
    reload(qtbot, view, lambda: view.board.due.setCurrentIndex(1))  # overdue
    target = tmp_path / "overdue.csv"
    view.board.export_csv(target)
    rows = list(csv.reader(target.read_text("utf-8-sig").splitlines()))
    assert [r[5] for r in rows[1:]] == ["PR24-000011", "PR24-000001", "PR24-000008", "PR24-000005"]
    assert view.board.rows_label.text() == "4 rows exported to overdue.csv"
    workbook = tmp_path / "overdue.xlsx"
    view.board.export_xlsx(workbook)
    qtbot.waitUntil(lambda: view.board.rows_label.text().startswith("Exported"))
    assert view.board.rows_label.text() == "Exported 4 rows to overdue.xlsx."
    sheet = openpyxl.load_workbook(workbook).active
    assert sheet is not None
    written = list(sheet.iter_rows(values_only=True))
    assert [r[3] for r in written[1:]] == [r[5] for r in rows[1:]]  # the same rows, as shown

    pdf = tmp_path / "board.pdf"
    view.board.save_pdf(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert f"Deadline board, {TODAY.isoformat()}" in text
    assert "All lists, overdue — 4 rows" in text
    assert "Adomaitis" in text and "Žukauskienė" in text and "PR24-000008" in text
    assert "PR24-000002" not in text  # not overdue: filtered out

    monkeypatch.setattr(printing, "printers_available", lambda: False)
    click(qtbot, view.board.print_button)
    box = view.board.dialog
    assert isinstance(box, QMessageBox) and box.objectName() == "noPrinterBox"
    assert "No printer is set up" in box.text()
    box.close()

    printed = tmp_path / "printed.pdf"
    printer = printing.board_printer()  # as the print dialog hands it back, but to a file
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)  # the user's choice
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    view.board._print_to(printer)  # what the print dialog's Print button does
    assert printed.stat().st_size > 1000
    with store.reading() as session:
        outputs = session.scalars(
            select(AuditEvent.action).where(AuditEvent.entity == "deadline_board")
        ).all()
    assert outputs == ["deadlines_exported", "deadlines_printed", "deadlines_printed"]
    wait_idle(qtbot, window)


def test_review_list_confirmed_in_bulk(
    qtbot: QtBot,
    store: Store,
    uow_factory: Factory,
    users: dict[str, Actor],
    clock: MovableClock,
    workspace: Workspace,
    ui_settings: QSettings,
    shoot: Shoot,
) -> None:
    fill_board(store, uow_factory, users, clock)
    clock.set_day("2026-03-09")  # the next Monday: two appeal windows have closed
    window, view = open_deadlines(qtbot, workspace, ui_settings, users["cleo"])
    view.tabs.setCurrentIndex(REVIEW)
    review = view.review
    assert review.model.rowCount() == 2
    assert [review.proxy.index(r, 3).data() for r in range(2)] == [
        "No appeal by 2026-03-02",
        "No appeal by 2026-03-06",
    ]
    assert not review.confirm_button.isEnabled()
    review.select(["PR24-000001", "PR24-000002"])
    shoot(window, "deadlines-review-clerk", (1366, 768))
    click(qtbot, review.confirm_button)
    assert review.box is not None
    qtbot.waitUntil(review.box.isVisible)
    assert "final for 2 cases (PR24-000001, PR24-000002)" in review.box.text()
    shoot(review.box, "deadlines-review-confirm-box")
    review.box.button(QMessageBox.StandardButton.Cancel).click()  # changes nothing
    assert case_state(store, "PR24-000001") == "served"

    click(qtbot, review.confirm_all_button)
    answer(qtbot, review.box, "confirmFinal")
    qtbot.waitUntil(lambda: review.model.rowCount() == 0)
    assert case_state(store, "PR24-000001") == "revocation_final"
    assert case_state(store, "PR24-000002") == "revocation_final"
    assert permit_status(store, "PR24-000002") == "revoked"
    for ref in ("PR24-000001", "PR24-000002"):
        (event,) = [e for e in case_events(store, ref) if e.action == "confirm_final"]
        assert event.after["confirmed_by"] == "cleo"
    qtbot.waitUntil(lambda: view.tabs.tabText(REVIEW) == "&Revocation final")
    assert review.count.text() == "Nothing to confirm."
    wait_idle(qtbot, window)


def test_supervisor_sees_the_review_but_confirms_nothing(
    qtbot: QtBot,
    filled: None,
    workspace: Workspace,
    ui_settings: QSettings,
    users: dict[str, Actor],
) -> None:
    window, view = open_deadlines(qtbot, workspace, ui_settings, users["sue"])
    assert view.review.model.rowCount() == 1
    assert not view.review.confirm_button.isVisible()
    assert not view.review.confirm_all_button.isVisible()
    view.show_case("PR24-000002")
    qtbot.waitUntil(lambda: view.case.case_number == "PR24-000002")
    shown = [k for k, b in view.case.buttons.items() if b.isVisible()]
    assert shown == ["reopen"]
    wait_idle(qtbot, window)


def test_appeal_hearing_document_and_annulment_then_reopening(
    qtbot: QtBot,
    filled: None,
    store: Store,
    workspace: Workspace,
    ui_settings: QSettings,
    users: dict[str, Actor],
    shoot: Shoot,
) -> None:
    window, view = open_deadlines(qtbot, workspace, ui_settings, users["cleo"])
    panel = view.case
    view.tabs.setCurrentIndex(CASE)
    qtbot.keyClicks(panel.ref, "LP0000002")
    qtbot.keyClick(panel.ref, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.case_number == "PR24-000002")
    assert "last day to appeal <b>2026-03-06</b>" in panel.summary.text()
    assert [k for k, b in panel.buttons.items() if b.isEnabled()] == [
        "appeal",
        "final",
        "departure",
    ]

    click(qtbot, panel.buttons["appeal"])
    dialog = panel.dialog
    assert isinstance(dialog, RecordAppealDialog)
    assert dialog.court.currentData() == "RAT-V"
    assert dialog.address.text() == "Žygimantų g. 2, LT-01102 Vilnius"
    dialog.court.setCurrentIndex(1)
    assert dialog.address.text() == "A. Mickevičiaus g. 8A, LT-44312 Kaunas"
    qtbot.keyClicks(dialog.case_number, "eI-2001-123/2026")
    dialog.suspensive.setChecked(True)
    assert dialog.late.text() == ""
    shoot(dialog, "deadlines-record-appeal")
    loaded = panel.loaded
    click(qtbot, dialog.action_button)
    qtbot.waitUntil(lambda: panel.loaded > loaded)
    assert case_state(store, "PR24-000002") == "under_appeal"
    assert panel.model.index(0, 0).data() == "RAT-K"
    assert panel.model.index(0, 1).data() == "eI-2001-123/2026"
    assert panel.model.index(0, 3).data() == "suspensive"
    assert [k for k, b in panel.buttons.items() if b.isEnabled()] == ["detail", "outcome"]

    click(qtbot, panel.buttons["detail"])
    detail = panel.dialog
    assert isinstance(detail, AppealDetailDialog)
    detail.hearing_on.setDate(detail.hearing_on.date().addDays(14))
    qtbot.keyClicks(detail.hearing_note, "Kaunas, room 4")
    loaded = panel.loaded
    click(qtbot, detail.action_button)
    qtbot.waitUntil(lambda: panel.loaded > loaded)
    click(qtbot, panel.buttons["detail"])
    detail = panel.dialog
    assert isinstance(detail, AppealDetailDialog)
    detail.choose(DOCUMENT)
    click(qtbot, detail.action_button)  # no reference: refused in the dialog
    assert detail.isVisible()
    assert "document reference: give the document's reference" in detail.error.text()
    assert detail.focusWidget() is detail.reference or not detail.isActiveWindow()
    type_text(detail.reference, "Šaukimas Nr. 5")
    loaded = panel.loaded
    click(qtbot, detail.action_button)
    qtbot.waitUntil(lambda: panel.loaded > loaded)
    assert panel.model.index(0, 4).data() == "2026-03-18"
    assert panel.model.index(0, 5).data() == "Šaukimas Nr. 5 (2026-03-04)"
    shoot(window, "deadlines-case-under-appeal", (1366, 768))

    click(qtbot, panel.buttons["outcome"])
    outcome = panel.dialog
    assert isinstance(outcome, OutcomeDialog)
    click(qtbot, outcome.action_button)
    assert "outcome: choose the court's outcome" in outcome.error.text()
    outcome.choose("annulled")
    shoot(outcome, "deadlines-outcome")
    loaded = panel.loaded
    click(qtbot, outcome.action_button)
    qtbot.waitUntil(lambda: panel.loaded > loaded)
    assert case_state(store, "PR24-000002") == "closed_reinstated"
    assert permit_status(store, "PR24-000002") == "valid"
    assert "Closed reinstated" in panel.summary.text()
    assert panel.model.index(0, 6).data() == "Decision annulled by the court 2026-03-04"
    assert not any(b.isEnabled() for b in panel.buttons.values())
    assert not panel.buttons["reopen"].isVisible()  # a clerk does not reopen
    wait_idle(qtbot, window)

    sup_window, sup_view = open_deadlines(qtbot, workspace, ui_settings, users["sam"])
    sup_view.show_case("PR24-000002")
    sup_panel = sup_view.case
    qtbot.waitUntil(lambda: sup_panel.case_number == "PR24-000002")
    click(qtbot, sup_panel.buttons["reopen"])
    reopen = sup_panel.dialog
    assert isinstance(reopen, ReopenDialog)
    click(qtbot, reopen.action_button)
    assert "reason: say why the case is reopened" in reopen.error.text()
    qtbot.keyClicks(reopen.reason, "The court's judgment was appealed by the department.")
    shoot(reopen, "deadlines-reopen")
    loaded = sup_panel.loaded
    click(qtbot, reopen.action_button)
    qtbot.waitUntil(lambda: sup_panel.loaded > loaded)
    assert case_state(store, "PR24-000002") == "in_assessment"
    event = next(e for e in case_events(store, "PR24-000002") if e.action == "reopen")
    assert (event.actor, event.justification) == (
        "sam",
        "The court's judgment was appealed by the department.",
    )
    wait_idle(qtbot, sup_window)


def test_late_appeal_warning_and_departure_with_the_card(
    qtbot: QtBot,
    filled: None,
    store: Store,
    workspace: Workspace,
    ui_settings: QSettings,
    users: dict[str, Actor],
    shoot: Shoot,
) -> None:
    window, view = open_deadlines(qtbot, workspace, ui_settings, users["cleo"])
    panel = view.case
    view.show_case("PR24-000001")  # its appeal window closed on 03-02
    qtbot.waitUntil(lambda: panel.case_number == "PR24-000001")
    click(qtbot, panel.buttons["appeal"])
    dialog = panel.dialog
    assert isinstance(dialog, RecordAppealDialog)
    assert dialog.late.text().startswith("⚠ Lodged after the last day (2026-03-02)")
    shoot(dialog, "deadlines-record-appeal-late")
    dialog.reject()

    view.show_case("PR24-000006")  # final since 02-20
    qtbot.waitUntil(lambda: panel.case_number == "PR24-000006")
    click(qtbot, panel.buttons["departure"])
    departure = panel.dialog
    assert isinstance(departure, DepartureDialog)
    departure.evidence.setCurrentIndex(2)  # other
    click(qtbot, departure.action_button)
    assert "note: say how the departure is known" in departure.error.text()
    qtbot.keyClicks(departure.note, "Letter from the embassy")
    shoot(departure, "deadlines-departure")
    loaded = panel.loaded
    click(qtbot, departure.action_button)
    qtbot.waitUntil(lambda: panel.loaded > loaded)
    assert case_state(store, "PR24-000006") == "closed_departed"
    assert panel.departure.text() == (
        "Departed 2026-03-04 (known from: other (see note)) — Letter from the embassy; "
        "card not returned."
    )
    click(qtbot, panel.buttons["card"])
    loaded = panel.loaded
    answer(qtbot, panel.box, "caseQuestionYes")
    qtbot.waitUntil(lambda: panel.loaded > loaded)
    assert panel.departure.text().endswith("the permit card was returned.")
    assert not panel.buttons["card"].isEnabled()
    # The board no longer lists the departure, after the change it published.
    qtbot.waitUntil(lambda: ("PR24-000006", "Departure") not in board_cases(view))
    wait_idle(qtbot, window)


def test_the_case_panel_gives_the_departure_deadline_after_a_dismissal(
    qtbot: QtBot,
    store: Store,
    workspace: Workspace,
    ui_settings: QSettings,
    uow_factory: Factory,
    users: dict[str, Actor],
    clock: MovableClock,
) -> None:
    ref = served_case(store, uow_factory, users, clock, "LP0000001", served_on=D("2026-01-31"))
    clock.set_day("2026-02-10")
    appeals.lodge_appeal(
        uow_factory(), users["cleo"], ref, court_code="RAT-V", lodged_on=D("2026-02-10"),
        suspensive=True,
    )  # fmt: skip
    clock.set_day("2026-04-16")
    appeals.record_outcome(
        uow_factory(), users["cleo"], ref, outcome="dismissed", decided_on=D("2026-04-15")
    )
    window, view = open_deadlines(qtbot, workspace, ui_settings, users["cleo"])
    # Nothing overdue: the board's first view holds what is due soon, and 06-01 is not.
    assert (ref, "Departure") not in board_cases(view)
    view.show_case(ref)
    qtbot.waitUntil(lambda: view.case.case_number == ref)
    # The service's 03-02 no longer stands: the appeal held it off until its dismissal.
    assert "must leave by <b>2026-06-01</b>" in view.case.summary.text()
    wait_idle(qtbot, window)


def test_officers_have_no_deadline_view_and_no_summary(
    qtbot: QtBot, workspace: Workspace, ui_settings: QSettings, users: dict[str, Actor]
) -> None:
    window = open_window(qtbot, workspace, ui_settings, users["olga"])
    assert window.view("deadlines") is None
    assert window.statusBar().findChild(QLabel, "attentionToday") is None
    assert all(w.objectName() != "attentionToday" for w in window.findChildren(QWidget))


def test_after_a_remittal_the_officer_proposes_a_new_decision(
    qtbot: QtBot,
    store: Store,
    uow_factory: Factory,
    users: dict[str, Actor],
    clock: MovableClock,
    workspace: Workspace,
    ui_settings: QSettings,
    shoot: Shoot,
) -> None:
    ref = served_case(store, uow_factory, users, clock, "LP0000001", served_on=D("2026-01-31"))
    clock.set_day("2026-02-10")
    appeals.lodge_appeal(
        uow_factory(), users["cleo"], ref, court_code="RAT-V", lodged_on=D("2026-02-10")
    )
    clock.set_day("2026-04-01")
    window, view = open_deadlines(qtbot, workspace, ui_settings, users["cleo"])
    view.show_case(ref)
    panel = view.case
    qtbot.waitUntil(lambda: panel.case_number == ref)
    click(qtbot, panel.buttons["outcome"])
    outcome = panel.dialog
    assert isinstance(outcome, OutcomeDialog)
    outcome.choose("remitted")
    outcome.decided_on.setDate(outcome.decided_on.date().addDays(-2))
    loaded = panel.loaded
    click(qtbot, outcome.action_button)
    qtbot.waitUntil(lambda: panel.loaded > loaded)
    assert case_state(store, ref) == "in_assessment"
    assert panel.model.index(0, 6).data() == "Remitted for a new assessment 2026-03-30"
    wait_idle(qtbot, window)

    # The case is back on its officer's desk, with no decision standing: she proposes anew.
    olga = open_window(qtbot, workspace, ui_settings, users["olga"])
    case = CaseView(olga.ctx, navigation=False)
    qtbot.addWidget(case, before_close_func=lambda _: olga.ctx.tasks.wait())
    case.resize(1366, 700)
    case.show()
    case.open_case(ref)
    qtbot.waitUntil(lambda: case.file is not None and case.form.editable)
    assert case.file["decision"] is None
    qtbot.mouseClick(case.form.outcome_buttons["revoke"], LEFT)
    qtbot.mouseClick(case.form.bases["ULTP-51-1-2"], LEFT)
    qtbot.keyClicks(case.form.reasons, "After the court's remittal: reasons assessed anew.")
    qtbot.mouseClick(case.form.submit_button, LEFT)
    qtbot.waitUntil(lambda: case.message.text() == "Submitted for sign-off.")
    shoot(case, "deadlines-remitted-case-proposed-anew")
    assert case_state(store, ref) == "awaiting_signoff"
    actions = [e.action for e in case_events(store, ref)]
    assert actions.index("decision_superseded") < actions.index("resume_assessment")
    assert actions[-1] == "propose"
    wait_idle(qtbot, olga)
