"""The dashboard's figures and the reports made from them, for supervisors and admins.

Every figure is an aggregate the database computes (counts, sums, medians and
90th percentiles); no case is loaded into Python. A whole dashboard is read in
one read-only transaction, so its figures agree with each other.

Figures over time (decisions per week, times to decision and to sign-off) cover
a period of whole days, twelve weeks up to today unless one is asked for;
weeks run Monday to Sunday in Lithuanian time. The others describe the store
as it is now.

Percentiles interpolate between the two nearest values, as PostgreSQL's
`percentile_cont` does; SQLite has no such function and gets the same result
from window functions (ROW_NUMBER and COUNT over the ordered durations).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Float,
    Integer,
    Select,
    and_,
    case,
    func,
    literal,
    select,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from app.db.models import (
    Appeal,
    AuditEvent,
    Case,
    Decision,
    Permit,
    Resident,
    SignOff,
    User,
    UTCDateTime,
)
from app.domain.errors import ValidationError
from app.domain.lifecycle import CLOSED_STATES, State
from app.domain.roles import Role
from app.reports import export
from app.reports.export import Table
from app.services import audit_events, deadlines
from app.services.context import LOCAL_TZ, Actor, Changed, UnitOfWork

READERS = (Role.SUPERVISOR, Role.ADMIN)
DEFAULT_WEEKS = 12
MAX_WEEKS = 520
CITIZENSHIPS = {"BY": "Belarus", "RU": "Russia", "UA": "Ukraine"}
APPEAL_OUTCOMES = (
    (None, "Pending"),
    ("dismissed", "Dismissed"),
    ("annulled", "Decision annulled"),
    ("remitted", "Remitted"),
)
# The states in which a case is an officer's work, by the column it counts in.
WORKLOAD = {
    "assigned": (State.ASSIGNED,),
    "in_assessment": (State.IN_ASSESSMENT, State.REMITTED),
    "awaiting_information": (State.AWAITING_INFORMATION,),
    "awaiting_signoff": (State.AWAITING_SIGNOFF,),
}
FIGURES = ("states", "outcomes", "workload", "throughput", "durations", "appeals", "attention")
TABLE_VIEWS = ("cases", "queue", "deadlines", "audit")
# The lists a window shows and may export as it shows them (`export_table`), with the
# roles that may read each: an export never reaches further than the window does.
SHOWN_LISTS: dict[str, tuple[Role, ...]] = {
    **dict.fromkeys(FIGURES, READERS),
    "queue": (Role.OFFICER, Role.SUPERVISOR),
    "signoff": (Role.SUPERVISOR,),
    "letters": (Role.CLERK,),
    "deadlines": (Role.CLERK, Role.SUPERVISOR),
    "imports": (Role.ADMIN,),
    "users": (Role.ADMIN,),
    "audit": (Role.ADMIN,),
}


def state_label(state: str) -> str:
    return state.replace("_", " ").capitalize().replace("signoff", "sign-off")


def citizenship_label(code: str) -> str:
    name = CITIZENSHIPS.get(code)
    return f"{name} ({code})" if name else code


# --- time between two moments, in days, in either database ---------------------------------


class days_between(FunctionElement[float]):
    """Days (with their fraction) from the first moment to the second."""

    type = Float()
    name = "days_between"
    inherit_cache = True


@compiles(days_between, "sqlite")
def _days_between_sqlite(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    start, end = list(element.clauses)
    return (
        f"(julianday({compiler.process(end, **kw)}) - julianday({compiler.process(start, **kw)}))"
    )


@compiles(days_between)
def _days_between_default(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    start, end = list(element.clauses)
    return (
        f"(EXTRACT(EPOCH FROM ({compiler.process(end, **kw)} - "
        f"{compiler.process(start, **kw)})) / 86400.0)"
    )


# --- what a report covers -------------------------------------------------------------------


def local_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), LOCAL_TZ).astimezone(dt.UTC)


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


@dataclass(frozen=True)
class Period:
    """Whole local days from `first` to `last`, both included."""

    first: dt.date
    last: dt.date

    @classmethod
    def ending(cls, today: dt.date, weeks: int = DEFAULT_WEEKS) -> Period:
        """The last `weeks` weeks, this one included, up to today."""
        return cls(monday_of(today) - dt.timedelta(weeks=weeks - 1), today)

    @classmethod
    def of(cls, today: dt.date, first: dt.date | None, last: dt.date | None) -> Period:
        """The period asked for; a missing end is today, a missing start twelve weeks back."""
        last = last or today
        first = first or cls.ending(last).first
        if first > last:
            raise ValidationError("--from", f"{first} is after the last day {last}")
        if (last - first).days > MAX_WEEKS * 7:
            raise ValidationError("--from", f"a report covers at most {MAX_WEEKS} weeks")
        return cls(first, last)

    @property
    def starts(self) -> dt.datetime:
        return local_midnight(self.first)

    @property
    def ends(self) -> dt.datetime:
        return local_midnight(self.last + dt.timedelta(days=1))

    def weeks(self) -> list[tuple[dt.date, dt.datetime, dt.datetime]]:
        """Each week's Monday with the moments it starts and ends, cut to the period."""
        out = []
        monday = monday_of(self.first)
        while monday <= self.last:
            start = max(monday, self.first)
            end = min(monday + dt.timedelta(days=7), self.last + dt.timedelta(days=1))
            out.append((monday, local_midnight(start), local_midnight(end)))
            monday += dt.timedelta(days=7)
        return out

    def as_dict(self) -> dict[str, str]:
        return {"from": self.first.isoformat(), "to": self.last.isoformat()}

    @property
    def label(self) -> str:
        return f"{self.first.isoformat()} – {self.last.isoformat()}"


