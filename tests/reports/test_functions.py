"""The SQLite store's duration aggregate gives PostgreSQL's percentile_cont figures."""

from __future__ import annotations

import json
import sqlite3

import pytest

from app.db import functions


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([4.0, 1.0, 3.0, 2.0], [4, 2.5, 2.5, 3.7]),  # interpolated between neighbours
        ([5.0], [1, 5.0, 5.0, 5.0]),
        ([2.0, None, 4.0], [2, 3.0, 3.0, 3.8]),  # nulls are not counted
        ([None], [0, None, None, None]),
    ],
)
def test_duration_stats(values: list[float | None], expected: list[float | None]) -> None:
    conn = sqlite3.connect(":memory:")
    functions.register(conn)
    conn.execute("CREATE TABLE t (x REAL)")
    conn.executemany("INSERT INTO t VALUES (?)", [(v,) for v in values])
    found = json.loads(conn.execute("SELECT duration_stats(x) FROM t").fetchone()[0])
    assert found == pytest.approx(expected)
