"""The deadline board: what is due, what has passed, and what needs a clerk today.

Four lists, read for clerks and supervisors:

- `appeal`: appeal windows still open or passed without an appeal (served
  cases), and onward-appeal windows after a first-instance dismissal;
- `departure`: departure deadlines of revoked permits without a recorded
  departure, except while a pending suspensive appeal holds them off (after
  such an appeal is dismissed, the deadline it set: `departure_deadlines`);
- `information_request`: requests to another authority not yet answered;
- `unserved_letter`: letters dispatched but still not served after the
  configured number of days.

Every filter, sort and count is done by the database on stored dates; nothing
here changes a case. The review of final revocations lists the cases whose
appeal window has closed without an appeal; a clerk confirms them
(app.services.appeals.confirm_final), nothing moves on its own.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import (
    CompoundSelect,
    Date,
    Integer,
    Select,
    String,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import aliased
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from app.db.models import (
    Appeal,
    Case,
    Dispatch,
    InformationRequest,
    Letter,
    Permit,
    Resident,
    Service,
)
from app.domain.errors import ValidationError
from app.domain.lifecycle import State
from app.domain.roles import Role
from app.services.context import Actor, Changed, UnitOfWork

READERS = (Role.CLERK, Role.SUPERVISOR)
KINDS = ("appeal", "departure", "information_request", "unserved_letter")
KIND_LABELS = {
    "appeal": "Appeal window",
    "departure": "Departure",
    "information_request": "Information request",
    "unserved_letter": "Letter not served",
}
KIND_PLURALS = {
    "appeal": "Appeal windows",
    "departure": "Departures",
    "information_request": "Information requests",
    "unserved_letter": "Letters not served",
}
STATUSES = ("overdue", "today", "this_week", "later")
STATUS_LABELS = {
    "overdue": "Overdue",
    "today": "Due today",
    "this_week": "This week",
    "later": "Later",
}
DEPARTURE_STATES = (
    State.SERVED,
    State.UNDER_APPEAL,
    State.APPEAL_DISMISSED,
    State.REVOCATION_FINAL,
)
SUNDAY = 6


# --- a date plus a number of days, in either database --------------------------------


class days_after(FunctionElement[dt.date]):
    """`date + n days` as a date: SQLite's date() modifier, PostgreSQL's date arithmetic."""

    type = Date()
    name = "days_after"
    inherit_cache = True


@compiles(days_after, "sqlite")
def _days_after_sqlite(element: days_after, compiler: SQLCompiler, **kw: Any) -> str:
    day, days = list(element.clauses)
    return (
        f"date({compiler.process(day, **kw)}, "
        f"'+' || CAST({compiler.process(days, **kw)} AS TEXT) || ' days')"
    )


@compiles(days_after)
def _days_after_default(element: days_after, compiler: SQLCompiler, **kw: Any) -> str:
    day, days = list(element.clauses)
    return f"({compiler.process(day, **kw)} + CAST({compiler.process(days, **kw)} AS INTEGER))"


# --- what the board shows ----------------------------------------------------------------


def end_of_week(today: dt.date) -> dt.date:
    """The Sunday that ends `today`'s week (weeks start on Monday in Lithuania)."""
    return today + dt.timedelta(days=SUNDAY - today.weekday())


def status_of(due: dt.date, today: dt.date) -> str:
    if due < today:
        return "overdue"
    if due == today:
        return "today"
    if due <= end_of_week(today):
        return "this_week"
    return "later"


@dataclass(frozen=True)
class BoardFilter:
    """Which rows the board shows.

    `due_within`: only deadlines at most this many days away (overdue ones
    included); `overdue_only`: only those passed; `case`: the start of a case
    or permit number.
    """

    kinds: tuple[str, ...] = KINDS
    due_within: int | None = None
    overdue_only: bool = False
    case: str = ""

    def check(self) -> BoardFilter:
        unknown = [k for k in self.kinds if k not in KINDS]
        if unknown:
            raise ValidationError(
                "kind", f"unknown list {unknown[0]!r} (one of {', '.join(KINDS)})"
            )
        if self.due_within is not None and self.due_within < 0:
            raise ValidationError("--due-within", "must be zero or more days")
        return self

    def as_dict(self) -> dict[str, Any]:
        return {
            "kinds": list(self.kinds),
            "due_within": self.due_within,
            "overdue_only": self.overdue_only,
            "case": self.case,
        }