def last_week(today: dt.date) -> Period:
    """Monday to Sunday of the last whole week before today: what a weekly report covers."""
    monday = monday_of(today) - dt.timedelta(weeks=1)
    return Period(monday, monday + dt.timedelta(days=6))


@dataclass(frozen=True)
class Figure:
    """One figure of the dashboard as a table: named columns and rows of plain values."""

    key: str
    title: str
    columns: tuple[tuple[str, str], ...]
    rows: tuple[tuple[Any, ...], ...]
    note: str = ""

    def table(self) -> Table:
        return Table(self.title, self.columns, self.rows)

    def column(self, key: str) -> list[Any]:
        index = [k for k, _ in self.columns].index(key)
        return [row[index] for row in self.rows]

    def as_dict(self) -> dict[str, Any]:
        keys = [k for k, _ in self.columns]
        return {
            "key": self.key,
            "title": self.title,
            "columns": [{"key": k, "heading": h} for k, h in self.columns],
            "rows": [dict(zip(keys, row, strict=True)) for row in self.rows],
            "note": self.note,
        }


@dataclass(frozen=True)
class Dashboard:
    today: dt.date
    made_at: dt.datetime
    period: Period
    headline: str
    figures: tuple[Figure, ...] = field(default_factory=tuple)

    def figure(self, key: str) -> Figure:
        for found in self.figures:
            if found.key == key:
                return found
        raise KeyError(key)

    def as_dict(self) -> dict[str, Any]:
        return {
            "today": self.today.isoformat(),
            "made_at": self.made_at.isoformat(timespec="seconds"),
            "period": self.period.as_dict(),
            "headline": self.headline,
            "figures": {f.key: f.as_dict() for f in self.figures},
        }


# --- the figures ------------------------------------------------------------------------------


def _int(value: Any) -> int:
    return int(value or 0)


def _days(value: Any) -> float | None:
    return None if value is None else round(float(value), 2)


def _states(uow: UnitOfWork) -> Figure:
    counts = dict(uow.session.execute(select(Case.state, func.count()).group_by(Case.state)).all())
    rows = [(state_label(s.value), _int(counts[s.value])) for s in State if counts.get(s.value)]
    total = sum(n for _, n in rows)
    return Figure(
        "states",
        "Cases by state",
        (("state", "State"), ("cases", "Cases")),
        tuple(rows),
        note=f"{total:,} cases in all.",
    )


