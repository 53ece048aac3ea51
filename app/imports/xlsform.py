"""Reading a questionnaire designed in XLSForm (sheets `survey`, `choices`, `settings`).

What is kept: question types, group paths, choices, labels and hints in every
language, `required`, and `relevant` (kept as text, never evaluated). Two
settings of the `settings` sheet are the department's own, not XLSForm's:

* `link_question`: the name (or path) of the question whose answer is the
  permit number that links a response to a resident; `permit_number` when
  absent.
* `marker::<question>`: answers that need an officer's attention, as the
  choice names, separated by spaces; `*` means any answer at all. For
  example a column `marker::trips_abroad` with the value `russia belarus`.

The same markers can be written in an optional `markers` column of the
`survey` sheet, on the question's own row. Tools that build the form
(pyxform, KoboToolbox, ODK Central) ignore both.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from app.imports.problems import ImportRefused, Problem, file_problem
from app.imports.workbook import cell_text, open_workbook

DEFAULT_LINK_QUESTION = "permit_number"
ANY_ANSWER = "*"

# Types whose answers are checked against the form; every other answer is kept as text.
SELECT_ONE = "select_one"
SELECT_MULTIPLE = "select_multiple"
GROUP = "group"
NOTE = "note"
UNANSWERED = frozenset({GROUP, NOTE})
METADATA = frozenset(
    {
        "start",
        "end",
        "today",
        "deviceid",
        "subscriberid",
        "simserial",
        "phonenumber",
        "username",
        "email",
        "audit",
        "start-geopoint",
    }
)
NOT_SUPPORTED = {
    "begin_repeat": "repeat groups are not supported (their answers come in separate sheets)",
    "begin repeat": "repeat groups are not supported (their answers come in separate sheets)",
}
_SELECT_SPELLINGS = {
    "select_one": SELECT_ONE,
    "select one": SELECT_ONE,
    "select_multiple": SELECT_MULTIPLE,
    "select multiple": SELECT_MULTIPLE,
    "select all that apply": SELECT_MULTIPLE,
}
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9._-]*$")
_CODE_IN_NAME = re.compile(r"\(\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)\s*\)\s*$")
_LANGUAGE_CODES = {
    "lithuanian": "lt",
    "english": "en",
    "russian": "ru",
    "belarusian": "be",
    "ukrainian": "uk",
    "polish": "pl",
    "latvian": "lv",
    "german": "de",
    "french": "fr",
}
DEFAULT_LANGUAGE = "default"


@dataclass(frozen=True, slots=True)
class FormChoice:
    list_name: str
    name: str
    labels: dict[str, str]

    def label(self, language: str) -> str:
        return _in_language(self.labels, language) or self.name


@dataclass(frozen=True, slots=True)
class FormQuestion:
    """A row of the survey sheet. `path` joins the enclosing group names with '/'."""

    name: str
    path: str
    kind: str
    list_name: str | None = None
    required: bool = False
    relevant: str = ""
    labels: dict[str, str] = field(default_factory=dict)
    hints: dict[str, str] = field(default_factory=dict)
    # True when this question or an enclosing group has a `relevant` condition.
    conditional: bool = False

    @property
    def answered(self) -> bool:
        """Whether a response carries a value for it (notes and groups do not)."""
        return self.kind not in UNANSWERED

    def label(self, language: str) -> str:
        return _in_language(self.labels, language) or self.name


@dataclass(frozen=True, slots=True)
class Marker:
    """Answers to `question` (a path) that need attention; no choices means any answer."""

    question: str
    choices: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {"question": self.question, "choices": list(self.choices)}


@dataclass(frozen=True)
class FormDefinition:
    form_id: str
    version: str
    title: str
    default_language: str
    languages: tuple[str, ...]
    questions: tuple[FormQuestion, ...]
    choices: dict[str, tuple[FormChoice, ...]]
    link_question: str
    markers: tuple[Marker, ...] = ()
    settings: dict[str, str] = field(default_factory=dict)
    source_sha256: str = ""

    def question(self, path: str) -> FormQuestion:
        return self._by_path()[path]

    def find(self, path: str) -> FormQuestion | None:
        return self._by_path().get(path)

    def _by_path(self) -> dict[str, FormQuestion]:
        cache: dict[str, FormQuestion] | None = self.__dict__.get("_paths")
        if cache is None:
            cache = {q.path: q for q in self.questions}
            object.__setattr__(self, "_paths", cache)
        return cache

    @property
    def answered_questions(self) -> tuple[FormQuestion, ...]:
        return tuple(q for q in self.questions if q.answered)

    def choice_names(self, list_name: str) -> tuple[str, ...]:
        return tuple(c.name for c in self.choices.get(list_name, ()))


def _in_language(texts: dict[str, str], language: str) -> str:
    return texts.get(language) or texts.get(DEFAULT_LANGUAGE) or next(iter(texts.values()), "")


def language_code(header_language: str) -> str:
    """'Lithuanian (lt)' -> 'lt', 'lt' -> 'lt', 'English' -> 'en', anything else as written."""
    text = header_language.strip()
    found = _CODE_IN_NAME.search(text)
    if found:
        return found.group(1).lower().replace("_", "-")
    if re.fullmatch(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?", text):
        return text.lower()
    return _LANGUAGE_CODES.get(text.lower(), text)


# --- reading the sheets ---------------------------------------------------------------


@dataclass
class _Sheet:
    title: str
    columns: list[str]
    rows: list[tuple[int, dict[str, str]]]


def _read_sheet(ws: ReadOnlyWorksheet, problems: list[Problem]) -> _Sheet:
    rows: Iterator[tuple[Any, ...]] = ws.iter_rows(values_only=True)
    header: list[str] = []
    for raw in rows:
        header = [cell_text(v).strip() for v in raw]
        if any(header):
            break
    columns: list[str] = []
    seen: set[str] = set()
    for name in header:
        key = _column_key(name)
        if key and key in seen:
            problems.append(
                Problem(None, f"{ws.title}: {name}", "", "the column appears twice in the header")
            )
        seen.add(key)
        columns.append(key)
    data: list[tuple[int, dict[str, str]]] = []
    for number, raw in enumerate(rows, start=1):
        values = {
            columns[i]: cell_text(v).strip()
            for i, v in enumerate(raw)
            if i < len(columns) and columns[i]
        }
        if any(values.values()):
            data.append((number, values))
    return _Sheet(ws.title, columns, data)


def _column_key(name: str) -> str:
    """'Label :: Lithuanian (lt)' -> 'label::Lithuanian (lt)'; plain names lower-cased."""
    if "::" in name:
        base, _, language = name.partition("::")
        return f"{base.strip().lower()}::{language.strip()}"
    return name.strip().lower().replace("list name", "list_name")


def _texts(values: dict[str, str], base: str, default_language: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in values.items():
        if not value:
            continue
        if key == base:
            out[default_language] = value
        elif key.startswith(base + "::"):
            out[language_code(key[len(base) + 2 :])] = value
    return out


def _languages(columns: list[str], default_language: str) -> tuple[str, ...]:
    found: list[str] = []
    for key in columns:
        for base in ("label", "hint"):
            if key == base:
                code = default_language
            elif key.startswith(base + "::"):
                code = language_code(key[len(base) + 2 :])
            else:
                continue
            if code not in found:
                found.append(code)
    if default_language in found:
        found.remove(default_language)
        found.insert(0, default_language)
    return tuple(found)


def _truthy(text: str) -> bool:
    return text.strip().lower() in ("yes", "true", "true()", "1")


def parse_xlsform(path: Path | str) -> FormDefinition:
    """Read an XLSForm workbook; raise ImportRefused listing every problem found."""
    path = Path(path)
    if not path.is_file():
        raise file_problem(path.name, "the file does not exist")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    workbook = open_workbook(path)
    try:
        sheets = {ws.title.strip().lower(): ws for ws in workbook.worksheets}
        problems: list[Problem] = []
        if "survey" not in sheets:
            raise file_problem(
                path.name, "has no sheet named 'survey'; it is not an XLSForm questionnaire"
            )
        survey = _read_sheet(sheets["survey"], problems)
        choices_sheet = _read_sheet(sheets["choices"], problems) if "choices" in sheets else None
        settings_sheet = _read_sheet(sheets["settings"], problems) if "settings" in sheets else None
    finally:
        workbook.close()
    settings: dict[str, str] = {}
    if settings_sheet and settings_sheet.rows:
        settings = {k: v for k, v in settings_sheet.rows[0][1].items() if v}
    default_name = settings.get("default_language", "")
    default_language = language_code(default_name) if default_name else DEFAULT_LANGUAGE
    choices = _parse_choices(choices_sheet, default_language, problems)
    questions, survey_markers = _parse_survey(survey, choices, default_language, problems)
    link = _link_question(settings.get("link_question", DEFAULT_LINK_QUESTION), questions, problems)
    markers = survey_markers + _settings_markers(settings, questions, choices, problems)
    _check_markers(markers, questions, choices, problems)
    if not any(q.answered for q in questions):
        problems.append(Problem(None, "survey", "", "the survey has no questions"))
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise ImportRefused(
            f"{path.name}: the questionnaire has {len(errors)} problem(s); nothing was imported. "
            f"First: {errors[0].describe()}",
            problems,
        )
    columns = list(survey.columns) + (choices_sheet.columns if choices_sheet else [])
    return FormDefinition(
        form_id=settings.get("form_id") or path.stem,
        version=settings.get("version", ""),
        title=settings.get("form_title") or settings.get("form_id") or path.stem,
        default_language=default_language,
        languages=_languages(columns, default_language),
        questions=tuple(questions),
        choices=choices,
        link_question=link,
        markers=tuple(markers),
        settings=settings,
        source_sha256=digest,
    )


def _parse_choices(
    sheet: _Sheet | None, default_language: str, problems: list[Problem]
) -> dict[str, tuple[FormChoice, ...]]:
    lists: dict[str, list[FormChoice]] = {}
    if sheet is None:
        return {}
    for missing in ("list_name", "name"):
        if missing not in sheet.columns and not (missing == "name" and "value" in sheet.columns):
            problems.append(
                Problem(None, f"choices: {missing}", "", "the choices sheet has no such column")
            )
            return {}
    for row, values in sheet.rows:
        list_name = values.get("list_name", "")
        name = values.get("name") or values.get("value", "")
        if not list_name or not name:
            problems.append(
                Problem(
                    row,
                    "choices: list_name" if not list_name else "choices: name",
                    "",
                    "a choice needs both a list name and a name",
                )
            )
            continue
        entries = lists.setdefault(list_name, [])
        if any(c.name == name for c in entries):
            problems.append(
                Problem(
                    row, "choices: name", name, f"the name appears twice in the list {list_name!r}"
                )
            )
            continue
        entries.append(FormChoice(list_name, name, _texts(values, "label", default_language)))
    return {k: tuple(v) for k, v in lists.items()}


def _parse_survey(
    sheet: _Sheet,
    choices: dict[str, tuple[FormChoice, ...]],
    default_language: str,
    problems: list[Problem],
) -> tuple[list[FormQuestion], list[Marker]]:
    for needed in ("type", "name"):
        if needed not in sheet.columns:
            problems.append(
                Problem(None, f"survey: {needed}", "", "the survey sheet has no such column")
            )
            return [], []
    questions: list[FormQuestion] = []
    markers: list[Marker] = []
    groups: list[tuple[str, bool]] = []  # (name, conditional) of each open group
    paths: set[str] = set()
    for row, values in sheet.rows:
        raw_type = " ".join(values.get("type", "").split())
        lowered = raw_type.lower()
        name = values.get("name", "")
        relevant = values.get("relevant", "")
        if not raw_type:
            if name:
                problems.append(Problem(row, "survey: type", "", "the row has a name but no type"))
            continue
        if lowered in NOT_SUPPORTED:
            problems.append(Problem(row, "survey: type", raw_type, NOT_SUPPORTED[lowered]))
            continue
        if lowered in ("end_group", "end group"):
            if not groups:
                problems.append(
                    Problem(row, "survey: type", raw_type, "end of a group that was never begun")
                )
            else:
                groups.pop()
            continue
        if lowered in ("end_repeat", "end repeat"):
            continue
        if not _NAME.match(name):
            reason = (
                "a name must start with a letter or '_' and hold only letters, digits and _-."
                if name
                else "a question needs a name"
            )
            problems.append(Problem(row, "survey: name", name, reason))
            continue
        path = "/".join([g for g, _ in groups] + [name])
        conditional = bool(relevant) or any(c for _, c in groups)
        if path in paths:
            problems.append(
                Problem(row, "survey: name", name, f"the path {path!r} appears twice in the survey")
            )
            continue
        paths.add(path)
        kind, list_name = _kind(raw_type)
        if lowered in ("begin_group", "begin group"):
            kind, list_name = GROUP, None
            groups.append((name, conditional))
        if kind in (SELECT_ONE, SELECT_MULTIPLE):
            if not list_name:
                problems.append(
                    Problem(
                        row,
                        "survey: type",
                        raw_type,
                        "a select question needs the name of its choice list",
                    )
                )
                continue
            if list_name not in choices:
                problems.append(
                    Problem(
                        row,
                        "survey: type",
                        raw_type,
                        f"the choice list {list_name!r} is not in the choices sheet",
                    )
                )
                continue
        questions.append(
            FormQuestion(
                name=name,
                path=path,
                kind=kind,
                list_name=list_name,
                required=kind not in (GROUP, NOTE) and _truthy(values.get("required", "")),
                relevant=relevant,
                labels=_texts(values, "label", default_language),
                hints=_texts(values, "hint", default_language),
                conditional=conditional,
            )
        )
        marked = values.get("markers") or values.get("marker") or ""
        if marked:
            markers.append(_marker(path, marked))
    if groups:
        problems.append(
            Problem(
                None, "survey: type", "begin_group", f"the group {groups[-1][0]!r} is never ended"
            )
        )
    return questions, markers


def _kind(raw_type: str) -> tuple[str, str | None]:
    lowered = raw_type.lower()
    for spelling, kind in _SELECT_SPELLINGS.items():
        if lowered.startswith(spelling + " ") or lowered == spelling:
            rest = raw_type[len(spelling) :].split()
            return kind, (rest[0] if rest else None)
    first = lowered.split()[0]
    return first, None


def _marker(path: str, text: str) -> Marker:
    names = tuple(text.split())
    return Marker(path, () if names == (ANY_ANSWER,) else names)


def _resolve(name_or_path: str, questions: list[FormQuestion]) -> FormQuestion | None:
    exact = [q for q in questions if q.path == name_or_path]
    if exact:
        return exact[0]
    named = [q for q in questions if q.name == name_or_path]
    return named[0] if len(named) == 1 else None


def _link_question(name: str, questions: list[FormQuestion], problems: list[Problem]) -> str:
    found = _resolve(name, questions)
    if found is None or not found.answered:
        problems.append(
            Problem(
                None,
                "settings: link_question",
                name,
                "the question that links a response to a resident is not in the survey",
            )
        )
        return name
    if found.kind in (SELECT_MULTIPLE, GROUP, NOTE):
        problems.append(
            Problem(
                None,
                "settings: link_question",
                name,
                "the link question must hold a permit number (a text or integer question)",
            )
        )
    return found.path


def _settings_markers(
    settings: dict[str, str],
    questions: list[FormQuestion],
    choices: dict[str, tuple[FormChoice, ...]],
    problems: list[Problem],
) -> list[Marker]:
    out: list[Marker] = []
    for key, value in settings.items():
        if not key.startswith("marker::"):
            continue
        target = key[len("marker::") :]
        found = _resolve(target, questions)
        if found is None:
            problems.append(
                Problem(
                    None,
                    f"settings: {key}",
                    value,
                    f"the marked question {target!r} is not in the survey",
                )
            )
            continue
        out.append(_marker(found.path, value))
    return out


def _check_markers(
    markers: list[Marker],
    questions: list[FormQuestion],
    choices: dict[str, tuple[FormChoice, ...]],
    problems: list[Problem],
) -> None:
    by_path = {q.path: q for q in questions}
    for marker in markers:
        question = by_path[marker.question]
        if not question.answered:
            problems.append(
                Problem(None, "markers", marker.question, "a note or group has no answers to mark")
            )
            continue
        if not marker.choices:
            continue
        if question.list_name is None:
            problems.append(
                Problem(
                    None,
                    "markers",
                    " ".join(marker.choices),
                    f"{marker.question!r} is not a select question; mark it with {ANY_ANSWER!r}",
                )
            )
            continue
        names = {c.name for c in choices.get(question.list_name, ())}
        unknown = [c for c in marker.choices if c not in names]
        if unknown:
            problems.append(
                Problem(
                    None,
                    "markers",
                    " ".join(unknown),
                    f"not choices of {marker.question!r} (list {question.list_name!r})",
                )
            )
