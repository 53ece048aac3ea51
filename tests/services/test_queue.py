"""The queue's data access: who sees which cases, sorting, filters, search and markers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import update

from app.db.models import Case
from app.db.store import Store
from app.domain.errors import PermissionDenied, ValidationError
from app.services import cases, queue
from app.services.context import Actor, UnitOfWork
from app.services.queue import QueueQuery
from tests.desk_fixtures import T0, answered_case, build_population

UowFactory = Callable[[], UnitOfWork]


@pytest.fixture
def population(store: Store, users: dict[str, Actor]) -> dict[str, str]:
    return build_population(store, users)


def numbers(uow_factory: UowFactory, actor: Actor, query: QueueQuery) -> list[str]:
    ids = queue.case_ids(uow_factory(), actor, query)
    rows = queue.rows(uow_factory(), actor, ids)
    return [rows[i].case_number for i in ids]


def names(uow_factory: UowFactory, actor: Actor, query: QueueQuery) -> list[str]:
    ids = queue.case_ids(uow_factory(), actor, query)
    rows = queue.rows(uow_factory(), actor, ids)
    return [rows[i].surname for i in ids]


def test_officers_see_their_own_and_unassigned_cases_supervisors_all(
    uow_factory: UowFactory, users: dict[str, Actor], population: dict[str, str]
) -> None:
    everyone = names(uow_factory, users["sam"], QueueQuery(sort="name"))
    assert everyone == ["Abramovič", "Bondar", "Ivanov", "Ivanova", "Smirnov", "Žukauskas"]
    assert names(uow_factory, users["olga"], QueueQuery(sort="name")) == [
        "Bondar",
        "Ivanov",
        "Ivanova",
        "Žukauskas",
    ]
    assert names(uow_factory, users["oleg"], QueueQuery(sort="name")) == [
        "Abramovič",
        "Bondar",
        "Ivanov",
        "Smirnov",
        "Žukauskas",
    ]
    # Rows of cases an officer may not see are not given, even by id.
    all_ids = queue.case_ids(uow_factory(), users["sam"], QueueQuery())
    assert len(queue.rows(uow_factory(), users["olga"], all_ids)) == 4
    with pytest.raises(PermissionDenied):
        queue.case_ids(uow_factory(), users["cleo"], QueueQuery())


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("case_number", ["Žukauskas", "Ivanov", "Ivanova", "Abramovič", "Smirnov", "Bondar"]),
        ("name", ["Abramovič", "Bondar", "Ivanov", "Ivanova", "Smirnov", "Žukauskas"]),
        ("citizenship", ["Abramovič", "Bondar", "Žukauskas", "Ivanov", "Ivanova", "Smirnov"]),
        ("state", ["Ivanova", "Smirnov", "Žukauskas", "Ivanov", "Bondar", "Abramovič"]),
        ("officer", ["Žukauskas", "Ivanov", "Bondar", "Abramovič", "Smirnov", "Ivanova"]),
        ("response", ["Ivanov", "Abramovič", "Smirnov", "Bondar", "Žukauskas", "Ivanova"]),
        ("days", ["Žukauskas", "Ivanov", "Ivanova", "Abramovič", "Smirnov", "Bondar"]),
    ],
)
def test_sorts_by_every_column_both_ways(
    uow_factory: UowFactory,
    users: dict[str, Actor],
    population: dict[str, str],
    sort: str,
    expected: list[str],
) -> None:
    sam = users["sam"]
    got = names(uow_factory, sam, QueueQuery(sort=sort))
    # Ties (same state, same officer) may come in any order; compare the sort keys then.
    if sort in ("state", "officer", "response"):
        rows = queue.rows(uow_factory(), sam, queue.case_ids(uow_factory(), sam, QueueQuery()))
        key = {
            "state": lambda r: r.state,
            "officer": lambda r: r.officer_name or "",
            "response": lambda r: r.response_received_at or T0.replace(year=1),
        }[sort]
        by_name = {r.surname: r for r in rows.values()}
        assert [key(by_name[n]) for n in got] == sorted(key(by_name[n]) for n in got)
    else:
        assert got == expected
    backwards = names(uow_factory, sam, QueueQuery(sort=sort, descending=True))
    if sort not in ("state", "officer", "response"):
        assert backwards == list(reversed(expected))


def test_sorts_by_marked_answers(
    uow_factory: UowFactory, users: dict[str, Actor], population: dict[str, str]
) -> None:
    sam = users["sam"]
    assert queue.refresh_marks(uow_factory(), sam) == 6
    assert queue.refresh_marks(uow_factory(), sam) == 0  # nothing newer since
    got = names(uow_factory, sam, QueueQuery(sort="markers", descending=True))
    assert got[0] == "Žukauskas"
    ids = queue.case_ids(uow_factory(), sam, QueueQuery(sort="markers", descending=True))
    rows = queue.rows(uow_factory(), sam, ids)
    # Trips to Russia, support for the invasion, Russian state media.
    assert [rows[i].markers for i in ids] == [3, 0, 0, 0, 0, 0]


def test_a_newer_response_is_counted_afresh(
    store: Store, uow_factory: UowFactory, users: dict[str, Actor], population: dict[str, str]
) -> None:
    sam = users["sam"]
    queue.refresh_marks(uow_factory(), sam)
    answered_case(store, "BY0000009", surname="Naujas")
    assert queue.marks_stale(uow_factory(), sam)
    assert queue.refresh_marks(uow_factory(), sam) == 1
    assert not queue.marks_stale(uow_factory(), sam)


def test_filters_by_state_citizenship_officer_and_missing_response(
    uow_factory: UowFactory, users: dict[str, Actor], population: dict[str, str]
) -> None:
    sam = users["sam"]
    assert names(uow_factory, sam, QueueQuery(sort="name", state="assigned")) == [
        "Ivanova",
        "Smirnov",
    ]
    assert names(uow_factory, sam, QueueQuery(sort="name", citizenship="by")) == [
        "Abramovič",
        "Bondar",
        "Žukauskas",
    ]
    assert names(uow_factory, sam, QueueQuery(sort="name", officer="oleg")) == [
        "Abramovič",
        "Smirnov",
    ]
    assert names(uow_factory, sam, QueueQuery(sort="name", officer=queue.UNASSIGNED)) == [
        "Bondar",
        "Ivanov",
        "Žukauskas",
    ]
    assert names(uow_factory, sam, QueueQuery(sort="name", no_response=True)) == [
        "Abramovič",
        "Bondar",
        "Ivanov",
        "Smirnov",
    ]
    assert names(
        uow_factory,
        sam,
        QueueQuery(sort="name", citizenship="RU", state="assigned", officer="olga"),
    ) == ["Ivanova"]
    with pytest.raises(ValidationError):
        queue.case_ids(uow_factory(), sam, QueueQuery(state="nonsense"))
    with pytest.raises(ValidationError):
        queue.case_ids(uow_factory(), sam, QueueQuery(sort="nonsense"))


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("zukauskas", ["Žukauskas"]),
        ("ŽUKAUS", ["Žukauskas"]),
        ("иван", ["Ivanov", "Ivanova"]),
        ("ИВАНОВА", ["Ivanova"]),
        ("ivan", ["Ivanov", "Ivanova"]),
        ("петр", ["Abramovič"]),  # ё and й fold like the letters they carry
        ("abramovic", ["Abramovič"]),
        ("RU0000005", ["Smirnov"]),
        ("иванов анна", ["Ivanova"]),
        ("nobody", []),
    ],
)
def test_searches_names_in_both_scripts_and_permit_numbers(
    uow_factory: UowFactory,
    users: dict[str, Actor],
    population: dict[str, str],
    typed: str,
    expected: list[str],
) -> None:
    assert names(uow_factory, users["sam"], QueueQuery(sort="name", search=typed)) == expected


def test_workload_counts_open_cases_per_officer(
    uow_factory: UowFactory, users: dict[str, Actor], population: dict[str, str]
) -> None:
    sam = users["sam"]
    loads = {load.username: load for load in queue.workload(uow_factory(), sam)}
    assert set(loads) == {"olga", "oleg"}
    assert (loads["olga"].open_cases, loads["oleg"].open_cases) == (1, 2)
    assert queue.unassigned_count(uow_factory(), sam) == 3
    cases.take_next(uow_factory(), users["olga"])
    loads = {load.username: load for load in queue.workload(uow_factory(), sam)}
    assert loads["olga"].open_cases == 2
    assert queue.unassigned_count(uow_factory(), sam) == 2


def test_case_numbers_of_a_selection_keep_its_order(
    uow_factory: UowFactory, users: dict[str, Actor], population: dict[str, str]
) -> None:
    sam = users["sam"]
    ids = queue.case_ids(uow_factory(), sam, QueueQuery(sort="name"))
    assert queue.case_numbers(uow_factory(), sam, ids[::-1]) == [
        population[n] for n in ("zukauskas", "smirnov", "ivanova", "ivanov", "bondar", "abramovich")
    ]


def test_first_page_holds_the_ids_and_the_rows_of_the_first_page(
    uow_factory: UowFactory, users: dict[str, Actor], population: dict[str, str]
) -> None:
    page = queue.first_page(uow_factory(), users["sam"], QueueQuery(sort="name"), 2)
    assert len(page.ids) == 6
    assert set(page.rows) == set(page.ids[:2])
    first = page.rows[page.ids[0]]
    assert (first.name, first.native_name, first.citizenship) == (
        "Abramovič Piotr",
        "Абрамович Пётр",
        "BY",
    )
    assert first.officer == "oleg"


def test_reading_a_queue_never_waits_for_a_writer(
    store: Store, uow_factory: UowFactory, users: dict[str, Actor], population: dict[str, str]
) -> None:
    with store.session() as writer:
        writer.execute(update(Case).values(version=Case.version))  # holds the write lock
        started = dt.datetime.now()
        assert len(queue.case_ids(uow_factory(), users["sam"], QueueQuery())) == 6
        assert (dt.datetime.now() - started).total_seconds() < 2
        writer.rollback()
