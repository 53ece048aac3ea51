"""Icons shipped in resources/icons/."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

import resources


@cache
def app_icon() -> QIcon:
    icon = QIcon()
    icon.addFile(str(resources.path("icons", "permit-review.png")))
    icon.addFile(str(resources.path("icons", "permit-review.svg")))
    return icon
