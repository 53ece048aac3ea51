"""The whole dashboard at full scale (74,000 cases), beside the same SQL on raw sqlite3.

The store is filled by the demo generator (app.demo.fill_demo) in its own
process and kept, per schema revision and size, in the temporary folder for
later runs; a copy is measured. The period of the weekly figures is the twelve
weeks up to the store's last proposal, so that they count the demo's casework
whenever the store was made.

The dashboard figure is the wall time of `reports.dashboard` (the service the
window calls on its worker): median of five runs after one to warm the caches.
Its baseline is every SELECT that call ran, captured from the engine with its
parameters and replayed on a raw sqlite3 connection to the same file, timed the
same way. A row per figure shows where the time goes.

`BENCH_RESIDENTS=5000 python -m tests.bench dashboard` runs a smaller scale.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from tests.bench import FULL_SCALE, BenchRow, median_seconds

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "bench password 2024"
RUNS = 5


def _build(path: Path, residents: int) -> None:
    from app.db.store import open_store
    from app.demo import DemoOptions, fill_demo
    from app.services.context import UnitOfWork

    store = open_store(f"sqlite:///{path}")
    fill_demo(UnitOfWork(store), DemoOptions(residents=residents, password=PASSWORD))
    store.dispose()


def _store(folder: Path, residents: int) -> Path:
    """A copy of the demo store of this size and schema, built once and kept."""
    from app.db.store import head_revision, sqlite_backup

    kept = Path(tempfile.gettempdir()) / "permit-review-bench"
    kept.mkdir(exist_ok=True)
    source = kept / f"dashboard-{residents}-rev{head_revision()}.sqlite3"
    if not source.exists():
        partial = source.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        subprocess.run(
            [sys.executable, "-m", "tests.bench.dashboard", "build", str(partial), str(residents)],
            cwd=ROOT, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
        )  # fmt: skip
        sqlite_backup(partial, source)  # one file, without its write-ahead log
        for leftover in partial.parent.glob(partial.name + "*"):
            leftover.unlink()
    target = folder / "store.sqlite3"
    sqlite_backup(source, target)
    return target


def _replay(path: Path, statements: list[tuple[str, Any]]) -> float:
    """Median seconds of running `statements` on a raw sqlite3 connection (read to the end)."""
    from app.db import functions

    conn = sqlite3.connect(path)
    functions.register(conn)  # the store's own aggregate, as every store connection has it
    try:

        def run() -> None:
            for sql, params in statements:
                conn.execute(sql, params).fetchall()

        run()
        return median_seconds(run, RUNS)
    finally:
        conn.close()


def _selects(store: Any, fn: Any) -> list[tuple[str, Any]]:
    """The SELECTs `fn()` runs on `store`'s engine, with their parameters."""
    from sqlalchemy import event

    found: list[tuple[str, Any]] = []

    def capture(_c: Any, _cur: Any, sql: str, params: Any, _ctx: Any, _m: Any) -> None:
        if sql.lstrip().upper().startswith(("SELECT", "WITH")):
            found.append((sql, params))

    event.listen(store.engine, "before_cursor_execute", capture)
    try:
        fn()
    finally:
        event.remove(store.engine, "before_cursor_execute", capture)
    return found


def rows() -> list[BenchRow]:
    from sqlalchemy import func, select

    from app.db.models import Decision, User
    from app.db.store import open_store
    from app.domain.roles import Role
    from app.services import reports
    from app.services.context import Actor, UnitOfWork

    residents = int(os.environ.get("BENCH_RESIDENTS", FULL_SCALE))
    with tempfile.TemporaryDirectory() as tmp:
        path = _store(Path(tmp), residents)
        store = open_store(f"sqlite:///{path}")
        try:
            with store.reading() as session:
                user = session.scalars(select(User).where(User.username == "supervisor")).one()
                actor = Actor(user.id, user.username, user.full_name, frozenset({Role.SUPERVISOR}))
                last = session.scalar(select(func.max(Decision.proposed_at)))
            day = (last or dt.datetime.now(dt.UTC)).date()
            period = reports.Period.ending(day)

            def dashboard() -> reports.Dashboard:
                return reports.dashboard(UnitOfWork(store), actor, period)

            board = dashboard()
            value = median_seconds(dashboard, RUNS)

            statements = _selects(store, dashboard)
            baseline = _replay(path, statements)

            per_figure = _per_figure(store, period, path)
        finally:
            store.dispose()
    n = f"{residents:,}"
    out = [
        BenchRow(
            f"dashboard, all {len(board.figures)} figures, {n} cases",
            value * 1000,
            "ms",
            baseline * 1000,
            f"its {len(statements)} SELECTs, raw sqlite3",
            "<= 200 ms and <= 2x",
        )
    ]
    for key, (mine, raw, count) in per_figure.items():
        out.append(
            BenchRow(
                f"  figure {key}", mine * 1000, "ms", raw * 1000, f"{count} SELECTs, raw sqlite3"
            )
        )
    return out


def _per_figure(store: Any, period: Any, path: Path) -> dict[str, tuple[float, float, int]]:
    """Each figure on its own: the service's time beside its SELECTs on raw sqlite3."""
    from app.services import reports
    from app.services.context import UnitOfWork

    makers = {
        "states": lambda uow, today: reports._states(uow),
        "outcomes": lambda uow, today: reports._outcomes(uow),
        "workload": lambda uow, today: reports._workload(uow),
        "throughput": lambda uow, today: reports._throughput(uow, period),
        "durations": lambda uow, today: reports._durations(uow, period),
        "appeals": lambda uow, today: reports._appeals(uow),
        "attention": lambda uow, today: reports._attention(uow, today),
    }
    found = {}
    for key, make in makers.items():
        uow = UnitOfWork(store)

        def figure(make: Any = make, uow: UnitOfWork = uow) -> None:
            with uow:
                reports._begin_reading(uow)
                make(uow, uow.clock.today())

        figure()
        mine = median_seconds(figure, RUNS)
        statements = _selects(store, figure)
        found[key] = (mine, _replay(path, statements), len(statements))
    return found


if __name__ == "__main__":
    if sys.argv[1] == "build":
        _build(Path(sys.argv[2]), int(sys.argv[3]))
