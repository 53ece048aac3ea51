"""Loading a registry extract into a campaign: residents, permits and one case each.

Two passes over the file. The first checks every row and compares it with the
store, keeping only a small plan per row (what to do, and to which ids); the
second reads the file again and writes in batches. Memory stays flat however
long the file is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import Campaign, Case, Permit, Resident
from app.domain.lifecycle import State
from app.domain.text import search_text
from app.imports.bulk import (
    BATCH,
    insert_rows,
    insert_with_ids,
    search_index_rebuilt_after,
    table_of,
    update_rows,
)
from app.imports.outcome import COUNTS, FieldChange, Meter, Problems
from app.imports.problems import Problem, file_problem
from app.imports.registry import COLUMNS, RegistryReader, RegistryRecord, fingerprint
from app.imports.sources import SourceInfo, fits_in_memory, open_table

NEW, UPDATE, UNCHANGED = 0, 1, 2
RESIDENT_FIELDS = (
    "surname", "given_names", "surname_native", "given_names_native", "date_of_birth",
    "citizenship", "address_line1", "address_line2", "postal_code", "city", "preferred_language",
)  # fmt: skip
SEARCHED = ("surname", "given_names", "surname_native", "given_names_native")
CASE_COLUMNS = (
    "case_number",
    "campaign_id",
    "resident_id",
    "permit_id",
    "state",
    "created_at",
    "state_changed_at",
    "version",
)
NATIVE = ("surname_native", "given_names_native")
PERMIT_FIELDS = {
    "permit_type": "permit_type",
    "permit_issued": "issued_on",
    "permit_valid_until": "valid_until",
}


@dataclass(frozen=True, slots=True)
class _Known:
    resident_id: int
    permit_id: int
    fingerprint: bytes
    # The same without native names: an extract that leaves both native-name columns
    # empty (a Baltic code page cannot hold Cyrillic) does not clear stored ones.
    fingerprint_unnamed: bytes
    has_case: bool


@dataclass(frozen=True, slots=True)
class _Step:
    action: int
    resident_id: int = 0
    permit_id: int = 0
    open_case: bool = True


_STORED = (
    Resident.id, Permit.id, Permit.permit_number,
    *(getattr(Resident, f) for f in RESIDENT_FIELDS),
    *(getattr(Permit, a) for a in PERMIT_FIELDS.values()),
)  # fmt: skip
_STORED_NAMES = ("resident_id", "permit_id", "permit_number", *RESIDENT_FIELDS, *PERMIT_FIELDS)


def _stored(session: Session, *where: Any) -> Iterator[dict[str, Any]]:
    """Stored residents with their permits, under the registry's column names."""
    query = select(*_STORED).join(Permit, Permit.resident_id == Resident.id).where(*where)
    for row in session.execute(query.execution_options(yield_per=5000)):
        yield dict(zip(_STORED_NAMES, row, strict=True))


def _text(value: Any) -> str:
    return "" if value is None else value.isoformat() if isinstance(value, dt.date) else str(value)


