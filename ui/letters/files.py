"""Files the clerk keeps: letter PDFs as issued, and dispatch registers as PDF and CSV."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from app.letters.register import DispatchRegister

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(text: str) -> str:
    return _UNSAFE.sub("_", text).strip("._") or "letter"


def default_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = QCoreApplication.translate("Letters", "Dispatch registers")
    return Path(documents or Path.home()) / folder


def _free_stem(folder: Path, stem: str, suffixes: tuple[str, ...]) -> str:
    """`stem`, or `stem-2`, `stem-3`...: never overwrite a register already kept."""
    candidate, n = stem, 1
    while any((folder / f"{candidate}{s}").exists() for s in suffixes):
        n += 1
        candidate = f"{stem}-{n}"
    return candidate


def save_register(
    register: DispatchRegister, folder: Path, made_on: dt.date, numbers: list[str]
) -> tuple[Path, Path]:
    """Write the register's PDF and CSV side by side; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    span = f"{numbers[0]}_to_{numbers[-1]}" if len(numbers) > 1 else (numbers or [""])[0]
    stem = _free_stem(
        folder, safe_name(f"dispatch-register-{made_on.isoformat()}-{span}"), (".pdf", ".csv")
    )
    pdf, csv = folder / f"{stem}.pdf", folder / f"{stem}.csv"
    pdf.write_bytes(register.pdf)
    # With a byte-order mark, spreadsheet programs read the names as UTF-8.
    with csv.open("w", encoding="utf-8-sig", newline="") as out:
        out.write(register.csv)
    return pdf, csv


def save_letter(pdf: bytes, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pdf)
    return path
