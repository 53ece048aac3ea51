"""The deadline board on a store with known dates, seen from a fixed day (2026-03-04)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.models import AuditEvent
from app.db.store import Store
from app.domain.errors import PermissionDenied, ValidationError
from app.services import deadlines
from app.services.context import Actor
from app.services.deadlines import BoardFilter, BoardRow
from tests.appeals.board_store import TODAY, fill_board
from tests.appeals.helpers import D, Factory, MovableClock

ALL_ROWS = [
    ("2026-03-01", "PR24-000011", "information_request", "overdue", -3),
    ("2026-03-02", "PR24-000001", "appeal", "overdue", -2),
    ("2026-03-02", "PR24-000008", "unserved_letter", "overdue", -2),
    ("2026-03-03", "PR24-000005", "departure", "overdue", -1),
    ("2026-03-05", "PR24-000006", "departure", "this_week", 1),
    ("2026-03-05", "PR24-000010", "departure", "this_week", 1),
    ("2026-03-06", "PR24-000002", "appeal", "this_week", 2),
    ("2026-03-11", "PR24-000009", "unserved_letter", "later", 7),
    ("2026-03-12", "PR24-000010", "appeal", "later", 8),
    ("2026-03-16", "PR24-000001", "departure", "later", 12),
    ("2026-03-16", "PR24-000003", "appeal", "later", 12),
    ("2026-03-20", "PR24-000002", "departure", "later", 16),
    ("2026-03-20", "PR24-000012", "information_request", "later", 16),
    ("2026-04-02", "PR24-000003", "departure", "later", 29),
]


@pytest.fixture
def filled(
    store: Store, uow_factory: Factory, users: dict[str, Actor], clock: MovableClock
) -> None:
    fill_board(store, uow_factory, users, clock)


def shape(rows: list[BoardRow]) -> list[tuple[str, str, str, str, int]]:
    return [(r.due.isoformat(), r.case_number, r.kind, r.status, r.days_left) for r in rows]


def test_every_list_with_its_dates_and_status(
    filled: None, uow_factory: Factory, users: dict[str, Actor]
) -> None:
    board = deadlines.board(uow_factory(), users["cleo"])
    assert board.today == TODAY
    assert shape(board.rows) == ALL_ROWS
    details = {(r.case_number, r.kind): r.detail for r in board.rows}
    assert details[("PR24-000010", "appeal")] == (
        "appeal dismissed by RAT-V on 2026-02-25; onward appeal possible"
    )
    assert (
        details[("PR24-000005", "departure")] == "served 2026-02-03; under appeal (not suspensive)"
    )
    assert details[("PR24-000011", "information_request")] == "asked VSD on 2026-02-15"
    assert details[("PR24-000008", "unserved_letter")] == (
        "dispatched 2026-02-20, registered mail RR000008LT"
    )
    assert board.counts == {
        "appeal": {"overdue": 1, "today": 0, "this_week": 1, "later": 2},
        "departure": {"overdue": 1, "today": 0, "this_week": 2, "later": 3},
        "information_request": {"overdue": 1, "today": 0, "this_week": 0, "later": 1},
        "unserved_letter": {"overdue": 1, "today": 0, "this_week": 0, "later": 1},
    }
    assert (board.suspended, board.finality_due) == (1, 1)


def test_filters_are_applied_by_the_database(
    filled: None, uow_factory: Factory, users: dict[str, Actor]
) -> None:
    def rows(flt: BoardFilter) -> list[tuple[str, str, str, str, int]]:
        return shape(deadlines.board(uow_factory(), users["sam"], flt).rows)

    assert rows(BoardFilter(due_within=2)) == [r for r in ALL_ROWS if r[4] <= 2]
    assert rows(BoardFilter(due_within=0)) == [r for r in ALL_ROWS if r[4] <= 0]
    assert rows(BoardFilter(overdue_only=True)) == [r for r in ALL_ROWS if r[3] == "overdue"]
    assert rows(BoardFilter(kinds=("departure",))) == [r for r in ALL_ROWS if r[2] == "departure"]
    assert rows(BoardFilter(kinds=("appeal", "unserved_letter"), due_within=7)) == [
        r for r in ALL_ROWS if r[2] in ("appeal", "unserved_letter") and r[4] <= 7
    ]
    assert rows(BoardFilter(case="PR24-00001")) == [r for r in ALL_ROWS if r[1] >= "PR24-000010"]
    assert rows(BoardFilter(case="LP000000")) == [r for r in ALL_ROWS if r[1] < "PR24-000010"]
    assert rows(BoardFilter(case="pr24_%")) == []  # wildcards are taken literally
    with pytest.raises(ValidationError):
        rows(BoardFilter(kinds=("parking",)))
    with pytest.raises(ValidationError):
        rows(BoardFilter(due_within=-1))


def test_summary_for_the_login(filled: None, uow_factory: Factory, users: dict[str, Actor]) -> None:
    attention = deadlines.attention_today(uow_factory(), users["cleo"])
    assert attention.as_dict() == {
        "appeal_overdue": 1,
        "appeal_this_week": 1,
        "departure_overdue": 1,
        "departure_this_week": 2,
        "information_overdue": 1,
        "letters_unserved": 1,
        "finality_review": 1,
    }
    assert attention.lines() == [
        "1 revocation to confirm as final",
        "1 appeal window closing this week",
        "1 departure deadline passed without a recorded departure",
        "2 departure deadlines this week",
        "1 information request overdue",
        "1 letter dispatched but not served",
    ]
    with pytest.raises(PermissionDenied):
        deadlines.attention_today(uow_factory(), users["olga"])


def test_the_board_moves_with_the_day(
    filled: None, uow_factory: Factory, users: dict[str, Actor], clock: MovableClock
) -> None:
    clock.set_day("2026-03-09")  # the next Monday: last week's deadlines have passed
    board = deadlines.board(uow_factory(), users["cleo"], BoardFilter(overdue_only=True))
    assert [(r.case_number, r.kind) for r in board.rows if r.kind == "appeal"] == [
        ("PR24-000001", "appeal"),
        ("PR24-000002", "appeal"),
    ]
    assert board.finality_due == 2
    assert board.counts["departure"]["overdue"] == 3


def test_counts_run_in_the_database_not_over_the_rows(
    filled: None, uow_factory: Factory, users: dict[str, Actor]
) -> None:
    # The counts do not depend on the filter: they are aggregates of their own.
    narrow = deadlines.board(uow_factory(), users["cleo"], BoardFilter(case="PR24-000011"))
    assert len(narrow.rows) == 1
    assert sum(n for kind in narrow.counts.values() for n in kind.values()) == len(ALL_ROWS)


def test_csv_export_neutralises_formulas_and_is_audited(
    filled: None, store: Store, uow_factory: Factory, users: dict[str, Actor], tmp_path: Path
) -> None:
    target = tmp_path / "board.csv"
    done = deadlines.export_csv(
        uow_factory(), users["cleo"], BoardFilter(overdue_only=True), target
    )
    assert done.details["rows"] == 4
    text = target.read_text("utf-8-sig")
    rows = list(csv.reader(text.splitlines()))
    assert rows[0] == [
        "list",
        "deadline",
        "status",
        "days left",
        "days overdue",
        "case",
        "permit",
        "surname",
        "given names",
        "state",
        "detail",
    ]
    assert [(r[0], r[1], r[3], r[4], r[5]) for r in rows[1:]] == [
        ("Information request", "2026-03-01", "", "3", "PR24-000011"),
        ("Appeal window", "2026-03-02", "", "2", "PR24-000001"),
        ("Letter not served", "2026-03-02", "", "2", "PR24-000008"),
        ("Departure", "2026-03-03", "", "1", "PR24-000005"),
    ]
    with store.reading() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "deadlines_exported")
        ).one()
        assert (event.actor, event.after["rows"], event.after["file"]) == ("cleo", 4, "board.csv")
    with pytest.raises(ValidationError):
        deadlines.export_csv(uow_factory(), users["cleo"], BoardFilter(), tmp_path / "no" / "x.csv")


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised() -> None:
    today = dt.date(2026, 3, 4)
    row = BoardRow(
        kind="departure",
        case_number="PR24-000001",
        permit_number="+LP1",
        surname='=HYPERLINK("http://x")',
        given_names="@SUM(A1)",
        state="served",
        due=today,
        since=D("2026-02-01"),
        reference="",
        version=1,
        today=today,
    )
    tabbed = BoardRow(
        **{**row.__dict__, "surname": "\tTab", "given_names": "\rCR", "permit_number": "-1"}
    )
    text = deadlines.board_csv([row, tabbed])
    (_, first, second) = list(csv.reader(io.StringIO(text, newline="")))
    assert (first[6], first[7], first[8]) == ("'+LP1", '\'=HYPERLINK("http://x")', "'@SUM(A1)")
    assert (second[6], second[7], second[8]) == ("'-1", "'\tTab", "'\rCR")
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in first + second)


def test_only_clerks_and_supervisors_read_the_board(
    uow_factory: Factory, users: dict[str, Actor]
) -> None:
    for who in ("olga", "admin"):
        with pytest.raises(PermissionDenied):
            deadlines.board(uow_factory(), users[who])
        with pytest.raises(PermissionDenied):
            deadlines.finality_review(uow_factory(), users[who])
    assert deadlines.board(uow_factory(), users["sue"]).rows == []
