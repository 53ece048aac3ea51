"""What the window hands to its views: the store, the logged-in user, workers, changes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.paths import Paths
from app.services.context import Actor, Changed, Clock, UnitOfWork

if TYPE_CHECKING:
    from app.db.store import Store
    from ui.tasks import TaskRunner


@dataclass
class Workspace:
    """The open store and the folders of this run; one per process."""

    paths: Paths
    store: Store
    clock: Clock = field(default_factory=Clock)
    # Minutes without input before the window locks; None reads the department setting.
    idle_lock_minutes: float | None = None

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.store, self.clock)


class ChangeBus(QObject):
    """After a write, the view that made it publishes what changed; others redraw if concerned."""

    changed = Signal(object)

    def publish(self, changed: Changed) -> None:
        self.changed.emit(changed)


@dataclass
class ViewContext:
    """One login: every view of the main window gets the same one."""

    workspace: Workspace
    actor: Actor
    tasks: TaskRunner
    bus: ChangeBus

    def uow(self) -> UnitOfWork:
        return self.workspace.uow()
