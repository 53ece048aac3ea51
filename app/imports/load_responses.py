"""Loading questionnaire responses into a campaign's cases.

Two passes, as for the registry: the first checks every submission and keeps
a small record per row (id, case, time, a digest of the answers); the second
reads the file again and writes answers in batches through executemany.

Every submission is kept. Per case, the one submitted last is `current`; the
earlier ones stay with `current = False`, so that an officer can still see
what was first said, and the report lists each superseded submission.
Submitting the same id again with other answers (an edit in KoboToolbox or
ODK Central) replaces the stored answers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.orm import Session

from app.db.models import Answer, Campaign, Case, Permit, Questionnaire, Response
from app.imports.bulk import (
    BATCH,
    chunked,
    insert_rows,
    insert_with_ids,
    table_of,
    update_rows,
)
from app.imports.outcome import COUNTS, Meter, Problems
from app.imports.problems import Problem, file_problem
from app.imports.responses import (
    Digest,
    ResponseReader,
    Submission,
    check_envelope,
)
from app.imports.sources import (
    JsonRecords,
    SourceInfo,
    fits_in_memory,
    open_json,
    open_table,
)
from app.imports.xlsform import FormDefinition

NEW, UPDATE, UNCHANGED = 0, 1, 2
EARLIEST = dt.datetime.min.replace(tzinfo=dt.UTC)


@dataclass(slots=True)
class _Entry:
    """A checked submission of the file, without its answers."""

    row: int
    instance_id: str
    permit_number: str
    case_id: int
    submitted_at: dt.datetime | None
    digest: bytes
    action: int = NEW
    response_id: int = 0
    current: bool = True
    stored_current: bool | None = None


@dataclass(frozen=True, slots=True)
class _Stored:
    response_id: int
    instance_id: str
    case_id: int | None
    submitted_at: dt.datetime | None
    current: bool


def same_moment(a: dt.datetime | None, b: dt.datetime | None) -> bool:
    """The same submission time as exports write it: KoboToolbox to the second, ODK Central
    to the millisecond."""
    if a is None or b is None:
        return a is b
    return a.replace(microsecond=0) == b.replace(microsecond=0)


def _order(submitted_at: dt.datetime | None, instance_id: str) -> tuple[dt.datetime, str]:
    return (submitted_at or EARLIEST, instance_id)


class ResponsesLoad:
    def __init__(
        self,
        session: Session,
        campaign: Campaign,
        questionnaire: Questionnaire,
        form: FormDefinition,
        question_ids: dict[str, int],
        info: SourceInfo,
        *,
        now: dt.datetime,
        max_rows: int,
        meter: Meter,
    ) -> None:
        self.session = session
        self.campaign = campaign
        self.questionnaire = questionnaire
        self.form = form
        self.question_ids = question_ids
        self.info = info
        self.now = now
        self.max_rows = max_rows
        self.meter = meter
        self.problems = Problems()
        self.counts = {
            **dict.fromkeys(COUNTS, 0),
            "superseded": 0,
            "cases_answered": 0,
            "cases_without_response": 0,
        }
        self.layout = ""
        self.language = ""
        self.ignored_columns: list[str] = []
        self._entries: dict[int, _Entry] = {}
        self._stored_current: dict[int, bool] = {}  # stored response id -> new `current`
        self._received: dict[int, dt.datetime] = {}  # case id -> new response_received_at
        # Small files are kept in memory between the passes; larger ones are read twice,
        # so that memory stays bounded whatever the size of the file.
        self._kept: dict[int, Submission] | None = {} if fits_in_memory(info) else None
        self._answer_ids = [question_ids[path] for path in Digest(form).paths]

    @contextmanager
    def reader(self) -> Iterator[ResponseReader]:
        source = (
            open_json(self.info)
            if self.info.file_format == "json"
            else open_table(self.info, formulas=True)
        )
        try:
            reader = ResponseReader(self.form, source)
            yield reader
        finally:
            source.close()

    # --- pass 1 -------------------------------------------------------------------

    def check(self) -> None:
        cases = dict(
            self.session.connection()
            .execute(
                select(Permit.permit_number, Case.id)
                .join(Case, Case.permit_id == Permit.id)
                .where(Case.campaign_id == self.campaign.id)
            )
            .all()
        )
        seen: dict[str, int] = {}
        link_column = self.form.link_question
        with self.reader() as reader:
            for row, submission, problems in reader.submissions():
                if row > self.max_rows:
                    raise file_problem(
                        self.info.name,
                        f"the file has more than "
                        f"{self.max_rows:,} submissions, far more than the "
                        "review's population; nothing was imported",
                    )
                self.counts["read"] += 1
                self.meter.report(reader.source.position())
                self.problems.extend(problems)
                if submission is None:
                    continue
                if self._add(submission, cases, seen, link_column) and self._kept is not None:
                    self._kept[row] = submission
            self.layout = reader.layout.name
            self.language = reader.layout.language or ""
            self.ignored_columns = reader.layout.ignored
            if isinstance(reader.source, JsonRecords):
                self.problems.extend(check_envelope(reader.source))
        if self.counts["read"] == 0:
            raise file_problem(self.info.name, "the file has no submissions")
        self._compare_with_store()
        for row in self.problems.error_rows:
            self._entries.pop(row, None)
        self._latest_wins()
        self.counts["refused"] = len(self.problems.error_rows)
        for entry in self._entries.values():
            self.counts[("imported", "updated", "unchanged")[entry.action]] += 1

    def _add(
        self, submission: Submission, cases: dict[str, int], seen: dict[str, int], link_column: str
    ) -> bool:
        row = submission.row
        case_id = cases.get(submission.permit_number)
        if case_id is None:
            self.problems.add(
                Problem(
                    row,
                    link_column,
                    submission.permit_number,
                    "no resident with this permit number is in the registry "
                    f"of the campaign {self.campaign.name!r}",
                )
            )
            return False
        first = seen.get(submission.instance_id)
        if first is not None:
            self.problems.add(
                Problem(
                    row,
                    "_uuid",
                    submission.instance_id,
                    f"the same submission is also in row {first}",
                )
            )
            return False
        seen[submission.instance_id] = row
        self._entries[row] = _Entry(
            row,
            submission.instance_id,
            submission.permit_number,
            case_id,
            submission.submitted_at,
            submission.digest,
        )
        return True

    def _compare_with_store(self) -> None:
        """Mark submissions stored before as unchanged or updated."""
        ours = set(
            self.session.scalars(
                select(Questionnaire.id).where(Questionnaire.campaign_id == self.campaign.id)
            )
        )
        by_id = {e.instance_id: e for e in self._entries.values()}
        digest = Digest(self.form)
        width = len(digest.paths)
        positions = {qid: i for i, qid in enumerate(self._answer_ids)}
        conn = self.session.connection()
        answer = table_of(Answer)
        if conn.execute(select(Response.id).limit(1)).first() is None:
            return  # nothing was ever imported: every submission is new
        for chunk in chunked(list(by_id), 500):
            found = (
                self.session.connection()
                .execute(
                    select(
                        Response.id,
                        Response.instance_id,
                        Response.case_id,
                        Response.submitted_at,
                        Response.questionnaire_id,
                        Response.current,
                    ).where(Response.instance_id.in_(chunk))
                )
                .all()
            )
            if not found:
                continue
            stored: dict[int, list[str | None]] = {r.id: [None] * width for r in found}
            for response_id, question_id, value in conn.execute(
                select(answer.c.response_id, answer.c.question_id, answer.c.value).where(
                    answer.c.response_id.in_(list(stored))
                )
            ):
                position = positions.get(question_id)
                if position is not None:
                    stored[response_id][position] = value
            for r in found:
                entry = by_id[r.instance_id]
                if r.questionnaire_id not in ours:
                    self.problems.add(
                        Problem(
                            entry.row,
                            "_uuid",
                            r.instance_id,
                            "this submission was imported into another campaign",
                        )
                    )
                    continue
                entry.response_id = r.id
                entry.stored_current = r.current
                same = (
                    digest.of_values(stored[r.id]) == entry.digest
                    and r.case_id == entry.case_id
                    and same_moment(r.submitted_at, entry.submitted_at)
                )
                entry.action = UNCHANGED if same else UPDATE

    def _latest_wins(self) -> None:
        """Per case, the submission made last is current; report the ones it supersedes."""
        touched = {e.case_id for e in self._entries.values()}
        in_file = {e.instance_id for e in self._entries.values()}
        candidates: dict[int, list[tuple[tuple[dt.datetime, str], int | None, int]]] = {}
        stored: dict[int, _Stored] = {}
        received: dict[int, dt.datetime | None] = {}
        conn = self.session.connection()
        # Two queries over the campaign rather than many over chunks of cases: the
        # campaign is at most a few hundred thousand small rows.
        for r in conn.execute(
            select(
                Response.id,
                Response.instance_id,
                Response.case_id,
                Response.submitted_at,
                Response.current,
            )
            .join(Case, Case.id == Response.case_id)
            .where(Case.campaign_id == self.campaign.id)
        ):
            if r.case_id not in touched or r.instance_id in in_file:
                continue
            stored[r.id] = _Stored(r.id, r.instance_id, r.case_id, r.submitted_at, r.current)
            candidates.setdefault(r.case_id, []).append(
                (_order(r.submitted_at, r.instance_id), None, r.id)
            )
        for case_id, moment in conn.execute(
            select(Case.id, Case.response_received_at).where(Case.campaign_id == self.campaign.id)
        ):
            if case_id in touched:
                received[case_id] = moment
        for entry in self._entries.values():
            candidates.setdefault(entry.case_id, []).append(
                (_order(entry.submitted_at, entry.instance_id), entry.row, 0)
            )
        for case_id, options in candidates.items():
            options.sort()
            winner_key, winner_row, winner_id = options[-1]
            when = winner_key[0] if winner_key[0] != EARLIEST else self.now
            for _key, row, response_id in options[:-1]:
                if row is not None:
                    entry = self._entries[row]
                    entry.current = False
                    self.counts["superseded"] += 1
                    later = f"row {winner_row}" if winner_row is not None else "already stored"
                    self.problems.add(
                        Problem(
                            row,
                            self.form.link_question,
                            "",
                            f"superseded: the same resident submitted again later "
                            f"({self._instance(winner_row, winner_id, stored)}, {later}); "
                            "the later submission is the one shown",
                            "warning",
                        )
                    )
                elif stored[response_id].current:
                    self._stored_current[response_id] = False
            if winner_row is None:
                if not stored[winner_id].current:
                    self._stored_current[winner_id] = True
            else:
                self._entries[winner_row].current = True
            if received.get(case_id) != when:
                self._received[case_id] = when
        for entry in self._entries.values():
            if entry.action == UNCHANGED and entry.stored_current != entry.current:
                self._stored_current[entry.response_id] = entry.current
        answered = sum(1 for case_id in candidates if received.get(case_id) is None)
        waiting = self.session.scalar(
            select(func.count())
            .select_from(Case)
            .where(Case.campaign_id == self.campaign.id, Case.response_received_at.is_(None))
        )
        self.counts["cases_answered"] = len(candidates)
        self.counts["cases_without_response"] = (waiting or 0) - answered

    def _instance(self, row: int | None, response_id: int, stored: dict[int, _Stored]) -> str:
        return (
            self._entries[row].instance_id if row is not None else stored[response_id].instance_id
        )

    # --- pass 2 -------------------------------------------------------------------

    @contextmanager
    def _submissions_again(self) -> Iterator[Iterator[tuple[int, Submission]]]:
        """The checked submissions: kept from the first pass, or read once more."""
        if self._kept is not None:
            yield iter(self._kept.items())
            return
        with self.reader() as reader:
            yield ((row, s) for row, s, _ in reader.submissions() if s is not None)

    def write(self, batch_id: int | None) -> None:
        to_write = sum(1 for e in self._entries.values() if e.action != UNCHANGED)
        written = 0
        pending: list[tuple[_Entry, Submission]] = []
        if to_write:
            with self._submissions_again() as again:
                for row, submission in again:
                    entry = self._entries.get(row)
                    if entry is None or entry.action == UNCHANGED:
                        continue
                    pending.append((entry, submission))
                    if len(pending) >= BATCH:
                        written += len(pending)
                        self._flush(pending, batch_id)
                        self.meter.report(written / to_write)
            self._flush(pending, batch_id)
        self._kept = None
        conn = self.session.connection()
        update_rows(
            conn,
            table_of(Response),
            ("current",),
            [(flag, rid) for rid, flag in sorted(self._stored_current.items())],
        )
        update_rows(
            conn,
            table_of(Case),
            ("response_received_at",),
            [(when, cid) for cid, when in sorted(self._received.items())],
            bump_version=True,
        )

    def _flush(self, pending: list[tuple[_Entry, Submission]], batch_id: int | None) -> None:
        if not pending:
            return
        conn = self.session.connection()
        responses = table_of(Response)
        fresh = [(e, s) for e, s in pending if e.action == NEW]
        ids = insert_with_ids(
            conn,
            responses,
            (
                "instance_id",
                "questionnaire_id",
                "case_id",
                "batch_id",
                "submitted_at",
                "source",
                "current",
            ),
            [
                (
                    e.instance_id,
                    self.questionnaire.id,
                    e.case_id,
                    batch_id,
                    e.submitted_at,
                    self.layout,
                    e.current,
                )
                for e, _ in fresh
            ],
        )
        for (entry, _), response_id in zip(fresh, ids, strict=True):
            entry.response_id = response_id
        changed = [(e, s) for e, s in pending if e.action == UPDATE]
        if changed:
            changed_ids = [e.response_id for e, _ in changed]
            conn.execute(
                delete(table_of(Answer)).where(table_of(Answer).c.response_id.in_(changed_ids))
            )
            conn.execute(
                update(responses)
                .where(responses.c.id == bindparam("rid"))
                .values(
                    case_id=bindparam("case_id"),
                    batch_id=bindparam("batch_id"),
                    submitted_at=bindparam("submitted_at"),
                    source=bindparam("source"),
                    current=bindparam("current"),
                    questionnaire_id=bindparam("questionnaire_id"),
                ),
                [
                    {
                        "rid": e.response_id,
                        "case_id": e.case_id,
                        "batch_id": batch_id,
                        "submitted_at": e.submitted_at,
                        "source": self.layout,
                        "current": e.current,
                        "questionnaire_id": self.questionnaire.id,
                    }
                    for e, _ in changed
                ],
            )
        ids = self._answer_ids
        insert_rows(
            conn,
            table_of(Answer),
            ("response_id", "question_id", "value"),
            [
                (entry.response_id, ids[i], value)
                for entry, submission in pending
                for i, value in enumerate(submission.values)
                if value is not None
            ],
        )
        pending.clear()
