"""The known store of known_store.py, with the clock at its 'now'."""

from __future__ import annotations

import pytest

from app.db.store import Store
from app.services.context import Clock
from tests.reports.known_store import NOW, fill_known_store


@pytest.fixture
def clock() -> Clock:
    return Clock(lambda: NOW)


@pytest.fixture
def known(store: Store) -> dict[str, str]:
    return fill_known_store(store)