def _outcomes(uow: UnitOfWork) -> Figure:
    """Per citizenship: the cases, and the decisions in force (permit retained or revoked).

    A case has at most one signed-off retain or revoke decision in force: a remittal or a
    reopening supersedes it. A court's annulment leaves it in force (the department did
    find a risk) and is counted on its own.
    """

    def where(condition: Any) -> Any:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    withdrawn = Case.state == State.CLOSED_WITHDRAWN.value
    # Two passes, each reading only what it counts: every case once for the totals (cases
    # in their own order find their residents in order: `+ 0` keeps SQLite from driving
    # the join by the residents' citizenship index), then only the decisions in force.
    totals = (
        select(
            Resident.citizenship,
            func.count(),
            where(Case.state == State.CLOSED_REINSTATED.value),
            where(withdrawn),
        )
        .select_from(Case)
        .join(Resident, Resident.id == Case.resident_id + 0)
        .group_by(Resident.citizenship)
    )
    decided = (
        select(
            Resident.citizenship,
            where(Decision.outcome == "retain"),
            where(Decision.outcome == "revoke"),
            where(withdrawn),
        )
        .select_from(Decision)
        .join(Case, Case.id == Decision.case_id)
        .join(Resident, Resident.id == Case.resident_id)
        .where(Decision.status == "approved", Decision.outcome.in_(("retain", "revoke")))
        .group_by(Resident.citizenship)
    )
    in_force = {
        str(code): [_int(n) for n in counts] for code, *counts in uow.session.execute(decided)
    }
    found: list[tuple[str, list[int]]] = []
    for code, cases, reinstated, gone in uow.session.execute(totals):
        retained, revoked, decided_then_withdrawn = in_force.get(str(code), [0, 0, 0])
        # Not yet decided: no decision in force, and not withdrawn.
        undecided = cases - retained - revoked - (gone - decided_then_withdrawn)
        found.append(
            (str(code), [_int(cases), retained, revoked, _int(reinstated), _int(gone), undecided])
        )
    found.sort(key=lambda r: (-r[1][0], r[0]))
    rows = [(citizenship_label(code), *counts) for code, counts in found]
    return Figure(
        "outcomes",
        "Outcomes by citizenship",
        (
            ("citizenship", "Citizenship"),
            ("cases", "Cases"),
            ("retained", "Retained"),
            ("revoked", "Revoked (found a risk)"),
            ("annulled", "Revoked, annulled by a court"),
            ("withdrawn", "Withdrawn"),
            ("undecided", "Not yet decided"),
        ),
        tuple(rows),
        note="Decisions signed off and in force.",
    )


def headline(outcomes: Figure) -> str:
    """'1,164 found a risk: 910 Belarus (BY) and 254 Russia (RU)', from the outcomes."""
    who = outcomes.column("citizenship")
    parts = list(zip(outcomes.column("revoked"), who, strict=True))
    total = sum(n for n, _ in parts)
    if not total:
        return "No one has been found a risk so far."
    named = [f"{n:,} {who}" for n, who in sorted(parts, key=lambda p: -p[0]) if n]
    listed = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
    return f"{total:,} found a risk: {listed}"


def _officers(uow: UnitOfWork, also: Iterable[int]) -> list[tuple[int, str]]:
    """Active officers and anyone else named in `also`, by full name."""
    wanted = set(also)
    found = [
        (user.id, user.full_name or user.username)
        for user in uow.session.scalars(select(User).order_by(User.full_name, User.username))
        if user.id in wanted or (not user.disabled and Role.OFFICER.value in user.roles)
    ]
    return found


