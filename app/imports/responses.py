"""Reading questionnaire responses as KoboToolbox and ODK Central export them.

Layouts understood, found by their columns rather than their position:

* KoboToolbox CSV or XLSX with XML names, group paths joined by '/' (or
  without groups), select_multiple as one column of space-separated names
  and/or one 0/1 column per choice; system columns `_uuid`,
  `_submission_time`, `meta/rootUuid` and others.
* KoboToolbox XLSX with labels in any language of the form instead of names;
  labels are mapped back through the questionnaire, select_multiple through
  the per-choice columns (a summary of labels joined by spaces can be
  ambiguous).
* ODK Central CSV: group paths joined by '-', `meta-instanceID`, `KEY`,
  `SubmissionDate`.
* JSON: a list of submissions or an object whose `results` holds them (the
  KoboToolbox API), with '/' paths; nested objects (ODK Central's OData) are
  flattened.

Every stored answer is the text of the choice names, never their labels.
Formula-looking text ("=SUM(2,3)") is kept as text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from app.imports.problems import ImportRefused, Problem, file_problem
from app.imports.sources import JsonRecords, Table
from app.imports.values import (
    BadValue,
    parse_date,
    parse_decimal,
    parse_integer,
    parse_timestamp,
)
from app.imports.workbook import cell_text
from app.imports.xlsform import (
    METADATA,
    NOTE,
    SELECT_MULTIPLE,
    SELECT_ONE,
    FormDefinition,
    FormQuestion,
)

INSTANCE_COLUMNS = (
    "meta/rootUuid", "meta-rootUuid", "KEY", "meta/instanceID", "meta-instanceID", "instanceID",
    "__id", "_uuid",
)  # fmt: skip
TIME_COLUMNS = ("_submission_time", "SubmissionDate", "__system/submissionDate")
KOBO_MARKERS = frozenset({"_uuid", "_submission_time", "_id", "meta/rootUuid"})
CENTRAL_MARKERS = frozenset({"KEY", "SubmissionDate", "meta-instanceID", "__id"})
SEPARATORS = ("/", "-", ".", ":")
MAX_ID_LENGTH = 120
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_TRUE = frozenset({"1", "true", "True", "TRUE"})
_FALSE = frozenset({"0", "false", "False", "FALSE", ""})


@dataclass(frozen=True, slots=True)
class Submission:
    """One checked submission: answers by question path, as stored."""

    row: int
    instance_id: str
    submitted_at: dt.datetime | None
    permit_number: str
    answers: dict[str, str]

    def fingerprint(self, form: FormDefinition) -> bytes:
        return answers_fingerprint(self.answers, device_paths(form))


def device_paths(form: FormDefinition) -> frozenset[str]:
    """Questions the device fills in (start, end...): exports differ in how they write them
    (a label export drops the time zone), so they do not count as a change of answers."""
    return frozenset(q.path for q in form.questions if q.kind in METADATA)


def answers_fingerprint(answers: dict[str, str], ignore: frozenset[str] = frozenset()) -> bytes:
    """A digest of the answers, to tell a changed submission from one imported before."""
    h = hashlib.blake2b(digest_size=16)
    for path in sorted(answers):
        if path in ignore:
            continue
        h.update(path.encode())
        h.update(b"\x1f")
        h.update(answers[path].encode())
        h.update(b"\x1e")
    return h.digest()


def instance_key(value: str) -> str:
    """Submission ids in one form: a bare UUID gets the 'uuid:' prefix that XForms use."""
    text = value.strip()
    return f"uuid:{text}" if _UUID.match(text) else text


@dataclass(frozen=True, slots=True)
class _Target:
    path: str
    choice: str | None = None  # set for a per-choice 0/1 column


class _Columns:
    """Which question (or choice of one) each column or key holds, in one layout."""

    def __init__(self, form: FormDefinition) -> None:
        self.form = form
        self.by_name: dict[str, _Target | None] = {}
        names = [q.name for q in form.questions]
        for q in form.questions:
            if q.kind == "group":
                continue
            keys = [(q.path.replace("/", sep), sep) for sep in SEPARATORS]
            if names.count(q.name) == 1:
                keys.append((q.name, "/"))
            for key, sep in dict.fromkeys(keys):
                self._add(key, _Target(q.path))
                if q.kind == SELECT_MULTIPLE and q.list_name:
                    for choice in form.choice_names(q.list_name):
                        self._add(f"{key}/{choice}", _Target(q.path, choice))
                        self._add(f"{key}{sep}{choice}", _Target(q.path, choice))

    def _add(self, key: str, target: _Target) -> None:
        if key in self.by_name and self.by_name[key] != target:
            self.by_name[key] = None  # two meanings: the key tells nothing
        else:
            self.by_name[key] = target

    def labels(self, language: str) -> dict[str, list[_Target]]:
        """Header labels in `language`, each with the targets it may mean, in form order."""
        out: dict[str, list[_Target]] = {}
        for q in self.form.questions:
            if q.kind == "group":
                continue
            label = q.labels.get(language, "")
            if not label:
                continue
            out.setdefault(label.strip(), []).append(_Target(q.path))
            if q.kind == SELECT_MULTIPLE and q.list_name:
                for c in self.form.choices.get(q.list_name, ()):
                    choice_label = c.labels.get(language, c.name).strip()
                    out.setdefault(f"{label.strip()}/{choice_label}", []).append(
                        _Target(q.path, c.name)
                    )
        return out


@dataclass
class Layout:
    """How a response table is laid out: what each column means."""

    name: str
    language: str | None
    targets: list[_Target | None]
    instance_columns: list[int]
    time_column: int | None
    ignored: list[str]


def table_layout(table: Table, form: FormDefinition) -> Layout:
    columns = table.columns
    name = table.info.name
    mapping = _Columns(form)
    targets: list[_Target | None] = [mapping.by_name.get(c) for c in columns]
    language = None
    unmatched = [i for i, t in enumerate(targets) if t is None]
    if unmatched:
        best: tuple[int, str | None, dict[int, _Target]] = (0, None, {})
        for lang in form.languages:
            queues = {k: list(v) for k, v in mapping.labels(lang).items()}
            found: dict[int, _Target] = {}
            for i in unmatched:
                queue = queues.get(columns[i])
                if queue:
                    found[i] = queue.pop(0)
            if len(found) > best[0]:
                best = (len(found), lang, found)
        if best[0]:
            language = best[1]
            for i, target in best[2].items():
                targets[i] = target
    seen: dict[str, int] = {}
    duplicates: list[str] = []
    for i, column in enumerate(columns):
        if not column:
            continue
        if column in seen and targets[i] == targets[seen[column]]:
            duplicates.append(column)
        seen.setdefault(column, i)
    if duplicates:
        raise file_problem(
            name, "the header names a column more than once: " + ", ".join(sorted(set(duplicates)))
        )
    instance_columns = [columns.index(c) for c in INSTANCE_COLUMNS if c in columns]
    time_column = next((columns.index(c) for c in TIME_COLUMNS if c in columns), None)
    if not any(t and t.path == form.link_question and t.choice is None for t in targets):
        raise file_problem(
            name,
            f"no column holds the answer to {form.link_question!r}, the "
            "question that links a response to a resident; is this an export "
            f"of the questionnaire {form.title!r}?",
        )
    if not instance_columns:
        raise file_problem(
            name,
            "no column identifies the submissions (_uuid, meta/rootUuid, "
            "KEY or meta-instanceID); export them with their ids",
        )
    vendor = (
        "central"
        if CENTRAL_MARKERS & set(columns)
        else "kobo"
        if KOBO_MARKERS & set(columns)
        else "export"
    )
    labels = "-labels" if language else ""
    known = set(INSTANCE_COLUMNS) | set(TIME_COLUMNS)
    ignored = [c for c, t in zip(columns, targets, strict=True) if t is None and c not in known]
    return Layout(
        f"{vendor}-{table.info.file_format}{labels}",
        language,
        targets,
        instance_columns,
        time_column,
        ignored,
    )


class ResponseReader:
    """Turns each row (or JSON record) into a checked submission, or problems."""

    def __init__(self, form: FormDefinition, source: Table | JsonRecords) -> None:
        self.form = form
        self.source = source
        self.link = form.link_question
        self._columns = _Columns(form)
        if isinstance(source, Table):
            self.layout = table_layout(source, form)
        else:
            self.layout = Layout("json", None, [], [], None, [])
        self._label_names: dict[str, dict[str, str]] = {}
        self._required = [
            q for q in form.questions if q.required and not q.conditional and q.answered
        ]

    @property
    def file_name(self) -> str:
        return self.source.info.name

    def submissions(self) -> Iterator[tuple[int, Submission | None, list[Problem]]]:
        if isinstance(self.source, Table):
            width = len(self.source.columns)
            for number, raw in self.source.rows():
                if len(raw) != width:
                    yield (
                        number,
                        None,
                        [
                            Problem(
                                number,
                                "",
                                "",
                                f"the row has {len(raw)} fields; the header has {width}",
                            )
                        ],
                    )
                    continue
                yield number, *self._from_row(number, raw)
        else:
            first = True
            for number, record in self.source.records():
                if not isinstance(record, dict):
                    yield (
                        number,
                        None,
                        [Problem(number, "", "", "a submission must be a JSON object")],
                    )
                    continue
                flat = _flatten(record)
                if first:
                    self._json_layout(flat)
                    first = False
                yield number, *self._from_record(number, flat)

    # --- tables ---------------------------------------------------------------------

    def _from_row(self, row: int, raw: list[Any]) -> tuple[Submission | None, list[Problem]]:
        layout = self.layout
        columns = self.source.columns if isinstance(self.source, Table) else []
        values: dict[str, tuple[str, Any]] = {}
        flags: dict[str, dict[str, tuple[str, Any]]] = {}
        for i, target in enumerate(layout.targets):
            if target is None:
                continue
            if target.choice is None:
                values[target.path] = (columns[i], raw[i])
            else:
                flags.setdefault(target.path, {})[target.choice] = (columns[i], raw[i])
        instance = next(
            (raw[i] for i in layout.instance_columns if cell_text(raw[i]).strip()), None
        )
        stamp = raw[layout.time_column] if layout.time_column is not None else None
        time_column = columns[layout.time_column] if layout.time_column is not None else ""
        return self._submission(row, values, flags, instance, stamp, time_column)

    # --- JSON -----------------------------------------------------------------------

    def _json_layout(self, first: dict[str, Any]) -> None:
        keys = set(first)
        vendor = (
            "central" if CENTRAL_MARKERS & keys else "kobo" if KOBO_MARKERS & keys else "export"
        )
        self.layout = Layout(f"{vendor}-json", None, [], [], None, [])

    def _from_record(
        self, row: int, record: dict[str, Any]
    ) -> tuple[Submission | None, list[Problem]]:
        values: dict[str, tuple[str, Any]] = {}
        flags: dict[str, dict[str, tuple[str, Any]]] = {}
        for key, value in record.items():
            target = self._columns.by_name.get(key)
            if target is None:
                continue
            if target.choice is None:
                values[target.path] = (key, value)
            else:
                flags.setdefault(target.path, {})[target.choice] = (key, value)
        instance = next(
            (record[k] for k in INSTANCE_COLUMNS if k in record and cell_text(record[k]).strip()),
            None,
        )
        time_key = next((k for k in TIME_COLUMNS if k in record), "")
        return self._submission(row, values, flags, instance, record.get(time_key), time_key)

    # --- both -----------------------------------------------------------------------

    def _submission(
        self,
        row: int,
        values: dict[str, tuple[str, Any]],
        flags: dict[str, dict[str, tuple[str, Any]]],
        instance: Any,
        stamp: Any,
        time_column: str,
    ) -> tuple[Submission | None, list[Problem]]:
        problems: list[Problem] = []
        answers: dict[str, str] = {}
        for q in self.form.questions:
            if not q.answered or q.kind == NOTE:
                continue
            given = values.get(q.path)
            try:
                if q.kind == SELECT_MULTIPLE:
                    value = self._multiple(q, given, flags.get(q.path, {}))
                elif given is None:
                    continue
                else:
                    value = self._single(q, given[1])
            except BadValue as exc:
                column = given[0] if given else next(iter(flags.get(q.path, {}).values()))[0]
                problems.append(
                    Problem(row, column, cell_text(given[1]) if given else "", str(exc))
                )
                continue
            if value:
                answers[q.path] = value
        instance_id = instance_key(cell_text(instance)) if instance is not None else ""
        if not instance_id:
            problems.append(Problem(row, "_uuid", "", "the submission has no id"))
        elif len(instance_id) > MAX_ID_LENGTH:
            problems.append(Problem(row, "_uuid", instance_id, "the submission id is too long"))
        submitted_at = None
        try:
            submitted_at = parse_timestamp(stamp) or parse_timestamp(answers.get("end"))
        except BadValue as exc:
            problems.append(Problem(row, time_column, cell_text(stamp), str(exc)))
        link_column = values[self.link][0] if self.link in values else self.link
        permit_number = answers.get(self.link, "").strip()
        raw_link = values.get(self.link, ("", None))[1]
        if isinstance(raw_link, (int, float)) and not isinstance(raw_link, bool):
            problems.append(
                Problem(
                    row,
                    link_column,
                    cell_text(raw_link),
                    "the permit number is a number cell, so leading zeros may "
                    "be lost; export it as text",
                )
            )
        elif not permit_number:
            problems.append(Problem(row, link_column, "", "the permit number is empty"))
        for q in self._required:
            if q.path not in answers and q.path != self.link:
                problems.append(
                    Problem(
                        row,
                        values[q.path][0] if q.path in values else q.path,
                        "",
                        "a required answer is empty",
                        "warning",
                    )
                )
        if any(p.severity == "error" for p in problems):
            return None, problems
        return Submission(row, instance_id, submitted_at, permit_number, answers), problems

    def _single(self, q: FormQuestion, raw: Any) -> str:
        if raw is None:
            return ""
        if isinstance(raw, (list, dict)):
            raise BadValue("a list or object where one answer was expected")
        text = cell_text(raw)
        if "\x00" in text:
            raise BadValue("the value contains a NUL character")
        if not text.strip():
            return ""
        if q.kind == "integer":
            return str(parse_integer(text))
        if q.kind in ("decimal", "range"):
            return parse_decimal(text)
        if q.kind == "date":
            return parse_date(raw).isoformat()
        if q.kind == SELECT_ONE and q.list_name:
            return self._choice(q, text.strip())
        return text

    def _choice(self, q: FormQuestion, text: str) -> str:
        assert q.list_name is not None
        names = self.form.choice_names(q.list_name)
        if text in names:
            return text
        by_label = self._labels(q.list_name)
        if text in by_label:
            return by_label[text]
        raise BadValue(f"not one of the choices of the list {q.list_name!r}")

    def _labels(self, list_name: str) -> dict[str, str]:
        """Choice label -> name in the layout's language (labels shared by two choices
        are left out)."""
        found = self._label_names.get(list_name)
        if found is None:
            found = {}
            language = self.layout.language
            if language:
                seen: dict[str, int] = {}
                for c in self.form.choices.get(list_name, ()):
                    label = c.labels.get(language, "").strip()
                    seen[label] = seen.get(label, 0) + 1
                    found[label] = c.name
                found = {k: v for k, v in found.items() if k and seen[k] == 1}
            self._label_names[list_name] = found
        return found

    def _multiple(
        self, q: FormQuestion, given: tuple[str, Any] | None, flags: dict[str, tuple[str, Any]]
    ) -> str:
        assert q.list_name is not None
        names = self.form.choice_names(q.list_name)
        selected_flags: list[str] | None = None
        if flags:
            selected_flags = []
            for choice in names:
                if choice not in flags:
                    continue
                flag = cell_text(flags[choice][1]).strip()
                if flag in _TRUE:
                    selected_flags.append(choice)
                elif flag not in _FALSE:
                    raise BadValue(f"a per-choice column holds {flag!r}, not 1 or 0")
        raw = given[1] if given else None
        if isinstance(raw, list):
            raw = " ".join(cell_text(v) for v in raw)
        text = cell_text(raw).strip() if raw is not None else ""
        if not text:
            return " ".join(selected_flags or ())
        parts = text.split()
        if all(p in names for p in parts):
            summary = [c for c in names if c in parts]
        elif self.layout.language and selected_flags is not None:
            return " ".join(selected_flags)
        else:
            summary = self._split_labels(q.list_name, text)
        if (
            selected_flags is not None
            and len(flags) == len(names)
            and set(selected_flags) != set(summary)
        ):
            raise BadValue("the answer and its one-column-per-choice columns disagree")
        return " ".join(summary)

    def _split_labels(self, list_name: str, text: str) -> list[str]:
        """Labels joined by spaces, read back when exactly one reading exists."""
        by_label = self._labels(list_name)
        if not by_label:
            raise BadValue(f"holds names that are not choices of the list {list_name!r}")
        readings = _readings(text, by_label, limit=2)
        if len(readings) != 1:
            raise BadValue(
                "cannot be read as choices of the list "
                f"{list_name!r}" + (" (more than one reading)" if readings else "")
            )
        names = self.form.choice_names(list_name)
        return [c for c in names if c in readings[0]]


def _readings(text: str, by_label: dict[str, str], limit: int) -> list[list[str]]:
    """Ways to cut `text` into choice labels separated by single spaces (at most `limit`)."""
    out: list[list[str]] = []

    def walk(rest: str, taken: list[str]) -> None:
        if len(out) >= limit:
            return
        if not rest:
            out.append(list(taken))
            return
        for label, name in by_label.items():
            if rest == label:
                walk("", [*taken, name])
            elif rest.startswith(label + " "):
                walk(rest[len(label) + 1 :], [*taken, name])

    walk(text, [])
    return out


def _flatten(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested objects (ODK Central's OData JSON) as '/'-joined keys."""
    out: dict[str, Any] = {}
    for key, value in record.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict) and value and key not in ("_validation_status",):
            out.update(_flatten(value, path + "/"))
        else:
            out[path] = value
    return out


def check_envelope(records: JsonRecords) -> list[Problem]:
    """A KoboToolbox API page that says more pages follow: the file is not complete."""
    following = records.envelope.get("next")
    if following:
        return [
            Problem(
                None,
                "next",
                str(following),
                "the file is one page of a longer list; "
                "the submissions on later pages are not in it",
                "warning",
            )
        ]
    return []


__all__ = ["ImportRefused", "ResponseReader", "Submission", "answers_fingerprint", "instance_key"]
