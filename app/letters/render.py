"""A letter to PDF with ReportLab platypus: A4, Lithuanian text first, then the translation.

Every text that reaches a Paragraph goes through `markup()`, which escapes it:
names, addresses and reasons are typed by people and are never read as
markup. The PDF is deterministic: the same facts give the same bytes (fixed
creation date = the issue date, ReportLab's invariant mode).
"""

from __future__ import annotations

import hashlib
import io
import re
import string
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.letters import fonts
from app.letters.facts import LetterFacts, format_date, values
from app.letters.templates import Template

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT, RIGHT, TOP, BOTTOM = 25 * mm, 17 * mm, 13 * mm, 17 * mm
TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT
CREATOR = "permit-review"

# Page streams are Flate-compressed; ASCII85 on top would only make them a quarter larger.
rl_config.useA85 = 0

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True, slots=True)
class RenderedLetter:
    pdf: bytes
    pages: int
    sha256: str


def markup(text: str) -> str:
    """Plain text as Paragraph markup: escaped, with its line breaks kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return escape(_CONTROL.sub("", text)).replace("\n", "<br/>")


def fill(text: str, fields: dict[str, str]) -> str:
    return string.Template(text).substitute(fields)


class _Styles:
    def __init__(self) -> None:
        base = ParagraphStyle(
            "body",
            fontName=fonts.REGULAR,
            fontSize=10,
            leading=12.6,
            alignment=TA_JUSTIFY,
            spaceAfter=3,
            splitLongWords=True,
        )
        self.body = base
        self.small = ParagraphStyle(
            "small", base, fontSize=8, leading=10, alignment=TA_LEFT, spaceAfter=0
        )
        self.small_center = ParagraphStyle("small_center", self.small, alignment=TA_CENTER)
        self.plain = ParagraphStyle("plain", base, alignment=TA_LEFT, spaceAfter=0)
        self.right = ParagraphStyle("right", self.plain, alignment=TA_RIGHT)
        self.strong = ParagraphStyle("strong", self.plain, fontName=fonts.BOLD)
        self.letterhead = ParagraphStyle(
            "letterhead",
            base,
            fontName=fonts.BOLD,
            fontSize=11,
            leading=13,
            alignment=TA_CENTER,
            spaceAfter=1,
        )
        self.note = ParagraphStyle(
            "note",
            self.small,
            alignment=TA_CENTER,
            borderWidth=0.5,
            borderColor=colors.black,
            borderPadding=3,
            spaceAfter=7,
        )
        self.title = ParagraphStyle(
            "title",
            base,
            fontName=fonts.BOLD,
            fontSize=11,
            leading=13.5,
            alignment=TA_CENTER,
            spaceBefore=8,
            spaceAfter=6,
        )
        self.heading = ParagraphStyle(
            "heading",
            base,
            fontName=fonts.BOLD,
            alignment=TA_LEFT,
            spaceBefore=4,
            spaceAfter=1,
            keepWithNext=True,
        )
        self.item = ParagraphStyle("item", base, leftIndent=12, bulletIndent=2, spaceAfter=1)


_STYLES: _Styles | None = None


def _styles() -> _Styles:
    global _STYLES
    if _STYLES is None:
        fonts.register()
        _STYLES = _Styles()
    return _STYLES


class _PartMarker(Flowable):  # type: ignore[misc]
    """Tells the canvas which part (Lithuanian or translation) the following pages hold."""

    def __init__(self, lithuanian: bool) -> None:
        super().__init__()
        self.lithuanian = lithuanian
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.letter_lithuanian = self.lithuanian


def _canvas_class(facts: LetterFacts) -> type[Canvas]:
    """A canvas that numbers pages "n of N" in each page's language and dates the file."""
    footers = (facts.templates[0]["labels"]["footer"], facts.templates[1]["labels"]["footer"])
    stamp = f"D:{facts.issued_on:%Y%m%d}000000+00'00'"
    number = facts.registration_number

    class LetterCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.letter_lithuanian = True
            self._page_states: list[dict[str, Any]] = []
            self.setDateFormatter(lambda *_: stamp)

        def showPage(self) -> None:
            self._page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._page_states)
            for page, state in enumerate(self._page_states, start=1):
                self.__dict__.update(state)
                footer = footers[0 if self.letter_lithuanian else 1]
                text = fill(
                    footer, {"registration_number": number, "page": str(page), "pages": str(total)}
                )
                self.setFont(fonts.REGULAR, 8)
                self.drawRightString(PAGE_WIDTH - RIGHT, BOTTOM - 9 * mm, text)
                super().showPage()
            super().save()

    return LetterCanvas


def _paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    return [
        Paragraph(markup(chunk.strip("\n")), style)
        for chunk in _BLANK_LINE.split(text)
        if chunk.strip()
    ]


