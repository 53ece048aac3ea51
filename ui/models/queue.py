"""The case queue as a table model over case ids, with rows fetched a page at a time.

The model holds the ids of the whole sorted and filtered queue (one query; 74,000
ints) and asks for the display data of a page of 200 rows when a view first
needs one, keeping the most recently used pages. Sorting and filtering make a
new query in the database; nothing here sorts or filters Python rows.

The model never touches the store itself: it calls a `QueueSource` through a
`Runner`, which in the window runs the call on a worker thread and in tests runs
it at once.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from app.reports.export import Table
from app.services import queue as queue_service
from app.services.context import Actor, UnitOfWork
from app.services.queue import QueuePage, QueueQuery, QueueRow
from ui.models.labels import citizenship_label, day_text, local, state_label

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
KEPT_PAGES = 40  # 8,000 rows: a few screens either way of where the user is
CaseIdRole = Qt.ItemDataRole.UserRole
SortValueRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    key: str  # also the service's sort key
    title: str  # English; shown translated (context QueueModel)
    tooltip: str


def _column(key: str, title: object, tooltip: object) -> Column:
    # QT_TRANSLATE_NOOP gives back its text, typed as an object.
    return Column(key, str(title), str(tooltip))


COLUMNS = (
    _column(
        "case_number",
        QT_TRANSLATE_NOOP("QueueModel", "Case"),
        QT_TRANSLATE_NOOP("QueueModel", "Case number"),
    ),
    _column(
        "name",
        QT_TRANSLATE_NOOP("QueueModel", "Name"),
        QT_TRANSLATE_NOOP(
            "QueueModel", "Name in Latin letters, and as written in the native script"
        ),
    ),
    _column(
        "citizenship",
        QT_TRANSLATE_NOOP("QueueModel", "Citizenship"),
        QT_TRANSLATE_NOOP("QueueModel", "Citizenship"),
    ),
    _column(
        "state",
        QT_TRANSLATE_NOOP("QueueModel", "State"),
        QT_TRANSLATE_NOOP("QueueModel", "Where the case stands"),
    ),
    _column(
        "officer",
        QT_TRANSLATE_NOOP("QueueModel", "Officer"),
        QT_TRANSLATE_NOOP("QueueModel", "The officer the case is assigned to"),
    ),
    _column(
        "response",
        QT_TRANSLATE_NOOP("QueueModel", "Response received"),
        QT_TRANSLATE_NOOP("QueueModel", "When the questionnaire came back"),
    ),
    _column(
        "days",
        QT_TRANSLATE_NOOP("QueueModel", "Days in state"),
        QT_TRANSLATE_NOOP("QueueModel", "Days since the case entered its present state"),
    ),
    _column(
        "markers",
        QT_TRANSLATE_NOOP("QueueModel", "Markers"),
        QT_TRANSLATE_NOOP("QueueModel", "Answers the questionnaire marks as needing attention"),
    ),
)
COLUMN = {c.key: i for i, c in enumerate(COLUMNS)}
LOADING_TEXT = "…"

_R = Qt.ItemDataRole
_TEXT = frozenset({int(_R.DisplayRole), int(_R.AccessibleTextRole)})
_TOOLTIP, _ALIGNMENT, _BACKGROUND = (
    int(_R.ToolTipRole),
    int(_R.TextAlignmentRole),
    int(_R.BackgroundRole),
)
_FONT, _FOREGROUND = int(_R.FontRole), int(_R.ForegroundRole)
_CASE_ID, _SORT_VALUE = int(CaseIdRole), int(SortValueRole)
_ROLES = _TEXT | {_TOOLTIP, _ALIGNMENT, _BACKGROUND, _FONT, _FOREGROUND, _CASE_ID, _SORT_VALUE}
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_BOLD = QFont()
_BOLD.setBold(True)


class QueueSource(Protocol):
    def head(self, query: QueueQuery, size: int) -> QueuePage: ...

    def ids(self, query: QueueQuery) -> list[int]: ...

    def rows(self, ids: Sequence[int]) -> dict[int, QueueRow]: ...


# Runs a call (on a worker, in the window) and hands its value or its error back.
Runner = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]], None]


def run_now(
    fn: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
) -> None:
    """A runner for tests and scripts: the call runs at once, on this thread."""
    try:
        value = fn()
    except Exception as exc:  # handed on, as the worker runner would
        on_failure(exc)
    else:
        on_success(value)


class ServiceSource:
    """The queue service, with a fresh unit of work per call (calls may run on workers)."""

    def __init__(self, uow: Callable[[], UnitOfWork], actor: Actor) -> None:
        self.uow = uow
        self.actor = actor

    def head(self, query: QueueQuery, size: int) -> QueuePage:
        return queue_service.head(self.uow(), self.actor, query, size)

    def ids(self, query: QueueQuery) -> list[int]:
        return queue_service.case_ids(self.uow(), self.actor, query)

    def rows(self, ids: Sequence[int]) -> dict[int, QueueRow]:
        return queue_service.rows(self.uow(), self.actor, ids)


def marker_colour(palette: QPalette) -> QColor:
    """An amber wash that reads on light and dark bases alike."""
    colour = QColor(255, 170, 0)
    colour.setAlpha(70 if palette.color(QPalette.ColorRole.Base).lightness() > 128 else 95)
    return colour


class QueueModel(QAbstractTableModel):
    """Rows are cases; `loading` is True from a new query until its first page is in."""

    loading = Signal(bool)
    first_page_shown = Signal()  # the first rows are in; the rest of the ids follow
    loaded = Signal(int)  # the number of cases in the queue, once all its ids are in
    failed = Signal(object)

    def __init__(
        self,
        source: QueueSource,
        run: Runner = run_now,
        today: Callable[[], dt.date] | None = None,
        parent: QObject | None = None,
        *,
        paint_first: bool = False,
    ) -> None:
        super().__init__(parent)
        self.source = source
        # In the window: read the rest of the ids only once the first page is painted, so
        # that the worker building 74,000 ints does not hold the interpreter meanwhile.
        self.paint_first = paint_first
        self.run = run
        self.today = today or dt.date.today
        self._query = QueueQuery()
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, QueueRow]] = OrderedDict()
        self._pending: set[int] = set()
        self._generation = 0
        self._busy = False
        self._position: dict[int, int] | None = None
        self._shown: dict[int, tuple[str, ...]] = {}  # display texts of the kept rows
        self._recent = -1  # the page last read, already the most recent in the cache

    # --- the query ---------------------------------------------------------------------

    @property
    def query(self) -> QueueQuery:
        return self._query

    @property
    def busy(self) -> bool:
        return self._busy

    def set_query(self, query: QueueQuery) -> None:
        """Ask the database for the queue afresh, in two reads: its first page (shown as
        soon as it comes), then the ids of the whole queue (the rows below are added
        then). `loading` stays True until the second has answered."""
        self._query = query
        self._generation += 1
        generation = self._generation
        self._set_busy(True)
        self.run(
            lambda: self.source.head(query, PAGE_SIZE),
            lambda page: self._head_loaded(generation, query, page),
            lambda exc: self._failed(generation, exc),
        )

    def reload(self) -> None:
        self.set_query(self._query)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column].key
        self.set_query(self._query.sorted_by(key, order == Qt.SortOrder.DescendingOrder))

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.loading.emit(busy)

    def _reset(self, ids: list[int], first_rows: dict[int, QueueRow] | None) -> None:
        self.beginResetModel()
        self._ids = ids
        self._position = None
        self._pages.clear()
        self._shown.clear()
        self._recent = -1
        self._pending.clear()
        if ids and first_rows is not None:
            self._pages[0] = first_rows
        self.endResetModel()

    def _head_loaded(self, generation: int, query: QueueQuery, page: QueuePage) -> None:
        if generation != self._generation:
            return  # an older query answered after a newer one was asked
        self._reset(list(page.ids), page.rows)
        self.first_page_shown.emit()
        if len(page.ids) < PAGE_SIZE:
            self._done()  # the first page is the whole queue
            return
        if self.paint_first:
            # A zero timer fires after the events already posted, the repaint among them.
            QTimer.singleShot(0, self, lambda: self._read_rest(generation, query))
        else:
            self._read_rest(generation, query)

    def _read_rest(self, generation: int, query: QueueQuery) -> None:
        if generation != self._generation:
            return
        self.run(
            lambda: self.source.ids(query),
            lambda ids: self._all_loaded(generation, ids),
            lambda exc: self._failed(generation, exc),
        )

    def _all_loaded(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return
        shown = len(self._ids)
        if ids[:shown] == self._ids:
            if len(ids) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
                self._ids = ids
                self._position = None
                self.endInsertRows()
        else:
            # The queue changed between the two reads: show it as it is now.
            first = self._pages.get(0)
            self._reset(
                ids, first if first is not None and set(ids[:PAGE_SIZE]) <= set(first) else None
            )
        self._done()

    def _done(self) -> None:
        self._set_busy(False)
        self.loaded.emit(len(self._ids))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._set_busy(False)
            self.failed.emit(exc)

    # --- pages -------------------------------------------------------------------------

    def _page_ids(self, page: int) -> list[int]:
        return self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]

    def _fetch(self, page: int) -> None:
        if page in self._pending or page in self._pages or page * PAGE_SIZE >= len(self._ids):
            return
        self._pending.add(page)
        generation = self._generation
        ids = self._page_ids(page)
        self.run(
            lambda: self.source.rows(ids),
            lambda rows: self._page_loaded(generation, page, rows),
            lambda exc: self._page_failed(generation, page, exc),
        )

    def _page_loaded(self, generation: int, page: int, rows: dict[int, QueueRow]) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page)
        for case_id in rows:
            self._shown.pop(case_id, None)
        self._pages[page] = rows
        self._pages.move_to_end(page)
        self._recent = page
        while len(self._pages) > KEPT_PAGES:
            for case_id in self._pages.popitem(last=False)[1]:
                self._shown.pop(case_id, None)
        first = page * PAGE_SIZE
        last = min(first + PAGE_SIZE, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def _page_failed(self, generation: int, page: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._pending.discard(page)
            self.failed.emit(exc)

    def loaded_pages(self) -> list[int]:
        return list(self._pages)

    def row_data(self, row: int, *, fetch: bool = True) -> QueueRow | None:
        """The display data of a row, or None while its page is being fetched."""
        if not 0 <= row < len(self._ids):
            return None
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            if fetch:
                self._fetch(page)
                rows = self._pages.get(page)  # a runner that runs at once has it now
            if rows is None:
                return None
        elif page != self._recent:
            self._pages.move_to_end(page)
            self._recent = page
        return rows.get(self._ids[row])

    def prefetch(self, first: int, last: int) -> None:
        """Fetch the pages rows first..last fall in (and the next one), as a view scrolls."""
        if not self._ids:
            return
        last = min(last, len(self._ids) - 1)
        for page in range(max(first, 0) // PAGE_SIZE, last // PAGE_SIZE + 2):
            self._fetch(page)

    def refresh_cases(self, case_ids: Sequence[int]) -> None:
        """Fetch again the pages that show these cases (after a change elsewhere)."""
        pages = {self.row_of(i) // PAGE_SIZE for i in case_ids if self.row_of(i) >= 0}
        for page in pages:
            if page in self._pages:
                for case_id in self._pages.pop(page):
                    self._shown.pop(case_id, None)
                self._recent = -1
                self._fetch(page)

    def export_rows(self, title: str) -> Callable[[], Table]:
        """The whole list as it stands (its filter and order), for an export: the headings
        now, on the GUI thread; the rows by a function a worker runs, page after page."""
        ids = list(self._ids)
        columns = [(c.key, QCoreApplication.translate("QueueModel", c.title)) for c in COLUMNS]

        def read() -> Table:
            rows: list[list[str]] = []
            for start in range(0, len(ids), PAGE_SIZE):
                chunk = ids[start : start + PAGE_SIZE]
                found = self.source.rows(chunk)
                rows += [
                    [self.display(found[i], c.key) for c in COLUMNS] for i in chunk if i in found
                ]
            return Table(title, columns, rows)

        return read

    # --- ids and positions ---------------------------------------------------------------

    @property
    def case_ids(self) -> list[int]:
        return self._ids

    def case_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, case_id: int) -> int:
        if self._position is None:
            self._position = {cid: row for row, cid in enumerate(self._ids)}
        return self._position.get(case_id, -1)

    # --- the Qt model ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("QueueModel", COLUMNS[section].title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("QueueModel", COLUMNS[section].tooltip)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every visible cell on each paint: plain ints, early outs.
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        if role == _CASE_ID:
            return self.case_id(index.row())
        column = index.column()
        row = self.row_data(index.row())
        if row is None:
            return LOADING_TEXT if role in _TEXT else None
        if role in _TEXT:
            shown = self._shown.get(row.case_id)
            if shown is None:
                shown = self._shown[row.case_id] = tuple(self.display(row, c.key) for c in COLUMNS)
            return shown[column]
        key = COLUMNS[column].key
        if role == _TOOLTIP:
            return self.tooltip(row, key)
        if role == _SORT_VALUE:
            return self.sort_value(row, key)
        if role == _ALIGNMENT:
            return _RIGHT if key in ("days", "markers") else None
        if key == "markers" and row.markers:
            if role == _BACKGROUND:
                return marker_colour(QApplication.palette())
            if role == _FONT:
                return _BOLD
        if role == _FOREGROUND and (
            (key == "response" and row.response_received_at is None)
            or (key == "officer" and row.officer is None)
        ):
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    def days_in_state(self, row: QueueRow) -> int:
        changed = local(row.state_changed_at)
        assert changed is not None
        return max((self.today() - changed.date()).days, 0)

    def display(self, row: QueueRow, key: str) -> str:
        if key == "case_number":
            return row.case_number
        if key == "name":
            native = row.native_name
            return f"{row.name}  ({native})" if native and native != row.name else row.name
        if key == "citizenship":
            return row.citizenship
        if key == "state":
            return state_label(row.state)
        if key == "officer":
            return row.officer_name or self.tr("unassigned")
        if key == "response":
            return day_text(row.response_received_at) or self.tr("no response")
        if key == "days":
            return str(self.days_in_state(row))
        if key == "markers":
            return f"⚑ {row.markers}" if row.markers else ""
        raise KeyError(key)

    def tooltip(self, row: QueueRow, key: str) -> str | None:
        if key == "citizenship":
            return citizenship_label(row.citizenship)
        if key == "state":
            return state_label(row.state)
        if key == "name":
            permit = self.tr("Permit {number}").format(number=row.permit_number)
            return f"{row.name}\n{row.native_name}\n{permit}"
        if key == "markers" and row.markers:
            return self.tr("Answers needing attention: {count}").format(count=row.markers)
        return None

    def sort_value(self, row: QueueRow, key: str) -> Any:
        """The value the database sorts by, for tests that check an order."""
        return {
            "case_number": row.case_number,
            "citizenship": row.citizenship,
            "state": row.state,
            "officer": row.officer_name or "",
            "response": row.response_received_at,
            "days": self.days_in_state(row),
            "markers": row.markers,
        }.get(key, row.name)
