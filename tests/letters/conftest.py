"""Letter tests run on a fixed day, so that letters, numbers and deadlines are known."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services.context import Clock


class MovableClock(Clock):
    """A clock standing at a chosen moment, moved on by the test."""

    def __init__(self, at: dt.datetime) -> None:
        self.at = at
        super().__init__(lambda: self.at)

    def set_day(self, day: dt.date) -> None:
        self.at = dt.datetime.combine(day, dt.time(9, 0), tzinfo=dt.UTC)


ISSUE_DAY = dt.date(2026, 1, 26)


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(dt.datetime.combine(ISSUE_DAY, dt.time(9, 0), tzinfo=dt.UTC))
