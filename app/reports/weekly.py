"""The weekly statistics report: the dashboard's figures on A4, in the letters' fonts.

Only counts and times; no name of a person. Each figure is a table, and the
cases by state and the outcomes by citizenship are drawn as bars as well.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import TYPE_CHECKING, Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.letters import fonts
from app.letters.render import CREATOR, markup

if TYPE_CHECKING:
    from app.services.reports import Dashboard, Figure

TITLE = "Permit review: weekly statistics"
WIDTH = A4[0] - 30 * mm
BAR = colors.Color(0.20, 0.40, 0.65)
HEAD = colors.Color(0.9, 0.9, 0.9)
CHARTED = ("states", "outcomes")


def _text(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.1f}"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _whole(value: float) -> str:
    return f"{value:,.0f}"


def _table(figure: Figure, base: ParagraphStyle, head: ParagraphStyle) -> Table:
    numeric = [
        all(isinstance(row[i], int | float) or row[i] is None for row in figure.rows)
        for i in range(len(figure.columns))
    ]
    right = ParagraphStyle("right", base, alignment=2)
    right_head = ParagraphStyle("right_head", head, alignment=2)
    rows: list[list[Any]] = [
        [
            Paragraph(markup(h), right_head if numeric[i] and i else head)
            for i, (_, h) in enumerate(figure.columns)
        ]
    ]
    for row in figure.rows:
        rows.append(
            [
                Paragraph(markup(_text(v)), right if numeric[i] and i else base)
                for i, v in enumerate(row)
            ]
        )
    first = min(0.34, 1.6 / len(figure.columns)) if len(figure.columns) > 2 else 0.6
    rest = (1 - first) / max(len(figure.columns) - 1, 1)
    widths = [WIDTH * first] + [WIDTH * rest] * (len(figure.columns) - 1)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                # The table sets a cell font even around paragraphs: keep it the letters'.
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _bars(labels: list[str], values: list[int]) -> Drawing:
    """A horizontal bar per label, longest at the top."""
    height = 14 * len(labels) + 34
    drawing = Drawing(WIDTH, height, initialFontName=fonts.REGULAR)
    chart = HorizontalBarChart()
    chart.x = 120
    chart.y = 22  # room below for the value axis' labels
    chart.width = WIDTH - 170
    chart.height = height - 30
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = _whole
    chart.bars[0].fillColor = BAR
    chart.barLabelFormat = _whole
    chart.barLabels.fontName = fonts.REGULAR
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _chart(figure: Figure) -> Drawing | None:
    if figure.key == "states" and figure.rows:
        return _bars([str(r[0]) for r in figure.rows], [int(r[1]) for r in figure.rows])
    if figure.key == "outcomes" and figure.rows:
        return _bars(figure.column("citizenship"), figure.column("revoked"))
    return None


def render(board: Dashboard, *, department: str, made_by: str) -> bytes:
    """The report as PDF bytes."""
    fonts.register()
    base = ParagraphStyle("cell", fontName=fonts.REGULAR, fontSize=8.5, leading=10.5)
    head = ParagraphStyle("head", base, fontName=fonts.BOLD)
    title = ParagraphStyle("title", base, fontName=fonts.BOLD, fontSize=14, leading=18)
    section = ParagraphStyle(
        "section", base, fontName=fonts.BOLD, fontSize=10.5, leading=13, spaceBefore=8
    )
    lead = ParagraphStyle("lead", base, fontName=fonts.BOLD, fontSize=11, leading=14)
    note = ParagraphStyle("note", base, fontName=fonts.ITALIC, fontSize=7.5, leading=9.5)
    story: list[Any] = [
        Paragraph(markup(department), head),
        Paragraph(markup(TITLE), title),
        Paragraph(
            markup(
                f"Period {board.period.label}; figures as of {board.today.isoformat()}; "
                f"made by {made_by}."
            ),
            base,
        ),
        Spacer(1, 6),
        Paragraph(markup(board.headline), lead),
    ]
    for figure in board.figures:
        block: list[Any] = [Paragraph(markup(figure.title), section)]
        chart = _chart(figure)
        if chart is not None:
            block.append(chart)
        block.append(_table(figure, base, head))
        if figure.note:
            block.append(Paragraph(markup(figure.note), note))
        story.append(KeepTogether(block))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        initialFontName=fonts.REGULAR,
        title=TITLE,
        author=department,
        creator=CREATOR,
    )
    doc.build(story)
    return buffer.getvalue()