@dataclass(frozen=True)
class BoardRow:
    kind: str
    case_number: str
    permit_number: str
    surname: str
    given_names: str
    state: str
    due: dt.date
    since: dt.date | None
    reference: str
    version: int
    today: dt.date

    @property
    def days_left(self) -> int:
        return (self.due - self.today).days

    @property
    def status(self) -> str:
        return status_of(self.due, self.today)

    @property
    def name(self) -> str:
        return f"{self.surname} {self.given_names}".strip()

    @property
    def detail(self) -> str:
        since = self.since.isoformat() if self.since else ""
        if self.kind == "appeal":
            if self.state == State.APPEAL_DISMISSED:
                return f"appeal dismissed by {self.reference} on {since}; onward appeal possible"
            return f"served {since}; no appeal recorded"
        if self.kind == "departure":
            if self.state == State.UNDER_APPEAL:
                return f"served {since}; under appeal (not suspensive)"
            return f"served {since}"
        if self.kind == "information_request":
            return f"asked {self.reference} on {since}"
        return f"dispatched {since}, registered mail {self.reference}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "deadline": self.kind,
            "date": self.due.isoformat(),
            "days_left": self.days_left,
            "status": self.status,
            "case_number": self.case_number,
            "permit_number": self.permit_number,
            "surname": self.surname,
            "given_names": self.given_names,
            "state": self.state,
            "since": self.since.isoformat() if self.since else None,
            "reference": self.reference,
            "detail": self.detail,
            "version": self.version,
        }


@dataclass(frozen=True)
class Board:
    today: dt.date
    rows: list[BoardRow]
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    suspended: int = 0
    finality_due: int = 0


# --- the four lists as one query ------------------------------------------------------------


def _latest(column: Any, key: Any) -> Any:
    """Per `key`, the greatest `column` (the newest row of a case)."""
    return select(key.label("case_id"), func.max(column).label("row_id")).group_by(key).subquery()


def _person_columns() -> list[Any]:
    return [
        Case.id.label("case_id"),
        Case.case_number.label("case_number"),
        Permit.permit_number.label("permit_number"),
        Resident.surname.label("surname"),
        Resident.given_names.label("given_names"),
        Case.state.label("state"),
        Case.version.label("version"),
    ]


def _with_person(query: Select[Any]) -> Select[Any]:
    return query.join(Permit, Case.permit_id == Permit.id).join(
        Resident, Case.resident_id == Resident.id
    )


def _kind(name: str) -> Any:
    return literal(name, String()).label("kind")


def _pending_suspensive() -> Any:
    return exists().where(
        Appeal.case_id == Case.id, Appeal.suspensive.is_(True), Appeal.outcome.is_(None)
    )


def _appeal_windows() -> list[Select[Any]]:
    service = _latest(Service.id, Service.case_id)
    first = _with_person(
        select(
            _kind("appeal"),
            *_person_columns(),
            Service.appeal_deadline.label("due"),
            Service.served_on.label("since"),
            literal("", String()).label("reference"),
        )
        .select_from(Case)
        .join(service, service.c.case_id == Case.id)
        .join(Service, Service.id == service.c.row_id)
    ).where(Case.state == State.SERVED.value)
    appeal = _latest(Appeal.id, Appeal.case_id)
    onward = _with_person(
        select(
            _kind("appeal"),
            *_person_columns(),
            Appeal.onward_deadline.label("due"),
            Appeal.outcome_on.label("since"),
            Appeal.court_code.label("reference"),
        )
        .select_from(Case)
        .join(appeal, appeal.c.case_id == Case.id)
        .join(Appeal, Appeal.id == appeal.c.row_id)
    ).where(Case.state == State.APPEAL_DISMISSED.value, Appeal.onward_deadline.is_not(None))
    return [first, onward]


