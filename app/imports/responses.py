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
* JSON: a list of submissions, or an object whose `results` (the KoboToolbox
  API, '/' paths) or `value` (ODK Central's OData, answers nested by group,
  flattened here) holds them.

Every stored answer is the text of the choice names, never their labels.
Formula-looking text ("=SUM(2,3)") is kept as text. A required answer left
empty (on a question without a relevance condition, which is not evaluated)
is reported as a warning and the submission is kept: it is what the person
sent, and the officer sees the gap.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterator
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
# Columns the export tools add of their own; they are expected, and not answers.
SYSTEM_COLUMNS = frozenset({
    "_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status",
    "_submitted_by", "__version__", "_tags", "_index", "_xform_id_string", "_attachments",
    "_geolocation", "formhub/uuid", "meta/instanceName", "meta/deprecatedID", "meta/rootUuid",
    "meta/instanceID", "SubmissionDate", "meta-instanceID", "meta-instanceName", "KEY",
    "SubmitterID", "SubmitterName", "AttachmentsPresent", "AttachmentsExpected", "Status",
    "ReviewState", "DeviceID", "Edits", "FormVersion",
})  # fmt: skip
SEPARATORS = ("/", "-", ".", ":")
MAX_ID_LENGTH = 120
MAX_ANSWER_CHARS = 32_767
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_TRUE = frozenset({"1", "true", "True", "TRUE"})
_FALSE = frozenset({"0", "false", "False", "FALSE", ""})


@dataclass(frozen=True, slots=True)
class Submission:
    """One checked submission. `values` follow `paths` (the answered questions in form
    order); an unanswered question is None."""

    row: int
    instance_id: str
    submitted_at: dt.datetime | None
    permit_number: str
    paths: tuple[str, ...]
    values: tuple[str | None, ...]
    digest: bytes

    @property
    def answers(self) -> dict[str, str]:
        return {p: v for p, v in zip(self.paths, self.values, strict=True) if v is not None}


class Digest:
    """A digest of a submission's answers, to tell a changed submission from one imported
    before. Questions the device fills in (start, end...) do not count: exports write them
    differently (a label export drops the time zone)."""

    def __init__(self, form: FormDefinition) -> None:
        self.paths = tuple(q.path for q in form.questions if q.answered and q.kind != NOTE)
        self.counted = tuple(
            i
            for i, q in enumerate(q for q in form.questions if q.answered and q.kind != NOTE)
            if q.kind not in METADATA
        )

    def of_values(self, values: tuple[str | None, ...] | list[str | None]) -> bytes:
        text = "\x1e".join(["\x00" if (v := values[i]) is None else v for i in self.counted])
        return hashlib.blake2b(text.encode(), digest_size=16).digest()

    def of_answers(self, answers: dict[str, str]) -> bytes:
        return self.of_values([answers.get(p) for p in self.paths])


def instance_key(value: str) -> str:
    """Submission ids in one form: a bare UUID gets the 'uuid:' prefix that XForms use."""
    text = value.strip()
    if text.startswith("uuid:"):
        return text
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
    if not instance_columns and {"permit_number", "surname", "given_names"} <= set(columns):
        raise file_problem(
            name,
            "this is a resident registry extract, not questionnaire "
            "responses; import it as a registry",
        )
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
    known = set(INSTANCE_COLUMNS) | set(TIME_COLUMNS) | SYSTEM_COLUMNS
    ignored = [c for c, t in zip(columns, targets, strict=True) if t is None and c not in known]
    return Layout(
        f"{vendor}-{table.info.file_format}{labels}",
        language,
        targets,
        instance_columns,
        time_column,
        ignored,
    )


Converter = Callable[[Any], "str | None"]


def _text(value: Any) -> str | None:
    text = value if type(value) is str else cell_text(value)
    if "\x00" in text:
        raise BadValue("the value contains a NUL character")
    if len(text) > MAX_ANSWER_CHARS:
        raise BadValue(
            f"the answer is {len(text):,} characters long; at most "
            f"{MAX_ANSWER_CHARS:,} (what a spreadsheet cell holds) are accepted"
        )
    return None if not text or text.isspace() else text


