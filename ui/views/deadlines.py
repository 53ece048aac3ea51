"""Deadlines, for clerks and supervisors: the board of every running deadline, the review
of revocations that can be confirmed as final, and one case's end (appeals, outcome,
departure, reopening). At login, a line in the status bar says what needs attention."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import Qt
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

BOARD, REVIEW, CASE = range(3)
# What a change must be to concern the board: any case moved, or the board itself.
QUIET = {"deadlines_exported", "deadlines_printed", "restricted_read"}


def attention_text(attention: Attention) -> str:
    lines = attention.lines()
    if not lines:
        return "Nothing on the deadline board needs attention today."
    return "Needs attention today: " + "; ".join(lines) + "."


class DeadlinesView(View):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("deadlinesView")
        self.attention: Notice = notice(self, kind="info")
        self.attention.setObjectName("attentionNotice")
        self.attention.setAccessibleName("what needs attention today")
        self.attention.setText("Counting what needs attention…")
        self.board = BoardPanel(ctx, self)
        self.review = FinalityReview(ctx, self)
        self.case = CasePanel(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("deadlineTabs")
        self.tabs.addTab(self.board, "&Board")
        self.tabs.addTab(self.review, "&Revocation final")
        self.tabs.addTab(self.case, "C&ase")
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
        title = f"&Revocation final ({len(rows)})" if rows else "&Revocation final"
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
    label.setAccessibleName("what needs attention today")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setContentsMargins(8, 0, 8, 0)
    label.linkActivated.connect(lambda _link: window.show_view("deadlines"))
    window.statusBar().addPermanentWidget(label)

    def show(attention: Attention) -> None:
        n = attention.total
        if n:
            label.setText(
                f"⚠ <a href='deadlines'>{n} deadline item{' needs' if n == 1 else 's need'} "
                "attention today</a>"
            )
            label.setToolTip("\n".join(attention.lines()) + "\n\nClick to open the deadlines.")
        else:
            label.setText("Nothing on the deadline board needs attention today.")
            label.setToolTip("")

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, PermitReviewError):
            errors.show_error(None, exc)
        label.setText(f"Deadlines not counted: {errors.message(exc)}")

    def count() -> None:
        uow, actor = ctx.uow(), ctx.actor
        ctx.tasks.run(lambda: deadlines.attention_today(uow, actor), show, failed, owner=label)

    ctx.bus.changed.connect(lambda changed: count() if changed.case_ids else None)
    count()
    return label


VIEWS = [
    ViewSpec(
        "deadlines",
        "Deadlines",
        DeadlinesView,
        roles=frozenset({Role.CLERK, Role.SUPERVISOR}),
        order=50,
        tooltip="Appeal windows, departures, overdue requests, letters not served; "
        "revocations to confirm as final; appeals and departures of a case",
        on_login=announce,
    )
]
