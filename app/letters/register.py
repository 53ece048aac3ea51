"""The dispatch register: the list of envelopes for registered mail, as PDF and CSV.

One row per envelope (the letters of one case go together): the registration
numbers, the addressee and the postal address, and an empty column for the
post office's tracking number.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import string
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

import resources
from app.domain.errors import ValidationError
from app.letters import fonts
from app.letters.facts import Addressee
from app.letters.render import CREATOR, markup

SOURCE = "resources/letters/dispatch_register.json"
COLUMNS = ("no", "numbers", "addressee", "address", "tracking")
CSV_HEADER = [
    "no",
    "registration_numbers",
    "addressee",
    "address_line1",
    "address_line2",
    "postal_code",
    "city",
    "tracking_number",
]
# A spreadsheet would run a cell that starts with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class RegisterEntry:
    registration_numbers: tuple[str, ...]
    addressee: Addressee


@dataclass(frozen=True, slots=True)
class DispatchRegister:
    pdf: bytes
    csv: str
    entries: int
    sha256: str


def load_labels() -> dict[str, Any]:
    try:
        data = json.loads(resources.path("letters", "dispatch_register.json").read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise ValidationError(SOURCE, f"cannot be read ({exc})") from None
    if not isinstance(data, dict):
        raise ValidationError(SOURCE, "must be a JSON object")
    labels: dict[str, Any] = data
    columns = labels.get("columns")
    if not isinstance(columns, dict) or any(not isinstance(columns.get(c), str) for c in COLUMNS):
        raise ValidationError(SOURCE, f"columns: needs the texts {', '.join(COLUMNS)}")
    for key in ("title", "made_on", "total", "footer"):
        if not isinstance(labels.get(key), str):
            raise ValidationError(SOURCE, f"{key}: is missing")
    return labels


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def register_csv(entries: list[RegisterEntry]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for no, entry in enumerate(entries, start=1):
        person = entry.addressee
        writer.writerow(
            [str(no), " ".join(entry.registration_numbers)]
            + [
                _cell(v)
                for v in (
                    person.full_name,
                    person.address_line1,
                    person.address_line2,
                    person.postal_code,
                    person.city,
                )
            ]
            + [""]
        )
    return out.getvalue()


def _canvas_class(footer: str, made_on: dt.date) -> type[Canvas]:
    stamp = f"D:{made_on:%Y%m%d}000000+00'00'"

    class RegisterCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._page_states: list[dict[str, Any]] = []
            self.setDateFormatter(lambda *_: stamp)

        def showPage(self) -> None:
            self._page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._page_states)
            for page, state in enumerate(self._page_states, start=1):
                self.__dict__.update(state)
                self.setFont(fonts.REGULAR, 8)
                self.drawRightString(
                    A4[0] - 15 * mm,
                    10 * mm,
                    string.Template(footer).substitute(page=page, pages=total),
                )
                super().showPage()
            super().save()

    return RegisterCanvas


def register_pdf(entries: list[RegisterEntry], *, department: str, made_on: dt.date) -> bytes:
    fonts.register()
    labels = load_labels()
    base = ParagraphStyle("cell", fontName=fonts.REGULAR, fontSize=8.5, leading=10.5)
    head = ParagraphStyle("head", base, fontName=fonts.BOLD)
    title = ParagraphStyle(
        "title", base, fontName=fonts.BOLD, fontSize=12, leading=15, spaceAfter=4
    )
    columns = labels["columns"]
    rows: list[list[Any]] = [[Paragraph(markup(columns[c]), head) for c in COLUMNS]]
    for no, entry in enumerate(entries, start=1):
        person = entry.addressee
        rows.append(
            [
                Paragraph(str(no), base),
                Paragraph("<br/>".join(markup(n) for n in entry.registration_numbers), base),
                Paragraph(markup(person.full_name), base),
                Paragraph("<br/>".join(markup(line) for line in person.address_lines), base),
                "",
            ]
        )
    width = A4[0] - 30 * mm - 12  # the frame's own padding is 6 points on each side
    table = LongTable(
        rows, colWidths=[w * width for w in (0.07, 0.19, 0.27, 0.32, 0.15)], repeatRows=1
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
            ]
        )
    )
    made = string.Template(labels["made_on"]).substitute(date=made_on.isoformat())
    total = string.Template(labels["total"]).substitute(count=len(entries))
    story = [
        Paragraph(markup(department), head),
        Paragraph(markup(labels["title"]), title),
        Paragraph(markup(made), base),
        Spacer(1, 6),
        table,
        Spacer(1, 6),
        Paragraph(markup(total), base),
    ]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=18 * mm,
        invariant=1,
        initialFontName=fonts.REGULAR,
        title=labels["title"],
        author=department,
        creator=CREATOR,
    )
    doc.build(story, canvasmaker=_canvas_class(labels["footer"], made_on))
    return buffer.getvalue()


def make_register(
    entries: list[RegisterEntry], *, department: str, made_on: dt.date
) -> DispatchRegister:
    pdf = register_pdf(entries, department=department, made_on=made_on)
    return DispatchRegister(
        pdf=pdf,
        csv=register_csv(entries),
        entries=len(entries),
        sha256=hashlib.sha256(pdf).hexdigest(),
    )
