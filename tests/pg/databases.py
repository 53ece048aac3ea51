"""Fresh PostgreSQL databases for tests, copied from one migrated template.

The template is built once per test session (migrations, the team, the
campaign); each test then gets `CREATE DATABASE ... TEMPLATE`, a file copy
that takes a few tens of milliseconds, and drops it afterwards. A copy is
needed because the audit table refuses TRUNCATE and DELETE.
"""

from __future__ import annotations

import itertools
import os
import uuid
from collections.abc import Callable

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from app.db.store import Store, open_store

TEST_DB_ENV = "PERMIT_REVIEW_TEST_DB_URL"


def test_db_url() -> str | None:
    """The server the suite runs against, if PERMIT_REVIEW_TEST_DB_URL names one."""
    url = os.environ.get(TEST_DB_ENV, "").strip()
    if not url:
        return None
    if make_url(url).get_backend_name() != "postgresql":
        raise RuntimeError(f"{TEST_DB_ENV} must name a PostgreSQL database, not {url!r}")
    return url


class TestDatabases:
    """Makes and drops databases on the server named by `url` (a database the role may
    connect to; the role needs CREATEDB)."""

    __test__ = False  # not a test class, whatever pytest thinks of its name

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.prefix = f"prt_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        self._numbers = itertools.count(1)
        self._admin: Engine = create_engine(url, isolation_level="AUTOCOMMIT")
        self.template: str | None = None

    def url_of(self, database: str) -> str:
        return self.url.set(database=database).render_as_string(hide_password=False)

    def build_template(self, fill: Callable[[Store], None]) -> None:
        name = f"{self.prefix}_template"
        self._execute(f'CREATE DATABASE "{name}"')
        store = open_store(self.url_of(name))
        try:
            fill(store)
        finally:
            store.dispose()
        self.template = name

    def create(self, *, empty: bool = False) -> str:
        """A new database copied from the template (or an empty one); its URL."""
        name = f"{self.prefix}_{next(self._numbers)}"
        if empty:
            self._execute(f'CREATE DATABASE "{name}"')
        elif self.template is None:
            raise RuntimeError("build the template first")
        else:
            self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}" STRATEGY FILE_COPY')
        return self.url_of(name)

    def drop(self, url: str) -> None:
        name = make_url(url).database
        try:
            # FORCE ends connections a test left open.
            self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        except ProgrammingError:
            # It may not end an autovacuum worker's, when the role is not a superuser; a
            # plain DROP asks that worker to leave, and waits for it.
            self._execute(f'DROP DATABASE IF EXISTS "{name}"')

    def close(self) -> None:
        if self.template is not None:
            self.drop(self.url_of(self.template))
            self.template = None
        self._admin.dispose()

    def _execute(self, sql: str) -> None:
        with self._admin.connect() as conn:
            conn.execute(text(sql))