def departure_deadlines() -> Any:
    """Per served case, the departure deadline in force: a subquery of case_id, served_on
    (of the latest service) and due.

    The latest service's deadline, unless a suspensive appeal against the decision it
    served has since been dismissed: then the newest such appeal's, fixed when the
    dismissal was recorded (app.services.appeals.record_outcome). An appeal dismissed
    before the latest service belongs to an earlier decision and counts no more.
    Whether a pending suspensive appeal holds the deadline off is for the reader to ask.
    """
    service = _latest(Service.id, Service.case_id)
    dismissed = (
        select(Appeal.case_id.label("case_id"), func.max(Appeal.id).label("row_id"))
        .where(Appeal.outcome == "dismissed", Appeal.suspensive.is_(True))
        .group_by(Appeal.case_id)
        .subquery()
    )
    resumed = aliased(Appeal)
    return (
        select(
            service.c.case_id.label("case_id"),
            Service.served_on.label("served_on"),
            func.coalesce(resumed.departure_deadline, Service.departure_deadline).label("due"),
        )
        .select_from(service)
        .join(Service, Service.id == service.c.row_id)
        .outerjoin(dismissed, dismissed.c.case_id == service.c.case_id)
        # Appeals come in order: when the newest dismissal predates the latest service,
        # so does every other.
        .outerjoin(
            resumed,
            and_(resumed.id == dismissed.c.row_id, resumed.outcome_on >= Service.served_on),
        )
        .subquery("departure_due")
    )


def _departures() -> list[Select[Any]]:
    departure = departure_deadlines()
    query = _with_person(
        select(
            _kind("departure"),
            *_person_columns(),
            departure.c.due.label("due"),
            departure.c.served_on.label("since"),
            literal("", String()).label("reference"),
        )
        .select_from(Case)
        .join(departure, departure.c.case_id == Case.id)
    ).where(Case.state.in_([s.value for s in DEPARTURE_STATES]), ~_pending_suspensive())
    return [query]


def _requests() -> list[Select[Any]]:
    query = _with_person(
        select(
            _kind("information_request"),
            *_person_columns(),
            InformationRequest.due_on.label("due"),
            InformationRequest.requested_on.label("since"),
            InformationRequest.authority.label("reference"),
        )
        .select_from(InformationRequest)
        .join(Case, Case.id == InformationRequest.case_id)
    ).where(
        InformationRequest.answered_on.is_(None),
        Case.state == State.AWAITING_INFORMATION.value,
    )
    return [query]


def _unserved(days: int) -> list[Select[Any]]:
    latest = (
        select(Letter.case_id.label("case_id"), func.max(Dispatch.id).label("row_id"))
        .join(Letter, Dispatch.letter_id == Letter.id)
        .group_by(Letter.case_id)
        .subquery()
    )
    query = _with_person(
        select(
            _kind("unserved_letter"),
            *_person_columns(),
            days_after(Dispatch.dispatched_on, literal(days, Integer())).label("due"),
            Dispatch.dispatched_on.label("since"),
            Dispatch.tracking_number.label("reference"),
        )
        .select_from(Case)
        .join(latest, latest.c.case_id == Case.id)
        .join(Dispatch, Dispatch.id == latest.c.row_id)
    ).where(Case.state == State.DISPATCHED.value)
    return [query]


def _parts(uow: UnitOfWork, kinds: Iterable[str]) -> list[Select[Any]]:
    makers: dict[str, Callable[[], list[Select[Any]]]] = {
        "appeal": _appeal_windows,
        "departure": _departures,
        "information_request": _requests,
        "unserved_letter": lambda: _unserved(uow.settings.period("dispatch_unserved_days")),
    }
    parts: list[Select[Any]] = []
    for kind in kinds:
        parts += makers[kind]()
    return parts


def _due_column(part: Select[Any]) -> Any:
    return next(c for c in part.selected_columns if c.key == "due")


