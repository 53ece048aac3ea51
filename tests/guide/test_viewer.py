"""The guide window (Help > User guide, F1): it opens on the page of the user's first role,
shows the pages' pictures, follows the links between pages, and goes back and forward; in
Lithuanian it shows the Lithuanian edition, and the English page where that one is missing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QUrl
from PySide6.QtGui import QImage, QPixmap, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.roles import Role
from app.services.context import Actor
from tests.gui.desk import open_window
from tests.guide.conftest import EDITIONS, GUIDE, pages_folder
from ui import guide
from ui.context import Workspace
from ui.guide import GuideWindow, first_page, images_of

pytestmark = pytest.mark.sqlite_only  # the window tests' store is tests/guide's own
LEFT = Qt.MouseButton.LeftButton
LINK = re.compile(r"\]\(([^)#\s]+\.md)\)")


@pytest.fixture
def window(qtbot: QtBot) -> GuideWindow:
    made = GuideWindow()
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def shown_title(window: GuideWindow) -> str:
    item = window.pages.currentItem()
    assert item is not None
    return item.text()


def link_position(window: GuideWindow, href: str) -> QPoint:
    """Where on the screen of the guide a link to `href` is, scrolled into sight."""
    document = window.browser.document()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isAnchor() and fmt.anchorHref() == href:
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                window.browser.setTextCursor(cursor)
                window.browser.ensureCursorVisible()
                return window.browser.cursorRect(cursor).center()
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href} on {window.current_page()}")


@pytest.mark.parametrize(
    ("roles", "page"),
    [
        ({Role.OFFICER}, "officer.md"),
        ({Role.SUPERVISOR}, "supervisor.md"),
        ({Role.CLERK}, "clerk.md"),
        ({Role.ADMIN}, "admin.md"),
        ({Role.ADMIN, Role.CLERK}, "clerk.md"),
        ({Role.SUPERVISOR, Role.OFFICER}, "officer.md"),
        (set(), "index.md"),
    ],
)
def test_the_guide_opens_on_the_page_of_the_first_role(
    qtbot: QtBot, roles: set[Role], page: str
) -> None:
    assert first_page(frozenset(roles)) == page
    window = GuideWindow(first_page(frozenset(roles)))
    qtbot.addWidget(window)
    assert window.current_page() == page
    assert window.pages.currentItem().data(Qt.ItemDataRole.UserRole) == page
    assert window.browser.document().toPlainText().strip()


def test_every_page_shows_its_pictures(window: GuideWindow) -> None:
    assert [window.pages.item(i).text() for i in range(window.pages.count())] == [
        "Getting started",
        "Officer",
        "Supervisor",
        "Clerk",
        "Administrator",
    ]
    for row, page in enumerate(guide.PAGES):
        window.pages.setCurrentRow(row)
        assert window.current_page() == page
        document = window.browser.document()
        names = images_of(document)
        assert names, f"{page} shows no pictures"
        for name in names:
            picture = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
            assert isinstance(picture, QPixmap | QImage), f"{page}: {name} did not load"
            assert not picture.isNull() and picture.width() > 0, f"{page}: {name} is empty"


def test_pictures_shrink_to_the_width_of_the_window(qtbot: QtBot, window: GuideWindow) -> None:
    window.open_page("officer.md")
    window.resize(900, 700)
    qtbot.wait(50)
    layout = window.browser.document().documentLayout()
    assert layout.documentSize().width() <= window.browser.viewport().width() + 1
    assert window.browser.horizontalScrollBar().maximum() == 0


def test_links_lead_from_page_to_page_and_back(qtbot: QtBot, window: GuideWindow) -> None:
    assert window.current_page() == "index.md" and shown_title(window) == "Getting started"
    assert not window.back_action.isEnabled() and not window.forward_action.isEnabled()

    qtbot.mouseClick(window.browser.viewport(), LEFT, pos=link_position(window, "clerk.md"))
    qtbot.waitUntil(lambda: window.current_page() == "clerk.md")
    assert shown_title(window) == "Clerk"
    assert "issue the letters" in window.browser.document().toPlainText().lower()

    qtbot.mouseClick(window.browser.viewport(), LEFT, pos=link_position(window, "index.md"))
    qtbot.waitUntil(lambda: window.current_page() == "index.md")
    window.pages.setCurrentRow(guide.PAGES.index("admin.md"))
    assert window.current_page() == "admin.md"

    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # Back
    assert window.current_page() == "index.md" and shown_title(window) == "Getting started"
    window.back_action.trigger()
    assert window.current_page() == "clerk.md"
    assert window.forward_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # Forward
    assert window.current_page() == "index.md"
    window.home_action.trigger()
    assert window.current_page() == "index.md"


@pytest.mark.parametrize("language", list(EDITIONS))
def test_every_link_between_pages_leads_to_a_page(language: str) -> None:
    for page in guide.PAGES:
        text = (pages_folder(language) / page).read_text(encoding="utf-8")
        for target in LINK.findall(text):
            assert target in guide.PAGES, f"{language}/{page} links to {target}, which is no page"


def shown_file(window: GuideWindow) -> Path:
    return Path(window.browser.source().toLocalFile())


def pictures_shown(window: GuideWindow) -> list[Path]:
    """The picture files the page on show displays, each checked to have loaded."""
    document = window.browser.document()
    files = []
    for name in images_of(document):
        picture = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert isinstance(picture, QPixmap | QImage), f"{name} did not load"
        assert not picture.isNull() and picture.width() > 0, f"{name} is empty"
        files.append(Path(window.browser.source().resolved(QUrl(name)).toLocalFile()))
    return files


@pytest.mark.parametrize("language", ["lt"], indirect=True)
def test_in_lithuanian_the_window_shows_the_lithuanian_guide(qtbot: QtBot, language: str) -> None:
    window = GuideWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert [window.pages.item(i).text() for i in range(window.pages.count())] == [
        "Pradžia",
        "Specialistas",
        "Vadovas",
        "Raštinės darbuotojas",
        "Administratorius",
    ]
    for row, page in enumerate(guide.PAGES):
        window.pages.setCurrentRow(row)
        assert shown_file(window) == GUIDE / "lt" / page
        heading = window.browser.document().toPlainText().strip().splitlines()[0]
        assert heading == window.pages.item(row).text()
        pictures = pictures_shown(window)
        assert pictures, f"lt/{page} shows no pictures"
        for picture in pictures:
            assert picture.parent == GUIDE / "lt" / "images" and picture.is_file()

    window.open_page(guide.HOME)
    qtbot.mouseClick(window.browser.viewport(), LEFT, pos=link_position(window, "clerk.md"))
    qtbot.waitUntil(lambda: window.current_page() == "clerk.md")
    assert shown_file(window) == GUIDE / "lt" / "clerk.md"
    assert shown_title(window) == "Raštinės darbuotojas"
    window.back_action.trigger()
    assert shown_file(window) == GUIDE / "lt" / "index.md"


@pytest.mark.parametrize("language", ["lt"], indirect=True)
def test_a_page_missing_in_lithuanian_is_shown_in_english(
    qtbot: QtBot, language: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The guide as it would be with the Lithuanian clerk's page not written yet.
    folder = tmp_path / "guide"
    (folder / "lt").mkdir(parents=True)
    for page in guide.PAGES:
        (folder / page).symlink_to(GUIDE / page)
        if page != "clerk.md":
            (folder / "lt" / page).symlink_to(GUIDE / "lt" / page)
    (folder / "images").symlink_to(GUIDE / "images")
    (folder / "lt" / "images").symlink_to(GUIDE / "lt" / "images")
    monkeypatch.setattr(guide, "FOLDER", folder)

    window = GuideWindow("clerk.md")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert shown_file(window) == folder / "clerk.md"
    assert shown_title(window) == "Raštinės darbuotojas"
    assert "issue the letters" in window.browser.document().toPlainText().lower()
    pictures = pictures_shown(window)
    assert pictures and all(p.parent == folder / "images" for p in pictures)

    # Its link to Getting started leads back into the Lithuanian guide.
    qtbot.mouseClick(window.browser.viewport(), LEFT, pos=link_position(window, "index.md"))
    qtbot.waitUntil(lambda: window.current_page() == "index.md")
    assert shown_file(window) == folder / "lt" / "index.md"
    window.back_action.trigger()
    assert shown_file(window) == folder / "clerk.md"
    window.forward_action.trigger()
    assert shown_file(window) == folder / "lt" / "index.md"


def test_f1_opens_the_guide_beside_the_work(
    qtbot: QtBot, workspace: Workspace, ui_settings: QSettings, users: dict[str, Actor]
) -> None:
    main = open_window(qtbot, workspace, ui_settings, users["sam"])
    assert main.guide_action.text() == "&User guide"
    qtbot.keyClick(main, Qt.Key.Key_F1)
    opened = main.findChild(GuideWindow)
    assert isinstance(opened, GuideWindow)
    qtbot.waitUntil(opened.isVisible)
    assert opened.current_page() == "supervisor.md"
    assert opened.isWindow() and opened.parent() is main

    # A second F1 brings the same window back, on the page it was left on.
    opened.open_page("clerk.md")
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    qtbot.keyClick(main, Qt.Key.Key_F1)
    assert main.findChildren(GuideWindow) == [opened]
    assert opened.current_page() == "clerk.md"

    # Esc closes it; the work goes on in the main window.
    opened.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened)
    qtbot.keyClick(opened, Qt.Key.Key_Escape)
    assert not opened.isVisible() and main.isVisible()