def _workload(uow: UnitOfWork) -> Figure:
    states = {s.value: column for column, group in WORKLOAD.items() for s in group}
    counts: dict[int, dict[str, int]] = {}
    for officer_id, state, n in uow.session.execute(
        select(Case.assigned_to_id, Case.state, func.count())
        .where(Case.assigned_to_id.is_not(None), Case.state.in_(list(states)))
        .group_by(Case.assigned_to_id, Case.state)
    ):
        mine = counts.setdefault(_int(officer_id), dict.fromkeys(WORKLOAD, 0))
        mine[states[state]] += _int(n)
    rows = []
    for officer_id, name in _officers(uow, counts):
        mine = counts.get(officer_id, dict.fromkeys(WORKLOAD, 0))
        rows.append((name, *(mine[c] for c in WORKLOAD), sum(mine.values())))
    return Figure(
        "workload",
        "Officer workload",
        (
            ("officer", "Officer"),
            ("assigned", "Assigned, not started"),
            ("in_assessment", "In assessment"),
            ("awaiting_information", "Awaiting information"),
            ("awaiting_signoff", "Awaiting sign-off"),
            ("open", "Open in all"),
        ),
        tuple(rows),
        note="Cases now with each officer.",
    )


def week_of(moment: Any, bounds: Sequence[dt.datetime], lo: int = 0, hi: int | None = None) -> Any:
    """The number of the week `moment` falls in, where week i runs from bounds[i] up to
    bounds[i + 1]: a binary search written as nested CASEs, so that one pass over a table
    counts every week however long the period, with Lithuanian summer time kept exact."""
    hi = len(bounds) - 1 if hi is None else hi
    if hi - lo == 1:
        return literal(lo, Integer())
    mid = (lo + hi) // 2
    return case(
        (moment < literal(bounds[mid], UTCDateTime()), week_of(moment, bounds, lo, mid)),
        else_=week_of(moment, bounds, mid, hi),
    )


def _per_week(uow: UnitOfWork, period: Period, moment: Any, key: Any) -> dict[tuple[int, Any], int]:
    """How many rows fall in each week and `key`, in one query."""
    bounds = [start for _, start, _ in period.weeks()] + [period.ends]
    week = week_of(moment, bounds).label("week")
    query = (
        select(week, key, func.count())
        .where(moment >= period.starts, moment < period.ends)
        .group_by(week, key)
    )
    return {(int(w), k): _int(n) for w, k, n in uow.session.execute(query)}


def _throughput(uow: UnitOfWork, period: Period) -> Figure:
    """Per week: each officer's proposals, and the supervisors' sign-offs and returns."""
    proposed = _per_week(uow, period, Decision.proposed_at, Decision.proposed_by_id)
    verdicts = _per_week(uow, period, SignOff.at, SignOff.verdict)
    officers = _officers(uow, {officer for _, officer in proposed})
    rows = []
    for i, (monday, _, _) in enumerate(period.weeks()):
        each = [proposed.get((i, officer_id), 0) for officer_id, _ in officers]
        rows.append(
            (
                monday,
                *each,
                sum(each),
                verdicts.get((i, "approved"), 0),
                verdicts.get((i, "returned"), 0),
            )
        )
    return Figure(
        "throughput",
        "Decisions per week",
        (
            ("week", "Week from"),
            *((f"officer_{officer_id}", name) for officer_id, name in officers),
            ("proposed", "Proposed in all"),
            ("approved", "Signed off"),
            ("returned", "Returned"),
        ),
        tuple(rows),
        note=f"Proposals by officer, sign-offs and returns; {period.label}.",
    )


def _percentiles(uow: UnitOfWork, durations: Select[Any]) -> tuple[int, Any, Any, Any]:
    """Count, mean, median and 90th percentile of the one column `days` of `durations`."""
    found = durations.subquery("durations")
    days = found.c.days
    if not uow.store.is_sqlite:
        row = uow.session.execute(
            select(
                func.count(days),
                func.avg(days),
                func.percentile_cont(0.5).within_group(days),
                func.percentile_cont(0.9).within_group(days),
            )
        ).one()
        return _int(row[0]), row[1], row[2], row[3]
    # SQLite: the store's own aggregate (app/db/functions.py), the same figures in one pass.
    # Over no rows at all SQLite gives NULL without asking the aggregate.
    stats = uow.session.execute(select(func.duration_stats(days))).scalar_one()
    count, mean, median, p90 = json.loads(stats) if stats else (0, None, None, None)
    return _int(count), mean, median, p90