def _filtered(part: Select[Any], flt: BoardFilter, today: dt.date) -> Select[Any]:
    due = _due_column(part)
    if flt.overdue_only:
        part = part.where(due < today)
    elif flt.due_within is not None:
        part = part.where(due <= today + dt.timedelta(days=flt.due_within))
    if flt.case.strip():
        ref = flt.case.strip().upper()
        part = part.where(
            or_(
                Case.case_number.startswith(ref, autoescape=True),
                Permit.permit_number.startswith(ref, autoescape=True),
            )
        )
    return part


def _union(parts: Sequence[Select[Any]]) -> Select[Any] | CompoundSelect[Any]:
    return parts[0] if len(parts) == 1 else union_all(*parts)


def _rows(uow: UnitOfWork, flt: BoardFilter, today: dt.date) -> list[BoardRow]:
    parts = [_filtered(p, flt, today) for p in _parts(uow, flt.kinds)]
    if not parts:
        return []
    board = _union(parts).subquery("board")
    query = select(board).order_by(board.c.due, board.c.case_number, board.c.kind)
    return [
        BoardRow(
            kind=r.kind,
            case_number=r.case_number,
            permit_number=r.permit_number,
            surname=r.surname,
            given_names=r.given_names,
            state=r.state,
            due=r.due,
            since=r.since,
            reference=r.reference or "",
            version=r.version,
            today=today,
        )
        for r in uow.session.execute(query)
    ]


def _counts(uow: UnitOfWork, today: dt.date) -> dict[str, dict[str, int]]:
    """Per list, how many deadlines are overdue, due today, later this week, and later."""
    board = _union(_parts(uow, KINDS)).subquery("board")
    week_end = end_of_week(today)
    due = board.c.due

    def bucket(condition: Any) -> Any:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    query = select(
        board.c.kind,
        bucket(due < today),
        bucket(due == today),
        bucket(and_(due > today, due <= week_end)),
        bucket(due > week_end),
    ).group_by(board.c.kind)
    counts = {kind: dict.fromkeys(STATUSES, 0) for kind in KINDS}
    for kind, *numbers in uow.session.execute(query):
        counts[kind] = dict(zip(STATUSES, (int(n) for n in numbers), strict=True))
    return counts


def _suspended_count(uow: UnitOfWork) -> int:
    return int(
        uow.session.scalar(
            select(func.count())
            .select_from(Case)
            .where(
                Case.state.in_([s.value for s in DEPARTURE_STATES]),
                _pending_suspensive(),
            )
        )
        or 0
    )


def board(uow: UnitOfWork, actor: Actor, flt: BoardFilter | None = None) -> Board:
    """The board's rows (soonest first) with the counts of every list."""
    flt = (flt or BoardFilter()).check()
    with uow:
        uow.require(actor, *READERS)
        today = uow.clock.today()
        return Board(
            today=today,
            rows=_rows(uow, flt, today),
            counts=_counts(uow, today),
            suspended=_suspended_count(uow),
            finality_due=_finality_count(uow, today),
        )


def list_deadlines(
    uow: UnitOfWork,
    actor: Actor,
    *,
    due_within: int | None = None,
    kinds: Sequence[str] = KINDS,
    overdue_only: bool = False,
) -> list[dict[str, Any]]:
    """The board's rows as plain data, for the command line."""
    flt = BoardFilter(tuple(kinds), due_within, overdue_only)
    return [row.as_dict() for row in board(uow, actor, flt).rows]


# --- what needs attention today -------------------------------------------------------------


