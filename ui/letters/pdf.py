"""Opening a letter's stored PDF bytes with QtPdf, without writing them to a file."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject
from PySide6.QtPdf import QPdfDocument

from app.domain.errors import StoreError


def open_pdf(data: bytes, name: str, parent: QObject | None = None) -> QPdfDocument:
    """A loaded document; a PDF that QtPdf cannot read is reported, never shown blank.

    Without a parent the caller owns the document (worker threads use it so).
    """
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    # The buffer is the document's child, so it lives exactly as long as the document.
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        error = document.error().name
        if parent is not None:
            document.deleteLater()
        raise StoreError(
            QCoreApplication.translate(
                "Letters", "{name} cannot be shown: its PDF does not open ({error})."
            ).format(name=name, error=error)
        )
    return document
