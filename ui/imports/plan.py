"""What the wizard has learnt and chosen so far, and how to say it in words.

The labels below are translated where they are shown (`label_of(TABLE, key)`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.imports.outcome import ImportResult, Preview
from app.imports.problems import Problem
from ui.i18n import QT_TRANSLATE_NOOP

KINDS = {
    "questionnaire": QT_TRANSLATE_NOOP("ImportPlan", "Questionnaire (XLSForm)"),
    "registry": QT_TRANSLATE_NOOP("ImportPlan", "Resident registry extract"),
    "responses": QT_TRANSLATE_NOOP("ImportPlan", "Questionnaire responses"),
}
CAMPAIGN_ROLE = {
    "questionnaire": QT_TRANSLATE_NOOP(
        "ImportPlan", "The questionnaire becomes the campaign's current version."
    ),
    "registry": QT_TRANSLATE_NOOP(
        "ImportPlan", "Each resident gets one case in the campaign (updated if already there)."
    ),
    "responses": QT_TRANSLATE_NOOP(
        "ImportPlan", "Each response is attached to its case in the campaign, by permit number."
    ),
}
FORMATS = {
    "csv": QT_TRANSLATE_NOOP("ImportPlan", "CSV text"),
    "xlsx": QT_TRANSLATE_NOOP("ImportPlan", "Excel workbook (.xlsx)"),
    "json": "JSON",
}
ENCODINGS = {
    "utf-8": "UTF-8",
    "utf-8-sig": QT_TRANSLATE_NOOP("ImportPlan", "UTF-8 with byte order mark"),
    "utf-16": "UTF-16",
    "cp1257": QT_TRANSLATE_NOOP("ImportPlan", "Windows-1257 (Baltic)"),
    "cp1251": QT_TRANSLATE_NOOP("ImportPlan", "Windows-1251 (Cyrillic)"),
}
DELIMITERS = {
    ",": QT_TRANSLATE_NOOP("ImportPlan", "comma ( , )"),
    ";": QT_TRANSLATE_NOOP("ImportPlan", "semicolon ( ; )"),
    "\t": QT_TRANSLATE_NOOP("ImportPlan", "tab"),
}
VENDORS = {"kobo": "KoboToolbox", "central": "ODK Central"}


def label_of(table: dict[str, str], key: str) -> str:
    """`key`'s label from one of the tables above, in the window's language; else `key`."""
    return QCoreApplication.translate("ImportPlan", table[key]) if key in table else key


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
    source = VENDORS.get(vendor, "")
    if not labels:
        return (
            QCoreApplication.translate("ImportPlan", "{source} {format} export")
            .format(source=source, format=fmt.upper())
            .strip()
        )
    if not language:
        return (
            QCoreApplication.translate("ImportPlan", "{source} {format} export with labels")
            .format(source=source, format=fmt.upper())
            .strip()
        )
    return (
        QCoreApplication.translate(
            "ImportPlan", "{source} {format} export with labels in {language}"
        )
        .format(source=source, format=fmt.upper(), language=language)
        .strip()
    )
