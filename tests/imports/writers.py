"""Files in the layouts that KoboToolbox, ODK Central and registry systems write.

Used by the round-trip tests (generated forms and submissions written in each
layout, then read back) and by the import benchmark. The layouts follow the
sample files in ../shared/samples and their README: column names, quoting,
line ends, system columns, per-choice columns, label headers and cell types.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from app.imports.registry import COLUMNS
from app.imports.xlsform import (
    GROUP,
    SELECT_MULTIPLE,
    SELECT_ONE,
    FormDefinition,
    FormQuestion,
)

KOBO_SYSTEM = [
    "_id",
    "_uuid",
    "_submission_time",
    "_validation_status",
    "_notes",
    "_status",
    "_submitted_by",
    "__version__",
    "_tags",
    "meta/rootUuid",
    "_index",
]
CENTRAL_TAIL = [
    "KEY",
    "SubmitterID",
    "SubmitterName",
    "AttachmentsPresent",
    "AttachmentsExpected",
    "Status",
    "ReviewState",
    "DeviceID",
    "Edits",
    "FormVersion",
]


@dataclass
class Sub:
    """A submission to write: `uuid` without the 'uuid:' prefix, answers by path."""

    uuid: str
    submitted_at: dt.datetime
    answers: dict[str, str] = field(default_factory=dict)

    @property
    def instance_id(self) -> str:
        return f"uuid:{self.uuid}"


def _columns(form: FormDefinition) -> list[FormQuestion]:
    """Questions that have a column in a table export (notes too, groups not)."""
    return [q for q in form.questions if q.kind != GROUP]


def _kobo_time(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).replace(tzinfo=None).isoformat(timespec="seconds")


def _central_time(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


# --- KoboToolbox -----------------------------------------------------------------------


def write_kobo_csv(
    path: Path,
    form: FormDefinition,
    subs: Iterable[Sub],
    *,
    delimiter: str = ";",
    groups: bool = True,
    summary: bool = True,
    per_choice: bool = True,
) -> Path:
    """formpack's CSV: every field quoted, CRLF, '/' group paths, system columns at the end."""
    questions = _columns(form)
    header: list[str] = []
    for q in questions:
        name = q.path if groups else q.name
        if q.kind != SELECT_MULTIPLE or summary:
            header.append(name)
        if q.kind == SELECT_MULTIPLE and per_choice:
            header += [f"{name}/{c}" for c in form.choice_names(q.list_name or "")]
    header += KOBO_SYSTEM
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerow(header)
        for index, sub in enumerate(subs, start=1):
            row: list[str] = []
            for q in questions:
                value = sub.answers.get(q.path, "")
                if q.kind != SELECT_MULTIPLE or summary:
                    row.append(value)
                if q.kind == SELECT_MULTIPLE and per_choice:
                    chosen = value.split()
                    row += [
                        ("1" if c in chosen else "0") if value else ""
                        for c in form.choice_names(q.list_name or "")
                    ]
            row += [
                str(400_000_000 + index),
                sub.uuid,
                _kobo_time(sub.submitted_at),
                "",
                "",
                "submitted_via_web",
                "",
                "vBench",
                "",
                sub.instance_id,
                str(index),
            ]
            writer.writerow(row)
    return path


def _label(q: FormQuestion, language: str) -> str:
    return q.labels.get(language) or q.name


def _cell(q: FormQuestion, value: str, form: FormDefinition, language: str) -> Any:
    if value == "":
        return None
    if q.kind == "integer":
        return int(value)
    if q.kind == "decimal":
        return float(value)
    if q.kind == "date":
        return dt.date.fromisoformat(value)
    if q.kind == SELECT_ONE:
        return next(
            c.labels.get(language, c.name)
            for c in form.choices[q.list_name or ""]
            if c.name == value
        )
    if q.kind == SELECT_MULTIPLE:
        chosen = value.split()
        return " ".join(
            c.labels.get(language, c.name)
            for c in form.choices[q.list_name or ""]
            if c.name in chosen
        )
    return value


def write_kobo_labels_xlsx(
    path: Path, form: FormDefinition, subs: Iterable[Sub], language: str
) -> Path:
    """formpack's XLSX with labels: label headers without groups, typed cells, per-choice
    0/1 number columns; text beginning with '=' becomes a formula cell, as XlsxWriter does."""
    questions = _columns(form)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(form.title[:31] or "Sheet1")
    header: list[str] = []
    for q in questions:
        header.append(_label(q, language))
        if q.kind == SELECT_MULTIPLE:
            header += [
                f"{_label(q, language)}/{c.labels.get(language, c.name)}"
                for c in form.choices[q.list_name or ""]
            ]
    ws.append(header + KOBO_SYSTEM)
    for index, sub in enumerate(subs, start=1):
        row: list[Any] = []
        for q in questions:
            value = sub.answers.get(q.path, "")
            row.append(_cell(q, value, form, language))
            if q.kind == SELECT_MULTIPLE:
                chosen = value.split()
                row += [
                    (1 if c in chosen else 0) if value else None
                    for c in form.choice_names(q.list_name or "")
                ]
        row += [
            400_000_000 + index,
            sub.uuid,
            sub.submitted_at.astimezone(dt.UTC).replace(tzinfo=None, microsecond=0),
            None,
            None,
            "submitted_via_web",
            None,
            "vBench",
            None,
            sub.instance_id,
            index,
        ]
        ws.append(row)
    wb.save(path)
    return path


