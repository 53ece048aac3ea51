"""The questionnaire answers of a case as a tree: the form's groups, then question and answer.

Answers the questionnaire marks as needing attention are highlighted; each
answer can be ticked as relied on by the decision (when the model is editable).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from app.services.queries import AnswerLine
from ui.models.queue import marker_colour

Index = QModelIndex | QPersistentModelIndex
QUESTION, ANSWER = 0, 1
PathRole = Qt.ItemDataRole.UserRole
MarkedRole = Qt.ItemDataRole.UserRole + 1
OTHER_GROUP = str(QT_TRANSLATE_NOOP("AnswersModel", "Other answers"))
_GROUP = 0  # internalId of a group row; answers carry their group's number + 1
_DISPLAY, _ACCESSIBLETEXT = (
    int(Qt.ItemDataRole.DisplayRole),
    int(Qt.ItemDataRole.AccessibleTextRole),
)
_FONT, _CHECKSTATE = int(Qt.ItemDataRole.FontRole), int(Qt.ItemDataRole.CheckStateRole)
_TOOLTIP, _BACKGROUND = int(Qt.ItemDataRole.ToolTipRole), int(Qt.ItemDataRole.BackgroundRole)
_PATH, _MARKED = int(PathRole), int(MarkedRole)
_ROLES = frozenset(
    {_DISPLAY, _ACCESSIBLETEXT, _FONT, _CHECKSTATE, _TOOLTIP, _BACKGROUND, _PATH, _MARKED}
)
_BOLD = QFont()
_BOLD.setBold(True)


class AnswersModel(QAbstractItemModel):
    relied_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[str, list[AnswerLine]]] = []
        self._relied: set[str] = set()
        self.editable = False

    # --- content ---------------------------------------------------------------------

    def set_answers(self, lines: Sequence[AnswerLine], relied: Iterable[str] = ()) -> None:
        self.beginResetModel()
        groups: dict[str, list[AnswerLine]] = {}
        for line in lines:
            groups.setdefault(line.group or OTHER_GROUP, []).append(line)
        self._groups = list(groups.items())
        self._relied = set(relied) & {line.path for line in lines}
        self.endResetModel()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        if self._groups:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._groups) - 1, 0))

    def relied(self) -> list[str]:
        """The ticked answers, in the order of the form."""
        return [
            line.path for _, lines in self._groups for line in lines if line.path in self._relied
        ]

    def set_relied(self, paths: Iterable[str]) -> None:
        self._relied = set(paths) & {line.path for _, lines in self._groups for line in lines}
        self._all_changed()
        self.relied_changed.emit()

    def lines(self) -> list[AnswerLine]:
        return [line for _, lines in self._groups for line in lines]

    def marked_count(self) -> int:
        return sum(1 for line in self.lines() if line.marked)

    def index_of(self, path: str) -> QModelIndex:
        for g, (_, lines) in enumerate(self._groups):
            for r, line in enumerate(lines):
                if line.path == path:
                    return self.index(r, QUESTION, self.index(g, 0))
        return QModelIndex()

    def _all_changed(self) -> None:
        for g, (_, lines) in enumerate(self._groups):
            if lines:
                parent = self.index(g, 0)
                self.dataChanged.emit(
                    self.index(0, 0, parent), self.index(len(lines) - 1, 1, parent)
                )

    def line(self, index: Index) -> AnswerLine | None:
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    # --- the Qt model -------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column not in (QUESTION, ANSWER) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return (
                self.createIndex(row, column, _GROUP) if row < len(self._groups) else QModelIndex()
            )
        if parent.internalId() != _GROUP:
            return QModelIndex()
        group = parent.row()
        if row >= len(self._groups[group][1]):
            return QModelIndex()
        return self.createIndex(row, column, group + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Question"), self.tr("Answer"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.internalId() != _GROUP and index.column() == QUESTION:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        role = int(role)  # plain ints: this runs for every role of every cell on each paint
        if role not in _ROLES or not index.isValid():
            return None
        if index.internalId() == _GROUP:
            title, lines = self._groups[index.row()]
            if role in (_DISPLAY, _ACCESSIBLETEXT):
                if index.column() == QUESTION:
                    return self.tr(OTHER_GROUP) if title == OTHER_GROUP else title
                marked = sum(1 for line in lines if line.marked)
                return self.tr("⚑ {count} need attention").format(count=marked) if marked else ""
            if role == _FONT:
                return _BOLD
            return None
        line = self.line(index)
        assert line is not None
        column = index.column()
        if role == _DISPLAY:
            if column == QUESTION:
                return line.question
            return f"⚑ {line.answer}" if line.marked else line.answer
        if role == _ACCESSIBLETEXT:
            text = line.question if column == QUESTION else line.answer
            if line.marked and column == ANSWER:
                return self.tr("{answer} (needs attention)").format(answer=text)
            return text
        if role == _CHECKSTATE and column == QUESTION:
            return Qt.CheckState.Checked if line.path in self._relied else Qt.CheckState.Unchecked
        if role == _TOOLTIP:
            tip = f"{line.question}\n{line.answer}"
            if line.marked:
                tip += "\n" + self.tr("The questionnaire marks this answer as needing attention.")
            if self.editable and column == QUESTION:
                tip += "\n" + self.tr("Tick it when the decision relies on it (Space).")
            return tip
        if role == _BACKGROUND and line.marked:
            return marker_colour(QApplication.palette())
        if role == _FONT and line.marked and column == ANSWER:
            return _BOLD
        if role == _PATH:
            return line.path
        if role == _MARKED:
            return line.marked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        line = self.line(index)
        if (
            line is None
            or role != Qt.ItemDataRole.CheckStateRole
            or not self.editable
            or index.column() != QUESTION
        ):
            return False
        checked = (
            Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        )
        if checked:
            self._relied.add(line.path)
        else:
            self._relied.discard(line.path)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.relied_changed.emit()
        return True
