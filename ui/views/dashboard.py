"""The dashboard (supervisors, admins): how far the review is, who is overloaded, how many
revocations by citizenship, appeals and their results, what deadlines need attention.

Every figure is counted by the database on a worker thread; each is a chart
with its table a click away, and exports as CSV or XLSX. The weekly
statistics report is saved as PDF.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
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
from app.services.reports import Dashboard, Figure, Period
from ui import errors, i18n
from ui.context import ViewContext
from ui.dashboard.models import figure_text
from ui.dashboard.panel import FigurePanel
from ui.models.labels import date_text
from ui.views import View, ViewSpec

TITLES = {
    "states": QT_TRANSLATE_NOOP("DashboardView", "Cases by state"),
    "outcomes": QT_TRANSLATE_NOOP("DashboardView", "Outcomes by citizenship"),
    "workload": QT_TRANSLATE_NOOP("DashboardView", "Officer workload"),
    "throughput": QT_TRANSLATE_NOOP("DashboardView", "Decisions per week"),
    "durations": QT_TRANSLATE_NOOP("DashboardView", "Time to decision and to sign-off (days)"),
    "appeals": QT_TRANSLATE_NOOP("DashboardView", "Appeals by outcome"),
    "attention": QT_TRANSLATE_NOOP("DashboardView", "Deadlines needing attention"),
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


def _tr(text: object) -> str:
    return QCoreApplication.translate("DashboardView", str(text))


def title(key: str) -> str:
    return _tr(TITLES[key])


def headline(outcomes: Figure) -> str:
    """'3 found a risk: 2 Russia (RU) and 1 Belarus (BY)', from the outcomes by citizenship."""
    revoked = list(zip(outcomes.column("revoked"), outcomes.column("citizenship"), strict=True))
    total = sum(n for n, _ in revoked)
    if not total:
        return QCoreApplication.translate("DashboardView", "No one has been found a risk so far.")
    named = [
        QCoreApplication.translate("DashboardView", "{count} {citizenship}").format(
            count=i18n.number_text(n), citizenship=figure_text(str(who))
        )
        for n, who in sorted(revoked, key=lambda p: -p[0])
        if n
    ]
    listed = named[0]
    if len(named) > 1:
        listed = QCoreApplication.translate("DashboardView", "{items} and {last}").format(
            items=", ".join(named[:-1]), last=named[-1]
        )
    return QCoreApplication.translate("DashboardView", "{total} found a risk: {listed}").format(
        total=i18n.number_text(total), listed=listed
    )


# The count in the service's note on the deadlines: "12 revocations can be confirmed …".
FINALITY = re.compile(r"^([\d,]+) ")


def note(figure: Figure, period: Period) -> str:
    """What a figure counts, under it, in the language in use."""
    days = f"{date_text(period.first)} – {date_text(period.last)}"
    rows = figure.rows
    if figure.key == "states":
        return QCoreApplication.translate("DashboardView", "{count} cases in all.").format(
            count=i18n.number_text(sum(int(r[1]) for r in rows))
        )
    if figure.key == "outcomes":
        return QCoreApplication.translate("DashboardView", "Decisions signed off and in force.")
    if figure.key == "workload":
        return QCoreApplication.translate("DashboardView", "Cases now with each officer.")
    if figure.key == "throughput":
        return QCoreApplication.translate(
            "DashboardView", "Proposals by officer, sign-offs and returns; {period}."
        ).format(period=days)
    if figure.key == "durations":
        return QCoreApplication.translate(
            "DashboardView",
            "Import to decision: from the case's import to the sign-off of its retain or "
            "revoke decision. Proposal to sign-off: every sign-off or return. "
            "Signed in {period}.",
        ).format(period=days)
    if figure.key == "appeals":
        return QCoreApplication.translate("DashboardView", "{count} appeals recorded.").format(
            count=i18n.number_text(sum(int(r[1]) for r in rows))
        )
    found = FINALITY.match(figure.note)
    if figure.key == "attention" and found:
        finality = int(found.group(1).replace(",", ""))
        return QCoreApplication.translate(
            "DashboardView", "{count} revocations can be confirmed as final."
        ).format(count=i18n.number_text(finality))
    return figure.note


class DashboardView(View):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("dashboardView")
        self.headline = QLabel(self.tr("Counting…"), self)
        self.headline.setObjectName("headline")
        self.headline.setAccessibleName(self.tr("headline"))
        font = self.headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.35)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        self.status = QLabel("", self)
        self.status.setObjectName("dashboardStatus")
        today = ctx.workspace.clock.today()
        default = Period.ending(today)
        self.date_from = self._date_edit("period_from", self.tr("period from"), default.first)
        self.date_to = self._date_edit("period_to", self.tr("period to"), default.last)
        self.apply_button = QPushButton(self.tr("&Show"), self)
        self.apply_button.setToolTip(self.tr("Count the figures over time for this period"))
        self.apply_button.clicked.connect(self.refresh)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.weekly_button = QPushButton(self.tr("&Weekly report (PDF)…"), self)
        self.weekly_button.setObjectName("weeklyReport")
        self.weekly_button.setToolTip(
            self.tr("Last week's statistics (Monday to Sunday), as a PDF file")
        )
        self.weekly_button.clicked.connect(lambda: self.save_weekly())
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Weeks from"), self))
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr("to"), self))
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
            panel = FigurePanel(key, title(key), grid_host)
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

    def _date_edit(self, name: str, accessible: str, day: dt.date) -> QDateEdit:
        edit = QDateEdit(_qdate(day), self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
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
        self.status.setText(self.tr("Counting…"))
        self.ctx.tasks.run(
            lambda: reports.dashboard(uow, actor, period),
            lambda board: self._loaded(board) if token == self._request else None,
            self._failed,
            owner=self,
        )

    def _loaded(self, board: Dashboard) -> None:
        self.board = board
        self.headline.setText(headline(board.figure("outcomes")))
        for figure in board.figures:
            self.panels[figure.key].set_figure(figure, note(figure, board.period))
        made = board.made_at.astimezone().strftime("%H:%M")
        self.status.setText(
            self.tr("As of {day} {time}").format(day=date_text(board.today), time=made)
        )
        self.loads += 1

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("Not counted"))
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
        kind = self.tr("CSV files (*.csv)") if fmt == "csv" else self.tr("Excel workbooks (*.xlsx)")
        path = path or self._ask_file(
            self.tr("Export: {figure}").format(figure=title(key)),
            f"{key}-{stamp}.{fmt}",
            kind,
            f".{fmt}",
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
            self.tr("Save the weekly report"),
            f"weekly-report-{stamp}.pdf",
            self.tr("PDF files (*.pdf)"),
            ".pdf",
        )
        if path is None:
            return
        uow, actor = self.ctx.uow(), self.ctx.actor
        self.ctx.tasks.run(lambda: reports.weekly_report(uow, actor, path), self._saved, owner=self)

    def _saved(self, changed: Changed) -> None:
        self.status.setText(self.tr("Saved {file}").format(file=Path(changed.details["file"]).name))
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
