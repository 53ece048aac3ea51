"""The queue and the case view at full scale (74,000 cases), in the window.

The store is filled by the demo generator (app.demo.fill_demo) in its own
process and kept, per schema revision and size, in the temporary folder for
later runs (a copy is measured, never the kept file). The measurements run in
a fresh process too, so that its memory holds only the window and the queue.

Each window figure is the wall time from the user's action to the table or
case painted, through the worker thread, with the median of five runs after
one to warm the caches. The queue reads in two steps: its first page (the ids
with a LIMIT, and their rows), painted at once, then the ids of the whole
queue, whose rows are added below; both times are reported. Beside each, the
baseline is the same SQL run on a raw sqlite3 connection (compiled from the
same statements); for a case, every SELECT the service ran, as captured from
the engine, with its parameters.
Memory is the resident set with the queue loaded (scrolled through, several
cases opened) above the same process showing an empty window.

`BENCH_RESIDENTS=5000 python -m tests.bench queue` runs a smaller scale.
"""

from __future__ import annotations

import gc
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from tests.bench import FULL_SCALE, BenchRow

ROOT = Path(__file__).resolve().parents[2]
RUNS = 5
PASSWORD = "bench password 2024"
SEARCHES = {"Latin, folded": "smirn", "Cyrillic": "иван"}


# --- the store ---------------------------------------------------------------------------


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
    source = kept / f"queue-{residents}-rev{head_revision()}.sqlite3"
    if not source.exists():
        partial = source.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        subprocess.run(
            [sys.executable, "-m", "tests.bench.queue", "build", str(partial), str(residents)],
            cwd=ROOT, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
        )  # fmt: skip
        sqlite_backup(partial, source)  # one file, without its write-ahead log
        for leftover in partial.parent.glob(partial.name + "*"):
            leftover.unlink()
    target = folder / "store.sqlite3"
    sqlite_backup(source, target)
    return target


