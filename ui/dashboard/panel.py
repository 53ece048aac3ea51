"""One figure of the dashboard: its chart or its table (a click apart), and its export."""

from __future__ import annotations

from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.reports import Figure
from ui.dashboard.charts import chart_for
from ui.dashboard.models import FigureModel
from ui.widgets import compact_rows, hint_label

CHART, TABLE = range(2)


class FigurePanel(QFrame):
    """`export_requested(key, format)` when the user asks for a CSV or XLSX file."""

    export_requested = Signal(str, str)

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.figure: Figure | None = None
        self.setObjectName(f"figure_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title, self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.toggle = QPushButton(self.tr("Table"), self)
        self.toggle.setObjectName(f"toggle_{key}")
        self.toggle.setAccessibleName(self.tr("show {figure} as a table").format(figure=title))
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._toggled)
        self.export_button = QToolButton(self)
        self.export_button.setObjectName(f"export_{key}")
        self.export_button.setText(self.tr("Export"))
        self.export_button.setAccessibleName(self.tr("export {figure}").format(figure=title))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("As &CSV…"), lambda: self.export_requested.emit(self.key, "csv"))
        menu.addAction(
            self.tr("As E&xcel workbook (XLSX)…"),
            lambda: self.export_requested.emit(self.key, "xlsx"),
        )
        self.export_button.setMenu(menu)
        self.model = FigureModel(self)
        self.table = QTableView(self)
        self.table.setObjectName(f"table_{key}")
        self.table.setAccessibleName(self.tr("{figure} as a table").format(figure=title))
        self.table.setModel(self.model)
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        # Long headings wrap onto a second line rather than push the table sideways.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumHeight(3 * header.fontMetrics().height() + 8)
        self.chart_view = QChartView(self)
        self.chart_view.setObjectName(f"chart_{key}")
        self.chart_view.setAccessibleName(self.tr("{figure} as a chart").format(figure=title))
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.empty = QLabel(self.tr("Nothing to draw yet."), self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.chart_view)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.note = hint_label("", self)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.toggle)
        head.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.note)
        self.setMinimumHeight(260)
        self.has_chart = False

    def set_figure(self, figure: Figure, note: str = "") -> None:
        """Show `figure`, with `note` under it (the figure's own note when not given)."""
        self.figure = figure
        self.model.set_figure(figure)
        header = self.table.horizontalHeader()
        if figure.columns:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        note = note or figure.note
        self.note.setText(note)
        self.note.setVisible(bool(note))
        chart = chart_for(figure, self.palette())
        self.has_chart = chart is not None
        if chart is not None:
            old = self.chart_view.chart()
            self.chart_view.setChart(chart)
            if old is not None:
                old.deleteLater()
        self.toggle.setEnabled(self.has_chart)
        self._toggled(self.toggle.isChecked())

    def show_table(self, table: bool = True) -> None:
        self.toggle.setChecked(table)
        self._toggled(table)

    def _toggled(self, table: bool) -> None:
        if not self.has_chart:
            self.stack.setCurrentIndex(TABLE)
            self.toggle.setText(self.tr("Table"))
            return
        self.stack.setCurrentIndex(TABLE if table else CHART)
        self.toggle.setText(self.tr("Chart") if table else self.tr("Table"))
        figure = self.title.text()
        self.toggle.setAccessibleName(
            self.tr("show {figure} as a chart").format(figure=figure)
            if table
            else self.tr("show {figure} as a table").format(figure=figure)
        )
