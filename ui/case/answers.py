"""The questionnaire answers beside their questions, grouped as in the form."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.services.queries import AnswerLine
from ui.case.style import heading
from ui.models.answers import AnswersModel

Index = QModelIndex | QPersistentModelIndex


class WrapDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the column's present width."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        base = super().sizeHint(option, index)
        width = self.view.columnWidth(index.column())
        if index.column() == 0:
            depth = 1 if index.parent().isValid() else 0
            width -= self.view.indentation() * (depth + 1) + 28  # branch and check box
        font = option.font
        own = index.data(Qt.ItemDataRole.FontRole)
        if isinstance(own, QFont):
            font = own.resolve(option.font)  # bold, at the view's size
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        rect = QFontMetrics(font).boundingRect(
            QRect(0, 0, max(width - 16, 40), 10_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(base.width(), max(base.height(), rect.height() + 6))


class AnswersPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answersPanel")
        self.model = AnswersModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("answers")
        self.tree.setAccessibleName(self.tr("Questionnaire answers"))
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setItemDelegate(WrapDelegate(self.tree))
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(lambda *_: self.tree.doItemsLayout())
        self.title = heading(self.tr("Questionnaire answers"), self)
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("answers summary"))
        self.only_marked = QCheckBox(self.tr("Only those needin&g attention"), self)
        self.only_marked.setObjectName("onlyMarked")
        self.only_marked.toggled.connect(self._filter)
        self.model.relied_changed.connect(self._summarise)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.only_marked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)

    def set_answers(
        self, lines: Sequence[AnswerLine], relied: Iterable[str] = (), *, editable: bool = False
    ) -> None:
        self.model.set_answers(lines, relied)
        self.model.set_editable(editable)
        self.tree.expandAll()
        width = max(self.tree.viewport().width(), 300)
        self.tree.setColumnWidth(0, int(width * 0.58))
        self._filter()
        self._summarise()

    def _filter(self) -> None:
        only = self.only_marked.isChecked()
        root = self.tree.rootIndex()
        for g in range(self.model.rowCount()):
            group = self.model.index(g, 0)
            shown = 0
            for r in range(self.model.rowCount(group)):
                line = self.model.line(self.model.index(r, 0, group))
                hide = only and line is not None and not line.marked
                self.tree.setRowHidden(r, group, hide)
                shown += not hide
            self.tree.setRowHidden(g, root, shown == 0)

    def _summarise(self) -> None:
        lines = self.model.lines()
        if not lines:
            self.summary.setText(self.tr("No questionnaire response has been received."))
            return
        marked = self.model.marked_count()
        relied = len(self.model.relied())
        parts = [
            self.tr("{count} answers").format(count=len(lines))
            if len(lines) != 1
            else self.tr("1 answer")
        ]
        parts.append(
            self.tr("⚑ {count} need attention").format(count=marked)
            if marked
            else self.tr("none marked as needing attention")
        )
        if relied or self.model.editable:
            parts.append(self.tr("{count} relied on").format(count=relied))
        self.summary.setText(" · ".join(parts))
