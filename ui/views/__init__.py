"""The views of the main window, and the registry that decides who sees which.

A view module defines `VIEWS: list[ViewSpec]`. Modules in VIEW_MODULES are
always there; those in OPTIONAL_VIEW_MODULES appear once their file exists,
so the views of later work (queues, sign-off, letters, deadlines, imports,
audit) need no change here and never show as empty screens.

A ViewSpec gives its title and tooltip in English, marked for the catalogue with
QT_TRANSLATE_NOOP("ViewSpec", …); the navigation and the View menu show them
translated (`label()`, `hint()`). NAVIGATION below marks those of the views whose
modules do not.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.domain.roles import Role
from app.services.context import Changed
from ui.context import ViewContext
from ui.i18n import QT_TRANSLATE_NOOP

VIEW_MODULES = ["ui.views.home", "ui.views.users", "ui.views.settings"]
OPTIONAL_VIEW_MODULES = [
    "ui.views.queue",  # officer: My queue; supervisor: Queue
    "ui.views.signoff",  # supervisor: Sign-off
    "ui.views.letters",  # clerk: Letters
    "ui.views.deadlines",  # clerk: Deadlines
    "ui.views.imports",  # admin: Imports
    "ui.views.audit",  # admin: Audit
    "ui.views.dashboard",  # supervisor, admin: Dashboard
]


class View(QWidget):
    """A page of the main window. It redraws from what changed, not by polling."""

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ctx.bus.changed.connect(self.on_changed)

    def refresh(self) -> None:
        """Load afresh from the store (F5, and when the view is first shown)."""

    def on_changed(self, changed: Changed) -> None:
        """Another view changed something; redraw if it concerns this one."""


@dataclass(frozen=True)
class ViewSpec:
    key: str
    title: str
    create: Callable[[ViewContext], View]
    roles: frozenset[Role] = frozenset()  # shown to holders of any of these; empty: to all
    order: int = 100
    tooltip: str = ""
    # Called with the main window and the login's context once the window is built
    # (for example, a status-bar line with what needs attention today).
    on_login: Callable[[Any, ViewContext], object] | None = None

    def shown_to(self, roles: frozenset[Role]) -> bool:
        return not self.roles or bool(self.roles & roles)

    def label(self) -> str:
        """The title in the window's language."""
        return QCoreApplication.translate("ViewSpec", self.title)

    def hint(self) -> str:
        """The tooltip in the window's language."""
        return QCoreApplication.translate("ViewSpec", self.tooltip) if self.tooltip else ""


# The titles and tooltips of the views whose modules do not mark their own.
NAVIGATION = (
    QT_TRANSLATE_NOOP("ViewSpec", "Overview"),
    QT_TRANSLATE_NOOP("ViewSpec", "Your account and the cases by state"),
    QT_TRANSLATE_NOOP("ViewSpec", "Queue"),
    QT_TRANSLATE_NOOP("ViewSpec", "The cases you may work on; open one with Enter"),
    QT_TRANSLATE_NOOP("ViewSpec", "Sign-off"),
    QT_TRANSLATE_NOOP("ViewSpec", "Proposals waiting for your sign-off"),
    QT_TRANSLATE_NOOP("ViewSpec", "Dashboard"),
    QT_TRANSLATE_NOOP(
        "ViewSpec",
        "How far the review is: cases by state, outcomes by citizenship, workload, "
        "decisions per week, times, appeals and deadlines; exports and the weekly report",
    ),
    QT_TRANSLATE_NOOP("ViewSpec", "Audit log"),
    QT_TRANSLATE_NOOP("ViewSpec", "Who did what: filter, read and export the audit log"),
)


def available_views() -> list[ViewSpec]:
    specs: list[ViewSpec] = []
    for name in VIEW_MODULES + OPTIONAL_VIEW_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name or name in VIEW_MODULES:
                raise
            continue
        specs.extend(module.VIEWS)
    return sorted(specs, key=lambda s: (s.order, s.title))


def views_for(roles: frozenset[Role]) -> list[ViewSpec]:
    return [spec for spec in available_views() if spec.shown_to(roles)]
