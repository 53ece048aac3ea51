"""The dashboard in the window: figures drawn and tabled, exports, the weekly report."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services import reports
from app.services.context import Actor
from tests.gui.conftest import Shoot
from tests.gui.desk import LEFT, dark, open_window, press_view, wait_idle
from ui.context import Workspace
from ui.views.dashboard import DashboardView


def dashboard(
    qtbot: QtBot, workspace: Workspace, settings: QSettings, actor: Actor
) -> DashboardView:
    window = open_window(qtbot, workspace, settings, actor)
    view = press_view(qtbot, window, "dashboard")
    assert isinstance(view, DashboardView)
    qtbot.waitUntil(lambda: view.loads >= 1, timeout=15_000)
    wait_idle(qtbot, window)
    return view


def test_dashboard_draws_every_figure_and_shows_its_table(
    qtbot: QtBot,
    workspace: Workspace,
    ui_settings: QSettings,
    users: dict[str, Actor],
    known: dict[str, str],
    shoot: Shoot,
) -> None:
    view = dashboard(qtbot, workspace, ui_settings, users["sam"])
    assert view.headline.text() == "3 found a risk: 2 Russia (RU) and 1 Belarus (BY)"
    for key in reports.FIGURES:
        panel = view.panels[key]
        assert panel.has_chart, key
        assert isinstance(panel.stack.currentWidget(), QChartView), key
    shoot(view.window(), "dashboard", (1366, 900))
    # The same figure as a table, one click away.
    outcomes = view.panels["outcomes"]
    qtbot.mouseClick(outcomes.toggle, LEFT)
    assert outcomes.stack.currentWidget() is outcomes.table
    model = outcomes.model
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Revoked (found a risk)"
    assert [model.index(r, 3).data() for r in range(model.rowCount())] == ["1", "2"]
    assert model.index(0, 0).data() == "Belarus (BY)"
    durations = view.panels["durations"]
    durations.show_table()
    assert durations.model.index(1, 2).data() == "1.5"  # median days, proposal to sign-off
    shoot(view.window(), "dashboard-tables", (1366, 900))
    bar = view.scroller.verticalScrollBar()
    bar.setValue(bar.maximum())
    shoot(view.window(), "dashboard-bottom", (1366, 900))


def test_dashboard_in_the_dark_scheme(
    qtbot: QtBot,
    workspace: Workspace,
    ui_settings: QSettings,
    users: dict[str, Actor],
    known: dict[str, str],
    shoot: Shoot,
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    with dark(app):
        view = dashboard(qtbot, workspace, ui_settings, users["admin"])
        shoot(view.window(), "dashboard-dark", (1366, 900))
        assert view.panels["states"].has_chart


def test_export_buttons_write_the_figure(
    qtbot: QtBot,
    workspace: Workspace,
    ui_settings: QSettings,
    users: dict[str, Actor],
    known: dict[str, str],
    tmp_path: Path,
) -> None:
    view = dashboard(qtbot, workspace, ui_settings, users["sam"])
    target = tmp_path / "workload.csv"
    view.export_figure("workload", "csv", target)
    qtbot.waitUntil(lambda: target.exists(), timeout=10_000)
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][0] == "Officer"
    assert rows[1:] == [
        ["Olegas Jankauskas", "1", "0", "0", "0", "1"],
        ["Olga Petrauskienė", "0", "1", "0", "1", "2"],
    ]
    qtbot.waitUntil(lambda: view.status.text() == "Saved workload.csv")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")
def test_weekly_report_from_the_window(
    qtbot: QtBot,
    workspace: Workspace,
    ui_settings: QSettings,
    users: dict[str, Actor],
    known: dict[str, str],
    tmp_path: Path,
) -> None:
    from tests.letters.pdftext import flat, pdf_text

    view = dashboard(qtbot, workspace, ui_settings, users["sue"])
    target = tmp_path / "weekly.pdf"
    view.save_weekly(target)
    qtbot.waitUntil(lambda: target.exists(), timeout=15_000)
    assert "Permit review: weekly statistics" in flat(pdf_text(target.read_bytes()))


def test_officers_and_clerks_have_no_dashboard(
    qtbot: QtBot, workspace: Workspace, ui_settings: QSettings, users: dict[str, Actor]
) -> None:
    for name in ("olga", "cleo"):
        window = open_window(qtbot, workspace, ui_settings, users[name])
        assert window.view("dashboard") is None
