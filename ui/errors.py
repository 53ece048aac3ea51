"""The one place the window shows errors.

Services raise `PermitReviewError`s with a message fit for a person; those are
shown as they are. Anything else is a fault: it is logged with its traceback
and shown as such. Nothing is swallowed.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Mapping
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from app.domain.errors import PermitReviewError, ValidationError
from ui.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
_unowned: set[QMessageBox] = set()

UNEXPECTED = QT_TRANSLATE_NOOP(
    "Errors",
    "Something went wrong that the application did not expect; nothing more was saved. "
    "The details are in the log file. Please tell the administrator what you were doing.",
)


def message(exc: BaseException) -> str:
    """What to tell the user about `exc`."""
    if isinstance(exc, PermitReviewError):
        return exc.message
    return QCoreApplication.translate("Errors", UNEXPECTED)


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> QMessageBox:
    """Show `exc` in a message box that does not block the caller; returns the box."""
    if not isinstance(exc, PermitReviewError):
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    box = QMessageBox(
        QMessageBox.Icon.Warning
        if isinstance(exc, PermitReviewError)
        else QMessageBox.Icon.Critical,
        title
        or (
            QCoreApplication.translate("Errors", "Not done")
            if isinstance(exc, PermitReviewError)
            else QCoreApplication.translate("Errors", "Error")
        ),
        message(exc),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("errorBox")
    box.setAccessibleName("Error message")
    if parent is None:
        # Nothing else holds a box without a parent: keep it until it is closed.
        _unowned.add(box)
        box.finished.connect(lambda _result: _unowned.discard(box))
    box.open()
    return box


def focus_field(exc: BaseException, fields: Mapping[str, QWidget]) -> None:
    """Put the cursor in the field a ValidationError names, when the form has it."""
    if isinstance(exc, ValidationError) and exc.field in fields:
        widget = fields[exc.field]
        widget.setFocus()
        select_all = getattr(widget, "selectAll", None)
        if callable(select_all):
            select_all()


class InlineError(QLabel):
    """A line under a form that shows why the last attempt was refused."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inlineError")
        self.setAccessibleName("Error")
        self.setWordWrap(True)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.hide()

    def show_error(self, exc: BaseException) -> None:
        if not isinstance(exc, PermitReviewError):
            log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
        self.setText(message(exc))
        self.show()

    def clear(self) -> None:
        self.setText("")
        self.hide()


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Errors raised in slots: log them and tell the user, instead of printing to no one."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    if isinstance(exc, PermitReviewError):
        log.info("refused in the window: %s", kind.__name__)
    show_error(None, exc.with_traceback(tb))


def install_excepthook() -> None:
    sys.excepthook = _excepthook