def _integer(value: Any) -> str | None:
    if type(value) is str:
        text = value.strip()
        if text.isascii() and text.isdigit():
            return str(int(text))
    else:
        text = cell_text(value).strip()
    return str(parse_integer(text)) if text else None


def _decimal(value: Any) -> str | None:
    text = cell_text(value).strip()
    return parse_decimal(text) if text else None


def _date(value: Any) -> str | None:
    if type(value) is str:
        text = value.strip()
        if len(text) == 10 and text[4] == "-" and text[7] == "-":
            try:
                dt.date.fromisoformat(text)
                return text
            except ValueError:
                pass
        if not text:
            return None
    return parse_date(value).isoformat()


class ResponseReader:
    """Turns each row (or JSON record) into a checked submission, or problems.

    The work per row is planned once per file: which column holds which
    question and how its value is read, so that a large export reads quickly.
    """

    def __init__(self, form: FormDefinition, source: Table | JsonRecords) -> None:
        self.form = form
        self.source = source
        self.link = form.link_question
        self._columns = _Columns(form)
        if isinstance(source, Table):
            self.layout = table_layout(source, form)
        else:
            self.layout = Layout("json", None, [], [], None, [])
        self.digest = Digest(form)
        self.paths = self.digest.paths
        self._questions = [q for q in form.questions if q.answered and q.kind != NOTE]
        self._index = {q.path: i for i, q in enumerate(self._questions)}
        self._link = self._index[self.link]
        self._required = [
            i
            for i, q in enumerate(self._questions)
            if q.required and not q.conditional and i != self._link
        ]
        self._label_names: dict[str, dict[str, str]] = {}
        self._choice_sets: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {}
        self._choice_names: dict[int, dict[str, str]] = {}
        self._converters = [self._converter(q) for q in self._questions]
        self._multiple = {i for i, q in enumerate(self._questions) if q.kind == SELECT_MULTIPLE}
        self._plan_table()

    @property
    def file_name(self) -> str:
        return self.source.info.name

    def _converter(self, q: FormQuestion) -> Converter:
        """How an answer to `q` is read (raises BadValue with the reason)."""
        if q.kind == "integer":
            return _integer
        if q.kind in ("decimal", "range"):
            return _decimal
        if q.kind == "date":
            return _date
        if q.kind == SELECT_ONE and q.list_name:
            list_name = q.list_name
            known = {**self._labels(list_name), **{n: n for n in self.form.choice_names(list_name)}}
            self._choice_names[self._index[q.path]] = known

            def choice(value: Any) -> str | None:
                text = (value if type(value) is str else cell_text(value)).strip()
                found = known.get(text)
                if found is not None:
                    return found
                if not text:
                    return None
                raise BadValue(f"not one of the choices of the list {list_name!r}")

            return choice
        return _text

    def _plan_table(self) -> None:
        """For a table: (question, column) pairs, and the columns of each select_multiple."""
        self._cells: list[tuple[int, int]] = []
        self._summaries: dict[int, int] = {}
        self._flags: dict[int, list[tuple[str, int]]] = {}
        for col, target in enumerate(self.layout.targets):
            if target is None or target.path not in self._index:
                continue
            qi = self._index[target.path]
            if target.choice is not None:
                self._flags.setdefault(qi, []).append((target.choice, col))
            elif qi in self._multiple:
                self._summaries[qi] = col
            else:
                self._cells.append((qi, col))

    def submissions(self) -> Iterator[tuple[int, Submission | None, list[Problem]]]:
        if isinstance(self.source, Table):
            yield from self._table_submissions(self.source)
            return
        first = True
        for number, record in self.source.records():
            if not isinstance(record, dict):
                yield number, None, [Problem(number, "", "", "a submission must be a JSON object")]
                continue
            flat = _flatten(record)
            if first:
                self._json_layout(flat)
                first = False
            yield number, *self._from_record(number, flat)

    # --- tables ---------------------------------------------------------------------

    def _table_submissions(
        self, table: Table
    ) -> Iterator[tuple[int, Submission | None, list[Problem]]]:
        columns = table.columns
        width = len(columns)
        layout = self.layout
        time_column = columns[layout.time_column] if layout.time_column is not None else ""
        time_col = layout.time_column
        names = self._column_names(columns)
        link_col = next((col for qi, col in self._cells if qi == self._link), None)
        link_column = columns[link_col] if link_col is not None else self.link
        # Plain text and choice names, most of a questionnaire, are read inline; anything
        # unusual goes through the question's converter, which also gives the reason.
        cells = [
            (qi, col, self._converters[qi], self._choice_names.get(qi)) for qi, col in self._cells
        ]
        text = _text
        multiples = [
            (qi, self._questions[qi], self._summaries.get(qi), self._flags.get(qi, []))
            for qi in sorted(self._multiple)
        ]
        instance_cols = layout.instance_columns
        count = len(self._questions)
        for row, raw in table.rows():
            if len(raw) != width:
                reason = f"the row has {len(raw)} fields; the header has {width}"
                yield row, None, [Problem(row, "", "", reason)]
                continue
            problems: list[Problem] = []
            values: list[str | None] = [None] * count
            for qi, col, convert, choices in cells:
                value = raw[col]
                if value is None or value == "":
                    continue
                if type(value) is str:
                    if choices is not None:
                        found = choices.get(value)
                        if found is not None:
                            values[qi] = found
                            continue
                    elif convert is text and "\x00" not in value and len(value) <= MAX_ANSWER_CHARS:
                        values[qi] = None if value.isspace() else value
                        continue
                try:
                    values[qi] = convert(value)
                except BadValue as exc:
                    problems.append(Problem(row, columns[col], cell_text(value), str(exc)))
            for qi, question, summary, flag_cols in multiples:
                try:
                    values[qi] = self._select_multiple(
                        question,
                        raw[summary] if summary is not None else None,
                        [(choice, raw[col]) for choice, col in flag_cols],
                    )
                except BadValue as exc:
                    col = summary if summary is not None else flag_cols[0][1]
                    problems.append(Problem(row, columns[col], cell_text(raw[col]), str(exc)))
            instance = None
            for i in instance_cols:
                if raw[i] not in (None, ""):
                    instance = raw[i]
                    break
            yield (
                row,
                *self._finish(
                    row,
                    values,
                    problems,
                    instance,
                    raw[time_col] if time_col is not None else None,
                    time_column,
                    raw[link_col] if link_col is not None else None,
                    link_column,
                    names,
                ),
            )

    def _column_names(self, columns: list[str]) -> dict[int, str]:
        names: dict[int, str] | None = self.__dict__.get("_names")
        if names is None:
            names = {qi: columns[col] for qi, col in self._cells}
            names.update({qi: columns[col] for qi, col in self._summaries.items()})
            self.__dict__["_names"] = names
        return names

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
        problems: list[Problem] = []
        values: list[str | None] = [None] * len(self._questions)
        summaries: dict[int, Any] = {}
        flags: dict[int, list[tuple[str, Any]]] = {}
        names: dict[int, str] = {}
        for key, value in record.items():
            target = self._columns.by_name.get(key)
            if target is None or target.path not in self._index:
                continue
            qi = self._index[target.path]
            if target.choice is not None:
                flags.setdefault(qi, []).append((target.choice, value))
                continue
            names[qi] = key
            if qi in self._multiple:
                summaries[qi] = value
            elif value is not None and value != "":
                try:
                    if isinstance(value, (list, dict)):
                        raise BadValue("a list or object where one answer was expected")
                    values[qi] = self._converters[qi](value)
                except BadValue as exc:
                    problems.append(Problem(row, key, cell_text(value), str(exc)))
        for qi in self._multiple:
            if qi not in summaries and qi not in flags:
                continue
            try:
                values[qi] = self._select_multiple(
                    self._questions[qi], summaries.get(qi), flags.get(qi, [])
                )
            except BadValue as exc:
                problems.append(
                    Problem(
                        row, names.get(qi, self.paths[qi]), cell_text(summaries.get(qi)), str(exc)
                    )
                )
        instance = next(
            (record[k] for k in INSTANCE_COLUMNS if record.get(k) not in (None, "")), None
        )
        time_key = next((k for k in TIME_COLUMNS if k in record), "")
        link_column = names.get(self._link, self.link)
        return self._finish(
            row,
            values,
            problems,
            instance,
            record.get(time_key),
            time_key,
            record.get(link_column),
            link_column,
            names,
        )

    # --- both -----------------------------------------------------------------------

    def _finish(
        self,
        row: int,
        values: list[str | None],
        problems: list[Problem],
        instance: Any,
        stamp: Any,
        time_column: str,
        link_cell: Any,
        link_column: str,
        names: dict[int, str],
    ) -> tuple[Submission | None, list[Problem]]:
        instance_id = instance_key(cell_text(instance)) if instance is not None else ""
        if not instance_id:
            problems.append(Problem(row, "_uuid", "", "the submission has no id"))
        elif len(instance_id) > MAX_ID_LENGTH:
            problems.append(Problem(row, "_uuid", instance_id, "the submission id is too long"))
        submitted_at = None
        try:
            submitted_at = parse_timestamp(stamp)
        except BadValue as exc:
            problems.append(Problem(row, time_column, cell_text(stamp), str(exc)))
        permit_number = (values[self._link] or "").strip()
        if isinstance(link_cell, (int, float)) and not isinstance(link_cell, bool):
            problems.append(
                Problem(
                    row,
                    link_column,
                    cell_text(link_cell),
                    "the permit number is a number cell, so leading zeros may "
                    "be lost; export it as text",
                )
            )
        elif not permit_number:
            problems.append(Problem(row, link_column, "", "the permit number is empty"))
        for qi in self._required:
            if values[qi] is None:
                problems.append(
                    Problem(
                        row,
                        names.get(qi, self.paths[qi]),
                        "",
                        "a required answer is empty",
                        "warning",
                    )
                )
        if any(p.severity == "error" for p in problems):
            return None, problems
        if submitted_at is None and "end" in self._index:
            try:
                submitted_at = parse_timestamp(values[self._index["end"]])
            except BadValue:
                submitted_at = None
        frozen = tuple(values)
        return Submission(
            row,
            instance_id,
            submitted_at,
            permit_number,
            self.paths,
            frozen,
            self.digest.of_values(frozen),
        ), problems

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

    def _select_multiple(
        self, q: FormQuestion, raw: Any, flags: list[tuple[str, Any]]
    ) -> str | None:
        """The names chosen: from the summary column when it holds choice names, else from
        the one-column-per-choice 0/1 columns (a summary of labels can be ambiguous), else
        from the labels when they can be read only one way."""
        assert q.list_name is not None
        names, known = self._choices(q.list_name)
        if isinstance(raw, list):
            raw = " ".join(cell_text(v) for v in raw)
        text = (raw if type(raw) is str else cell_text(raw)).strip() if raw is not None else ""
        if text:
            parts = text.split()
            if known.issuperset(parts):
                return text if len(parts) == 1 else " ".join(c for c in names if c in parts)
        if flags:
            chosen: set[str] = set()
            for choice, cell in flags:
                flag = (cell if type(cell) is str else cell_text(cell)).strip()
                if flag in _TRUE:
                    chosen.add(choice)
                elif flag not in _FALSE:
                    raise BadValue(f"a per-choice column holds {flag!r}, not 1 or 0")
            if chosen or not text:
                return " ".join(c for c in names if c in chosen) or None
        if not text:
            return None
        return " ".join(self._split_labels(q.list_name, text))

    def _choices(self, list_name: str) -> tuple[tuple[str, ...], frozenset[str]]:
        found = self._choice_sets.get(list_name)
        if found is None:
            names = self.form.choice_names(list_name)
            found = self._choice_sets[list_name] = (names, frozenset(names))
        return found

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
    """An API page that says more pages follow: the file is not complete."""
    for key in ("next", "@odata.nextLink"):
        following = records.envelope.get(key)
        if following:
            return [
                Problem(
                    None,
                    key,
                    str(following),
                    "the file is one page of a longer list; "
                    "the submissions on later pages are not in it",
                    "warning",
                )
            ]
    return []


__all__ = ["Digest", "ImportRefused", "ResponseReader", "Submission", "instance_key"]
