"""Tables written as CSV or XLSX, safe to open in a spreadsheet.

A cell whose text starts with `=`, `+`, `-`, `@`, a tab or a carriage return
would be run as a formula by a spreadsheet; such text gets a leading `'`
(OWASP's advice for CSV injection), in both formats. Every other value is
written as it is: text in any script, whole and decimal numbers, dates.
Timestamps are written as local ISO text, since a spreadsheet cell cannot
hold a time zone.

XLSX cannot hold the control characters U+0000-U+0008, U+000B, U+000C and
U+000E-U+001F; they are left out of XLSX cells (the CSV keeps them). A line
break in an XLSX cell is a line feed, as spreadsheets store it: a carriage
return (alone or before a line feed) is written as one.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.domain.errors import ValidationError
from app.services.context import LOCAL_TZ

FORMATS = ("csv", "xlsx")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NOT_IN_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class Table:
    """What a view shows: a title, named columns (key, heading) and rows of values."""

    title: str
    columns: Sequence[tuple[str, str]]
    rows: Iterable[Sequence[Any]]

    @property
    def headings(self) -> list[str]:
        return [heading for _, heading in self.columns]


def neutralise(value: Any) -> Any:
    """Text a spreadsheet would run as a formula gets a leading quote; the rest is unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def plain(value: Any) -> Any:
    """A value as a spreadsheet cell holds it: None as empty, timestamps as local text."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(LOCAL_TZ)
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    return value


def csv_cell(value: Any) -> str:
    value = neutralise(plain(value))
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def xlsx_cell(value: Any) -> Any:
    value = neutralise(plain(value))
    if isinstance(value, str):
        return _NOT_IN_XLSX.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    return value


def check_target(target: Path, fmt: str) -> Path:
    """The file to write, refused with a reason a person can act on."""
    if fmt not in FORMATS:
        raise ValidationError("--format", f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    return check_file(target)


def check_file(target: Path) -> Path:
    target = Path(target)
    if target.is_dir():
        raise ValidationError("file", f"{target} is a folder; name a file")
    if not target.parent.is_dir():
        raise ValidationError("file", f"the folder {target.parent} does not exist")
    return target


def write_csv(table: Table, target: Path) -> int:
    """UTF-8 with a byte order mark (so that spreadsheets read the letters right); rows."""
    count = 0
    with Path(target).open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow([csv_cell(h) for h in table.headings])
        for row in table.rows:
            writer.writerow([csv_cell(v) for v in row])
            count += 1
    return count


def sheet_name(title: str) -> str:
    """A worksheet may be named with at most 31 characters and none of []:*?/\\."""
    name = _SHEET_NAME_BAD.sub(" ", title).strip() or "Sheet"
    return name[:31]


def write_xlsx(table: Table, target: Path) -> int:
    """One worksheet with a bold heading row, frozen; dates shown as YYYY-MM-DD; rows."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet(sheet_name(table.title))
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    heading = []
    for text in table.headings:
        cell = WriteOnlyCell(sheet, value=xlsx_cell(text))
        cell.font = bold
        heading.append(cell)
    sheet.append(heading)
    count = 0
    for row in table.rows:
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=xlsx_cell(value))
            if isinstance(cell.value, dt.date):
                cell.number_format = "yyyy-mm-dd"
            cells.append(cell)
        sheet.append(cells)
        count += 1
    book.save(str(target))
    return count


def write_table(table: Table, target: Path, fmt: str) -> int:
    """Write `table` to `target` as `fmt` (csv or xlsx) through a partial file, so that a
    failed export never leaves half a file under the name asked for; the rows written."""
    target = check_target(target, fmt)
    partial = target.with_name(target.name + ".partial")
    try:
        count = write_csv(table, partial) if fmt == "csv" else write_xlsx(table, partial)
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ValidationError("file", f"{target}: {exc.strerror}") from None
    return count
