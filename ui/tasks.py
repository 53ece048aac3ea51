"""Run plain functions off the GUI thread and hear back by signal.

The function knows nothing of Qt: it opens its own unit of work (a session
never crosses threads) and returns a value or raises. The runner calls
`on_success(value)` or `on_failure(exc)` back on the GUI thread. Long work
gets a progress callback and a cancel flag, shown as a progress dialog with
Cancel.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.domain.errors import PermitReviewError
from ui import errors

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass
class _Pending:
    on_success: Callable[[Any], None]
    on_failure: Callable[[BaseException], None] | None
    owner: QObject | None
    dialog: QProgressDialog | None = None
    # The work itself, kept here too: what it holds (a printer chosen in a dialog, say) was
    # made on the GUI thread and must be let go there, never by a worker.
    fn: Callable[[], Any] | None = None


class _Job(QRunnable):
    def __init__(self, runner: TaskRunner, task_id: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.runner = runner
        self.task_id = task_id
        self.fn = fn

    def run(self) -> None:
        fn, self.fn = self.fn, _done
        try:
            value = fn()
        except BaseException as exc:
            # The frames' locals go now, while the GUI thread still holds the work; the
            # lines stay for the log.
            traceback.clear_frames(exc.__traceback__)
            del fn
            self.runner.finished.emit(self.task_id, False, exc)
        else:
            del fn
            self.runner.finished.emit(self.task_id, True, value)


def _done() -> None:
    """What a job holds once its work has run."""


class TaskRunner(QObject):
    """One per window. `busy` tells the status bar when work is running."""

    finished = Signal(int, bool, object)
    progressed = Signal(int, int, int)
    busy = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        # Emitted from worker threads; delivered on this object's (the GUI) thread.
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.progressed.connect(self._progress, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> int:
        return len(self._pending)

    def run(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        owner: QObject | None = None,
    ) -> int:
        """Run `fn()` on a worker; call back unless `owner` has been deleted meanwhile.

        Without `on_failure`, a failure is shown by ui.errors over `owner`.
        """
        task_id = next(self._ids)
        self._start(task_id, _Pending(on_success, on_failure, owner), fn)
        return task_id

    def run_long(
        self,
        parent: QWidget,
        label: str,
        fn: Callable[[Progress, Cancel], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> int:
        """Run `fn(progress, cancel)` with a progress dialog whose Cancel sets the flag."""
        task_id = next(self._ids)
        cancelled = threading.Event()
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        dialog.setWindowTitle(label)
        dialog.setAccessibleName(label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(cancelled.set)  # the Cancel button, or closing the dialog
        dialog.rejected.connect(cancelled.set)  # Escape

        def progress(done: int, total: int) -> None:
            self.progressed.emit(task_id, done, total)

        self._start(
            task_id,
            _Pending(on_success, on_failure, parent, dialog),
            lambda: fn(progress, cancelled.is_set),
        )
        return task_id

    def run_blocking(self, parent: QWidget | None, label: str, fn: Callable[[], Any]) -> Any:
        """Run `fn()` on a worker and return its value (or raise its error) to the caller.

        For work the caller cannot go on without, such as the backup on exit: the windows
        keep painting and a busy dialog shows after a moment, but no input is taken.
        """
        done = threading.Event()
        outcome: dict[str, Any] = {}

        def job() -> None:
            try:
                outcome["value"] = fn()
            except BaseException as exc:
                outcome["error"] = exc
            finally:
                done.set()

        self.pool.start(job)
        self._spin(done.is_set, parent, label)
        if "error" in outcome:
            raise outcome["error"]
        return outcome.get("value")

    def settle(self, parent: QWidget | None, label: str) -> None:
        """Wait until every worker of the pool is idle, painting meanwhile (see run_blocking)."""
        self._spin(lambda: bool(self.pool.waitForDone(0)), parent, label)

    def _spin(self, done: Callable[[], bool], parent: QWidget | None, label: str) -> None:
        if done():
            return
        dialog = QProgressDialog(label, "", 0, 0, parent)
        dialog.setCancelButton(None)
        dialog.setWindowTitle(label)
        dialog.setAccessibleName(label)
        dialog.reset()  # shown below, only if the wait lasts a moment
        self.busy.emit(True)
        started = time.monotonic()
        try:
            while not done():
                if not dialog.isVisible() and time.monotonic() - started > 0.3:
                    dialog.setRange(0, 0)
                    dialog.show()
                QCoreApplication.processEvents(
                    QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 20
                )
                time.sleep(0.01)
        finally:
            dialog.reset()
            dialog.deleteLater()
            self.busy.emit(bool(self._pending))

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (for tests and shutdown)."""
        return bool(self.pool.waitForDone(msecs))

    def _start(self, task_id: int, pending: _Pending, fn: Callable[[], Any]) -> None:
        pending.fn = fn
        self._pending[task_id] = pending
        if len(self._pending) == 1:
            self.busy.emit(True)
        self.pool.start(_Job(self, task_id, fn))

    @Slot(int, int, int)
    def _progress(self, task_id: int, done: int, total: int) -> None:
        pending = self._pending.get(task_id)
        if pending and pending.dialog is not None and shiboken6.isValid(pending.dialog):
            pending.dialog.setMaximum(max(total, 0))
            pending.dialog.setValue(min(done, total) if total else 0)

    @Slot(int, bool, object)
    def _deliver(self, task_id: int, ok: bool, value: object) -> None:
        pending = self._pending.pop(task_id, None)
        if not self._pending:
            self.busy.emit(False)
        if pending is None:
            return
        if pending.dialog is not None and shiboken6.isValid(pending.dialog):
            pending.dialog.reset()
            pending.dialog.deleteLater()
        owner = pending.owner
        if owner is not None and not shiboken6.isValid(owner):
            # The view that asked is gone; a fault must still reach the log.
            if not ok and isinstance(value, BaseException):
                if isinstance(value, PermitReviewError):
                    log.info("refused after its view closed: %s", type(value).__name__)
                else:
                    log.error(
                        "task failed after its view closed",
                        exc_info=(type(value), value, value.__traceback__),
                    )
            return
        if ok:
            pending.on_success(value)
        elif pending.on_failure is not None:
            assert isinstance(value, BaseException)
            pending.on_failure(value)
        else:
            assert isinstance(value, BaseException)
            errors.show_error(owner if isinstance(owner, QWidget) else None, value)
