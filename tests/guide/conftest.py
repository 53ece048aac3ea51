"""The guide's screenshots: the window tests' fixtures, a clock on the guide's day, the
language of the windows for each edition of the guide, and a camera that keeps what it took.

The guide comes in English (resources/guide) and Lithuanian (resources/guide/lt), each with
its own pictures in its images folder. Pictures go to the test's temporary folder, or into
the edition's images folder when PERMIT_REVIEW_GUIDE_SHOTS=1 (`make guide`), where its pages
find them.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.qtbot import QtBot

import resources
from app.db.store import Store, open_store, sqlite_backup
from tests.appeals.helpers import MovableClock
from tests.gui.conftest import (  # noqa: F401 (the window tests' fixtures)
    fusion_style,
    ui_settings,
    workspace,
)
from tests.guide.story import TODAY
from ui import i18n

GUIDE = resources.path("guide")
EDITIONS = {"en": GUIDE, "lt": GUIDE / "lt"}
SHOTS_ENV = "PERMIT_REVIEW_GUIDE_SHOTS"
WINDOW_SIZE = (1280, 800)


class Camera:
    """Saves a widget as images/NAME.png; a main window first takes the guide's size."""

    def __init__(self, qtbot: QtBot, folder: Path) -> None:
        self.qtbot = qtbot
        self.folder = folder
        self.taken: list[str] = []

    def __call__(self, widget: QWidget, name: str) -> Path:
        assert name not in self.taken, f"{name} taken twice"
        if isinstance(widget, QMainWindow):
            widget.resize(*WINDOW_SIZE)
        self.qtbot.wait(60)  # let layouts settle and the window paint
        target = self.folder / f"{name}.png"
        # Quality 0: the smallest PNG Qt writes (compression only; PNG loses nothing).
        assert widget.grab().save(str(target), "PNG", 0), f"could not save {target}"
        self.taken.append(name)
        return target


def pages_folder(language: str) -> Path:
    """The folder of the guide's pages in `language`."""
    return EDITIONS[language]


def images_folder(language: str) -> Path:
    """The folder of the pictures the pages in `language` show."""
    return EDITIONS[language] / "images"


def taking_pictures() -> bool:
    return os.environ.get(SHOTS_ENV) == "1"


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Path]:
    """The store's folder, whose path the pictures show (the login window, the overview,
    the status bar); the walk-through's files go there too. When the pictures are taken
    for the guide it has a name a reader makes sense of, outside the test's folder."""
    if not taking_pictures():
        folder = tmp_path / "permit-review"
        folder.mkdir()
        yield folder
        return
    folder = Path(tempfile.gettempdir()) / "permit-review"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def store(template_store: Path, desk: Path) -> Iterator[Store]:
    """As tests/conftest.py's, in the desk folder."""
    target = desk / "permit-review.sqlite3"
    sqlite_backup(template_store, target)
    opened = open_store(f"sqlite:///{target}", backups=desk / "backups")
    yield opened
    opened.dispose()


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(TODAY)


@pytest.fixture(params=list(EDITIONS))
def language(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The language of the windows for one edition of the guide. The test suite speaks
    English; the Lithuanian edition lifts that override for the test and puts it back."""
    language: str = request.param
    if language == "en":
        yield language
        return
    monkeypatch.delenv(i18n.LANGUAGE_ENV)
    assert i18n.use(language) == language
    try:
        yield language
    finally:
        i18n.use("en")


@pytest.fixture
def camera(qtbot: QtBot, tmp_path: Path, language: str) -> Camera:
    folder = images_folder(language) if taking_pictures() else tmp_path / "images"
    folder.mkdir(parents=True, exist_ok=True)
    return Camera(qtbot, folder)