def _letterhead(facts: LetterFacts, lithuanian: bool, st: _Styles) -> list[Flowable]:
    labels = facts.template(lithuanian)["labels"]
    out: list[Flowable] = []
    if not lithuanian and labels["translation_heading"]:
        out.append(Paragraph(markup(labels["translation_heading"]), st.note))
    out.append(Paragraph(markup(facts.department_name.pick(lithuanian)), st.letterhead))
    contact = [facts.department_address]
    if facts.department_phone:
        contact.append(f"{labels['phone']} {facts.department_phone}")
    if facts.department_email:
        contact.append(f"{labels['email']} {facts.department_email}")
    if facts.department_code:
        contact.append(f"{labels['department_code']} {facts.department_code}")
    out.append(Paragraph(markup(" · ".join(contact)), st.small_center))
    out.append(
        HRFlowable(width="100%", thickness=0.6, color=colors.black, spaceBefore=3, spaceAfter=6)
    )
    return out


def _particulars(facts: LetterFacts, lithuanian: bool, st: _Styles) -> Flowable:
    """The addressee on the left; number, date and place on the right."""
    template = facts.template(lithuanian)
    labels = template["labels"]
    person = facts.addressee
    left: list[Flowable] = [
        Paragraph(markup(labels["addressee"]), st.small),
        Paragraph(markup(person.name), st.strong),
    ]
    if person.native_name and person.native_name != person.name:
        left.append(Paragraph(markup(person.native_name), st.strong))
    left += [Paragraph(markup(line), st.plain) for line in person.address_lines]
    right: list[Flowable] = [
        Paragraph(
            markup(f"{labels['registration_number']}\u00a0{facts.registration_number}"),
            st.right,
        ),
        Paragraph(markup(f"{labels['date']} {format_date(facts.issued_on, template)}"), st.right),
        Paragraph(markup(f"{labels['place']} {facts.place}"), st.right),
    ]
    table = Table([[left, right]], colWidths=[TEXT_WIDTH * 0.6, TEXT_WIDTH * 0.4])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _fill_in(lines: list[str], st: _Styles) -> Flowable:
    rows = [[Paragraph(markup(label), st.plain), ""] for label in lines]
    table = Table(
        rows, colWidths=[TEXT_WIDTH * 0.55, TEXT_WIDTH * 0.45], rowHeights=18, hAlign="LEFT"
    )
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (1, 0), (1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _sections(template: Template, fields: dict[str, str], st: _Styles) -> list[list[Flowable]]:
    """The body, one group of flowables per section."""
    groups: list[list[Flowable]] = []
    for section in template["sections"]:
        group: list[Flowable] = []
        heading = fill(section.get("heading", ""), fields)
        if heading:
            group.append(Paragraph(markup(heading), st.heading))
        for item in section.get("items", []):
            group.append(Paragraph(markup(fill(item, fields)), st.item, bulletText="–"))
        if "text" in section:
            group += _paragraphs(fill(section["text"], fields), st.body)
        if section.get("fill_in"):
            group.append(_fill_in([fill(x, fields) for x in section["fill_in"]], st))
        groups.append(group)
    return groups


def _signature(facts: LetterFacts, lithuanian: bool, st: _Styles) -> Table:
    title = facts.signatory_title.pick(lithuanian)
    table = Table(
        [[Paragraph(markup(title), st.plain), Paragraph(markup(facts.signatory_name), st.right)]],
        colWidths=[TEXT_WIDTH * 0.55, TEXT_WIDTH * 0.45],
    )
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    return table


def _part(facts: LetterFacts, lithuanian: bool, st: _Styles) -> list[Flowable]:
    template = facts.template(lithuanian)
    fields = values(facts, lithuanian)
    story: list[Flowable] = [_PartMarker(lithuanian)]
    story += _letterhead(facts, lithuanian, st)
    story.append(_particulars(facts, lithuanian, st))
    story.append(Paragraph(markup(fill(template["title"], fields)), st.title))
    if facts.supersedes_number:
        note = fill(template["labels"]["supersedes_note"], fields)
        story.append(Paragraph(markup(note), st.note))
    sections = _sections(template, fields, st)
    for group in sections[:-1]:
        story += group
    # The signature never stands alone on a page: the last section goes with it.
    story.append(KeepTogether([*sections[-1], Spacer(1, 20), _signature(facts, lithuanian, st)]))
    return story


def _page_template() -> PageTemplate:
    # No frame padding: text, tables and the letterhead share one left edge.
    frame = Frame(
        LEFT,
        BOTTOM,
        TEXT_WIDTH,
        PAGE_HEIGHT - TOP - BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="text",
    )
    return PageTemplate(id="letter", frames=[frame])


def render(facts: LetterFacts) -> RenderedLetter:
    """The PDF of one letter; the same facts always give the same bytes."""
    st = _styles()
    buffer = io.BytesIO()
    lt_template = facts.templates[0]
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        pageTemplates=[_page_template()],
        invariant=1,
        initialFontName=fonts.REGULAR,
        title=facts.registration_number,
        subject=fill(lt_template["title"], values(facts, True)),
        author=facts.department_name.lt,
        creator=CREATOR,
    )
    story = [*_part(facts, True, st), PageBreak(), *_part(facts, False, st)]
    doc.build(story, canvasmaker=_canvas_class(facts))
    data = buffer.getvalue()
    return RenderedLetter(pdf=data, pages=doc.page, sha256=hashlib.sha256(data).hexdigest())