def _durations(uow: UnitOfWork, period: Period) -> Figure:
    in_period = and_(SignOff.at >= period.starts, SignOff.at < period.ends)
    to_decision = (
        select(days_between(Case.created_at, SignOff.at).label("days"))
        .select_from(SignOff)
        .join(Decision, Decision.id == SignOff.decision_id)
        .join(Case, Case.id == Decision.case_id)
        .where(in_period, SignOff.verdict == "approved", Decision.outcome.in_(("retain", "revoke")))
    )
    to_signoff = (
        select(days_between(Decision.proposed_at, SignOff.at).label("days"))
        .select_from(SignOff)
        .join(Decision, Decision.id == SignOff.decision_id)
        .where(in_period)
    )
    rows = []
    for label, query in (
        ("From import to decision", to_decision),
        ("From proposal to sign-off", to_signoff),
    ):
        count, mean, median, p90 = _percentiles(uow, query)
        rows.append((label, count, _days(median), _days(p90), _days(mean)))
    return Figure(
        "durations",
        "Time to decision and to sign-off (days)",
        (
            ("measure", "Measure"),
            ("count", "Decisions"),
            ("median", "Median"),
            ("p90", "90th percentile"),
            ("mean", "Mean"),
        ),
        tuple(rows),
        note=(
            "Import to decision: from the case's import to the sign-off of its retain or "
            "revoke decision. Proposal to sign-off: every sign-off or return. "
            f"Signed in {period.label}."
        ),
    )


def _appeals(uow: UnitOfWork) -> Figure:
    counts = dict(
        uow.session.execute(select(Appeal.outcome, func.count()).group_by(Appeal.outcome)).all()
    )
    rows = tuple((label, _int(counts.get(outcome))) for outcome, label in APPEAL_OUTCOMES)
    return Figure(
        "appeals",
        "Appeals by outcome",
        (("outcome", "Outcome"), ("appeals", "Appeals")),
        rows,
        note=f"{sum(n for _, n in rows):,} appeals recorded.",
    )


def _attention(uow: UnitOfWork, today: dt.date) -> Figure:
    counts = deadlines._counts(uow, today)
    finality = deadlines._finality_count(uow, today)
    rows = [
        (deadlines.KIND_PLURALS[kind], *(counts[kind][s] for s in deadlines.STATUSES))
        for kind in deadlines.KINDS
    ]
    return Figure(
        "attention",
        "Deadlines needing attention",
        (
            ("deadline", "Deadline"),
            *((s, deadlines.STATUS_LABELS[s]) for s in deadlines.STATUSES),
        ),
        tuple(rows),
        note=f"{finality:,} revocations can be confirmed as final.",
    )


def _begin_reading(uow: UnitOfWork) -> None:
    """A read that never takes SQLite's write lock, so the dashboard loads while others save."""
    uow.session.connection(execution_options={"sqlite_begin": "DEFERRED"})


def _figures(uow: UnitOfWork, today: dt.date, period: Period) -> tuple[Figure, ...]:
    return (
        _states(uow),
        _outcomes(uow),
        _workload(uow),
        _throughput(uow, period),
        _durations(uow, period),
        _appeals(uow),
        _attention(uow, today),
    )


def dashboard(uow: UnitOfWork, actor: Actor, period: Period | None = None) -> Dashboard:
    """Every figure of the dashboard, read in one transaction."""
    with uow:
        _begin_reading(uow)
        uow.require(actor, *READERS)
        today = uow.clock.today()
        period = period or Period.ending(today)
        figures = _figures(uow, today, period)
        return Dashboard(
            today=today,
            made_at=uow.clock.now(),
            period=period,
            headline=headline(figures[1]),
            figures=figures,
        )


# --- tables for export ------------------------------------------------------------------------


