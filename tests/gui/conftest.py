"""Fixtures for the window tests: a workspace on the test store, a shell, screenshots."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.db.store import Store, open_store
from app.paths import Paths
from app.services.context import Clock
from tests.conftest import PASSWORD
from ui import theme
from ui.context import Workspace
from ui.dialogs.login import LoginDialog
from ui.main_window import MainWindow
from ui.shell import Shell

Shoot = Callable[..., Path]


@pytest.fixture(scope="session", autouse=True)
def fusion_style(qapp: QApplication) -> None:
    """The same style and palette as `ui.main` sets up, so screenshots look like the real thing."""
    theme.apply(qapp)


@pytest.fixture(scope="session")
def screenshot_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = os.environ.get("PERMIT_REVIEW_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture
def shoot(screenshot_dir: Path, qtbot: QtBot) -> Shoot:
    """Save a screenshot of `widget` as <name>.png (at `size` when given, e.g. (1366, 768))."""

    def save(widget: QWidget, name: str, size: tuple[int, int] | None = None) -> Path:
        if size is not None:
            widget.resize(*size)
        qtbot.wait(30)  # let layouts settle and the window paint
        target = screenshot_dir / f"{name}.png"
        assert widget.grab().save(str(target)), f"could not save {target}"
        return target

    return save


def make_paths(root: Path) -> Paths:
    return Paths(data=root, config=root / "config", logs=root / "logs", backups=root / "backups")


@pytest.fixture
def workspace(store: Store, clock: Clock, tmp_path: Path) -> Workspace:
    paths = make_paths(tmp_path / "data")
    paths.ensure()
    return Workspace(paths, store, clock)


@pytest.fixture
def empty_workspace(tmp_path: Path) -> Iterator[Workspace]:
    paths = make_paths(tmp_path / "fresh")
    paths.ensure()
    store = open_store(paths.database_url(), backups=paths.backups)
    yield Workspace(paths, store)
    store.dispose()


@pytest.fixture
def ui_settings(workspace: Workspace) -> QSettings:
    return QSettings(str(workspace.paths.config / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def shell(workspace: Workspace, ui_settings: QSettings) -> Iterator[Shell]:
    made = Shell(workspace, ui_settings)
    yield made
    made.quit()


def visible[W: QWidget](parent: QWidget | None, kind: type[W]) -> W:
    """The one visible widget of `kind` (a child of `parent`, or any top-level one)."""
    pool = parent.findChildren(kind) if parent is not None else QApplication.topLevelWidgets()
    found = [w for w in pool if isinstance(w, kind) and w.isVisible()]
    assert len(found) == 1, f"expected one visible {kind.__name__}, found {len(found)}"
    return found[0]


def log_in(qtbot: QtBot, shell: Shell, username: str, password: str = PASSWORD) -> None:
    """Type into the login dialog the shell shows and press Enter."""
    dialog = shell.dialog
    assert isinstance(dialog, LoginDialog), f"expected the login dialog, have {dialog!r}"
    dialog.username.setText(username)
    dialog.password.setText(password)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)


def main_window(qtbot: QtBot, shell: Shell) -> MainWindow:
    qtbot.waitUntil(lambda: shell.window is not None and shell.window.isActiveWindow())
    assert shell.window is not None
    return shell.window
