"""The dashboard (supervisors, admins): how far the review is, who is overloaded, how many
revocations by citizenship, appeals and their results, what deadlines need attention.

Every figure is counted by the database on a worker thread; each is a chart
with its table a click away, and exports as CSV or XLSX. The weekly
statistics report is saved as PDF.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import PermitReviewError
from app.domain.roles import Role
from app.services import reports
from app.services.context import Changed
from app.services.reports import Dashboard, Period
from ui import errors
from ui.context import ViewContext
from ui.dashboard.panel import FigurePanel
from ui.views import View, ViewSpec

TITLES = {
    "states": "Cases by state",
    "outcomes": "Outcomes by citizenship",
    "workload": "Officer workload",
    "throughput": "Decisions per week",
    "durations": "Time to decision and to sign-off (days)",
    "appeals": "Appeals by outcome",
    "attention": "Deadlines needing attention",
}
# Where each figure sits: (row, column, columns spanned); the weeks get the whole width.
PLACES = {
    "states": (0, 0, 1),
    "attention": (0, 1, 1),
    "outcomes": (1, 0, 1),
    "workload": (1, 1, 1),
    "throughput": (2, 0, 2),
    "durations": (3, 0, 1),
    "appeals": (3, 1, 1),
}
# Changes that move no figure: reads, exports, printouts.
QUIET = {"report_exported", "deadlines_exported", "deadlines_printed", "restricted_read"}


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class DashboardView(View):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("dashboardView")
        self.headline = QLabel("Counting…", self)
        self.headline.setObjectName("headline")
        self.headline.setAccessibleName("headline")
        font = self.headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.35)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        self.status = QLabel("", self)
        self.status.setObjectName("dashboardStatus")
        today = ctx.workspace.clock.today()
        default = Period.ending(today)
        self.date_from = self._date_edit("period from", default.first)
        self.date_to = self._date_edit("period to", default.last)
        self.apply_button = QPushButton("&Show", self)
        self.apply_button.setToolTip("Count the figures over time for this period")
        self.apply_button.clicked.connect(self.refresh)
        self.refresh_button = QPushButton("&Refresh", self)
        self.refresh_button.clicked.connect(self.refresh)
        self.weekly_button = QPushButton("&Weekly report (PDF)…", self)
        self.weekly_button.setObjectName("weeklyReport")
        self.weekly_button.setToolTip("Last week's statistics (Monday to Sunday), as a PDF file")
        self.weekly_button.clicked.connect(lambda: self.save_weekly())
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Weeks from", self))
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel("to", self))
        bar.addWidget(self.date_to)
        bar.addWidget(self.apply_button)
        bar.addStretch(1)
        bar.addWidget(self.status)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.weekly_button)
        self.panels: dict[str, FigurePanel] = {}
        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        for key, (row, column, span) in PLACES.items():
            panel = FigurePanel(key, TITLES[key], grid_host)
            panel.export_requested.connect(self.export_figure)
            self.panels[key] = panel
            grid.addWidget(panel, row, column, 1, span)
        self.panels["states"].setMinimumHeight(340)
        self.panels["attention"].setMinimumHeight(340)
        self.scroller = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(grid_host)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        self.board: Dashboard | None = None
        self.loads = 0
        self._request = 0

    def _date_edit(self, name: str, day: dt.date) -> QDateEdit:
        edit = QDateEdit(_qdate(day), self)
        edit.setObjectName(name.replace(" ", "_"))
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def period(self) -> Period:
        return Period.of(
            self.ctx.workspace.clock.today(),
            _date(self.date_from.date()),
            _date(self.date_to.date()),
        )

    def refresh(self) -> None:
        try:
            period = self.period()
        except PermitReviewError as exc:
            errors.show_error(self, exc)
            return
        uow, actor = self.ctx.uow(), self.ctx.actor
        self._request += 1
        token = self._request
        self.status.setText("Counting…")
        self.ctx.tasks.run(
            lambda: reports.dashboard(uow, actor, period),
            lambda board: self._loaded(board) if token == self._request else None,
            self._failed,
            owner=self,
        )

    def _loaded(self, board: Dashboard) -> None:
        self.board = board
        self.headline.setText(board.headline)
        for figure in board.figures:
            self.panels[figure.key].set_figure(figure)
        made = board.made_at.astimezone().strftime("%H:%M")
        self.status.setText(f"As of {board.today.isoformat()} {made}")
        self.loads += 1

    def _failed(self, exc: BaseException) -> None:
        self.status.setText("Not counted")
        errors.show_error(self, exc)

    def on_changed(self, changed: Changed) -> None:
        if changed.action not in QUIET and changed.case_ids and self.isVisible():
            self.refresh()

    # --- files ---------------------------------------------------------------------------

    def _ask_file(self, title: str, name: str, kind: str, suffix: str) -> Path | None:
        folder = self.ctx.workspace.paths.data
        path, _ = QFileDialog.getSaveFileName(self, title, str(folder / name), kind)
        if not path:
            return None
        found = Path(path)
        return found if found.suffix.lower() == suffix else found.with_name(found.name + suffix)

    def export_figure(self, key: str, fmt: str, path: Path | None = None) -> None:
        """Export one figure over the period shown; `path` skips the file dialog (tests)."""
        stamp = self.ctx.workspace.clock.today().isoformat()
        kind = "CSV files (*.csv)" if fmt == "csv" else "Excel workbooks (*.xlsx)"
        path = path or self._ask_file(
            f"Export {TITLES[key].lower()}", f"{key}-{stamp}.{fmt}", kind, f".{fmt}"
        )
        if path is None:
            return
        uow, actor, period = self.ctx.uow(), self.ctx.actor, self.period()
        self.ctx.tasks.run(
            lambda: reports.export_view(uow, actor, key, fmt, path, period),
            self._saved,
            owner=self,
        )

    def save_weekly(self, path: Path | None = None) -> None:
        stamp = self.ctx.workspace.clock.today().isoformat()
        path = path or self._ask_file(
            "Save the weekly report", f"weekly-report-{stamp}.pdf", "PDF files (*.pdf)", ".pdf"
        )
        if path is None:
            return
        uow, actor = self.ctx.uow(), self.ctx.actor
        self.ctx.tasks.run(lambda: reports.weekly_report(uow, actor, path), self._saved, owner=self)

    def _saved(self, changed: Changed) -> None:
        self.status.setText(f"Saved {Path(changed.details['file']).name}")
        self.ctx.bus.publish(changed)


VIEWS = [
    ViewSpec(
        "dashboard",
        "Dashboard",
        DashboardView,
        roles=frozenset({Role.SUPERVISOR, Role.ADMIN}),
        order=30,
        tooltip="How far the review is: cases by state, outcomes by citizenship, workload, "
        "decisions per week, times, appeals and deadlines; exports and the weekly report",
    )
]
