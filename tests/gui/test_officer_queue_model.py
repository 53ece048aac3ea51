"""The queue model without any widget: paging, sorting, filters and search in both scripts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.db.store import Store
from app.services.context import Actor, UnitOfWork
from app.services.queue import QueuePage, QueueQuery, QueueRow
from tests.desk_fixtures import build_population
from ui.models import queue as queue_model
from ui.models.queue import COLUMN, COLUMNS, LOADING_TEXT, QueueModel, ServiceSource

DISPLAY = Qt.ItemDataRole.DisplayRole


class CountingSource(ServiceSource):
    """The real service, noting which cases each page fetch asked for."""

    def __init__(self, uow: Callable[[], UnitOfWork], actor: Actor) -> None:
        super().__init__(uow, actor)
        self.page_fetches: list[list[int]] = []
        self.queries: list[QueueQuery] = []

    def head(self, query: QueueQuery, size: int) -> QueuePage:
        self.queries.append(query)
        return super().head(query, size)

    def rows(self, ids: Sequence[int]) -> dict[int, QueueRow]:
        self.page_fetches.append(list(ids))
        return super().rows(ids)


class HeldRunner:
    """A runner that keeps each call until the test lets it answer (a slow worker)."""

    def __init__(self) -> None:
        self.calls: list[tuple[Callable[[], Any], Callable[[Any], None]]] = []

    def __call__(
        self,
        fn: Callable[[], Any],
        ok: Callable[[Any], None],
        fail: Callable[[BaseException], None],
    ) -> None:
        self.calls.append((fn, ok))

    def answer(self, number: int) -> None:
        fn, ok = self.calls[number]
        ok(fn())


@pytest.fixture
def population(store: Store, users: dict[str, Actor]) -> dict[str, str]:
    return build_population(store, users)


@pytest.fixture
def source(
    uow_factory: Callable[[], UnitOfWork], users: dict[str, Actor], population: dict[str, str]
) -> CountingSource:
    return CountingSource(uow_factory, users["sam"])


def column(model: QueueModel, key: str) -> list[str]:
    return [model.data(model.index(r, COLUMN[key]), DISPLAY) for r in range(model.rowCount())]


def surnames(model: QueueModel) -> list[str]:
    return [row.surname for r in range(model.rowCount()) if (row := model.row_data(r))]


def test_rows_are_fetched_a_page_at_a_time(
    source: CountingSource, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(queue_model, "PAGE_SIZE", 2)
    model = QueueModel(source)
    loads: list[int] = []
    model.loaded.connect(loads.append)
    model.set_query(QueueQuery(sort="name"))
    assert loads == [6] and model.rowCount() == 6 and model.columnCount() == len(COLUMNS)
    assert model.loaded_pages() == [0] and source.page_fetches == []  # came with the ids

    # Asking for row 4 fetches its page (rows 4-5) and nothing else.
    assert model.data(model.index(4, COLUMN["name"]), DISPLAY) == "Smirnov Oleg  (Смирнов Олег)"
    assert source.page_fetches == [model.case_ids[4:6]]
    assert sorted(model.loaded_pages()) == [0, 2]
    model.data(model.index(5, 0), DISPLAY)
    assert len(source.page_fetches) == 1  # the same page again comes from the cache


def test_only_the_most_recent_pages_are_kept(
    source: CountingSource, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(queue_model, "PAGE_SIZE", 1)
    monkeypatch.setattr(queue_model, "KEPT_PAGES", 2)
    model = QueueModel(source)
    model.set_query(QueueQuery())
    for row in range(6):
        assert model.row_data(row) is not None
    assert model.loaded_pages() == [4, 5]


def test_a_page_still_being_fetched_shows_a_placeholder(source: CountingSource) -> None:
    runner = HeldRunner()
    model = QueueModel(source, runner)
    model.set_query(QueueQuery())
    assert model.rowCount() == 0 and model.busy
    runner.answer(0)
    assert model.rowCount() == 6 and not model.busy
    model.refresh_cases([model.case_ids[0]])
    assert model.data(model.index(0, 0), DISPLAY) == LOADING_TEXT
    changed: list[int] = []
    model.dataChanged.connect(lambda first, last: changed.append(first.row()))
    runner.answer(1)
    assert changed == [0]
    assert model.data(model.index(0, 0), DISPLAY).startswith("PR24-")


def test_an_older_answer_never_replaces_a_newer_query(source: CountingSource) -> None:
    runner = HeldRunner()
    model = QueueModel(source, runner)
    model.set_query(QueueQuery(search="иван"))
    model.set_query(QueueQuery(search="zukauskas"))
    runner.answer(1)
    runner.answer(0)  # the slow first search arrives last
    assert surnames(model) == ["Žukauskas"]


@pytest.mark.parametrize("key", [c.key for c in COLUMNS])
def test_sorting_any_column_asks_the_database(source: CountingSource, key: str) -> None:
    model = QueueModel(source)
    model.set_query(QueueQuery())
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(COLUMN[key], order)
        assert source.queries[-1] == QueueQuery(
            sort=key, descending=order == Qt.SortOrder.DescendingOrder
        )
        values = [
            model.data(model.index(r, COLUMN[key]), queue_model.SortValueRole)
            for r in range(model.rowCount())
        ]
        comparable = [(v is not None, v) for v in values]
        expected = sorted(comparable, reverse=order == Qt.SortOrder.DescendingOrder)
        if key == "name":  # the database sorts by folded names: 'Ž' with 'Z'
            assert (
                surnames(model)
                == (
                    ["Abramovič", "Bondar", "Ivanov", "Ivanova", "Smirnov", "Žukauskas"][
                        :: 1 if order == Qt.SortOrder.AscendingOrder else -1
                    ]
                )
            )
        else:
            assert comparable == expected, key


def test_filters_and_search_in_both_scripts(source: CountingSource) -> None:
    model = QueueModel(source)
    model.set_query(QueueQuery(sort="name", citizenship="BY"))
    assert surnames(model) == ["Abramovič", "Bondar", "Žukauskas"]
    model.set_query(QueueQuery(sort="name", state="assigned"))
    assert column(model, "state") == ["Assigned", "Assigned"]
    model.set_query(QueueQuery(sort="name", no_response=True))
    assert set(column(model, "response")) == {"no response"}
    model.set_query(QueueQuery(sort="name", officer="-"))
    assert set(column(model, "officer")) == {"unassigned"}
    model.set_query(QueueQuery(sort="name", search="zukauskas"))
    assert surnames(model) == ["Žukauskas"]
    model.set_query(QueueQuery(sort="name", search="иван"))
    assert surnames(model) == ["Ivanov", "Ivanova"]
    assert column(model, "name") == ["Ivanov Ivan  (Иванов Иван)", "Ivanova Anna  (Иванова Анна)"]
    model.set_query(QueueQuery(sort="name", search="ИВАНОВА", state="assigned"))
    assert surnames(model) == ["Ivanova"]


def test_an_officer_sees_theirs_and_the_unassigned(
    uow_factory: Callable[[], UnitOfWork],
    users: dict[str, Actor],
    population: dict[str, str],
) -> None:
    model = QueueModel(ServiceSource(uow_factory, users["olga"]))
    model.set_query(QueueQuery(sort="name"))
    assert set(column(model, "officer")) == {"unassigned", "Olga Petrauskienė"}
    assert model.rowCount() == 4


def test_a_refused_query_is_reported(
    uow_factory: Callable[[], UnitOfWork], users: dict[str, Actor], store: Store
) -> None:
    model = QueueModel(ServiceSource(uow_factory, users["cleo"]))
    failures: list[BaseException] = []
    model.failed.connect(failures.append)
    model.set_query(QueueQuery())
    assert len(failures) == 1 and "officer or supervisor" in str(failures[0])
    assert not model.busy


def test_the_first_page_shows_before_the_rest_of_the_queue_is_read(
    source: CountingSource, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(queue_model, "PAGE_SIZE", 2)
    runner = HeldRunner()
    model = QueueModel(source, runner)
    shown: list[int] = []
    model.first_page_shown.connect(lambda: shown.append(model.rowCount()))
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.set_query(QueueQuery(sort="name"))
    runner.answer(0)  # the first page
    assert shown == [2] and model.busy
    assert [r.surname for r in (model.row_data(0), model.row_data(1)) if r] == [
        "Abramovič",
        "Bondar",
    ]
    runner.answer(1)  # the ids of the whole queue: rows are added below, nothing reset
    assert inserted == [(2, 5)] and model.rowCount() == 6 and not model.busy


def test_a_queue_that_changed_between_the_two_reads_is_shown_as_it_is_now(
    source: CountingSource,
    monkeypatch: pytest.MonkeyPatch,
    store: Store,
    users: dict[str, Actor],
) -> None:
    from tests.desk_fixtures import answered_case

    monkeypatch.setattr(queue_model, "PAGE_SIZE", 2)
    runner = HeldRunner()
    model = QueueModel(source, runner)
    model.set_query(QueueQuery(sort="name"))
    runner.answer(0)
    answered_case(store, "BY0000099", surname="Aaron")  # sorts first, arrives in between
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    runner.answer(1)
    assert resets == [True] and model.rowCount() == 7
    assert model.row_data(0) is None  # its page is asked for afresh
    runner.answer(2)
    first = model.row_data(0)
    assert first is not None and first.surname == "Aaron"
