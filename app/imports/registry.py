"""Reading a resident registry extract (CSV or XLSX), one checked record per row."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections.abc import Iterator
from dataclasses import astuple, dataclass
from typing import Any

from app.domain.text import fold
from app.imports.countries import alpha2
from app.imports.problems import ImportRefused, Problem, file_problem
from app.imports.sources import Table
from app.imports.values import BadValue, parse_date
from app.imports.workbook import cell_text

COLUMNS = (
    "permit_number", "surname", "given_names", "surname_native", "given_names_native",
    "date_of_birth", "citizenship", "permit_type", "permit_issued", "permit_valid_until",
    "address_line1", "address_line2", "postal_code", "city", "preferred_language",
)  # fmt: skip
# Columns an extract may leave out; every other column must be there.
OPTIONAL_COLUMNS = frozenset(
    {"surname_native", "given_names_native", "address_line2", "preferred_language"}
)
# Values that must not be empty.
REQUIRED_VALUES = (
    "permit_number", "surname", "given_names", "date_of_birth", "citizenship", "permit_type",
)  # fmt: skip
# The store's column widths.
MAX_LENGTH = {
    "permit_number": 32, "surname": 120, "given_names": 200, "surname_native": 120,
    "given_names_native": 200, "permit_type": 32, "address_line1": 300, "address_line2": 300,
    "postal_code": 16, "city": 120, "preferred_language": 8,
}  # fmt: skip
DEFAULT_LANGUAGE = "ru"
_PERMIT_NUMBER = re.compile(r"^[0-9A-Za-z][0-9A-Za-z/-]*$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
EARLIEST_BIRTH = dt.date(1900, 1, 1)


@dataclass(frozen=True, slots=True)
class RegistryRecord:
    permit_number: str
    surname: str
    given_names: str
    surname_native: str
    given_names_native: str
    date_of_birth: dt.date
    citizenship: str
    permit_type: str
    permit_issued: dt.date | None
    permit_valid_until: dt.date | None
    address_line1: str
    address_line2: str
    postal_code: str
    city: str
    preferred_language: str

    def search_text(self) -> str:
        return folded_search_text(
            self.surname,
            self.given_names,
            self.surname_native,
            self.given_names_native,
            self.permit_number,
        )

    def fingerprint(self) -> bytes:
        return fingerprint(astuple(self))

    def fields(self) -> dict[str, Any]:
        return dict(zip(COLUMNS, astuple(self), strict=True))


_fold = functools.lru_cache(maxsize=65_536)(fold)


def folded_search_text(*parts: str) -> str:
    """app.domain.text.search_text, with the folding of each name remembered: names repeat
    across a registry, and folding is the slow part of loading one."""
    return " ".join(_fold(p) for p in parts if p)


def fingerprint(values: tuple[Any, ...]) -> bytes:
    """A short digest of a record's values: enough to tell changed from unchanged."""
    text = "\x1f".join("" if v is None else str(v) for v in values)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


def normal_column(name: str) -> str:
    return re.sub(r"[\s-]+", "_", name.strip().lower())


