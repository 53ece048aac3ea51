"""The user guide (Help > User guide, F1): the Markdown pages of resources/guide in a window
with the list of pages on the left, back and forward, and links from page to page.

The guide is written in English (resources/guide) and Lithuanian (resources/guide/lt); the
window shows the edition of the language in use, and the English page where that edition
lacks one. Each edition's pages show the pictures in its own images folder.

The pages and their screenshots are plain files in the repository; tests/guide makes the
screenshots from the real windows and checks that every picture a page shows exists.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QIcon,
    QKeySequence,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
    QTextLength,
    QTextTable,
)
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStyle,
    QTextBrowser,
    QToolBar,
    QWidget,
)

import resources
from app.domain.roles import Role
from ui import i18n, icons

FOLDER = resources.path("guide")
HOME = "index.md"
PAGES = (HOME, "officer.md", "supervisor.md", "clerk.md", "admin.md")
ROLE_PAGES = {
    Role.OFFICER: "officer.md",
    Role.SUPERVISOR: "supervisor.md",
    Role.CLERK: "clerk.md",
    Role.ADMIN: "admin.md",
}


def first_page(roles: frozenset[Role]) -> str:
    """The page of the first of `roles` in the order of the work (officer first)."""
    return next((ROLE_PAGES[role] for role in Role if role in roles), HOME)


def page_path(name: str, language: str | None = None) -> Path:
    """The page `name` in `language` (by default the language in use), else in English."""
    language = language or i18n.current()
    if language != "en":
        translated = FOLDER / language / name
        if translated.is_file():
            return translated
    return FOLDER / name


def page_url(name: str) -> QUrl:
    return QUrl.fromLocalFile(str(page_path(name)))


def image_fragments(document: QTextDocument) -> list[tuple[int, int, QTextImageFormat]]:
    """Where a shown page has its pictures: (position, length, format), in page order."""
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                found.append((fragment.position(), fragment.length(), fmt.toImageFormat()))
            it += 1
        block = block.next()
    return found


def images_of(document: QTextDocument) -> list[str]:
    """The image names a shown page refers to, in page order."""
    return [image.name() for _, _, image in image_fragments(document)]


class GuideWindow(QMainWindow):
    """One window per main window; it stays open beside the work."""

    def __init__(self, page: str = HOME, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)  # its own window, closed with its owner
        self.setObjectName("guideWindow")
        self.setWindowTitle(self.tr("User guide – Permit Review"))
        self.setWindowIcon(icons.app_icon())

        self.pages = QListWidget(self)
        self.pages.setObjectName("guidePages")
        self.pages.setAccessibleName(self.tr("Pages of the guide"))
        for name, title in self.titles().items():
            item = QListWidgetItem(title, self.pages)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setSizeHint(QSize(0, self.pages.fontMetrics().height() + 14))
        self.pages.setMinimumWidth(150)
        self.pages.setMaximumWidth(240)

        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideText")
        self.browser.setAccessibleName(self.tr("Guide page"))
        self.browser.setOpenExternalLinks(True)
        self.browser.anchorClicked.connect(self._followed)
        self.browser.setSearchPaths([str(FOLDER)])
        self.browser.document().setDocumentMargin(16)

        splitter = QSplitter(self)
        splitter.setObjectName("guideSplitter")
        splitter.addWidget(self.pages)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        style = self.style()
        self.back_action = self._action(
            self.tr("&Back"),
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack),
            QKeySequence.StandardKey.Back,
            self.browser.backward,
            "guideBack",
        )
        self.forward_action = self._action(
            self.tr("&Forward"),
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward),
            QKeySequence.StandardKey.Forward,
            self.browser.forward,
            "guideForward",
        )
        self.home_action = self._action(
            self.tr("&Getting started"),
            style.standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon),
            QKeySequence("Alt+Home"),
            lambda: self.open_page(HOME),
            "guideHome",
        )
        close = QAction(self.tr("&Close"), self)
        close.setShortcuts([QKeySequence(QKeySequence.StandardKey.Close), QKeySequence("Esc")])
        close.triggered.connect(self.close)
        self.addAction(close)
        bar = QToolBar(self.tr("Navigation"), self)
        bar.setObjectName("guideToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.back_action, self.forward_action, self.home_action):
            bar.addAction(action)
        self.addToolBar(bar)
        self.back_action.setEnabled(False)
        self.forward_action.setEnabled(False)
        self.browser.backwardAvailable.connect(self.back_action.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_action.setEnabled)

        self.browser.sourceChanged.connect(self._shown)
        self.pages.currentRowChanged.connect(self._chosen)
        self.resize(1100, 780)
        self.open_page(page)

    def titles(self) -> dict[str, str]:
        return {
            HOME: self.tr("Getting started"),
            "officer.md": self.tr("Officer"),
            "supervisor.md": self.tr("Supervisor"),
            "clerk.md": self.tr("Clerk"),
            "admin.md": self.tr("Administrator"),
        }

    def _action(
        self,
        text: str,
        icon: QIcon,
        keys: QKeySequence | QKeySequence.StandardKey,
        slot: Callable[[], object],
        name: str,
    ) -> QAction:
        action = QAction(icon, text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.setToolTip(f"{text.replace('&', '')} ({action.shortcut().toString()})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # --- pages --------------------------------------------------------------------------

    def open_page(self, name: str) -> None:
        self.browser.setSource(page_url(name), QTextDocument.ResourceType.MarkdownResource)

    def current_page(self) -> str:
        return self.browser.source().fileName()

    def _followed(self, url: QUrl) -> None:
        """A link to another page leads to that page in the language in use, also from an
        English page shown in its place (the browser follows a link itself unless the
        source is set here)."""
        if url.isLocalFile() and url.fileName() in PAGES:
            target = page_url(url.fileName())
            if url.hasFragment():
                target.setFragment(url.fragment())
            if target != url:
                self.browser.setSource(target, QTextDocument.ResourceType.MarkdownResource)

    def _chosen(self, row: int) -> None:
        item = self.pages.item(row)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) != self.current_page():
            self.open_page(str(item.data(Qt.ItemDataRole.UserRole)))

    def _shown(self, url: QUrl) -> None:
        """A page was opened (from the list, a link, back or forward): mark it in the list
        and let its pictures shrink to the width of the window. (The browser says so before
        its `source()` is the new page.)"""
        name = url.fileName()
        self.pages.blockSignals(True)
        for row in range(self.pages.count()):
            if self.pages.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.pages.setCurrentRow(row)
        self.pages.blockSignals(False)
        self._fit_images()
        self._space_tables()

    def _fit_images(self) -> None:
        document = self.browser.document()
        fit = QTextLength(QTextLength.Type.PercentageLength, 100)
        cursor = QTextCursor(document)
        for start, length, image in image_fragments(document):
            image.setMaximumWidth(fit)
            cursor.setPosition(start)
            cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(image)
        document.setModified(False)

    def _space_tables(self) -> None:
        """Markdown tables come without room in their cells; give them some."""
        for frame in self.browser.document().rootFrame().childFrames():
            if isinstance(frame, QTextTable):
                fmt = frame.format()
                fmt.setCellPadding(4)
                fmt.setCellSpacing(0)
                fmt.setBorderCollapse(True)
                frame.setFormat(fmt)
        self.browser.document().setModified(False)


def open_guide(owner: QWidget, roles: frozenset[Role]) -> GuideWindow:
    """The guide window of `owner`, made on first use on the page of the user's first role;
    when it is open already, it is brought to the front as it was."""
    window = owner.findChild(GuideWindow, "guideWindow")
    if window is None:
        window = GuideWindow(first_page(roles), owner)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
