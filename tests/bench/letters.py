"""Letter batches: 1,164 revoked cases (2,328 letters) issued as one batch, rendered by
2 worker processes beside 1 process in the same run; rendering speed; letter size."""

from __future__ import annotations

import datetime as dt
import resource
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from app.db.models import Campaign, Letter
from app.db.store import Store, open_store, sqlite_backup
from app.domain.roles import Role
from app.letters.render import render
from app.services import accounts, letters
from app.services.context import Actor, Clock, UnitOfWork
from tests.bench import BenchRow
from tests.letters.population import bulk_revoked

CASES = 1_164
PASSWORD = "correct horse battery"
AT = dt.datetime(2026, 1, 26, 9, 0, tzinfo=dt.UTC)
RENDER_SAMPLE = 400


def _prepare(folder: Path) -> tuple[Path, Actor, list[str]]:
    store = open_store(f"sqlite:///{folder / 'prepared.sqlite3'}")
    admin = accounts.initialise(
        UnitOfWork(store), username="admin", full_name="Ada Admin", password=PASSWORD
    )
    team = [
        ("olga", "Olga Petrauskienė", Role.OFFICER),
        ("sam", "Samanta Kazlauskaitė", Role.SUPERVISOR),
        ("cleo", "Kleopatra Žilinskienė", Role.CLERK),
    ]
    for username, full_name, role in team:
        accounts.add_user(
            UnitOfWork(store),
            admin,
            username=username,
            full_name=full_name,
            roles=frozenset({role}),
            password=PASSWORD,
        )
    with store.session() as session:
        session.add(Campaign(name="Review 2024", code="PR24"))
        session.commit()
    refs = bulk_revoked(store, CASES)
    clerk = accounts.authenticate(UnitOfWork(store), "cleo", PASSWORD)
    store.dispose()
    return folder / "prepared.sqlite3", clerk, refs


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the render workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _batch(
    prepared: Path, target: Path, clerk: Actor, refs: list[str], workers: int
) -> tuple[float, float, int, Store]:
    sqlite_backup(prepared, target)
    store = open_store(f"sqlite:///{target}")
    clock = Clock(lambda: AT)
    started, cpu = time.perf_counter(), _cpu_seconds()
    result = letters.issue_batch(lambda: UnitOfWork(store, clock), clerk, refs, workers=workers)
    seconds, cpu = time.perf_counter() - started, _cpu_seconds() - cpu
    assert not result.failed and len(result.issued) == CASES, result.failed[:3]
    with store.reading() as session:
        pages = int(session.scalar(select(func.sum(Letter.pages))) or 0)
    return seconds, cpu, pages, store


def _render_rate(store: Store, clerk: Actor, refs: list[str]) -> float:
    """Pages per CPU second of rendering alone, in this one process.

    CPU time, not wall time: on a machine shared with other work the wall clock
    measures the other work too.
    """
    clock = Clock(lambda: AT)
    plans = letters.plan_batch(
        lambda: UnitOfWork(store, clock), clerk, refs[: RENDER_SAMPLE // 2], letters.BatchResult()
    )
    jobs = [facts for plan in plans for facts in plan.pair]
    render(jobs[0])  # fonts and styles are loaded once per process
    started = time.process_time()
    pages = sum(render(facts).pages for facts in jobs)
    return pages / (time.process_time() - started)


def rows() -> list[BenchRow]:
    with tempfile.TemporaryDirectory(prefix="bench-letters-") as tmp:
        folder = Path(tmp)
        prepared, clerk, refs = _prepare(folder)
        one_seconds, one_cpu, pages, one = _batch(prepared, folder / "one.sqlite3", clerk, refs, 1)
        one.dispose()
        two_seconds, two_cpu, _, two = _batch(prepared, folder / "two.sqlite3", clerk, refs, 2)
        with two.reading() as session:
            largest = int(session.scalar(select(func.max(func.length(Letter.pdf)))) or 0)
        two.dispose()
        fresh = open_store(f"sqlite:///{prepared}")
        rate = _render_rate(fresh, clerk, refs)
        fresh.dispose()
    return [
        BenchRow(
            f"letter batch: {CASES:,} cases, {2 * CASES:,} letters, 2 workers",
            two_seconds,
            "s",
            one_seconds,
            "1 process",
            "<= 0.6x",
        ),
        BenchRow(
            "letter batch: CPU time of all processes, 2 workers",
            two_cpu,
            "s",
            one_cpu,
            "1 process",
            "about 1x (no overhead)",
        ),
        BenchRow(
            "letter batch: pages per second, 1 process (render and store)",
            pages / one_seconds,
            "pages/s",
        ),
        BenchRow(
            "letter rendering: pages per CPU second per process", rate, "pages/s", target=">= 150"
        ),
        BenchRow("letter PDF size, largest of the batch", largest / 1000, "KB", target="<= 60 KB"),
    ]
