"""The Fusion style, in the light or dark colours the system asks for.

Widgets take their colours from the palette only, so one switch here turns
the whole window dark. PERMIT_REVIEW_COLOR_SCHEME=light|dark overrides the
system (for screenshots, or a system that does not say).
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

SCHEME_ENV = "PERMIT_REVIEW_COLOR_SCHEME"


def dark_palette() -> QPalette:
    """Fusion's own palette has no dark variant on every platform; this one is Fusion's hues."""
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    base, window, text = QColor("#1e1f22"), QColor("#2b2d30"), QColor("#e6e6e6")
    highlight = QColor("#3d7ac2")
    for r, c in {
        role.Window: window,
        role.WindowText: text,
        role.Base: base,
        role.AlternateBase: QColor("#26282b"),
        role.ToolTipBase: window,
        role.ToolTipText: text,
        role.PlaceholderText: QColor("#8c8c8c"),
        role.Text: text,
        role.Button: QColor("#35373b"),
        role.ButtonText: text,
        role.BrightText: QColor("#ff6b6b"),
        role.Light: QColor("#4a4d52"),
        role.Midlight: QColor("#3e4145"),
        role.Mid: QColor("#242629"),
        role.Dark: QColor("#191a1c"),
        role.Shadow: QColor("#0c0c0d"),
        role.Highlight: highlight,
        role.HighlightedText: QColor("#ffffff"),
        role.Link: QColor("#7ab4f5"),
        role.LinkVisited: QColor("#b39df0"),
    }.items():
        p.setColor(r, c)
    disabled = QColor("#808080")
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group.Disabled, r, disabled)
    p.setColor(group.Disabled, role.Highlight, QColor("#4a4d52"))
    return p


def wants_dark(app: QGuiApplication) -> bool:
    choice = os.environ.get(SCHEME_ENV, "system").lower()
    if choice in ("dark", "light"):
        return choice == "dark"
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    _apply_palette(app)
    if not app.property("permitReviewFollowsScheme"):
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: _apply_palette(app))
        app.setProperty("permitReviewFollowsScheme", True)


def _apply_palette(app: QApplication) -> None:
    if wants_dark(app):
        # Some platforms hand Fusion a dark palette themselves; keep theirs when they do.
        if app.palette().color(QPalette.ColorRole.Window).lightness() > 128:
            app.setPalette(dark_palette())
    else:
        app.setPalette(
            app.style().standardPalette()
            if os.environ.get(SCHEME_ENV, "").lower() == "light"
            else QPalette()
        )
