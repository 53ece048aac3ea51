"""The case's history as a timeline: a line with a dot per event, newest first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.services.queries import HistoryEntry
from ui.models.history import ActionRole, DetailRole, HistoryModel, WhatRole, WhenRole

Index = QModelIndex | QPersistentModelIndex
RAIL = 28  # width of the timeline column
PAD = 6
ATTENTION = {"return", "withdraw", "restricted_read"}
ATTENTION_COLOUR = QColor(230, 130, 0)  # amber: reads on light and dark bases alike


class TimelineDelegate(QStyledItemDelegate):
    def _lines(self, option: QStyleOptionViewItem, index: Index) -> tuple[str, str, str]:
        return (
            str(index.data(WhenRole) or ""),
            str(index.data(WhatRole) or ""),
            str(index.data(DetailRole) or ""),
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        detail = self._lines(option, index)[2]
        metrics = QFontMetrics(option.font)
        width = max(option.rect.width() - RAIL - 2 * PAD, 200)
        height = metrics.height() * 2 + PAD * 2
        if detail:
            flags = int(Qt.TextFlag.TextWordWrap)
            height += metrics.boundingRect(QRect(0, 0, width, 10_000), flags, detail).height()
        return QSize(width + RAIL, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        when, what, detail = self._lines(option, index)
        painter.save()
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        quiet = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        rail = palette.color(QPalette.ColorRole.Mid)
        rect = option.rect
        x = rect.left() + RAIL // 2
        painter.setPen(rail)
        painter.drawLine(x, rect.top(), x, rect.bottom())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dot = palette.color(QPalette.ColorRole.Highlight)
        if index.data(ActionRole) in ATTENTION:
            dot = ATTENTION_COLOUR
        painter.setBrush(dot)
        painter.setPen(palette.color(QPalette.ColorRole.Base))
        metrics = QFontMetrics(option.font)
        centre_y = rect.top() + PAD + metrics.height() // 2
        painter.drawEllipse(x - 5, centre_y - 5, 10, 10)
        left = rect.left() + RAIL
        width = rect.width() - RAIL - PAD
        font = option.font
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text)
        painter.drawText(
            QRect(left, rect.top() + PAD, width, metrics.height()),
            int(Qt.AlignmentFlag.AlignLeft),
            what,
        )
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(text if selected else quiet)
        painter.drawText(
            QRect(left, rect.top() + PAD + metrics.height(), width, metrics.height()),
            int(Qt.AlignmentFlag.AlignLeft),
            when,
        )
        if detail:
            painter.setPen(text)
            top = rect.top() + PAD + 2 * metrics.height()
            painter.drawText(
                QRect(left, top, width, rect.bottom() - top), int(Qt.TextFlag.TextWordWrap), detail
            )
        painter.restore()


class HistoryPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.model = HistoryModel(self)
        self.view = QListView(self)
        self.view.setObjectName("history")
        self.view.setAccessibleName(self.tr("Case history, newest first"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(TimelineDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setUniformItemSizes(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def set_entries(self, entries: Sequence[HistoryEntry]) -> None:
        self.model.set_entries(entries)
