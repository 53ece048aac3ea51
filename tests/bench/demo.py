"""`permit-review demo --residents 74000`: the whole command in its own process.

The figure is the wall time of the command line run in a new data folder
(start-up, schema, six users, the population with its responses and casework,
a few letters). The baseline is a raw `sqlite3.executemany` of the same
resident, permit and case rows, read back from the demo's store, into an empty
file with the same three tables and their indexes: the bare cost of storing
the population without generating it, its answers or its casework.

`BENCH_RESIDENTS=5000 python -m tests.bench demo` runs a smaller scale.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench import FULL_SCALE, BenchRow

PASSWORD = "demo password 2024"
TABLES = ("resident", "permit", "review_case")


def _run_demo(data: Path, residents: int) -> tuple[float, dict[str, object]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PERMIT_REVIEW_")}
    command = [sys.executable, "-m", "app", "--data-dir", str(data), "demo"]
    command += ["--residents", str(residents), "--password", PASSWORD, "--json"]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"demo failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    result: dict[str, object] = json.loads(done.stdout)
    return wall, result


def _raw_insert(source: Path, target: Path) -> float:
    """Seconds to executemany the demo's resident, permit and case rows into an empty file."""
    with sqlite3.connect(source) as src:
        schema = [
            sql
            for (sql,) in src.execute(
                "SELECT sql FROM sqlite_master WHERE tbl_name IN (?, ?, ?) "
                "AND type IN ('table', 'index') AND sql IS NOT NULL ORDER BY type DESC",
                TABLES,
            )
        ]
        rows = {t: src.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in TABLES}
    db = sqlite3.connect(target, isolation_level=None)
    try:
        for sql in schema:
            db.execute(sql)
        started = time.perf_counter()
        db.execute("BEGIN")
        for table in TABLES:
            marks = ", ".join("?" * len(rows[table][0]))
            db.executemany(f"INSERT INTO {table} VALUES ({marks})", rows[table])
        db.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        db.close()


def rows() -> list[BenchRow]:
    residents = int(os.environ.get("BENCH_RESIDENTS", FULL_SCALE))
    with tempfile.TemporaryDirectory(prefix="bench-demo-") as tmp:
        folder = Path(tmp)
        wall, result = _run_demo(folder / "data", residents)
        (store,) = (folder / "data").glob("*.sqlite3")
        baseline = _raw_insert(store, folder / "raw.sqlite3")
    label = f"raw sqlite3 executemany of its {residents:,} resident+permit+case rows"
    return [
        BenchRow(
            f"demo --residents {residents:,} (command, wall)",
            wall,
            "s",
            baseline,
            label,
            "< 60 s",
        ),
        BenchRow(
            f"demo --residents {residents:,}: fill as reported ({result['answers']:,} answers)",
            float(str(result["seconds"])),
            "s",
            target="< 60 s",
        ),
    ]
