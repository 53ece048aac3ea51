"""Work distribution in the queue: supervisors select cases and give them to an officer,
seeing each officer's open cases; filters by keyboard; every control has a name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.models import Case
from app.services.context import Actor, UnitOfWork
from tests.desk_fixtures import build_population
from tests.gui.conftest import Shoot
from tests.gui.desk import ALT, CTRL, SHIFT, activate, dark, open_window, press_view, wait_idle
from ui.case.assign import AssignDialog
from ui.context import Workspace
from ui.main_window import MainWindow
from ui.models.queue import COLUMN
from ui.views.queue import QueueView


@pytest.fixture
def population(workspace: Workspace, users: dict[str, Actor]) -> dict[str, str]:
    return build_population(workspace.store, users)


def queue_of(qtbot: QtBot, window: MainWindow) -> QueueView:
    view = press_view(qtbot, window, "queue")
    assert isinstance(view, QueueView)
    qtbot.waitUntil(lambda: view.loaded and not view.model.busy)
    wait_idle(qtbot, window)
    return view


def test_a_supervisor_assigns_selected_cases_to_an_officer(
    qtbot: QtBot,
    workspace: Workspace,
    ui_settings: QSettings,
    users: dict[str, Actor],
    population: dict[str, str],
    uow_factory: Callable[[], UnitOfWork],
    shoot: Shoot,
) -> None:
    window = open_window(qtbot, workspace, ui_settings, users["sam"])
    view = queue_of(qtbot, window)
    assert view.model.rowCount() == 6
    assert "Olga Petrauskienė: <b>1</b>" in view.workload.text()
    assert "Olegas Jankauskas: <b>2</b>" in view.workload.text()
    assert "unassigned: <b>3</b>" in view.workload.text()
    assert not view.take_button.isVisible() and view.assign_button.isVisible()

    # Only the unassigned, by keyboard: Alt+E is the officer filter's label, Down its next.
    qtbot.keyClick(view.table, Qt.Key.Key_E, ALT)
    assert view.officer_filter.hasFocus()
    qtbot.keyClick(view.officer_filter, Qt.Key.Key_Down)
    assert view.officer_filter.currentData() == "-"
    qtbot.waitUntil(lambda: view.model.query.officer == "-" and not view.model.busy)
    assert view.model.rowCount() == 3
    selection = view.table.selectionModel()
    for row in range(view.model.rowCount()):
        selection.select(
            view.model.index(row, COLUMN["name"]),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_A, CTRL | SHIFT)
    qtbot.waitUntil(
        lambda: (
            isinstance(getattr(view, "assign_dialog", None), AssignDialog)
            and view.assign_dialog.isVisible()
        )
    )
    dialog = view.assign_dialog
    lines = [dialog.officers.item(i).text() for i in range(dialog.officers.count())]
    assert lines == [
        "Olegas Jankauskas (oleg) — 2 open cases",
        "Olga Petrauskienė (olga) — 1 open case",
    ]
    assert dialog.officer() == "olga"  # the least loaded first
    shoot(dialog, "supervisor-assign-dialog")
    qtbot.keyClick(dialog.officers, Qt.Key.Key_Return)
    activate(qtbot, window)
    qtbot.waitUntil(lambda: "3 cases assigned to olga" in view.count.text())
    wait_idle(qtbot, window)
    with workspace.store.session() as session:
        states = session.execute(
            select(Case.state, Case.assigned_to_id).where(
                Case.case_number.in_([population[k] for k in ("zukauskas", "ivanov", "bondar")])
            )
        ).all()
    assert states == [("assigned", users["olga"].user_id)] * 3
    qtbot.waitUntil(lambda: "Olga Petrauskienė: <b>4</b>" in view.workload.text())
    # The rows show their new officer in place; F5 asks the database again.
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not view.model.busy and view.model.rowCount() == 0)
    view.officer_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: not view.model.busy and view.model.rowCount() == 6)
    wait_idle(qtbot, window)
    shoot(window, "supervisor-queue-1920x1080", (1920, 1080))
    with dark(QApplication.instance()):  # type: ignore[arg-type]
        shoot(window, "supervisor-queue-dark-1366x768", (1366, 768))


def test_filters_and_sorting_by_keyboard_and_header(
    qtbot: QtBot,
    workspace: Workspace,
    ui_settings: QSettings,
    users: dict[str, Actor],
    population: dict[str, str],
) -> None:
    window = open_window(qtbot, workspace, ui_settings, users["sam"])
    view = queue_of(qtbot, window)
    header = view.table.horizontalHeader()
    middle = QPoint(
        header.sectionViewportPosition(COLUMN["name"]) + header.sectionSize(COLUMN["name"]) // 2,
        header.height() // 2,
    )
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    qtbot.waitUntil(lambda: view.model.query.sort == "name" and not view.model.busy)
    first = view.model.row_data(0)
    assert first is not None and first.surname == "Abramovič"
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    qtbot.waitUntil(lambda: view.model.query.descending and not view.model.busy)
    first = view.model.row_data(0)
    assert first is not None and first.surname == "Žukauskas"

    qtbot.keyClick(view.table, Qt.Key.Key_F, CTRL)
    assert view.search.hasFocus()
    qtbot.keyClicks(view.search, "RU0000005")
    qtbot.waitUntil(lambda: view.model.query.search == "RU0000005" and not view.model.busy)
    assert view.model.rowCount() == 1
    view.search.clear()
    view.no_response.setFocus()
    qtbot.keyClick(view.no_response, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.model.query.no_response and not view.model.busy)
    assert view.model.rowCount() == 4


def test_every_control_has_an_accessible_name_and_a_place_in_the_tab_order(
    qtbot: QtBot,
    workspace: Workspace,
    ui_settings: QSettings,
    users: dict[str, Actor],
    population: dict[str, str],
) -> None:
    window = open_window(qtbot, workspace, ui_settings, users["olga"])
    view = queue_of(qtbot, window)
    view.open_case(population["ivanova"])
    qtbot.waitUntil(lambda: view.case_view.file is not None)
    wait_idle(qtbot, window)
    unnamed = []
    for root in (view.queue_page, view.case_view):
        for widget in root.findChildren(QWidget):
            if not isinstance(widget, QAbstractButton | QComboBox | QLineEdit):
                continue
            if widget.objectName().startswith("qt_") or isinstance(widget, QToolButton):
                continue  # parts Qt builds itself (scroll arrows, a table's corner)
            if not (
                widget.accessibleName() or widget.text()
                if isinstance(widget, QAbstractButton | QLineEdit)
                else widget.accessibleName()
            ):
                unnamed.append(widget.objectName() or type(widget).__name__)
    assert unnamed == []

    # Tab follows the form: outcome, legal basis, reasons, assessment, then the buttons.
    form = view.case_view.form
    chain = [form.outcome_buttons["retain"]]
    widget: QWidget = form.outcome_buttons["retain"]
    for _ in range(12):
        widget = widget.nextInFocusChain()
        chain.append(widget)
    names = [w.objectName() for w in chain]
    order = ["basis_ULTP-51-1-2", "basis_ULTP-51-1-3", "reasons", "assessment"]
    positions = [names.index(n) for n in order]
    assert positions == sorted(positions)


def test_the_queue_exports_as_shown(
    qtbot: QtBot,
    workspace: Workspace,
    ui_settings: QSettings,
    users: dict[str, Actor],
    population: dict[str, str],
    tmp_path: Path,
) -> None:
    window = open_window(qtbot, workspace, ui_settings, users["sam"])
    view = queue_of(qtbot, window)
    view.search.setText("Иванов")  # a filter: the export holds what is shown
    view.apply_filters()
    qtbot.waitUntil(lambda: view.model.query.search == "Иванов" and not view.model.busy)
    shown = [
        [view.model.index(r, c).data() for c in range(view.model.columnCount())]
        for r in range(view.model.rowCount())
    ]
    assert 0 < len(shown) < len(population)
    target = tmp_path / "queue.xlsx"
    view.export("xlsx", target)
    qtbot.waitUntil(lambda: view.count.text().startswith("Exported"), timeout=20_000)
    assert view.count.text() == f"Exported {len(shown)} rows to queue.xlsx."
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    written = [
        [("" if v is None else str(v)) for v in row] for row in sheet.iter_rows(values_only=True)
    ]
    headings = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(shown[0]))]
    assert written == [headings, *shown]
