"""Shared fixtures: a migrated store with one user per role, copied fresh for each test.

The store is an SQLite file, or a PostgreSQL database when the environment
variable PERMIT_REVIEW_TEST_DB_URL names a server (see tests/pg/databases.py).
Tests marked `sqlite_only` (they examine the SQLite file itself) always get
the SQLite store. With `--only-server-tests` such a run keeps only the tests
that use the server (the others ran, unchanged, in the SQLite run).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The windows speak English in tests, whatever a user's setting; the tests of the
# translations switch language themselves (tests/gui/test_translations.py).
os.environ["PERMIT_REVIEW_LANGUAGE"] = "en"

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


SERVER_FIXTURES = frozenset({"store", "server_url", "pg_url", "pg_databases"})


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--only-server-tests",
        action="store_true",
        help=f"with {TEST_DB_ENV}: run only the tests that use the PostgreSQL server",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not config.getoption("only_server_tests"):
        return
    if test_db_url() is None:
        raise pytest.UsageError(f"--only-server-tests needs {TEST_DB_ENV}")
    keep, drop = [], []
    for item in items:
        uses = SERVER_FIXTURES & set(getattr(item, "fixturenames", ()))
        on_server = bool(uses) or item.nodeid.startswith("tests/pg/")
        (keep if on_server and not item.get_closest_marker("sqlite_only") else drop).append(item)
    config.hook.pytest_deselected(items=drop)
    items[:] = keep


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
def server_url(request: pytest.FixtureRequest) -> Iterator[str | None]:
    """For a test that makes its own store (through the command line, say): a new, empty
    database on the server under test, or None when the suite runs on SQLite."""
    if not uses_postgresql(request):
        yield None
        return
    databases: TestDatabases = request.getfixturevalue("pg_databases")
    url = databases.create(empty=True)
    yield url
    databases.drop(url)


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