class RegistryLoad:
    def __init__(
        self,
        session: Session,
        campaign: Campaign,
        info: SourceInfo,
        *,
        today: dt.date,
        now: dt.datetime,
        case_number_format: str,
        max_rows: int,
        meter: Meter,
    ) -> None:
        self.session = session
        self.campaign = campaign
        self.info = info
        self.today = today
        self.now = now
        self.case_number_format = case_number_format
        self.max_rows = max_rows
        self.meter = meter
        self.problems = Problems()
        self.counts = {**dict.fromkeys(COUNTS, 0), "cases_opened": 0}
        self.changes: list[FieldChange] = []
        self.ignored_columns: list[str] = []
        self._plan: dict[int, _Step] = {}
        # Small files are kept in memory between the passes; larger ones are read twice.
        self._kept: dict[int, RegistryRecord] | None = {} if fits_in_memory(info) else None

    # --- pass 1 -------------------------------------------------------------------

    def _known(self) -> dict[str, _Known]:
        with_case = set(
            self.session.scalars(select(Case.permit_id).where(Case.campaign_id == self.campaign.id))
        )
        known: dict[str, _Known] = {}
        for values in _stored(self.session):
            digest = fingerprint(tuple(values[c] for c in COLUMNS))
            unnamed = fingerprint(tuple("" if c in NATIVE else values[c] for c in COLUMNS))
            known[values["permit_number"]] = _Known(
                values["resident_id"],
                values["permit_id"],
                digest,
                unnamed,
                values["permit_id"] in with_case,
            )
        return known

    def check(self) -> None:
        known = self._known()
        seen: dict[str, int] = {}
        with open_table(self.info, formulas=False) as table:
            reader = RegistryReader(table, self.today)
            self.ignored_columns = reader.ignored
            for row, record, problems in reader.records():
                if row > self.max_rows:
                    raise file_problem(
                        self.info.name,
                        f"the file has more than "
                        f"{self.max_rows:,} rows, far more than any registry "
                        "extract of the review; nothing was imported",
                    )
                self.counts["read"] += 1
                self.meter.report(table.position())
                self.problems.extend(problems)
                if record is None:
                    continue
                first = seen.get(record.permit_number)
                if first is not None:
                    self.problems.add(
                        Problem(
                            row,
                            "permit_number",
                            record.permit_number,
                            f"the permit number is also in row {first}",
                        )
                    )
                    continue
                seen[record.permit_number] = row
                self._plan[row] = self._step(record, known.get(record.permit_number))
                if self._kept is not None:
                    self._kept[row] = record
        if self.counts["read"] == 0:
            raise file_problem(self.info.name, "the file has a header but no data rows")
        for row in self.problems.error_rows:
            self._plan.pop(row, None)
        self.counts["refused"] = len(self.problems.error_rows)
        for step in self._plan.values():
            self.counts[("imported", "updated", "unchanged")[step.action]] += 1
            self.counts["cases_opened"] += step.open_case

    @staticmethod
    def _step(record: RegistryRecord, known: _Known | None) -> _Step:
        if known is None:
            return _Step(NEW)
        unnamed = not record.surname_native and not record.given_names_native
        stored = known.fingerprint_unnamed if unnamed else known.fingerprint
        action = UNCHANGED if stored == record.fingerprint() else UPDATE
        return _Step(action, known.resident_id, known.permit_id, not known.has_case)

    # --- pass 2 -------------------------------------------------------------------

    def write(self) -> None:
        if not self._plan:
            return
        self._next_case = (
            self.session.scalar(
                select(func.count()).select_from(Case).where(Case.campaign_id == self.campaign.id)
            )
            or 0
        )
        to_write = sum(1 for s in self._plan.values() if s.action != UNCHANGED or s.open_case)
        written = 0
        new: list[tuple[int, RegistryRecord]] = []
        changed: list[tuple[int, RegistryRecord, _Step]] = []
        cases: list[tuple[int, int]] = []
        new_count = sum(1 for s in self._plan.values() if s.action == NEW)
        total = (self.session.scalar(select(func.count()).select_from(Resident)) or 0) + new_count
        conn = self.session.connection()
        with search_index_rebuilt_after(conn, new_count, total), self._records_again() as again:
            for row, record in again:
                step = self._plan.get(row)
                if step is None:
                    continue
                if step.action == NEW:
                    new.append((row, record))
                elif step.action == UPDATE:
                    changed.append((row, record, step))
                if step.action != NEW and step.open_case:
                    cases.append((step.resident_id, step.permit_id))
                if len(new) + len(changed) + len(cases) >= BATCH:
                    written += len(new) + len(changed) + len(cases)
                    self._flush(new, changed, cases)
                    self.meter.report(written / max(to_write, 1))
            self._flush(new, changed, cases)
        self._kept = None

    @contextmanager
    def _records_again(self) -> Iterator[Iterator[tuple[int, RegistryRecord]]]:
        """The checked records: kept from the first pass, or read once more."""
        if self._kept is not None:
            yield iter(self._kept.items())
            return
        with open_table(self.info, formulas=False) as table:
            reader = RegistryReader(table, self.today)
            yield ((row, r) for row, r, _ in reader.records() if r is not None)

    def _flush(
        self,
        new: list[tuple[int, RegistryRecord]],
        changed: list[tuple[int, RegistryRecord, _Step]],
        cases: list[tuple[int, int]],
    ) -> None:
        conn = self.session.connection()
        if new:
            resident_ids = insert_with_ids(
                conn,
                table_of(Resident),
                (*RESIDENT_FIELDS, "search_text", "updated_at", "version"),
                [
                    (*(getattr(r, f) for f in RESIDENT_FIELDS), r.search_text(), self.now, 1)
                    for _, r in new
                ],
            )
            permit_ids = insert_with_ids(
                conn,
                table_of(Permit),
                (
                    "resident_id",
                    "permit_number",
                    "permit_type",
                    "issued_on",
                    "valid_until",
                    "status",
                ),
                [
                    (
                        rid,
                        r.permit_number,
                        r.permit_type,
                        r.permit_issued,
                        r.permit_valid_until,
                        "valid",
                    )
                    for rid, (_, r) in zip(resident_ids, new, strict=True)
                ],
            )
            cases.extend(zip(resident_ids, permit_ids, strict=True))
        if changed:
            self._update(changed)
        if cases:
            rows = []
            for resident_id, permit_id in cases:
                self._next_case += 1
                number = self.case_number_format.format(
                    campaign=self.campaign.code, seq=self._next_case
                )
                rows.append(
                    (
                        number,
                        self.campaign.id,
                        resident_id,
                        permit_id,
                        State.IMPORTED.value,
                        self.now,
                        self.now,
                        1,
                    )
                )
            insert_rows(conn, table_of(Case), CASE_COLUMNS, rows)
        new.clear()
        changed.clear()
        cases.clear()

    def _update(self, changed: list[tuple[int, RegistryRecord, _Step]]) -> None:
        conn = self.session.connection()
        ids = [step.permit_id for _, _, step in changed]
        stored = {v["permit_id"]: v for v in _stored(self.session, Permit.id.in_(ids))}
        residents, permits = [], []
        for row, record, step in changed:
            before = stored[step.permit_id]
            after = record.fields()
            if not after["surname_native"] and not after["given_names_native"]:
                after.update({c: before[c] for c in NATIVE})
            for column in COLUMNS:
                if _text(before[column]) != _text(after[column]):
                    self.changes.append(
                        FieldChange(
                            row,
                            record.permit_number,
                            column,
                            _text(before[column]),
                            _text(after[column]),
                        )
                    )
            residents.append(
                (
                    *(after[f] for f in RESIDENT_FIELDS),
                    search_text(*(after[c] for c in (*SEARCHED, "permit_number"))),
                    self.now,
                    step.resident_id,
                )
            )
            permits.append(
                (
                    record.permit_type,
                    record.permit_issued,
                    record.permit_valid_until,
                    step.permit_id,
                )
            )
        update_rows(
            conn,
            table_of(Resident),
            (*RESIDENT_FIELDS, "search_text", "updated_at"),
            residents,
            bump_version=True,
        )
        update_rows(conn, table_of(Permit), ("permit_type", "issued_on", "valid_until"), permits)
