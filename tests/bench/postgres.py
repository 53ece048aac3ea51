"""The import and queue figures on PostgreSQL, each beside the same figure on SQLite.

Both stores get the same work in the same run: a registry import of N residents
and an import of their N questionnaire responses (the import service, timed
around the service call), then the queue service over the N cases (ids of the
whole queue in several sorts, a filter, name searches in both scripts, the rows
of the first page; median of five after one run to warm the caches), and one
case action (assign) as a workstation sends it (median of 20).

The value is PostgreSQL's, the baseline SQLite's. Before the queue figures the
PostgreSQL tables are ANALYZEd, as its autovacuum does within a minute of a
large import.

The server: PERMIT_REVIEW_BENCH_PG_URL names one whose role may create databases
(a database is made for the run and dropped after); without it, a throwaway
cluster is started in a temporary folder, with the server's default durability
(fsync on), since SQLite writes with synchronous=FULL.

`BENCH_RESIDENTS=5000 python -m tests.bench postgres` runs a smaller scale.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import select, text

import resources
from app.db.models import Case, User
from app.db.store import Store, open_store
from app.domain.roles import Role
from app.imports.xlsform import parse_xlsform
from app.services import accounts, cases
from app.services import imports as import_service
from app.services import queue as queue_service
from app.services.context import Actor, UnitOfWork
from app.services.queue import QueueQuery
from tests.bench import FULL_SCALE, BenchRow
from tests.bench.imports import _residents, _subs
from tests.imports.writers import write_kobo_csv, write_registry_csv
from tests.pg import cluster
from tests.pg.databases import TestDatabases

PASSWORD = "correct horse battery"
CAMPAIGN = "Review 2024"
PAGE = 200
RUNS = 5
QUEUES = {
    "sort by case number": QueueQuery(sort="case_number"),
    "sort by name": QueueQuery(sort="name"),
    "sort by response": QueueQuery(sort="response", descending=True),
    "filter: citizenship RU": QueueQuery(citizenship="RU"),
    "search, Latin: novi": QueueQuery(search="novi"),
    "search, Cyrillic: иван": QueueQuery(search="иван"),
}


@contextmanager
def _server() -> Iterator[str]:
    """The URL of a server to measure on: the one named, or a throwaway one."""
    given = os.environ.get("PERMIT_REVIEW_BENCH_PG_URL", "").strip()
    if given:
        yield given
        return
    folder = Path(tempfile.mkdtemp(prefix="bench-pg-"))
    started = cluster.start(folder, durable=True)
    try:
        yield started.url()
    finally:
        started.stop()
        shutil.rmtree(folder, ignore_errors=True)


def _median_ms(fn: Callable[[], object], runs: int = RUNS) -> float:
    fn()
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000


def _prepare(store: Store) -> dict[str, Actor]:
    admin = accounts.initialise(
        UnitOfWork(store), username="admin", full_name="Ada Admin", password=PASSWORD
    )
    for name, role in (("sam", Role.SUPERVISOR), ("olga", Role.OFFICER)):
        accounts.add_user(
            UnitOfWork(store),
            admin,
            username=name,
            full_name=name.title(),
            roles=frozenset({role}),
            password=PASSWORD,
        )
    import_service.import_questionnaire(
        UnitOfWork(store), admin, resources.path("questionnaire", "review_2024.xlsx"), CAMPAIGN
    )
    with store.reading() as session:
        return {
            u.username: Actor(u.id, u.username, u.full_name, frozenset(Role(r) for r in u.roles))
            for u in session.scalars(select(User))
        }


def _measure(url: str, registry: Path, responses: Path, n: int) -> dict[str, float]:
    store = open_store(url)
    try:
        actors = _prepare(store)
        admin, sam = actors["admin"], actors["sam"]
        figures: dict[str, float] = {}
        began = time.perf_counter()
        done = import_service.IMPORTERS["registry"](UnitOfWork(store), admin, registry, CAMPAIGN)
        figures["registry"] = time.perf_counter() - began
        assert done.counts["imported"] == n, done.counts
        began = time.perf_counter()
        done = import_service.IMPORTERS["responses"](UnitOfWork(store), admin, responses, CAMPAIGN)
        figures["responses"] = time.perf_counter() - began
        assert done.counts["imported"] == n, done.counts
        if not store.is_sqlite:
            with store.engine.connect() as conn:
                conn.execute(text("ANALYZE"))
                conn.commit()
        queue_service.refresh_marks(UnitOfWork(store), sam)
        for name, query in QUEUES.items():
            figures[name] = _median_ms(
                lambda q=query: queue_service.case_ids(UnitOfWork(store), sam, q)
            )
        ids = queue_service.case_ids(UnitOfWork(store), sam, QueueQuery())
        assert len(ids) == n
        figures["first page"] = _median_ms(
            lambda: queue_service.rows(UnitOfWork(store), sam, ids[:PAGE])
        )
        with store.reading() as session:
            refs = list(session.scalars(select(Case.case_number).order_by(Case.id).limit(21)))
        times = []
        for ref in refs:
            began = time.perf_counter()
            cases.assign(UnitOfWork(store), sam, [ref], "olga")
            times.append(time.perf_counter() - began)
        figures["assign"] = statistics.median(times[1:]) * 1000
        return figures
    finally:
        store.dispose()


def rows() -> list[BenchRow]:
    n = int(os.environ.get("BENCH_RESIDENTS", FULL_SCALE))
    rng = random.Random(2024)
    form = parse_xlsform(resources.path("questionnaire", "review_2024.xlsx"))
    folder = Path(tempfile.mkdtemp(prefix="bench-postgres-"))
    try:
        residents = _residents(n, rng)
        registry = write_registry_csv(folder / "registry.csv", residents)
        responses = write_kobo_csv(folder / "responses.csv", form, _subs(form, residents, rng))
        on_sqlite = _measure(f"sqlite:///{folder / 'bench.sqlite3'}", registry, responses, n)
        with _server() as server:
            databases = TestDatabases(server)
            url = databases.create(empty=True)
            try:
                on_pg = _measure(url, registry, responses, n)
            finally:
                databases.drop(url)
                databases.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    label = "SQLite, same run"
    out = [
        BenchRow(f"PostgreSQL: registry import, {n:,} residents", on_pg["registry"], "s",
                 on_sqlite["registry"], label, "<= 2x SQLite"),
        BenchRow(f"PostgreSQL: responses import, {n:,} responses", on_pg["responses"], "s",
                 on_sqlite["responses"], label, "<= 2x SQLite"),
    ]  # fmt: skip
    for name in QUEUES:
        out.append(
            BenchRow(f"PostgreSQL: queue {name}, {n:,} cases", on_pg[name], "ms",
                     on_sqlite[name], label, "<= 150 ms")
        )  # fmt: skip
    out.append(
        BenchRow(f"PostgreSQL: queue first page ({PAGE} rows)", on_pg["first page"], "ms",
                 on_sqlite["first page"], label, "<= 150 ms")
    )  # fmt: skip
    out.append(
        BenchRow("PostgreSQL: one case action (assign), as a workstation sends it",
                 on_pg["assign"], "ms", on_sqlite["assign"], label, "<= 100 ms")
    )  # fmt: skip
    return out
