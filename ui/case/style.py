"""Small look helpers shared by the case panels; colours come from the palette only."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QWidget


def heading(text: str, parent: QWidget | None = None, *, size: float = 1.0) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    if size != 1.0:
        font.setPointSizeF(font.pointSizeF() * size)
    label.setFont(font)
    return label


TINTS = {"info": (60, 130, 220), "warning": (255, 170, 0), "restricted": (200, 60, 60)}


class Notice(QLabel):
    """A framed message band (`info`, `warning` for a supervisor's comment, `restricted`),
    tinted from the palette's base colour so it reads in light and dark schemes alike."""

    def __init__(self, parent: QWidget | None = None, kind: str = "info") -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWordWrap(True)
        self.setObjectName(f"notice_{kind}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMargin(8)
        self.setAutoFillBackground(True)
        self._tinting = False
        self._tint()

    def _tint(self) -> None:
        base = QApplication.palette().color(QPalette.ColorRole.Base)
        share = 0.18 if base.lightness() > 128 else 0.30
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, blend(base, QColor(*TINTS[self.kind]), share))
        self.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        kinds = (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange)
        if event.type() in kinds and not self._tinting:
            self._tinting = True  # setting the tint is itself a palette change
            try:
                self._tint()
            finally:
                self._tinting = False


def notice(parent: QWidget | None = None, *, kind: str = "info") -> Notice:
    return Notice(parent, kind)


def blend(a: QColor, b: QColor, share: float) -> QColor:
    return QColor(
        round(a.red() * (1 - share) + b.red() * share),
        round(a.green() * (1 - share) + b.green() * share),
        round(a.blue() * (1 - share) + b.blue() * share),
    )


def bold(font: QFont) -> QFont:
    font.setBold(True)
    return font
