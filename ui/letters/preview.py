"""The in-application preview of an issued letter: its stored PDF shown by QtPdf."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.letters import StoredLetter
from ui.letters.models import kind_name
from ui.letters.pdf import open_pdf
from ui.widgets import esc

EMPTY, SHOWN = 0, 1
FIT_WIDTH, FIT_PAGE = "width", "page"
ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.2, 4.0


class LetterPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterPreview")
        self.setAccessibleName(self.tr("Letter preview"))
        self.letter: StoredLetter | None = None
        self.document: QPdfDocument | None = None

        self.title = QLabel(self)
        self.title.setObjectName("previewTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        # A narrow pane cuts the title rather than refusing to narrow.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("previewPage")
        self.fit_width = self._tool(
            self.tr("Fit width"), self.tr("Show the page as wide as the pane")
        )
        self.whole_page = self._tool(self.tr("Whole page"), self.tr("Show a whole page at a time"))
        self.zoom_out = self._tool("−", self.tr("Zoom out"), "Ctrl+-")
        self.zoom_in = self._tool("+", self.tr("Zoom in"), "Ctrl++")
        self.fit_width.clicked.connect(lambda: self.set_fit(FIT_WIDTH))
        self.whole_page.clicked.connect(lambda: self.set_fit(FIT_PAGE))
        self.zoom_in.clicked.connect(lambda: self._zoom_by(ZOOM_STEP))
        self.zoom_out.clicked.connect(lambda: self._zoom_by(1 / ZOOM_STEP))
        self.fit = FIT_WIDTH
        self.refit = QTimer(self)
        self.refit.setSingleShot(True)
        self.refit.setInterval(80)
        self.refit.timeout.connect(self._apply_fit)

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(self.tr("Letter pages"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        # Fitting is done here: QPdfView's own fit modes keep the pages drawn for the old
        # size and stretch them when the pane is resized, which blurs the text.
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setPageSpacing(12)
        self.view.viewport().installEventFilter(self)
        # The view always has a document: an empty one when no letter is shown. Made after
        # the view, so that the view goes first when the window is closed.
        self.nothing = QPdfDocument(self)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)

        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("previewPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.placeholder)
        self.pages.addWidget(self.view)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.page_label, 1)
        for button in (self.fit_width, self.whole_page, self.zoom_out, self.zoom_in):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)
        self.clear()

    def _tool(self, text: str, tip: str, shortcut: str = "") -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAccessibleName(tip)
        if shortcut:
            button.setShortcut(shortcut)
            tip = self.tr("{action} ({shortcut})").format(
                action=tip,
                shortcut=QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText),
            )
        button.setToolTip(tip)
        return button

    def show_letter(self, letter: StoredLetter) -> None:
        """Show `letter`; raises StoreError (the old letter stays) if its PDF does not open."""
        name = self.tr("Letter {number}").format(number=letter.registration_number)
        document = open_pdf(letter.pdf, name, self)
        old = self.document
        self.document, self.letter = document, letter
        self.view.setDocument(document)
        self.view.pageNavigator().jump(0, self.view.pageNavigator().currentLocation())
        if old is not None:
            old.deleteLater()
        kind = kind_name(letter.kind)
        self.title.setText(
            self.tr("<b>{number}</b> · {kind} · case {case}").format(
                number=esc(letter.registration_number),
                kind=esc(kind),
                case=esc(letter.case_number),
            )
        )
        self.pages.setCurrentIndex(SHOWN)
        self._apply_fit()
        self._page_changed(0)
        for button in (self.fit_width, self.whole_page, self.zoom_in, self.zoom_out):
            button.setEnabled(True)

    def clear(self, message: str = "") -> None:
        self.view.setDocument(self.nothing)
        if self.document is not None:
            self.document.deleteLater()
        self.document = self.letter = None
        self.placeholder.setText(message or self.tr("Select a letter to see it here."))
        self.pages.setCurrentIndex(EMPTY)
        self.title.setText("")
        self.page_label.setText("")
        for button in (self.fit_width, self.whole_page, self.zoom_in, self.zoom_out):
            button.setEnabled(False)

    def page_count(self) -> int:
        return self.document.pageCount() if self.document is not None else 0

    def _page_changed(self, page: int) -> None:
        count = self.page_count()
        text = self.tr("Page {page} of {count}").format(page=page + 1, count=count)
        self.page_label.setText(text if count else "")

    def set_fit(self, fit: str) -> None:
        self.fit = fit
        self._apply_fit()

    def _zoom_by(self, factor: float) -> None:
        self.fit = ""
        self._set_zoom(self.view.zoomFactor() * factor)

    def _set_zoom(self, zoom: float) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        if abs(zoom - self.view.zoomFactor()) > 0.001:
            self.view.setZoomFactor(zoom)

    def _apply_fit(self) -> None:
        if self.document is None or not self.fit:
            return
        # QPdfView draws a page of P points P * zoom * (screen dpi / 72) pixels wide.
        screen = self.screen() or QGuiApplication.primaryScreen()
        scale = (screen.logicalDotsPerInch() if screen else 96.0) / 72.0
        page = self.document.pagePointSize(0)
        margins = self.view.documentMargins()
        viewport = self.view.viewport().size()
        width = viewport.width() - margins.left() - margins.right()
        height = viewport.height() - margins.top() - margins.bottom()
        if page.width() <= 0 or page.height() <= 0 or width <= 0:
            return
        zoom = width / (page.width() * scale)
        if self.fit == FIT_PAGE:
            zoom = min(zoom, height / (page.height() * scale))
        self._set_zoom(zoom)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize and self.fit:
            self.refit.start()  # once the pane stops changing size
        return super().eventFilter(watched, event)