def write_kobo_json(
    path: Path, form: FormDefinition, subs: Sequence[Sub], *, envelope: bool = True
) -> Path:
    """The KoboToolbox API: '/' paths, every answer a string, unanswered ones absent."""
    results = []
    for index, sub in enumerate(subs, start=1):
        record: dict[str, Any] = {"_id": 400_000_000 + index, "formhub/uuid": "bench"}
        record.update(
            {
                q.path: sub.answers[q.path]
                for q in _columns(form)
                if sub.answers.get(q.path, "") != ""
            }
        )
        record.update(
            {
                "meta/instanceID": sub.instance_id,
                "_uuid": sub.uuid,
                "meta/rootUuid": sub.instance_id,
                "_attachments": [],
                "_status": "submitted_via_web",
                "_geolocation": [None, None],
                "_submission_time": _kobo_time(sub.submitted_at),
                "_validation_status": {},
                "_submitted_by": None,
            }
        )
        results.append(record)
    data: Any = (
        {"count": len(results), "next": None, "previous": None, "results": results}
        if envelope
        else results
    )
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def write_odata_json(path: Path, form: FormDefinition, subs: Sequence[Sub]) -> Path:
    """ODK Central's OData JSON: answers nested by group, `__id`, `__system`."""
    values = []
    for sub in subs:
        record: dict[str, Any] = {
            "__id": sub.instance_id,
            "__system": {"submissionDate": _central_time(sub.submitted_at)},
        }
        for q in _columns(form):
            value = sub.answers.get(q.path, "")
            if value == "":
                continue
            node = record
            *parents, leaf = q.path.split("/")
            for part in parents:
                node = node.setdefault(part, {})
            node[leaf] = value
        values.append(record)
    data = {
        "@odata.context": "https://central.example/v1/projects/1/forms/f.svc/$metadata",
        "value": values,
    }
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# --- ODK Central ------------------------------------------------------------------------


def write_central_csv(path: Path, form: FormDefinition, subs: Iterable[Sub]) -> Path:
    """Central's submissions.csv: minimal quoting, LF, '-' group paths."""
    questions = _columns(form)
    header = (
        ["SubmissionDate"]
        + [q.path.replace("/", "-") for q in questions]
        + ["meta-instanceID", "meta-instanceName"]
        + CENTRAL_TAIL
    )
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=",", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        writer.writerow(header)
        for sub in subs:
            writer.writerow(
                [_central_time(sub.submitted_at)]
                + [sub.answers.get(q.path, "") for q in questions]
                + [
                    sub.instance_id,
                    "",
                    sub.instance_id,
                    "7",
                    "Public link",
                    "0",
                    "0",
                    "",
                    "",
                    "",
                    "0",
                    form.version,
                ]
            )
    return path


# --- plausible content -------------------------------------------------------------------


def fake_answers(
    form: FormDefinition, rng: random.Random, permit_number: str, moment: dt.datetime
) -> dict[str, str]:
    """A valid answer to every question of `form` (relevance is not evaluated)."""
    answers: dict[str, str] = {}
    for q in form.answered_questions:
        if q.path == form.link_question:
            answers[q.path] = permit_number
        elif q.kind in ("start", "end"):
            local = moment.astimezone(dt.timezone(dt.timedelta(hours=2)))
            answers[q.path] = local.isoformat(timespec="milliseconds")
        elif q.kind == "integer":
            answers[q.path] = str(rng.randint(1, 20))
        elif q.kind == "decimal":
            answers[q.path] = repr(rng.randint(1, 999) / 10)
        elif q.kind == "date":
            answers[q.path] = (
                dt.date(1950, 1, 1) + dt.timedelta(days=rng.randint(0, 25_000))
            ).isoformat()
        elif q.kind == SELECT_ONE:
            answers[q.path] = rng.choice(form.choice_names(q.list_name or ""))
        elif q.kind == SELECT_MULTIPLE:
            names = form.choice_names(q.list_name or "")
            chosen = set(rng.sample(names, rng.randint(1, min(3, len(names)))))
            answers[q.path] = " ".join(c for c in names if c in chosen)
        else:
            answers[q.path] = f'Atsakymas {rng.randint(1, 10**6)}; ąčęėįšųūž, "kabutės"'
    return answers


# --- the registry -----------------------------------------------------------------------


def registry_values(record: dict[str, Any], dates: str) -> list[str]:
    out = []
    for column in COLUMNS:
        value = record.get(column)
        if isinstance(value, dt.date):
            out.append(value.strftime("%d.%m.%Y") if dates == "dotted" else value.isoformat())
        else:
            out.append("" if value is None else str(value))
    return out


def write_registry_csv(
    path: Path,
    records: Iterable[dict[str, Any]],
    *,
    encoding: str = "utf-8",
    delimiter: str = ",",
    dates: str = "iso",
    line_end: str = "\n",
) -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter, lineterminator=line_end)
        writer.writerow(COLUMNS)
        for record in records:
            writer.writerow(registry_values(record, dates))
    return path


def write_registry_xlsx(path: Path, records: Iterable[dict[str, Any]]) -> Path:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("registry")
    ws.append(list(COLUMNS))
    for record in records:
        ws.append([record.get(c) if record.get(c) != "" else None for c in COLUMNS])
    wb.save(path)
    return path


# --- workbooks ---------------------------------------------------------------------------


def write_workbook(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    """A workbook with the given sheets, each a list of rows (the first is the header)."""
    wb = Workbook()
    first = True
    for title, rows in sheets.items():
        ws = wb.active if first else wb.create_sheet(title)
        assert ws is not None
        ws.title = title
        first = False
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path
