"""Helpers for the window tests of the officer's desk and the sign-off."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QAction, QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.services.context import Actor
from ui import theme
from ui.context import ChangeBus, ViewContext, Workspace
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from ui.views import View

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def open_window(
    qtbot: QtBot, workspace: Workspace, settings: QSettings, actor: Actor
) -> MainWindow:
    """The main window for `actor`, as the shell opens it after login. Before the test's
    widgets are closed, the window's background work is waited for."""
    runner = TaskRunner()
    ctx = ViewContext(workspace, actor, runner, ChangeBus())
    window = MainWindow(ctx, settings)
    runner.setParent(window)
    qtbot.addWidget(window, before_close_func=lambda _: _settle(runner))
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    return window


def _settle(runner: TaskRunner) -> None:
    runner.wait()
    QApplication.processEvents()


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Make `window` the active one again (as the window manager does when a dialog closes;
    the offscreen platform leaves none active)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def press_view(qtbot: QtBot, window: MainWindow, key: str) -> View:
    """Go to a view with its Ctrl+<number> shortcut, as a user would."""
    action = window.findChild(QAction, f"view_{key}")
    assert action is not None, f"no view {key!r} for this user"
    sequence = action.shortcut().toString()
    assert sequence.startswith("Ctrl+")
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{sequence[-1]}"), CTRL)
    view = window.view(key)
    assert view is not None and view.isVisible()
    return view


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` key by key, in any script (QTest maps only Latin letters to keys)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def wait_idle(qtbot: QtBot, window: MainWindow, timeout: int = 10_000) -> None:
    """Until no background work of the window is running."""
    qtbot.waitUntil(lambda: window.ctx.tasks.running == 0, timeout=timeout)


@contextmanager
def dark(app: QApplication) -> Iterator[None]:
    """The dark colour scheme, as ui.theme sets it when the system asks for it."""
    before = QPalette(app.palette())
    app.setPalette(theme.dark_palette())
    try:
        yield
    finally:
        app.setPalette(before)


def text_of(widget: QWidget) -> str:
    """Everything a widget tree shows as text (labels, edits, buttons), for 'never shows' tests."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit, QTextEdit

    parts: list[str] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLabel | QLineEdit):
            parts.append(child.text())
        elif isinstance(child, QPlainTextEdit | QTextEdit):
            parts.append(child.toPlainText())
        elif isinstance(child, QAbstractButton):
            parts.append(child.text())
    return "\n".join(parts)
