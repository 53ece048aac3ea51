"""The letter font family, shipped in resources/fonts/ and embedded in every PDF as subsets.

DejaVu Serif Condensed (Debian package fonts-dejavu-extra 2.37) covers Lithuanian
and Cyrillic, and its condensed glyphs keep the embedded subsets small; its
licence is resources/fonts/DejaVu-LICENSE.txt.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

import resources

FAMILY = "LetterSerif"
REGULAR = FAMILY
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"
BOLD_ITALIC = f"{FAMILY}-BoldItalic"
FILES = {
    REGULAR: "DejaVuSerifCondensed.ttf",
    BOLD: "DejaVuSerifCondensed-Bold.ttf",
    ITALIC: "DejaVuSerifCondensed-Italic.ttf",
    BOLD_ITALIC: "DejaVuSerifCondensed-BoldItalic.ttf",
}
LICENCE = "DejaVu-LICENSE.txt"

_lock = threading.Lock()
_registered = False


def register() -> str:
    """Register the family with ReportLab once per process; returns its name."""
    global _registered
    with _lock:
        if not _registered:
            for name, file_name in FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(resources.path("fonts", file_name))))
            pdfmetrics.registerFontFamily(
                FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
            )
            _registered = True
    return FAMILY