@dataclass(frozen=True)
class Attention:
    """Counts for the summary shown at login."""

    appeal_overdue: int
    appeal_this_week: int
    departure_overdue: int
    departure_this_week: int
    information_overdue: int
    letters_unserved: int
    finality_review: int

    @property
    def total(self) -> int:
        return (
            self.appeal_overdue
            + self.appeal_this_week
            + self.departure_overdue
            + self.departure_this_week
            + self.information_overdue
            + self.letters_unserved
            + self.finality_review
        )

    def lines(self) -> list[str]:
        parts = [
            (self.finality_review, "revocation", "revocations", "to confirm as final"),
            (self.appeal_this_week, "appeal window", "appeal windows", "closing this week"),
            (
                self.departure_overdue,
                "departure deadline",
                "departure deadlines",
                "passed without a recorded departure",
            ),
            (self.departure_this_week, "departure deadline", "departure deadlines", "this week"),
            (self.information_overdue, "information request", "information requests", "overdue"),
            (self.letters_unserved, "letter", "letters", "dispatched but not served"),
        ]
        return [f"{n} {one if n == 1 else many} {rest}" for n, one, many, rest in parts if n]

    def as_dict(self) -> dict[str, int]:
        return {
            "appeal_overdue": self.appeal_overdue,
            "appeal_this_week": self.appeal_this_week,
            "departure_overdue": self.departure_overdue,
            "departure_this_week": self.departure_this_week,
            "information_overdue": self.information_overdue,
            "letters_unserved": self.letters_unserved,
            "finality_review": self.finality_review,
        }


def attention_from(board: Board) -> Attention:
    counts = board.counts

    def soon(kind: str) -> int:
        return counts[kind]["today"] + counts[kind]["this_week"]

    return Attention(
        appeal_overdue=counts["appeal"]["overdue"],
        appeal_this_week=soon("appeal"),
        departure_overdue=counts["departure"]["overdue"],
        departure_this_week=soon("departure"),
        information_overdue=counts["information_request"]["overdue"],
        letters_unserved=counts["unserved_letter"]["overdue"],
        finality_review=board.finality_due,
    )


def attention_today(uow: UnitOfWork, actor: Actor) -> Attention:
    """What needs a clerk or supervisor today, counted by the database."""
    with uow:
        uow.require(actor, *READERS)
        today = uow.clock.today()
        found = Board(
            today=today,
            rows=[],
            counts=_counts(uow, today),
            finality_due=_finality_count(uow, today),
        )
        return attention_from(found)


# --- revocations to confirm as final -------------------------------------------------------


def finality_candidates(today: dt.date) -> Select[Any]:
    """Cases whose revocation a clerk may now confirm as final, with why.

    Served cases whose appeal deadline has passed with no appeal lodged, and
    dismissed appeals whose onward-appeal deadline has passed (or that the
    highest court dismissed, which is final at once).
    """
    service = _latest(Service.id, Service.case_id)
    no_appeal = _with_person(
        select(
            literal("no_appeal", String()).label("ground"),
            *_person_columns(),
            Service.appeal_deadline.label("deadline"),
            Service.served_on.label("served_on"),
            literal("", String()).label("court_code"),
            cast(literal(None), Date()).label("dismissed_on"),
        )
        .select_from(Case)
        .join(service, service.c.case_id == Case.id)
        .join(Service, Service.id == service.c.row_id)
    ).where(Case.state == State.SERVED.value, Service.appeal_deadline < today)
    appeal = _latest(Appeal.id, Appeal.case_id)
    dismissed = _with_person(
        select(
            literal("appeal_dismissed", String()).label("ground"),
            *_person_columns(),
            Appeal.onward_deadline.label("deadline"),
            Service.served_on.label("served_on"),
            Appeal.court_code.label("court_code"),
            Appeal.outcome_on.label("dismissed_on"),
        )
        .select_from(Case)
        .join(appeal, appeal.c.case_id == Case.id)
        .join(Appeal, Appeal.id == appeal.c.row_id)
        .join(service, service.c.case_id == Case.id)
        .join(Service, Service.id == service.c.row_id)
    ).where(
        Case.state == State.APPEAL_DISMISSED.value,
        Appeal.outcome == "dismissed",
        or_(Appeal.onward_deadline.is_(None), Appeal.onward_deadline < today),
    )
    return select(union_all(no_appeal, dismissed).subquery("due_final"))


def _finality_count(uow: UnitOfWork, today: dt.date) -> int:
    found = finality_candidates(today).subquery()
    return int(uow.session.scalar(select(func.count()).select_from(found)) or 0)


