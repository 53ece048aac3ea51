"""Deadlines, for clerks and supervisors: the board of every running deadline, the review
of revocations that can be confirmed as final, and one case's end (appeals, outcome,
departure, reopening). At login, a line in the status bar says what needs attention."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QTabWidget, QVBoxLayout, QWidget

from app.domain.errors import PermitReviewError
from app.domain.roles import Role
from app.services import deadlines
from app.services.context import Changed
from app.services.deadlines import Attention, Board, attention_from
from ui import errors
from ui.appeals.board import BoardPanel
from ui.appeals.case_panel import CasePanel
from ui.appeals.review import FinalityReview
from ui.case.style import Notice, notice
from ui.context import ViewContext
from ui.views import View, ViewSpec
from ui.widgets import esc

BOARD, REVIEW, CASE = range(3)
# What a change must be to concern the board: any case moved, or the board itself.
QUIET = {"deadlines_exported", "deadlines_printed", "restricted_read"}


# What needs attention, in the order shown: the count's field, then its words for one and
# for more (context "Attention").
ATTENTION = (
    (
        "finality_review",
        QT_TRANSLATE_NOOP("Attention", "1 revocation to confirm as final"),
        QT_TRANSLATE_NOOP("Attention", "{count} revocations to confirm as final"),
    ),
    (
        "appeal_this_week",
        QT_TRANSLATE_NOOP("Attention", "1 appeal window closing this week"),
        QT_TRANSLATE_NOOP("Attention", "{count} appeal windows closing this week"),
    ),
    (
        "departure_overdue",
        QT_TRANSLATE_NOOP("Attention", "1 departure deadline passed without a recorded departure"),
        QT_TRANSLATE_NOOP(
            "Attention", "{count} departure deadlines passed without a recorded departure"
        ),
    ),
    (
        "departure_this_week",
        QT_TRANSLATE_NOOP("Attention", "1 departure deadline this week"),
        QT_TRANSLATE_NOOP("Attention", "{count} departure deadlines this week"),
    ),
    (
        "information_overdue",
        QT_TRANSLATE_NOOP("Attention", "1 information request overdue"),
        QT_TRANSLATE_NOOP("Attention", "{count} information requests overdue"),
    ),
    (
        "letters_unserved",
        QT_TRANSLATE_NOOP("Attention", "1 letter dispatched but not served"),
        QT_TRANSLATE_NOOP("Attention", "{count} letters dispatched but not served"),
    ),
)


def attention_lines(attention: Attention) -> list[str]:
    """What needs attention today, a line for each kind that does, in the user's language."""
    counts = attention.as_dict()
    lines = []
    for field, one, many in ATTENTION:
        count = counts[field]
        if count:
            text = QCoreApplication.translate("Attention", str(one if count == 1 else many))
            lines.append(text.format(count=count))
    return lines


def attention_text(attention: Attention) -> str:
    lines = attention_lines(attention)
    if not lines:
        return QCoreApplication.translate(
            "Attention", "Nothing on the deadline board needs attention today."
        )
    return QCoreApplication.translate("Attention", "Needs attention today: {items}.").format(
        items="; ".join(lines)
    )


class DeadlinesView(View):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("deadlinesView")
        self.attention: Notice = notice(self, kind="info")
        self.attention.setObjectName("attentionNotice")
        self.attention.setAccessibleName(self.tr("what needs attention today"))
        self.attention.setText(self.tr("Counting what needs attention…"))
        self.board = BoardPanel(ctx, self)
        self.review = FinalityReview(ctx, self)
        self.case = CasePanel(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("deadlineTabs")
        self.tabs.addTab(self.board, self.tr("&Board"))
        self.tabs.addTab(self.review, self.tr("&Revocation final"))
        self.tabs.addTab(self.case, self.tr("C&ase"))
        self.board.open_case.connect(self.show_case)
        self.review.open_case.connect(self.show_case)
        self.board.loaded.connect(self._board_loaded)
        layout = QVBoxLayout(self)
        layout.addWidget(self.attention)
        layout.addWidget(self.tabs, 1)
        self.review_loads = 0
        self._request = 0

    def refresh(self) -> None:
        self.board.load()
        self.load_review()
        self.case.reload()

    def load_review(self) -> None:
        uow, actor = self.ctx.uow(), self.ctx.actor
        self._request += 1
        token = self._request
        self.ctx.tasks.run(
            lambda: deadlines.finality_review(uow, actor),
            lambda rows: self._review_loaded(rows) if token == self._request else None,
            owner=self,
        )

    def _review_loaded(self, rows: list[dict[str, Any]]) -> None:
        self.review.set_rows(rows)
        if rows:
            title = self.tr("&Revocation final ({count})").format(count=len(rows))
        else:
            title = self.tr("&Revocation final")
        self.tabs.setTabText(REVIEW, title)
        self.review_loads += 1

    def _board_loaded(self, board: Board) -> None:
        attention = attention_from(board)
        mark = "⚠ " if attention.total else ""
        self.attention.setText(mark + attention_text(attention))

    def show_case(self, ref: str) -> None:
        self.tabs.setCurrentIndex(CASE)
        self.case.open_case(ref)

    def on_changed(self, changed: Changed) -> None:
        if changed.action in QUIET:
            return
        if changed.case_ids:
            self.refresh()


class Navigator(Protocol):
    def statusBar(self) -> QStatusBar: ...

    def show_view(self, key: str) -> Any: ...


def announce(window: Navigator, ctx: ViewContext) -> QLabel:
    """A line in the status bar with what needs attention today; a click opens the board.
    Counted again after every change, in the background."""
    label = QLabel("", window.statusBar())
    label.setObjectName("attentionToday")
    label.setAccessibleName(QCoreApplication.translate("Attention", "what needs attention today"))
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setContentsMargins(8, 0, 8, 0)
    label.linkActivated.connect(lambda _link: window.show_view("deadlines"))
    window.statusBar().addPermanentWidget(label)

    def show(attention: Attention) -> None:
        n = attention.total
        if n:
            if n == 1:
                text = QCoreApplication.translate(
                    "Attention", "1 deadline item needs attention today"
                )
            else:
                text = QCoreApplication.translate(
                    "Attention", "{count} deadline items need attention today"
                ).format(count=n)
            label.setText(f"⚠ <a href='deadlines'>{esc(text)}</a>")
            lines = [line[:1].upper() + line[1:] for line in attention_lines(attention)]
            click = QCoreApplication.translate("Attention", "Click to open the deadlines.")
            label.setToolTip("\n".join(lines) + "\n\n" + click)
        else:
            label.setText(attention_text(attention))
            label.setToolTip("")

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, PermitReviewError):
            errors.show_error(None, exc)
        text = QCoreApplication.translate("Attention", "Deadlines not counted: {error}")
        label.setText(esc(text.format(error=errors.message(exc))))

    def count() -> None:
        uow, actor = ctx.uow(), ctx.actor
        ctx.tasks.run(lambda: deadlines.attention_today(uow, actor), show, failed, owner=label)

    ctx.bus.changed.connect(lambda changed: count() if changed.case_ids else None)
    count()
    return label


VIEWS = [
    ViewSpec(
        "deadlines",
        str(QT_TRANSLATE_NOOP("ViewSpec", "Deadlines")),
        DeadlinesView,
        roles=frozenset({Role.CLERK, Role.SUPERVISOR}),
        order=50,
        tooltip=str(
            QT_TRANSLATE_NOOP(
                "ViewSpec",
                "Appeal windows, departures, overdue requests, letters not served; "
                "revocations to confirm as final; appeals and departures of a case",
            )
        ),
        on_login=announce,
    )
]
