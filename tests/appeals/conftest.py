"""Appeal and deadline tests run on a fixed, movable day (the board counts from "today")."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.appeals.helpers import MovableClock
from tests.gui.conftest import (  # noqa: F401 (the window tests' fixtures, for test_gui.py)
    fusion_style,
    screenshot_dir,
    shoot,
    ui_settings,
    workspace,
)

START = dt.date(2026, 1, 26)  # a Monday


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(START)
