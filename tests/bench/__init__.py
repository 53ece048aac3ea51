"""Benchmarks, run by `make bench` (never by the test suite).

Each module here exposes `rows() -> list[BenchRow]`; `python -m tests.bench` runs them all
(or those named on the command line) and prints one table.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

FULL_SCALE = 74_000


@dataclass(frozen=True)
class BenchRow:
    figure: str
    value: float
    unit: str
    baseline: float | None = None
    baseline_label: str = ""
    target: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        return self.value / self.baseline  # type: ignore[operator]


def median_seconds(fn: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of `fn` over `repeat` runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