# --- measuring, in its own process ---------------------------------------------------------


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _median_ms(fn: Callable[[], object], runs: int = RUNS) -> float:
    fn()  # warm the caches
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def _measure(path: Path) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow
    from sqlalchemy import event, select

    from app.db.models import Case, User
    from app.db.store import open_store
    from app.domain.roles import Role
    from app.paths import Paths
    from app.services import queries
    from app.services import queue as queue_service
    from app.services.context import Actor, UnitOfWork
    from app.services.queue import QueueQuery
    from ui import theme
    from ui.context import ChangeBus, ViewContext, Workspace
    from ui.main_window import MainWindow
    from ui.models.queue import COLUMN, COLUMNS, PAGE_SIZE
    from ui.tasks import TaskRunner
    from ui.views.queue import QueueView

    app = QApplication([sys.argv[0]])
    theme.apply(app)
    store = open_store(f"sqlite:///{path}")
    folder = path.parent
    paths = Paths(
        data=folder, config=folder / "config", logs=folder / "logs", backups=folder / "backups"
    )
    paths.ensure()
    workspace = Workspace(paths, store)
    settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
    with store.session() as session:
        users = {u.username: u for u in session.scalars(select(User))}
        actors = {
            name: Actor(u.id, u.username, u.full_name, frozenset(Role(r) for r in u.roles))
            for name, u in users.items()
        }
    supervisor, officer = actors["supervisor"], actors["officer"]
    # Count the markers once, as the first opening of the queue does (not timed here).
    started = time.perf_counter()
    queue_service.refresh_marks(UnitOfWork(store), supervisor)
    marks_seconds = time.perf_counter() - started
    raw = sqlite3.connect(path)

    def wait(until: Callable[[], bool], timeout_ms: int = 60_000) -> None:
        """Run the event loop (as app.exec() does, leaving the workers the interpreter)
        until `until()` holds, looking every 2 ms."""
        if until():
            return
        loop = QEventLoop()
        deadline = time.perf_counter() + timeout_ms / 1000
        timer = QTimer()
        timer.setInterval(2)

        def check() -> None:
            if until() or time.perf_counter() > deadline:
                loop.quit()

        timer.timeout.connect(check)
        timer.start()
        loop.exec()
        timer.stop()
        if not until():
            raise TimeoutError("the window did not finish in time")

    # An empty window first: the memory baseline.
    empty = QMainWindow()
    empty.resize(1366, 768)
    empty.show()
    app.processEvents()
    gc.collect()
    empty_rss = _rss_mb()
    empty.close()

    def window_for(actor: Actor) -> MainWindow:
        """A window as after login (on its overview, its work done), before the queue."""
        settings.clear()
        runner = TaskRunner()
        window = MainWindow(ViewContext(workspace, actor, runner, ChangeBus()), settings)
        window.resize(1366, 768)
        window.show()
        wait(lambda: runner.running == 0)
        app.processEvents()
        return window

    def queue_of(window: MainWindow) -> QueueView:
        started_view = window.show_view("queue")
        assert isinstance(started_view, QueueView)
        return started_view

    paints = {"count": 0}

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                paints["count"] += 1
            return False

    watch = PaintWatch()

    heads = {"count": 0}
    before = 0  # the count of first pages shown when the measured action began

    def head_shown() -> None:
        heads["count"] += 1

    def painted(view: QueueView, asked: float) -> tuple[float, float]:
        """Seconds from `asked` until the queue's first page was painted, and until the ids
        of the whole queue were in. Work the view does meanwhile for later (the filter
        choices, the workload, the next page) goes on; it is waited for before the next
        measurement starts."""
        view.table.viewport().installEventFilter(watch)
        wait(lambda: heads["count"] > before)
        seen = paints["count"]
        view.table.viewport().update()
        wait(lambda: paints["count"] > seen)
        first = time.perf_counter() - asked
        wait(lambda: view.loaded and not view.model.busy)
        return first, time.perf_counter() - asked

    def idle(view: QueueView) -> None:
        wait(lambda: view.ctx.tasks.running == 0)

    def opened(window: MainWindow) -> tuple[QueueView, tuple[float, float]]:
        """The queue view, shown for the first time, and when it was painted."""
        nonlocal before
        before = heads["count"]
        started = time.perf_counter()
        view = queue_of(window)
        view.model.first_page_shown.connect(head_shown)
        return view, painted(view, started)

    # First paint: a new window's queue, from asking for it to its first page painted.
    first_paints = []
    for _ in range(RUNS + 1):
        fresh = window_for(supervisor)
        fresh_view, times = opened(fresh)
        first_paints.append(times)
        idle(fresh_view)
        fresh.close()
        fresh.deleteLater()

    def medians(times: list[tuple[float, float]]) -> tuple[float, float]:
        kept = times[1:]  # the first run warms the caches
        return (
            statistics.median(t[0] for t in kept) * 1000,
            statistics.median(t[1] for t in kept) * 1000,
        )

    window = window_for(supervisor)
    view, _ = opened(window)
    idle(view)

    def compiled(stmt: Any) -> str:
        return str(
            stmt.compile(dialect=store.engine.dialect, compile_kwargs={"literal_binds": True})
        )

    def raw_query(query: QueueQuery, actor: Actor = supervisor) -> tuple[float, float]:
        """The same SQL on a raw connection: the first page's (ids with LIMIT, then their
        rows), and the whole queue's ids; milliseconds, medians."""
        with UnitOfWork(store) as uow:
            statement = queue_service.ids_statement(uow, actor, query)
            head_sql = compiled(statement.limit(PAGE_SIZE))
            ids_sql = compiled(statement)
        head = [r[0] for r in raw.execute(head_sql)]
        page_sql = compiled(queue_service._rows_statement(head or [0]))

        def first_page() -> None:
            [r[0] for r in raw.execute(head_sql)]
            raw.execute(page_sql).fetchall()

        def whole() -> None:
            [r[0] for r in raw.execute(ids_sql)]

        return _median_ms(first_page), _median_ms(whole)

    figures: dict[str, Any] = {
        "cases": len(view.model.case_ids),
        "marks_seconds": marks_seconds,
        "first_paint": (*medians(first_paints), *raw_query(QueueQuery())),
    }

    def timed_query(query: QueueQuery) -> tuple[float, float, float, float]:
        nonlocal before
        times = []
        for _ in range(RUNS + 1):
            idle(view)
            before = heads["count"]
            started = time.perf_counter()
            view.model.set_query(query)
            times.append(painted(view, started))
        idle(view)
        return (*medians(times), *raw_query(query))

    sorts = {}
    for column in COLUMNS:
        for descending in (False, True):
            query = QueueQuery(sort=column.key, descending=descending)
            key = f"{column.title}{' (descending)' if descending else ''}"
            sorts[key] = timed_query(query)
            assert COLUMN[column.key] >= 0
    figures["sorts"] = sorts
    filters = {
        "state imported": QueueQuery(state="imported"),
        "citizenship RU, by name": QueueQuery(citizenship="RU", sort="name"),
        "officer, by days in state": QueueQuery(officer="officer", sort="days"),
        "no response": QueueQuery(no_response=True),
    }
    figures["filters"] = {name: timed_query(q) for name, q in filters.items()}
    figures["searches"] = {
        f"{name} '{text}'": timed_query(QueueQuery(search=text, sort="name"))
        for name, text in SEARCHES.items()
    }
    before = heads["count"]
    view.model.set_query(QueueQuery())
    painted(view, time.perf_counter())

    # Case open: an officer's own cases under assessment.
    officer_window = window_for(officer)
    officer_view, _ = opened(officer_window)
    idle(officer_view)
    with store.session() as session:
        numbers = list(
            session.scalars(
                select(Case.case_number)
                .where(Case.assigned_to_id == officer.user_id, Case.state == "in_assessment")
                .order_by(Case.id)
                .limit(RUNS + 1)
            )
        )
    case_view = officer_view.case_view
    case_times: list[float] = []

    def shown(number: str) -> bool:
        return case_view.case_number == number and not case_view.busy.isVisible()

    for number in numbers:
        idle(officer_view)
        started = time.perf_counter()
        officer_view.open_case(number)
        wait(partial(shown, number))
        case_view.repaint()
        case_times.append((time.perf_counter() - started) * 1000)
    statements: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", capture)
    queries.case_file(UnitOfWork(store), officer, numbers[0])
    event.remove(store.engine, "before_cursor_execute", capture)

    def raw_case() -> None:
        for statement, parameters in statements:
            raw.execute(statement, parameters).fetchall()

    figures["case_open"] = (
        statistics.median(case_times[1:]),
        _median_ms(raw_case),
        len(statements),
    )

    # Memory: scroll the whole queue through, open cases, then measure.
    table = view.table
    bar = table.verticalScrollBar()
    for step in range(0, 101, 2):
        bar.setValue(bar.maximum() * step // 100)
        table.viewport().repaint()
        wait(lambda: view.ctx.tasks.running == 0)
    gc.collect()
    app.processEvents()
    figures["memory"] = (_rss_mb() - empty_rss, empty_rss, len(view.model.loaded_pages()))
    for w in (window, officer_window):
        w.close()
    store.dispose()
    return figures


# --- the table -----------------------------------------------------------------------------


def rows() -> list[BenchRow]:
    residents = int(os.environ.get("BENCH_RESIDENTS", FULL_SCALE))
    with tempfile.TemporaryDirectory(prefix="bench-queue-") as tmp:
        path = _store(Path(tmp), residents)
        done = subprocess.run(
            [sys.executable, "-m", "tests.bench.queue", "measure", str(path)],
            cwd=ROOT, capture_output=True, text=True, check=False,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
        )  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(f"the queue bench failed: {done.stderr.strip()[-800:]}")
        figures = json.loads(done.stdout.strip().splitlines()[-1])
    n = f"{figures['cases']:,}"
    raw = "same SQL, raw sqlite3"
    first, whole, raw_first, raw_whole = figures["first_paint"]
    out = [
        BenchRow(
            f"queue first paint ({n} cases, supervisor): first page",
            first,
            "ms",
            raw_first,
            raw,
            "<= 100 ms",
        ),
        BenchRow("queue first paint: ids of the whole queue in", whole, "ms", raw_whole, raw),
    ]
    for kind, what in (("sorts", "sort"), ("filters", "filter"), ("searches", "search")):
        entries = figures[kind]
        for name, (first, _, raw_first, _) in entries.items():
            out.append(
                BenchRow(
                    f"queue {what}: {name}: first page",
                    first,
                    "ms",
                    raw_first,
                    raw,
                    "<= 150 ms",
                )
            )
        slowest = max(entries, key=lambda k: entries[k][1])
        _, whole, _, raw_whole = entries[slowest]
        out.append(
            BenchRow(
                f"queue {what}, slowest ({slowest}): ids of the whole queue in",
                whole,
                "ms",
                raw_whole,
                raw,
            )
        )
    value, base, statements = figures["case_open"]
    out.append(
        BenchRow(
            "case open (officer, answers, items, history)",
            value,
            "ms",
            base,
            f"its {statements} SELECTs, raw sqlite3",
            "<= 100 ms",
        )
    )
    value, empty, pages = figures["memory"]
    out.append(
        BenchRow(
            f"memory above an empty window (queue scrolled, {pages} pages kept)",
            value,
            "MB",
            empty,
            "RSS of the empty window",
            "<= 150 MB",
        )
    )
    out.append(
        BenchRow(
            f"marker counts of {n} cases (once, at first opening)", figures["marks_seconds"], "s"
        )
    )
    return out


if __name__ == "__main__":
    if sys.argv[1] == "build":
        _build(Path(sys.argv[2]), int(sys.argv[3]))
    elif sys.argv[1] == "measure":
        print(json.dumps(_measure(Path(sys.argv[2]))))