def _cases_table(uow: UnitOfWork, *, open_only: bool) -> Table:
    """Every case (or every open one) with its holder, officer and signed-off outcome."""
    outcome = (
        select(Decision.outcome)
        .where(Decision.case_id == Case.id, Decision.status == "approved")
        .order_by(Decision.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    query = (
        select(
            Case.case_number,
            Permit.permit_number,
            Resident.surname,
            Resident.given_names,
            Resident.surname_native,
            Resident.given_names_native,
            Resident.citizenship,
            Case.state,
            User.username,
            Case.response_received_at,
            Case.state_changed_at,
            outcome,
        )
        .select_from(Case)
        .join(Resident, Resident.id == Case.resident_id)
        .join(Permit, Permit.id == Case.permit_id)
        .outerjoin(User, User.id == Case.assigned_to_id)
        .order_by(Case.case_number)
    )
    if open_only:
        query = query.where(Case.state.not_in([s.value for s in CLOSED_STATES]))
    columns = (
        ("case_number", "Case"),
        ("permit_number", "Permit"),
        ("surname", "Surname"),
        ("given_names", "Given names"),
        ("surname_native", "Surname (native)"),
        ("given_names_native", "Given names (native)"),
        ("citizenship", "Citizenship"),
        ("state", "State"),
        ("officer", "Officer"),
        ("response_received_at", "Response received"),
        ("state_changed_at", "In this state since"),
        ("outcome", "Decision signed off"),
    )
    rows = (tuple(r) for r in uow.session.execute(query.execution_options(yield_per=2000)))
    title = "Queue (open cases)" if open_only else "Cases"
    return Table(title, columns, rows)


def _deadlines_table(uow: UnitOfWork, today: dt.date) -> Table:
    rows = deadlines._rows(uow, deadlines.BoardFilter(), today)
    columns = (
        ("deadline", "List"),
        ("date", "Deadline"),
        ("status", "Status"),
        ("days_left", "Days left"),
        ("case_number", "Case"),
        ("permit_number", "Permit"),
        ("surname", "Surname"),
        ("given_names", "Given names"),
        ("state", "State"),
        ("detail", "Detail"),
    )
    return Table(
        "Deadlines",
        columns,
        (
            (
                deadlines.KIND_LABELS[r.kind],
                r.due,
                deadlines.STATUS_LABELS[r.status],
                r.days_left,
                r.case_number,
                r.permit_number,
                r.surname,
                r.given_names,
                r.state,
                r.detail,
            )
            for r in rows
        ),
    )


def _audit_table(uow: UnitOfWork, period: Period | None) -> Table:
    flt = audit_events.EventFilter(
        date_from=period.first if period else None, date_to=period.last if period else None
    )
    query = audit_events._filtered(uow, flt).order_by(AuditEvent.seq)
    columns = tuple((c, c.replace("_", " ").capitalize()) for c in audit_events.CSV_COLUMNS)

    def rows() -> Iterator[tuple[Any, ...]]:
        chunk: list[AuditEvent] = []
        for event in uow.session.scalars(query.execution_options(yield_per=2000)):
            chunk.append(event)
            if len(chunk) == 2000:
                yield from _audit_rows(uow, chunk)
                chunk = []
        yield from _audit_rows(uow, chunk)

    return Table("Audit log", columns, rows())


def _audit_rows(uow: UnitOfWork, events: list[AuditEvent]) -> Iterator[tuple[Any, ...]]:
    numbers = audit_events._case_numbers(uow, events)
    for event in events:
        row = audit_events._row(event, numbers)
        row["before"] = json.dumps(row["before"], ensure_ascii=False, sort_keys=True)
        row["after"] = json.dumps(row["after"], ensure_ascii=False, sort_keys=True)
        yield tuple(row[c] for c in audit_events.CSV_COLUMNS)


def _view_roles(view: str) -> tuple[Role, ...]:
    # The audit log is the administrators' to read, as in its own viewer.
    return (Role.ADMIN,) if view == "audit" else READERS


def _view_table(uow: UnitOfWork, view: str, today: dt.date, period: Period | None) -> Table:
    """The rows of `view`; a figure over time covers `period` (by default twelve weeks),
    the audit log all of it unless a period is asked for."""
    if view in FIGURES:
        covered = period or Period.ending(today)
        return next(f for f in _figures(uow, today, covered) if f.key == view).table()
    if view == "cases":
        return _cases_table(uow, open_only=False)
    if view == "queue":
        return _cases_table(uow, open_only=True)
    if view == "deadlines":
        return _deadlines_table(uow, today)
    return _audit_table(uow, period)


def check_view(view: str) -> str:
    if view not in (*TABLE_VIEWS, *FIGURES):
        raise ValidationError(
            "VIEW", f"unknown view {view!r} (one of {', '.join((*TABLE_VIEWS, *FIGURES))})"
        )
    return view


def export_view(
    uow: UnitOfWork,
    actor: Actor,
    view: str,
    fmt: str,
    target: Path,
    period: Period | None = None,
) -> Changed:
    """Write a table view or a dashboard figure to a CSV or XLSX file; the export of what
    may be personal data is itself audited."""
    check_view(view)
    target = export.check_target(target, fmt)
    with uow:
        uow.require(actor, *_view_roles(view))
        today = uow.clock.today()
        rows = export.write_table(_view_table(uow, view, today, period), target, fmt)
        return _audited(uow, actor, view, fmt, target, rows, period)


def export_table(
    uow: UnitOfWork,
    actor: Actor,
    table: Table,
    fmt: str,
    target: Path,
    *,
    view: str,
) -> Changed:
    """Write the list a window holds (as on its screen, filtered and sorted) to a CSV or
    XLSX file with the same neutralising of formulas, and record the export. Only those
    who may read that window's list may export it (SHOWN_LISTS)."""
    roles = SHOWN_LISTS.get(view)
    if roles is None:
        raise ValidationError("view", f"unknown list {view!r} (one of {', '.join(SHOWN_LISTS)})")
    target = export.check_target(target, fmt)
    with uow:
        uow.require(actor, *roles)
        rows = export.write_table(table, target, fmt)
        return _audited(uow, actor, view, fmt, target, rows, None)


def _audited(
    uow: UnitOfWork,
    actor: Actor,
    view: str,
    fmt: str,
    target: Path,
    rows: int,
    period: Period | None,
) -> Changed:
    after: dict[str, Any] = {"view": view, "format": fmt, "rows": rows, "file": target.name}
    if period is not None:
        after["period"] = period.as_dict()
    uow.audit(actor, "report_exported", "report", view, after=after)
    uow.commit()
    return Changed("report_exported", details={"view": view, "rows": rows, "file": str(target)})


def weekly_report(
    uow: UnitOfWork, actor: Actor, target: Path, period: Period | None = None
) -> Changed:
    """The weekly statistics as a PDF file (figures only, no personal data); audited."""
    from app.reports import weekly

    target = export.check_file(target)
    with uow:
        user = uow.require(actor, *READERS)
        today = uow.clock.today()
        period = period or last_week(today)
        figures = _figures(uow, today, period)
        board = Dashboard(today, uow.clock.now(), period, headline(figures[1]), figures)
        department = uow.settings["department"]["name"]
        pdf = weekly.render(board, department=_in_english(department), made_by=user.full_name)
        partial = target.with_name(target.name + ".partial")
        try:
            partial.write_bytes(pdf)
            partial.replace(target)
        except OSError as exc:
            raise ValidationError("file", f"{target}: {exc.strerror}") from None
        uow.audit(
            actor,
            "report_exported",
            "report",
            "weekly",
            after={"view": "weekly", "format": "pdf", "file": target.name, **period.as_dict()},
        )
        uow.commit()
        return Changed("report_exported", details={"view": "weekly", "file": str(target)})


def _in_english(texts: Any) -> str:
    if isinstance(texts, dict):
        return str(texts.get("en") or texts.get("lt") or next(iter(texts.values()), ""))
    return str(texts)
