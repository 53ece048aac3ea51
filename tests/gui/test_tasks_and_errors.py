"""Background work returns on the GUI thread; errors are shown in one place, never swallowed."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.domain.errors import StoreError, ValidationError
from tests.gui.conftest import make_paths
from ui import errors
from ui.main import EXIT_AFTER_SHOW_ENV, store_error_box
from ui.tasks import Cancel, Progress, TaskRunner

ROOT = Path(__file__).resolve().parents[2]


def test_work_runs_off_the_gui_thread_and_returns_on_it(qtbot: QtBot) -> None:
    runner = TaskRunner()
    gui_thread = threading.get_ident()
    worker_threads: list[int] = []
    results: list[tuple[int, int]] = []
    busy: list[bool] = []
    runner.busy.connect(busy.append)

    def work() -> int:
        worker_threads.append(threading.get_ident())
        return 42

    runner.run(work, lambda value: results.append((value, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(results))
    assert results == [(42, gui_thread)]
    assert worker_threads and worker_threads[0] != gui_thread
    assert busy == [True, False]


class _Held:
    """Something made on the GUI thread that records the thread it is let go on."""

    def __init__(self, freed: list[int]) -> None:
        self.freed = freed

    def __del__(self) -> None:
        self.freed.append(threading.get_ident())


@pytest.mark.parametrize("fails", [False, True])
def test_what_the_work_holds_is_let_go_on_the_gui_thread(qtbot: QtBot, fails: bool) -> None:
    runner = TaskRunner()
    freed: list[int] = []
    outcomes: list[object] = []

    def make_work(held: _Held) -> Callable[[], int]:
        def work() -> int:
            local = held  # a frame local too, as in a traceback
            time.sleep(0.05)  # still running when the GUI thread drops its own references
            if fails:
                raise StoreError(f"refused ({type(local).__name__})")
            return 1

        return work

    runner.run(make_work(_Held(freed)), outcomes.append, outcomes.append)
    qtbot.waitUntil(lambda: bool(outcomes))
    outcomes.clear()  # the error's traceback, too
    assert runner.wait()
    qtbot.waitUntil(lambda: bool(freed))
    assert freed == [threading.get_ident()]


def test_failures_reach_the_failure_callback(qtbot: QtBot) -> None:
    runner = TaskRunner()
    failures: list[BaseException] = []

    def refuse() -> None:
        raise ValidationError("date", "is in the future")

    runner.run(refuse, lambda _: pytest.fail("no success expected"), failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], ValidationError) and failures[0].field == "date"


def test_without_a_failure_callback_the_error_is_shown(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    runner = TaskRunner()

    def refuse() -> None:
        raise ValidationError("date", "is in the future")

    runner.run(refuse, lambda _: None, owner=owner)
    qtbot.waitUntil(lambda: any(b.isVisible() for b in owner.findChildren(QMessageBox)))
    box = owner.findChildren(QMessageBox)[0]
    assert box.text() == "date: is in the future"
    box.close()


def test_a_result_for_a_closed_view_is_dropped(qtbot: QtBot) -> None:
    owner = QWidget()
    runner = TaskRunner()
    called: list[object] = []
    release = threading.Event()

    def slow() -> int:
        release.wait(5)
        return 1

    runner.run(slow, called.append, owner=owner)
    owner.deleteLater()
    qtbot.wait(20)
    release.set()
    qtbot.waitUntil(lambda: runner.running == 0)
    assert called == []


def test_long_work_reports_progress_and_can_be_cancelled(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    runner = TaskRunner()
    results: list[str] = []
    steps: list[int] = []

    def long_work(progress: Progress, cancel: Cancel) -> str:
        for done in range(1000):
            if cancel():
                return f"cancelled at {done}"
            progress(done, 1000)
            steps.append(done)
            time.sleep(0.002)
        return "finished"

    task = runner.run_long(parent, "Counting", long_work, results.append)
    assert task > 0
    qtbot.waitUntil(lambda: len(steps) > 20)
    dialog = parent.findChild(QProgressDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.value() > 0)
    cancel_button = dialog.findChild(QPushButton)
    assert cancel_button is not None and cancel_button.text() == "Cancel"
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(results))
    assert results[0].startswith("cancelled at ")


def test_expected_and_unexpected_errors(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box = errors.show_error(parent, StoreError("The store is full; free some disk space."))
    assert box.text() == "The store is full; free some disk space."
    assert box.icon() == QMessageBox.Icon.Warning
    box.close()
    with caplog.at_level(logging.ERROR):
        try:
            raise KeyError("internal detail")
        except KeyError as exc:
            box = errors.show_error(parent, exc)
    assert box.text() == errors.UNEXPECTED
    assert "internal detail" not in box.text()
    assert any(r.exc_info and r.exc_info[0] is KeyError for r in caplog.records)
    box.close()

    line = errors.InlineError(parent)
    line.show_error(ValidationError("full name", "is required"))
    assert line.text() == "full name: is required"
    line.clear()
    assert line.text() == "" and line.isHidden()


def test_store_error_says_what_to_do(qtbot: QtBot, tmp_path: Path) -> None:
    paths = make_paths(tmp_path)
    box = store_error_box(
        StoreError("The store x cannot be read: disk I/O error"), paths, paths.database_url()
    )
    assert "cannot be opened" in box.text()
    text = box.informativeText()
    assert "disk I/O error" in text
    assert "--data-dir" in text and str(paths.backups) in text and str(paths.logs) in text
    box.close()


def start_app(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PERMIT_REVIEW_DATA_DIR": str(data_dir),
        EXIT_AFTER_SHOW_ENV: "1",
        "PERMIT_REVIEW_PASSWORD": "correct horse battery",
    }
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_the_application_starts_with_setup_then_login(tmp_path: Path) -> None:
    first = start_app(tmp_path)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("shown setup ")
    init = start_app(tmp_path, "init", "--admin", "admin", "--full-name", "Ada Admin")
    assert init.returncode == 0, init.stderr
    second = start_app(tmp_path)
    assert second.returncode == 0, second.stderr
    assert second.stdout.startswith("shown login ")
    assert (tmp_path / "logs" / "permit-review.log").exists()


def test_an_error_raised_in_a_slot_is_shown_and_logged(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    errors.install_excepthook()
    assert sys.excepthook is errors._excepthook

    def boom() -> None:
        raise ZeroDivisionError("a fault in a slot")

    with caplog.at_level(logging.ERROR):
        QTimer.singleShot(0, boom)
        qtbot.waitUntil(
            lambda: any(
                isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
            )
        )
    (box,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert box.text() == errors.UNEXPECTED
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)
    box.close()
    box.deleteLater()


def test_a_store_that_cannot_be_opened_ends_the_run_with_advice(tmp_path: Path) -> None:
    (tmp_path / "permit-review.sqlite3").write_bytes(b"this is not an SQLite file" * 100)
    run = start_app(tmp_path)
    assert run.returncode == 1
    assert "The store cannot be opened" in run.stderr
    assert "--data-dir" in run.stderr
    assert "Traceback" not in run.stderr


def test_a_server_password_is_not_shown(tmp_path: Path) -> None:
    paths = make_paths(tmp_path)
    url = "postgresql://clerk:s3cret@db.example/permits"
    box = store_error_box(StoreError("The store cannot be reached."), paths, url)
    assert "s3cret" not in box.informativeText()
    assert "postgresql://clerk:***@db.example/permits" in box.informativeText()