class RegistryReader:
    """Checks the header of a registry table, then gives each row as a record or problems."""

    def __init__(self, table: Table, today: dt.date) -> None:
        self.table = table
        self.today = today
        self.index: dict[str, int] = {}
        duplicates: list[str] = []
        for i, name in enumerate(table.columns):
            key = normal_column(name)
            if not key:
                continue
            if key in self.index:
                duplicates.append(name)
            self.index.setdefault(key, i)
        if duplicates:
            raise file_problem(
                table.info.name,
                "the header names a column more than once: " + ", ".join(sorted(set(duplicates))),
            )
        missing = [c for c in COLUMNS if c not in self.index and c not in OPTIONAL_COLUMNS]
        if missing:
            if "permit_number" in missing and len(missing) > 5:
                raise file_problem(
                    table.info.name,
                    "this is not a resident registry: the "
                    f"columns {', '.join(COLUMNS)} are expected",
                )
            raise ImportRefused(
                f"{table.info.name}: required column(s) missing: {', '.join(missing)}",
                [Problem(None, c, "", "required column missing") for c in missing],
            )
        self._plan = [(c, self.index.get(c), MAX_LENGTH.get(c, 0)) for c in COLUMNS]
        self.ignored = [c for c in table.columns if normal_column(c) not in COLUMNS and c]

    def records(self) -> Iterator[tuple[int, RegistryRecord | None, list[Problem]]]:
        width = len(self.table.columns)
        for number, raw in self.table.rows():
            if len(raw) != width and self.table.info.file_format == "csv":
                yield (
                    number,
                    None,
                    [
                        Problem(
                            number, "", "", f"the row has {len(raw)} fields; the header has {width}"
                        )
                    ],
                )
                continue
            yield number, *self.read(number, raw)

    def read(self, row: int, raw: list[Any]) -> tuple[RegistryRecord | None, list[Problem]]:
        problems: list[Problem] = []
        values: dict[str, Any] = {}
        width = len(raw)
        for column, i, limit in self._plan:
            value = raw[i] if i is not None and i < width else None
            if type(value) is str:
                text = value.strip()
            elif value is None:
                text = ""
            elif isinstance(value, dt.date):
                values[column] = value
                continue
            elif column == "permit_number":
                problems.append(
                    Problem(
                        row,
                        column,
                        cell_text(value),
                        "the permit number is a number cell, so leading zeros "
                        "may be lost; format the column as text",
                    )
                )
                continue
            else:
                text = cell_text(value).strip()
            if "\x00" in text:
                problems.append(Problem(row, column, "", "the value contains a NUL character"))
            elif limit and len(text) > limit:
                problems.append(Problem(row, column, text, f"longer than {limit} characters"))
            else:
                values[column] = text
        for column in REQUIRED_VALUES:
            if column in values and not values[column]:
                problems.append(Problem(row, column, "", "a value is required"))
        if problems:
            return None, problems
        record = self._record(row, values, problems)
        return (None if any(p.severity == "error" for p in problems) else record), problems

    def _record(
        self, row: int, v: dict[str, Any], problems: list[Problem]
    ) -> RegistryRecord | None:
        number = str(v["permit_number"])
        if not _PERMIT_NUMBER.match(number):
            problems.append(
                Problem(
                    row,
                    "permit_number",
                    number,
                    "a permit number holds letters, digits, '/' and '-' only",
                )
            )
        dates: dict[str, dt.date | None] = {}
        for column in ("date_of_birth", "permit_issued", "permit_valid_until"):
            value = v[column]
            if value in (None, ""):
                dates[column] = None
                continue
            try:
                dates[column] = parse_date(value)
            except BadValue as exc:
                problems.append(Problem(row, column, cell_text(value), str(exc)))
        born = dates.get("date_of_birth")
        if born and not EARLIEST_BIRTH <= born <= self.today:
            problems.append(
                Problem(row, "date_of_birth", born.isoformat(), "the date of birth is impossible")
            )
        issued, until = dates.get("permit_issued"), dates.get("permit_valid_until")
        if issued and until and until < issued:
            problems.append(
                Problem(
                    row,
                    "permit_valid_until",
                    until.isoformat(),
                    "the permit ends before it was issued",
                )
            )
        citizenship = alpha2(str(v["citizenship"]))
        if citizenship is None:
            problems.append(
                Problem(
                    row,
                    "citizenship",
                    str(v["citizenship"]),
                    "not a country code (ISO 3166 alpha-2 or alpha-3)",
                )
            )
        language = str(v.get("preferred_language") or "").lower() or DEFAULT_LANGUAGE
        if not _LANGUAGE.match(language):
            problems.append(
                Problem(
                    row, "preferred_language", language, "not a language code such as ru, lt or en"
                )
            )
        if not v.get("address_line1") or not v.get("city"):
            problems.append(
                Problem(
                    row,
                    "address_line1",
                    "",
                    "no postal address; letters cannot be sent until it is known",
                    "warning",
                )
            )
        if any(p.severity == "error" for p in problems) or born is None or citizenship is None:
            return None
        return RegistryRecord(
            permit_number=number,
            surname=str(v["surname"]),
            given_names=str(v["given_names"]),
            surname_native=str(v.get("surname_native") or ""),
            given_names_native=str(v.get("given_names_native") or ""),
            date_of_birth=born,
            citizenship=citizenship,
            permit_type=str(v["permit_type"]),
            permit_issued=issued,
            permit_valid_until=until,
            address_line1=str(v.get("address_line1") or ""),
            address_line2=str(v.get("address_line2") or ""),
            postal_code=str(v.get("postal_code") or ""),
            city=str(v.get("city") or ""),
            preferred_language=language,
        )
