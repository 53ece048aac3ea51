"""The case queue: which cases a user sees, in what order, a page at a time.

A queue is a list of case ids. `case_ids` returns the ids of the whole
filtered and sorted result in one query (74,000 ints are cheap to hold);
`rows` gives the display data of one page of them. Sorting, filtering and
the name search run in the database, each on an index built for it
(revision 0004): a sort reads its index in order and never the table.

Officers see their own cases and the unassigned ones; supervisors see all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Integer,
    MetaData,
    Select,
    Table,
    case,
    delete,
    func,
    insert,
    or_,
    select,
)

from app.db.models import Answer, Case, Permit, Question, Questionnaire, Resident, Response, User
from app.domain.errors import ValidationError
from app.domain.lifecycle import CLOSED_STATES, State
from app.domain.roles import Role
from app.services import queries
from app.services.context import Actor, UnitOfWork

# Derived data owned by the queue (revision 0004): marked answers per case.
MARKS = Table(
    "case_marker_count",
    MetaData(),
    Column("case_id", Integer, primary_key=True),
    Column("response_id", Integer),
    Column("marked", Integer, nullable=False),
)

SORT_KEYS = (
    "case_number",
    "name",
    "citizenship",
    "state",
    "officer",
    "response",
    "days",
    "markers",
)
UNASSIGNED = "-"  # the officer filter for cases nobody has taken
QUEUE_ROLES = (Role.OFFICER, Role.SUPERVISOR)

_C = Case.__table__.c
_R = Resident.__table__.c


@dataclass(frozen=True)
class QueueQuery:
    """What the user asked to see: one sort key and any number of filters."""

    sort: str = "case_number"
    descending: bool = False
    state: str | None = None
    citizenship: str | None = None
    officer: str | None = None  # a user name, or UNASSIGNED
    no_response: bool = False
    search: str = ""

    def sorted_by(self, key: str, descending: bool = False) -> QueueQuery:
        return replace(self, sort=key, descending=descending)


@dataclass(frozen=True, slots=True)
class QueueRow:
    case_id: int
    case_number: str
    permit_number: str
    surname: str
    given_names: str
    surname_native: str
    given_names_native: str
    citizenship: str
    state: str
    officer: str | None
    officer_name: str | None
    response_received_at: dt.datetime | None
    state_changed_at: dt.datetime
    markers: int
    version: int

    @property
    def name(self) -> str:
        return f"{self.surname} {self.given_names}".strip()

    @property
    def native_name(self) -> str:
        return f"{self.surname_native} {self.given_names_native}".strip()


@dataclass(frozen=True, slots=True)
class OfficerLoad:
    username: str
    full_name: str
    open_cases: int
    awaiting_signoff: int


@contextmanager
def _reading(uow: UnitOfWork, actor: Actor) -> Iterator[UnitOfWork]:
    """A unit of work that only reads: on SQLite it never takes the write lock, so a
    queue keeps loading while someone else imports or saves."""
    with uow:
        uow.session.connection(execution_options={"sqlite_begin": "DEFERRED"})
        uow.require(actor, *QUEUE_ROLES)
        yield uow


def _officer_only(actor: Actor) -> bool:
    return not actor.has(Role.SUPERVISOR)


# --- the ids of a queue ----------------------------------------------------------------


def _check(query: QueueQuery) -> None:
    if query.sort not in SORT_KEYS:
        raise ValidationError("sort", f"unknown column {query.sort!r}")
    if query.state:
        try:
            State(query.state)
        except ValueError:
            raise ValidationError("state", f"unknown state {query.state!r}") from None


def _filters(
    uow: UnitOfWork, actor: Actor, query: QueueQuery, *, by_resident: bool = False
) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if _officer_only(actor):
        if by_resident:
            where.append(or_(_C.assigned_to_id == actor.user_id, _C.assigned_to_id.is_(None)))
        else:
            # As an expression it matches no index, so the sort's own index is read in
            # order (filtered as it goes) instead of two officer ranges sorted afresh.
            where.append(func.coalesce(_C.assigned_to_id, actor.user_id) == actor.user_id)
    if query.state:
        where.append(_C.state == query.state)
    if query.officer == UNASSIGNED:
        where.append(_C.assigned_to_id.is_(None))
    elif query.officer:
        officer_id = select(User.id).where(User.username == query.officer).scalar_subquery()
        where.append(_C.assigned_to_id == officer_id)
    if query.no_response:
        where.append(_C.response_received_at.is_(None))
    if query.citizenship:
        residents = select(_R.id).where(_R.citizenship == query.citizenship.upper())
        where.append(_C.resident_id.in_(residents))
    if query.search.strip():
        found = queries.search_condition(uow, query.search)
        if found is not None:
            where.append(found)
    return where


def _officer_order(uow: UnitOfWork) -> ColumnElement[Any]:
    """Officers by full name, the unassigned first: a small lookup, not a join per case."""
    users = uow.session.execute(select(User.id).order_by(User.full_name, User.username)).all()
    mapping = {user_id: rank for rank, (user_id,) in enumerate(users, start=1)}
    if not mapping:
        return func.coalesce(_C.assigned_to_id, 0)
    return case(mapping, value=_C.assigned_to_id, else_=0)


def ids_statement(uow: UnitOfWork, actor: Actor, query: QueueQuery) -> Select[Any]:
    """The one query behind a queue: the case ids, filtered and in order."""
    _check(query)
    stmt = select(_C.id)
    keys: tuple[Any, ...]
    if query.sort in ("name", "citizenship"):
        # Walk the residents' sorted names and find each one's case by index.
        stmt = stmt.select_from(Resident.__table__.join(Case.__table__, _C.resident_id == _R.id))
        keys = (_R.search_text, _R.id)
        if query.sort == "citizenship":
            keys = (_R.citizenship, *keys)
    elif query.sort == "markers":
        stmt = stmt.select_from(MARKS.join(Case.__table__, _C.id == MARKS.c.case_id))
        keys = (MARKS.c.marked, MARKS.c.case_id)
    elif query.sort == "officer":
        keys = (_officer_order(uow), _C.case_number)
    elif query.sort == "state":
        keys = (_C.state, _C.case_number)
    elif query.sort == "response":
        keys = (_C.response_received_at,)
    elif query.sort == "days":
        keys = (_C.state_changed_at,)
    else:
        keys = (_C.case_number,)
    # More days in the state is an earlier change: that column runs the other way.
    descending = query.descending != (query.sort == "days")
    by_resident = query.sort in ("name", "citizenship")
    order = [k.desc() if descending else k.asc() for k in keys]
    if query.sort == "response":
        # No response yet sorts first, as SQLite orders NULLs, on PostgreSQL too.
        order = [o.nulls_last() if descending else o.nulls_first() for o in order]
    return stmt.where(*_filters(uow, actor, query, by_resident=by_resident)).order_by(*order)


def case_ids(uow: UnitOfWork, actor: Actor, query: QueueQuery) -> list[int]:
    """The ids of every case in the queue, in order."""
    with _reading(uow, actor):
        return _fetch_ids(uow, ids_statement(uow, actor, query))


def _fetch_all(uow: UnitOfWork, stmt: Select[Any]) -> list[tuple[Any, ...]]:
    """Run a query on the driver's own cursor: for 74,000 ids, or a page of plain
    values, the result machinery would cost more than the query itself."""
    connection = uow.session.connection()
    compiled = stmt.compile(dialect=connection.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    args: Any = [params[name] for name in compiled.positiontup] if compiled.positiontup else params
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(str(compiled), args)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _fetch_ids(uow: UnitOfWork, stmt: Select[Any]) -> list[int]:
    return list(map(itemgetter(0), _fetch_all(uow, stmt)))


# --- the rows of a page ----------------------------------------------------------------


def _rows_statement(ids: Sequence[int]) -> Select[Any]:
    return (
        select(
            _C.id,
            _C.case_number,
            Permit.permit_number,
            _R.surname,
            _R.given_names,
            _R.surname_native,
            _R.given_names_native,
            _R.citizenship,
            _C.state,
            User.username,
            User.full_name,
            _C.response_received_at,
            _C.state_changed_at,
            func.coalesce(MARKS.c.marked, 0),
            _C.version,
        )
        .select_from(Case.__table__)
        .join(Resident.__table__, _R.id == _C.resident_id)
        .join(Permit, Permit.id == _C.permit_id)
        .outerjoin(User, User.id == _C.assigned_to_id)
        .outerjoin(MARKS, MARKS.c.case_id == _C.id)
        .where(_C.id.in_(list(ids)))
    )


def _as_utc(value: Any) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    assert isinstance(value, dt.datetime)
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _row(values: Sequence[Any]) -> QueueRow:
    changed = _as_utc(values[12])
    assert changed is not None
    return QueueRow(
        case_id=values[0],
        case_number=values[1],
        permit_number=values[2],
        surname=values[3],
        given_names=values[4],
        surname_native=values[5],
        given_names_native=values[6],
        citizenship=values[7],
        state=values[8],
        officer=values[9],
        officer_name=values[10],
        response_received_at=_as_utc(values[11]),
        state_changed_at=changed,
        markers=int(values[13]),
        version=values[14],
    )


def _visible(actor: Actor) -> ColumnElement[bool] | None:
    if _officer_only(actor):
        return or_(_C.assigned_to_id == actor.user_id, _C.assigned_to_id.is_(None))
    return None


def _fetch_rows(uow: UnitOfWork, actor: Actor, ids: Sequence[int]) -> dict[int, QueueRow]:
    stmt = _rows_statement(ids)
    visible = _visible(actor)
    if visible is not None:
        stmt = stmt.where(visible)
    return {row.case_id: row for row in map(_row, _fetch_all(uow, stmt))}


def rows(uow: UnitOfWork, actor: Actor, ids: Sequence[int]) -> dict[int, QueueRow]:
    """The display data of the given cases (one page); cases the actor may not see, or
    that no longer exist, are left out."""
    with _reading(uow, actor):
        return _fetch_rows(uow, actor, ids)


@dataclass(frozen=True)
class QueuePage:
    ids: list[int]
    rows: dict[int, QueueRow]


def first_page(uow: UnitOfWork, actor: Actor, query: QueueQuery, size: int) -> QueuePage:
    """The ids of the queue and the rows of its first page, read in one transaction."""
    with _reading(uow, actor):
        ids = _fetch_ids(uow, ids_statement(uow, actor, query))
        return QueuePage(ids, _fetch_rows(uow, actor, ids[:size]))


def head(uow: UnitOfWork, actor: Actor, query: QueueQuery, size: int) -> QueuePage:
    """The first `size` cases of the queue and their rows: what a view paints first,
    while it reads the ids of the whole queue (`case_ids`)."""
    with _reading(uow, actor):
        ids = _fetch_ids(uow, ids_statement(uow, actor, query).limit(size))
        return QueuePage(ids, _fetch_rows(uow, actor, ids))


def case_numbers(uow: UnitOfWork, actor: Actor, ids: Sequence[int]) -> list[str]:
    """Case numbers of the given ids, in the same order (for actions on a selection)."""
    with _reading(uow, actor):
        numbers: dict[int, str] = {}
        for chunk in _chunks(ids, 500):
            numbers.update(
                uow.session.execute(select(_C.id, _C.case_number).where(_C.id.in_(chunk))).all()
            )
        return [numbers[i] for i in ids if i in numbers]


# --- work distribution -------------------------------------------------------------------


def workload(uow: UnitOfWork, actor: Actor) -> list[OfficerLoad]:
    """Every active officer with their open cases (and how many await sign-off)."""
    closed = [s.value for s in CLOSED_STATES]
    with _reading(uow, actor):
        counts = {
            officer_id: (total, waiting)
            for officer_id, total, waiting in uow.session.execute(
                select(
                    _C.assigned_to_id,
                    func.count(),
                    func.sum(case((_C.state == State.AWAITING_SIGNOFF.value, 1), else_=0)),
                )
                .where(_C.assigned_to_id.is_not(None), _C.state.not_in(closed))
                .group_by(_C.assigned_to_id)
            )
        }
        officers = [
            user
            for user in uow.session.scalars(
                select(User).where(User.disabled.is_(False)).order_by(User.full_name)
            )
            if Role.OFFICER.value in user.roles
        ]
        return [
            OfficerLoad(
                u.username,
                u.full_name,
                int(counts.get(u.id, (0, 0))[0]),
                int(counts.get(u.id, (0, 0))[1] or 0),
            )
            for u in officers
        ]


def unassigned_count(uow: UnitOfWork, actor: Actor) -> int:
    with _reading(uow, actor):
        return int(
            uow.session.scalar(
                select(func.count())
                .select_from(Case.__table__)
                .where(_C.assigned_to_id.is_(None), _C.state == State.IMPORTED.value)
            )
            or 0
        )


# --- marked answers per case ------------------------------------------------------------


def _chunks(items: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def marks_stale(uow: UnitOfWork, actor: Actor) -> bool:
    """Whether a case or a response is newer than the marker counts (two index lookups)."""
    with _reading(uow, actor):
        return _marks_stale(uow)


def _marks_stale(uow: UnitOfWork) -> bool:
    session = uow.session
    newest_response = session.scalar(select(func.max(Response.id)).where(Response.current))
    counted_response = session.scalar(select(func.max(MARKS.c.response_id)))
    if newest_response is not None and (counted_response or 0) < newest_response:
        return True
    cases = session.scalar(select(func.count()).select_from(Case.__table__)) or 0
    counted = session.scalar(select(func.count()).select_from(MARKS)) or 0
    return bool(cases != counted)


def refresh_marks(uow: UnitOfWork, actor: Actor) -> int:
    """Count the marked answers of every case whose current response is not yet counted.

    The counts are derived from the answers and the questionnaire's markers, so the
    queue can sort by them; no one's data changes, so nothing is audited. Returns how
    many cases were counted afresh.
    """
    if not marks_stale(uow, actor):
        return 0
    with uow:
        uow.require(actor, *QUEUE_ROLES)
        session = uow.session
        current = (
            select(Response.id, Response.case_id, Response.questionnaire_id)
            .where(Response.current, Response.case_id.is_not(None))
            .subquery()
        )
        stale = session.execute(
            select(_C.id, current.c.id, current.c.questionnaire_id)
            .select_from(Case.__table__)
            .outerjoin(current, current.c.case_id == _C.id)
            .outerjoin(MARKS, MARKS.c.case_id == _C.id)
            .where(
                or_(
                    MARKS.c.case_id.is_(None),
                    MARKS.c.response_id.is_distinct_from(current.c.id),
                )
            )
        ).all()
        if not stale:
            return 0
        counts = _count_marked(uow, [(r, q) for _, r, q in stale if r is not None])
        fresh = [
            {"case_id": case_id, "response_id": response_id, "marked": counts.get(response_id, 0)}
            for case_id, response_id, _ in stale
        ]
        for chunk in _chunks([f["case_id"] for f in fresh], 500):
            session.execute(delete(MARKS).where(MARKS.c.case_id.in_(chunk)))
        session.execute(insert(MARKS), fresh)
        uow.commit()
        return len(fresh)


def marker_rules(questionnaire: Questionnaire) -> dict[str, frozenset[str]]:
    """Question path -> the choices that need attention (empty: any answer)."""
    return {
        str(m["question"]): frozenset(str(c) for c in m.get("choices", ()))
        for m in questionnaire.markers
    }


def is_marked(value: str, kind: str, choices: frozenset[str]) -> bool:
    """Whether an answer needs attention under a marker with these choices."""
    if not value.strip():
        return False
    if not choices:
        return True
    given = set(value.split()) if kind == "select_multiple" else {value.strip()}
    return bool(given & choices)


def _count_marked(uow: UnitOfWork, responses: Iterable[tuple[int, int]]) -> dict[int, int]:
    """Marked answers per response id."""
    session = uow.session
    by_form: dict[int, list[int]] = {}
    for response_id, questionnaire_id in responses:
        by_form.setdefault(questionnaire_id, []).append(response_id)
    counts: dict[int, int] = {}
    for questionnaire_id, response_ids in by_form.items():
        form = session.get(Questionnaire, questionnaire_id)
        if form is None or not form.markers:
            continue
        rules = marker_rules(form)
        questions = {
            qid: (kind, rules[path])
            for qid, path, kind in session.execute(
                select(Question.id, Question.path, Question.kind).where(
                    Question.questionnaire_id == questionnaire_id, Question.path.in_(list(rules))
                )
            )
        }
        if not questions:
            continue
        for chunk in _chunks(response_ids, 500):
            for response_id, question_id, value in session.execute(
                select(Answer.response_id, Answer.question_id, Answer.value).where(
                    Answer.response_id.in_(chunk), Answer.question_id.in_(list(questions))
                )
            ):
                kind, choices = questions[question_id]
                if is_marked(value, kind, choices):
                    counts[response_id] = counts.get(response_id, 0) + 1
    return counts


def citizenships(uow: UnitOfWork, actor: Actor) -> list[str]:
    """The citizenships present, for the queue's filter (read from an index)."""
    with _reading(uow, actor):
        return [c for (c,) in uow.session.execute(select(_R.citizenship).distinct()) if c]


