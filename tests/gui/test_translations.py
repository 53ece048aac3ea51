"""Lithuanian and English: complete catalogues, in step with the sources, and no English
left in a Lithuanian window; Qt's own buttons, dates and numbers follow the language."""

from __future__ import annotations

import datetime as dt
import html
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.db.store import Store
from app.services.context import Actor
from tests.factories import make_case
from tests.gui.conftest import Shoot
from ui import i18n
from ui.context import ChangeBus, ViewContext, Workspace
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import translations  # noqa: E402  (tools/translations.py)

# Words of the English interface that no Lithuanian text contains as words. A visible
# text holding one of them was not translated.
ENGLISH = frozenset(
    """
    the and of to for with from this that these no not is are was by on or all any
    case cases letter letters user users name state date save cancel open close print
    search filter new add edit delete show issue issued take next assign approve return
    decision officer supervisor clerk administrator settings password log out file
    view help about quit lock import imports audit dashboard queue deadlines sign-off home
    export refresh reasons appeal appeals court departure served dispatch role roles store
    backup restore yes ok apply reset loading working nothing none selected select choose
    number numbers permit resident answers information questionnaire department until
    awaiting assessment closed retained revoked withdrawn request requested received
    """.split()  # noqa: SIM905 - a list of words reads best as words
)
# Whole words in any script; a token with a digit in it (a permit number) is data.
WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")
TAG = re.compile(r"<[^>]+>")


def english_words(text: str) -> set[str]:
    plain = html.unescape(TAG.sub(" ", text)).replace("&", "")
    words = {w.lower() for w in WORD.findall(plain) if not any(c.isdigit() for c in w)}
    return words & ENGLISH


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of what a person sees in `root`: labels, buttons, titles, tabs,
    placeholders, column headings, menu entries."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = widget.objectName() or type(widget).__name__
        if widget.objectName() in ("homeStore", "statusStore"):
            continue  # a file path or server address: data, not text of the windows
        if widget.isWindow() and widget.windowTitle():
            yield f"{name} title", widget.windowTitle()
        if isinstance(widget, QLabel):
            yield name, widget.text()
        if isinstance(widget, QAbstractButton):
            yield name, widget.text()
        if isinstance(widget, QGroupBox):
            yield name, widget.title()
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield f"{name} tab {i}", widget.tabText(i)
        if isinstance(widget, QLineEdit):
            yield f"{name} placeholder", widget.placeholderText()
        if isinstance(widget, QComboBox) and not widget.isEditable():
            for i in range(widget.count()):
                yield f"{name} item {i}", widget.itemText(i)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model (QAbstractListModel hides columnCount)
                columns = 0
            for column in range(columns):
                heading = model.headerData(column, Qt.Orientation.Horizontal)
                if isinstance(heading, str):
                    yield f"{name} column {column}", heading
        for action in widget.actions():
            if action.text() and not action.isSeparator():
                yield f"{name} action", action.text()


def untranslated(root: QWidget) -> list[str]:
    return [
        f"{where}: {text!r} ({', '.join(sorted(words))})"
        for where, text in visible_texts(root)
        if (words := english_words(text))
    ]


@pytest.fixture
def lithuanian(qapp: object, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(i18n.LANGUAGE_ENV)
    assert i18n.use("lt") == "lt"
    yield
    i18n.use("en")


def test_the_catalogues_are_complete() -> None:
    for area in translations.AREAS:
        for language in translations.LANGUAGES:
            assert translations.catalogue(area, language).exists(), (area, language)
    assert translations.problems() == []


@pytest.mark.parametrize("area", list(translations.AREAS))
def test_the_catalogues_hold_what_the_sources_say(area: str) -> None:
    assert translations.stale(area) == set(), "run `python tools/translations.py update`"


def test_every_window_source_is_in_one_area() -> None:
    placed = [p for area in translations.AREAS for p in translations.area_files(area)]
    assert len(placed) == len(set(placed))
    assert set(placed) == {p for p in (ROOT / "ui").rglob("*.py")}


def test_the_check_finds_english_words() -> None:
    assert english_words("<b>Issue letters</b>") == {"issue", "letters"}
    assert english_words("Išduoti laiškus") == set()
    assert untranslated(QLabel("Log out")) and not untranslated(QLabel("Atsijungti"))


@pytest.mark.usefixtures("lithuanian")
def test_qt_standard_buttons_speak_lithuanian(qtbot: QtBot) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?")
    box.setStandardButtons(
        QMessageBox.StandardButton.Ok
        | QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
    )
    qtbot.addWidget(box)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"Gerai", "Atsisakyti", "Taip", "Ne"}
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Įrašyti"


def test_dates_and_numbers_follow_the_language(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(i18n.LANGUAGE_ENV)
    day = dt.date(2026, 11, 25)
    try:
        i18n.use("lt")
        assert i18n.date_text(day) == "2026-11-25"
        assert i18n.number_text(74000).replace("\xa0", " ") == "74 000"
        assert i18n.number_text(0.5, 1) == "0,5"
        i18n.use("en")
        assert i18n.date_text(day) == "11/25/26"
        assert i18n.number_text(74000) == "74,000"
    finally:
        i18n.use("en")


def test_the_language_falls_back_and_can_be_forced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(i18n.LANGUAGE_ENV)
    assert i18n.chosen("en") == "en"
    assert i18n.chosen("xx") == i18n.DEFAULT == "lt"
    assert i18n.chosen(None) == "lt"
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "en")
    assert i18n.chosen("lt") == "en"


@pytest.fixture
def window_for(
    qtbot: QtBot, workspace: Workspace, ui_settings: QSettings
) -> Callable[[Actor], MainWindow]:
    def open_for(actor: Actor) -> MainWindow:
        window = MainWindow(ViewContext(workspace, actor, TaskRunner(), ChangeBus()), ui_settings)
        qtbot.addWidget(window, before_close_func=lambda _: window.ctx.tasks.wait())
        window.resize(1366, 768)
        window.show()
        return window

    return open_for


@pytest.mark.usefixtures("lithuanian")
@pytest.mark.parametrize("username", ["admin", "olga", "sam", "cleo"])
def test_no_english_in_a_lithuanian_window(
    qtbot: QtBot,
    window_for: Callable[[Actor], MainWindow],
    users: dict[str, Actor],
    store: Store,
    shoot: Shoot,
    username: str,
) -> None:
    make_case(store, "11111111")
    window = window_for(users[username])
    found: list[str] = []
    for spec in window.specs:
        window.show_view(spec.key)
        view = window.view(spec.key)
        qtbot.waitUntil(lambda: window.ctx.tasks.running == 0, timeout=20_000)
        qtbot.wait(20)
        shoot(window, f"lt-{username}-{spec.key}")
        found += [f"{spec.key}: {line}" for line in untranslated(view)]
    found += [f"window: {line}" for line in untranslated(window.menuBar())]
    found += [f"window: {line}" for line in untranslated(window.statusBar())]
    for menu in window.menuBar().actions():
        if menu.menu() is not None:
            found += [f"menu: {line}" for line in untranslated(menu.menu())]
    assert found == []
