"""A chart for each figure a person would rather look at than read (QtCharts).

Bars run across, largest categories first, so that long labels (states,
officers' names) stay legible; weeks run along the bottom. Colours come from
one palette that reads on light and dark backgrounds; the chart's own
background is the window's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QPieSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QWidget

from app.services.reports import Figure
from ui import i18n
from ui.dashboard.models import figure_text

COLOURS = ["#3b6fb6", "#d9822b", "#5a9e4b", "#8e6bbf", "#c44e52", "#4fa3a5", "#b0913a", "#7f7f7f"]
URGENCY = ["#c0392b", "#e67e22", "#d4ac0d", "#7f8c8d"]  # overdue, today, this week, later
# Which columns each figure charts (all numeric columns but a total).
SERIES = {
    "states": ["cases"],
    "outcomes": ["retained", "revoked", "withdrawn", "undecided"],
    "workload": ["assigned", "in_assessment", "awaiting_information", "awaiting_signoff"],
    "durations": ["median", "p90"],
    "attention": ["overdue", "today", "this_week", "later"],
}
STACKED = {"outcomes", "workload", "attention"}
# Legends are narrow: shorter names for the series than the tables' headings.
SHORT = {
    "retained": QT_TRANSLATE_NOOP("Figures", "Retained"),
    "revoked": QT_TRANSLATE_NOOP("Figures", "Revoked"),
    "withdrawn": QT_TRANSLATE_NOOP("Figures", "Withdrawn"),
    "undecided": QT_TRANSLATE_NOOP("Figures", "Not decided"),
    "assigned": QT_TRANSLATE_NOOP("Figures", "Not started"),
    "in_assessment": QT_TRANSLATE_NOOP("Figures", "In assessment"),
    "awaiting_information": QT_TRANSLATE_NOOP("Figures", "Awaiting information"),
    "awaiting_signoff": QT_TRANSLATE_NOOP("Figures", "Awaiting sign-off"),
    "median": QT_TRANSLATE_NOOP("Figures", "Median"),
    "p90": QT_TRANSLATE_NOOP("Figures", "90th percentile"),
}


def _headings(figure: Figure) -> dict[str, str]:
    return {key: figure_text(str(SHORT.get(key, heading))) for key, heading in figure.columns}


def _number(value: Any) -> float:
    return float(value) if isinstance(value, int | float) else 0.0


def _style(chart: QChart, palette: QPalette) -> QChart:
    text = palette.color(QPalette.ColorRole.WindowText)
    small = QFont(chart.font())
    if small.pointSizeF() > 0:
        small.setPointSizeF(small.pointSizeF() * 0.85)
    chart.legend().setFont(small)
    for series in chart.series():
        if isinstance(series, QPieSeries):
            for part in series.slices():
                part.setLabelColor(text)
                part.setLabelFont(small)
        if isinstance(series, QAbstractBarSeries):
            for bar in series.barSets():
                bar.setLabelColor(text)
                bar.setLabelFont(small)
    chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Window))
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setLabelColor(text)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    for axis in chart.axes():
        axis.setLabelsFont(small)
        axis.setLabelsColor(text)
        axis.setGridLineColor(QColor(text.red(), text.green(), text.blue(), 40))
        axis.setLinePenColor(QColor(text.red(), text.green(), text.blue(), 90))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setLocalizeNumbers(True)  # decimal sign of the language in use (QLocale())
    return chart


def _bars(
    figure: Figure,
    categories: Sequence[str],
    columns: Sequence[str],
    *,
    across: bool,
    stacked: bool,
    colours: Sequence[str] = COLOURS,
) -> QChart:
    chart = QChart()
    series: QAbstractBarSeries
    if across:
        series = QHorizontalStackedBarSeries() if stacked else QHorizontalBarSeries()
    else:
        series = QStackedBarSeries()
    headings = _headings(figure)
    keys = [k for k, _ in figure.columns]
    # Across, the first category is drawn at the bottom: reverse so the table's order reads down.
    order = list(reversed(range(len(figure.rows)))) if across else list(range(len(figure.rows)))
    for n, column in enumerate(columns):
        bar = QBarSet(headings[column])
        bar.setColor(QColor(colours[n % len(colours)]))
        bar.setBorderColor(QColor(colours[n % len(colours)]))
        index = keys.index(column)
        bar.append([_number(figure.rows[i][index]) for i in order])
        series.append(bar)
    if not stacked:
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
    chart.addSeries(series)
    names = QBarCategoryAxis()
    names.append([categories[i] for i in order])
    values = QValueAxis()
    values.setLabelFormat("%.0f" if figure.key != "durations" else "%.1f")
    values.setMin(0)
    sets = series.barSets()
    per_category = [[b.at(i) for b in sets] for i in range(len(order))]
    top = max((sum(v) if stacked else max(v) for v in per_category), default=0.0)
    top = max(1.0, top * (1.0 if stacked else 1.18))
    if figure.key == "durations":
        values.setMax(top)
        values.applyNiceNumbers()
    else:
        _whole_numbers(values, top)
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft if across else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if across else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(names)
    series.attachAxis(values)
    chart.legend().setVisible(len(columns) > 1)
    return chart


def _whole_numbers(axis: QValueAxis, top: float) -> None:
    """Ticks on whole numbers: counts have no fractions."""
    step = 1
    while top / step > 6:
        step = next(n for n in (2, 5, 10) if top / (step * n) <= 6 or n == 10) * step
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setMax(step * -(-top // step))
    axis.setLabelFormat("%.0f")


def _pie(figure: Figure) -> QChart:
    chart = QChart()
    series = QPieSeries()
    for n, (label, count) in enumerate(figure.rows):
        part = series.append(f"{figure_text(label)}: {i18n.number_text(count)}", float(count))
        part.setColor(QColor(COLOURS[n % len(COLOURS)]))
        part.setLabelVisible(bool(count))
    series.setPieSize(0.62)
    chart.addSeries(series)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    return chart


def _throughput(figure: Figure) -> QChart:
    officers = [k for k, _ in figure.columns if k.startswith("officer_")]
    weeks = [f"{row[0]:%d.%m}" for row in figure.rows]
    return _bars(figure, weeks, officers, across=False, stacked=True)


def chart_for(figure: Figure, palette: QPalette) -> QChart | None:
    """The chart of `figure`, or None when it has nothing to draw."""
    numbers = [v for row in figure.rows for v in row[1:] if isinstance(v, int | float)]
    if not figure.rows or not any(numbers):
        return None
    if figure.key == "appeals":
        chart = _pie(figure)
    elif figure.key == "throughput":
        chart = _throughput(figure)
    elif figure.key in SERIES:
        labels = [figure_text(str(row[0])) for row in figure.rows]
        colours = URGENCY if figure.key == "attention" else COLOURS
        chart = _bars(
            figure,
            labels,
            SERIES[figure.key],
            across=True,
            stacked=figure.key in STACKED,
            colours=colours,
        )
    else:
        return None
    return _style(chart, palette)


def antialiased(view: QWidget) -> None:
    if hasattr(view, "setRenderHint"):
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
