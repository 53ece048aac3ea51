"""Opening Excel workbooks safely: a damaged or disguised file gets one clear message."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any
from xml.parsers.expat import ExpatError

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.workbook.workbook import Workbook

from app.imports.problems import ImportRefused, file_problem

ZIP_MAGIC = b"PK\x03\x04"


def open_workbook(path: Path, *, formulas: bool = False) -> Workbook:
    """The workbook at `path`, read-only and streamed.

    With `formulas`, a formula cell gives its formula text ("=SUM(2,3)"), not
    the cached value: exports turn text typed as "=..." into formula cells.
    """
    with path.open("rb") as fh:
        head = fh.read(4)
    if head != ZIP_MAGIC:
        raise file_problem(path.name, "is not an Excel workbook (.xlsx)")
    try:
        with zipfile.ZipFile(path) as archive:
            if archive.testzip() is not None:
                raise zipfile.BadZipFile("a member fails its checksum")
        return load_workbook(path, read_only=True, data_only=not formulas)
    except ImportRefused:
        raise
    except (
        zipfile.BadZipFile,
        InvalidFileException,
        KeyError,
        EOFError,
        ExpatError,
        ValueError,
        OSError,
    ) as exc:
        raise file_problem(
            path.name,
            "the workbook is damaged or incomplete (perhaps cut short while "
            f"copying) and cannot be read ({type(exc).__name__})",
        ) from None


def cell_text(value: Any) -> str:
    """A cell as the text a person typed: 3.0 -> '3', dates in ISO form, None -> ''."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0) and value.tzinfo is None:
            return value.date().isoformat()
        return value.isoformat(timespec="milliseconds" if value.microsecond else "seconds")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return value if isinstance(value, str) else str(value)
