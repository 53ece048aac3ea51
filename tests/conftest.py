"""Shared fixtures: a migrated store with one user per role, copied fresh for each test.

The store is an SQLite file, or a PostgreSQL database when the environment
variable PERMIT_REVIEW_TEST_DB_URL names a server (see tests/pg/databases.py).
Tests marked `sqlite_only` (they examine the SQLite file itself) always get
the SQLite store.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import select

from app.db.models import Campaign, User
from app.db.store import Store, open_store, sqlite_backup
from app.domain.roles import Role
from app.services import accounts
from app.services.context import Actor, Clock, UnitOfWork
from tests.pg.databases import TEST_DB_ENV, TestDatabases, test_db_url

PASSWORD = "correct horse battery"
TEAM = [
    ("olga", "Olga Petrauskienė", Role.OFFICER),
    ("oleg", "Olegas Jankauskas", Role.OFFICER),
    ("sam", "Samanta Kazlauskaitė", Role.SUPERVISOR),
    ("sue", "Simona Vaitkutė", Role.SUPERVISOR),
    ("cleo", "Kleopatra Žilinskienė", Role.CLERK),
]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: examines the SQLite file; gets an SQLite store on every run"
    )
    config.addinivalue_line("markers", f"postgresql: needs a PostgreSQL server (set {TEST_DB_ENV})")


def fill_template(store: Store) -> None:
    """The admin, the team and the campaign every test starts from."""
    uow = UnitOfWork(store)
    admin = accounts.initialise(
        uow, username="admin", full_name="Ada Administratorė", password=PASSWORD
    )
    for username, full_name, role in TEAM:
        accounts.add_user(
            UnitOfWork(store),
            admin,
            username=username,
            full_name=full_name,
            roles=frozenset({role}),
            password=PASSWORD,
        )
    with store.session() as session:
        session.add(Campaign(name="Review 2024", code="PR24"))
        session.commit()


@pytest.fixture(scope="session")
def template_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated store with the team, made once per test session."""
    folder = tmp_path_factory.mktemp("template")
    store = open_store(f"sqlite:///{folder / 'template.sqlite3'}")
    fill_template(store)
    store.dispose()
    copy = folder / "clean.sqlite3"
    sqlite_backup(folder / "template.sqlite3", copy)
    return copy


@pytest.fixture(scope="session")
def pg_databases() -> Iterator[TestDatabases]:
    """Databases copied from a migrated template on the server under test."""
    url = test_db_url()
    if url is None:
        pytest.skip(f"{TEST_DB_ENV} is not set")
    databases = TestDatabases(url)
    databases.build_template(fill_template)
    yield databases
    databases.close()


def uses_postgresql(request: pytest.FixtureRequest) -> bool:
    return test_db_url() is not None and request.node.get_closest_marker("sqlite_only") is None


@pytest.fixture
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if uses_postgresql(request):
        databases: TestDatabases = request.getfixturevalue("pg_databases")
        url = databases.create()
        opened = open_store(url, backups=tmp_path / "backups")
        yield opened
        opened.dispose()
        databases.drop(url)
        return
    template: Path = request.getfixturevalue("template_store")
    target = tmp_path / "store.sqlite3"
    sqlite_backup(template, target)
    opened = open_store(f"sqlite:///{target}", backups=tmp_path / "backups")
    yield opened
    opened.dispose()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def uow_factory(store: Store, clock: Clock) -> Callable[[], UnitOfWork]:
    return lambda: UnitOfWork(store, clock)


@pytest.fixture
def users(uow_factory: Callable[[], UnitOfWork]) -> dict[str, Actor]:
    """Logged-in actors by user name: admin, olga, oleg, sam, sue, cleo."""
    with uow_factory() as uow:
        rows = uow.session.scalars(select(User)).all()
        return {
            u.username: Actor(u.id, u.username, u.full_name, frozenset(Role(r) for r in u.roles))
            for u in rows
        }