def finality_review(uow: UnitOfWork, actor: Actor) -> list[dict[str, Any]]:
    """The review list: revocations a clerk may confirm as final, oldest deadline first."""
    with uow:
        uow.require(actor, *READERS)
        today = uow.clock.today()
        found = finality_candidates(today).subquery()
        query = select(found).order_by(
            func.coalesce(found.c.deadline, found.c.dismissed_on), found.c.case_number
        )
        out = []
        for r in uow.session.execute(query):
            passed = r.deadline or r.dismissed_on
            out.append(
                {
                    "case_number": r.case_number,
                    "permit_number": r.permit_number,
                    "surname": r.surname,
                    "given_names": r.given_names,
                    "state": r.state,
                    "ground": r.ground,
                    "served_on": r.served_on.isoformat() if r.served_on else None,
                    "deadline": r.deadline.isoformat() if r.deadline else None,
                    "court_code": r.court_code or "",
                    "dismissed_on": r.dismissed_on.isoformat() if r.dismissed_on else None,
                    "days_since": (today - passed).days if passed else None,
                    "version": r.version,
                }
            )
        return out


# --- export ----------------------------------------------------------------------------------

CSV_COLUMNS = (
    ("deadline", "list"),
    ("date", "deadline"),
    ("status", "status"),
    ("days_left", "days left"),
    ("days_overdue", "days overdue"),
    ("case_number", "case"),
    ("permit_number", "permit"),
    ("surname", "surname"),
    ("given_names", "given names"),
    ("state", "state"),
    ("detail", "detail"),
)
# A spreadsheet would run a cell that starts with one of these as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def board_csv(rows: Sequence[BoardRow]) -> str:
    """The rows as CSV; a passed deadline counts its days overdue (no negative numbers)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([heading for _, heading in CSV_COLUMNS])
    for row in rows:
        values = {
            "deadline": KIND_LABELS[row.kind],
            "date": row.due.isoformat(),
            "status": STATUS_LABELS[row.status],
            "days_left": row.days_left if row.days_left >= 0 else "",
            "days_overdue": -row.days_left if row.days_left < 0 else "",
            "case_number": row.case_number,
            "permit_number": row.permit_number,
            "surname": row.surname,
            "given_names": row.given_names,
            "state": row.state,
            "detail": row.detail,
        }
        writer.writerow([safe_cell(values[key]) for key, _ in CSV_COLUMNS])
    return out.getvalue()


def export_csv(uow: UnitOfWork, actor: Actor, flt: BoardFilter, target: Path) -> Changed:
    """Write the board as filtered to a CSV file (UTF-8 with BOM, for spreadsheets); the
    export of these names is itself audited."""
    target = Path(target)
    if target.is_dir():
        raise ValidationError("file", f"{target} is a folder; name a file")
    if not target.parent.is_dir():
        raise ValidationError("file", f"the folder {target.parent} does not exist")
    flt = flt.check()
    with uow:
        uow.require(actor, *READERS)
        today = uow.clock.today()
        rows = _rows(uow, flt, today)
        partial = target.with_name(target.name + ".partial")
        try:
            partial.write_text(board_csv(rows), encoding="utf-8-sig", newline="")
            partial.replace(target)
        except OSError as exc:
            raise ValidationError("file", f"{target}: {exc.strerror}") from None
        uow.audit(
            actor,
            "deadlines_exported",
            "deadline_board",
            "",
            after={"rows": len(rows), "filter": flt.as_dict(), "file": target.name},
        )
        uow.commit()
        return Changed("deadlines_exported", details={"rows": len(rows), "file": str(target)})


def record_printed(uow: UnitOfWork, actor: Actor, flt: BoardFilter, rows: int) -> Changed:
    """A printout of the board left the application: audited like an export."""
    with uow:
        uow.require(actor, *READERS)
        uow.audit(
            actor,
            "deadlines_printed",
            "deadline_board",
            "",
            after={"rows": rows, "filter": flt.as_dict()},
        )
        uow.commit()
        return Changed("deadlines_printed", details={"rows": rows})
