"""What the wizard has learnt and chosen so far, and how to say it in words."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.imports.outcome import ImportResult, Preview
from app.imports.problems import Problem

KINDS = {
    "questionnaire": "Questionnaire (XLSForm)",
    "registry": "Resident registry extract",
    "responses": "Questionnaire responses",
}
CAMPAIGN_ROLE = {
    "questionnaire": "The questionnaire becomes the campaign's current version.",
    "registry": "Each resident gets one case in the campaign (updated if already there).",
    "responses": "Each response is attached to its case in the campaign, by permit number.",
}
FORMATS = {"csv": "CSV text", "xlsx": "Excel workbook (.xlsx)", "json": "JSON"}
ENCODINGS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with byte order mark",
    "utf-16": "UTF-16",
    "cp1257": "Windows-1257 (Baltic)",
    "cp1251": "Windows-1251 (Cyrillic)",
}
DELIMITERS = {",": "comma ( , )", ";": "semicolon ( ; )", "\t": "tab"}
VENDORS = {"kobo": "KoboToolbox", "central": "ODK Central"}


@dataclass
class ImportPlan:
    path: Path | None = None
    detected: Preview | None = None  # what the file is, from its first rows
    kind: str = ""
    campaign: str = ""
    new_campaign: bool = False
    checked: Preview | None = None  # with the dry run of the whole file against the campaign
    result: ImportResult | None = None


def file_errors(problems: list[Problem]) -> list[Problem]:
    """Errors about the whole file: no choice of rows can get past these."""
    return [p for p in problems if p.severity == "error" and p.row is None]


def describe_layout(layout: str, language: str = "") -> str:
    """'kobo-csv' -> 'KoboToolbox CSV export'; 'central-csv', 'kobo-xlsx-labels', 'json'."""
    if not layout or layout in ("registry", "xlsform"):
        return ""
    vendor, _, rest = layout.partition("-")
    if not rest:
        return layout.upper() if layout == "json" else layout
    fmt, _, labels = rest.partition("-")
    text = " ".join(filter(None, [VENDORS.get(vendor, ""), fmt.upper(), "export"]))
    if labels:
        text += f" with labels{f' in {language}' if language else ''}"
    return text
