"""Rendering many letters: in worker processes, results handed back in order.

ReportLab is pure Python and holds the GIL, so parallel rendering needs
processes. Workers are started with "spawn" (never "fork"): the parent may
hold open database connections and, in the GUI, Qt threads, neither of which
survives a fork. A bounded window of jobs is kept in flight, so that memory
stays flat over a long batch and a cancelled batch wastes little work.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from types import TracebackType

from app.letters import fonts
from app.letters.facts import LetterFacts
from app.letters.render import RenderedLetter, render

Job = Sequence[LetterFacts]


def default_workers() -> int:
    """Worker processes for a large batch: one per core, leaving the writer a share."""
    return max(1, min(4, os.cpu_count() or 1))


def _warm_up() -> None:
    fonts.register()


def render_jobs(jobs: Sequence[Job]) -> list[list[RenderedLetter]]:
    """Render a chunk of jobs (each job: the letters of one case) in this process."""
    return [[render(facts) for facts in job] for job in jobs]


class RenderPool:
    """Renders jobs in `workers` processes, or in this process when `workers` is 1."""

    def __init__(self, workers: int = 1, *, chunk: int = 4, window: int | None = None) -> None:
        self.workers = max(1, workers)
        self.chunk = max(1, chunk)
        self.window = window or 3 * self.workers
        self._executor: ProcessPoolExecutor | None = None

    def __enter__(self) -> RenderPool:
        if self.workers > 1:
            self._executor = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_warm_up,
            )
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def render(self, jobs: Iterable[Job]) -> Iterator[list[RenderedLetter]]:
        """The rendered letters of each job, in the order of `jobs`, as they become ready."""
        source = iter(jobs)
        if self._executor is None:
            for job in source:
                yield [render(facts) for facts in job]
            return
        executor = self._executor
        pending: deque[Future[list[list[RenderedLetter]]]] = deque()

        def submit_next() -> bool:
            chunk = list(islice(source, self.chunk))
            if chunk:
                pending.append(executor.submit(render_jobs, chunk))
            return bool(chunk)

        while len(pending) < self.window and submit_next():
            pass
        while pending:
            done = pending.popleft().result()
            submit_next()
            yield from done