# --- proposals awaiting sign-off ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Proposal:
    """A decision an officer proposed, waiting for a supervisor's sign-off."""

    case_id: int
    case_number: str
    version: int
    surname: str
    given_names: str
    surname_native: str
    given_names_native: str
    citizenship: str
    decision_id: int
    outcome: str
    proposed_by: str
    proposed_by_name: str
    proposed_at: dt.datetime | None
    markers: int

    @property
    def name(self) -> str:
        return f"{self.surname} {self.given_names}".strip()

    @property
    def native_name(self) -> str:
        return f"{self.surname_native} {self.given_names_native}".strip()


def proposals(uow: UnitOfWork, actor: Actor) -> list[Proposal]:
    """Every proposal awaiting sign-off, the longest waiting first (supervisors only).

    There are at most a few thousand at a time, so they are read in one go."""
    from app.db.models import Decision

    with uow:
        uow.session.connection(execution_options={"sqlite_begin": "DEFERRED"})
        uow.require(actor, Role.SUPERVISOR)
        rows = uow.session.execute(
            select(
                _C.id,
                _C.case_number,
                _C.version,
                _R.surname,
                _R.given_names,
                _R.surname_native,
                _R.given_names_native,
                _R.citizenship,
                Decision.id,
                Decision.outcome,
                User.username,
                User.full_name,
                Decision.proposed_at,
                func.coalesce(MARKS.c.marked, 0),
            )
            .select_from(Case.__table__)
            .join(Resident.__table__, _R.id == _C.resident_id)
            .join(Decision, Decision.case_id == _C.id)
            .join(User, User.id == Decision.proposed_by_id)
            .outerjoin(MARKS, MARKS.c.case_id == _C.id)
            .where(_C.state == State.AWAITING_SIGNOFF.value, Decision.status == "proposed")
            .order_by(Decision.proposed_at, _C.id)
        ).all()
        return [
            Proposal(
                case_id=row[0],
                case_number=row[1],
                version=row[2],
                surname=row[3],
                given_names=row[4],
                surname_native=row[5],
                given_names_native=row[6],
                citizenship=row[7],
                decision_id=row[8],
                outcome=row[9],
                proposed_by=row[10],
                proposed_by_name=row[11],
                proposed_at=_as_utc(row[12]),
                markers=int(row[13]),
            )
            for row in rows
        ]
