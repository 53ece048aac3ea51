"""Fixtures for the import tests: the shared sample files and a campaign ready for responses."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.db.models import (
    Answer,
    AuditEvent,
    Case,
    ImportBatch,
    Permit,
    Question,
    Questionnaire,
    Resident,
    Response,
)
from app.db.store import Store
from app.services import imports
from app.services.context import Actor, UnitOfWork

REPO = Path(__file__).resolve().parents[2]
# In CI and in the office checkout the shared folder sits beside the repository.
SAMPLES = REPO.parent / "shared" / "samples"
CAMPAIGN = "Review 2024"


@pytest.fixture(scope="session")
def samples() -> Path:
    if not (SAMPLES / "README.md").is_file():
        pytest.skip(
            f"the shared sample files are not at {SAMPLES} (../shared/samples beside "
            "the repository)"
        )
    return SAMPLES


@pytest.fixture
def admin(users: dict[str, Actor]) -> Actor:
    return users["admin"]


@pytest.fixture
def with_registry(
    uow_factory: Callable[[], UnitOfWork], admin: Actor, samples: Path
) -> Callable[[], UnitOfWork]:
    """The sample questionnaire and registry imported into 'Review 2024'."""
    imports.import_questionnaire(uow_factory(), admin, samples / "form.xlsx", CAMPAIGN)
    imports.import_registry(uow_factory(), admin, samples / "registry.csv", CAMPAIGN)
    return uow_factory


TABLES: list[Any] = [
    Resident,
    Permit,
    Case,
    Response,
    Answer,
    ImportBatch,
    Questionnaire,
    Question,
    AuditEvent,
]


def table_counts(store: Store) -> dict[str, int]:
    """Rows per table: an import that changes nothing leaves these as they were."""
    with store.reading() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in TABLES
        }
