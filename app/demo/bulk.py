"""Many rows into one table at once.

On SQLite the rows go to the driver's `executemany` as tuples, after the
columns' own bind processors (dates, timestamps, JSON) have converted them;
that skips the per-row bookkeeping of a Core `insert()` with a list of
dictionaries, which for the demo's two million answers costs more than
SQLite's own work. Other databases get the Core `insert()`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import Any

from sqlalchemy import Table, insert, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

Row = dict[str, Any]
# The FTS5 index over resident names and its insert trigger (migration 0001).
SEARCH_INDEX = "resident_search"
SEARCH_TRIGGER = "resident_search_ai"


def _insert_sql(session: Session, table: Table, columns: Sequence[str]) -> str:
    prepare = session.connection().dialect.identifier_preparer
    return (
        f"INSERT INTO {prepare.format_table(table)} "
        f"({', '.join(prepare.quote(name) for name in columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})"
    )


def insert_rows(session: Session, table: Table, rows: Sequence[Row]) -> None:
    """Insert dictionaries of column values, converted as the columns' types say."""
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    if dialect.name != "sqlite":
        connection.execute(insert(table), list(rows))
        return
    names = list(rows[0])
    processors: list[Callable[[Any], Any] | None] = [
        table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names
    ]
    sql = _insert_sql(session, table, names)
    if not any(processors):
        connection.exec_driver_sql(sql, [tuple(row[name] for name in names) for row in rows])
        return
    steps = list(zip(names, processors, strict=True))
    connection.exec_driver_sql(
        sql,
        [
            tuple(
                row[name] if process is None or row[name] is None else process(row[name])
                for name, process in steps
            )
            for row in rows
        ],
    )


def insert_values(
    session: Session, table: Table, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> None:
    """Insert tuples of plain values (integers and text) that need no conversion."""
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    if dialect.name != "sqlite":
        connection.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])
        return
    connection.exec_driver_sql(_insert_sql(session, table, columns), list(rows))


@contextmanager
def search_index_rebuilt_after(session: Session) -> Iterator[None]:
    """Fill the SQLite name-search index once at the end instead of row by row.

    The insert trigger that keeps `resident_search` is dropped for the block and
    restored from its own stored definition; the index is then rebuilt from the
    residents. Both happen in the caller's transaction, so a failure undoes them.
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    definition = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
        (SEARCH_TRIGGER,),
    ).scalar()
    if definition is None:
        yield
        return
    connection.exec_driver_sql(f"DROP TRIGGER {SEARCH_TRIGGER}")
    yield
    connection.exec_driver_sql(definition)
    connection.exec_driver_sql(f"INSERT INTO {SEARCH_INDEX}({SEARCH_INDEX}) VALUES ('rebuild')")


@contextmanager
def roomy_page_cache(session: Session, mebibytes: int = 128) -> Iterator[None]:
    """Let one large SQLite transaction keep its pages in memory instead of spilling
    them to the log as it goes; the connection's own setting comes back afterwards."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    before = int(connection.exec_driver_sql("PRAGMA cache_size").scalar() or -2000)
    connection.exec_driver_sql(f"PRAGMA cache_size = {-1024 * mebibytes}")
    try:
        yield
    except BaseException:
        # The error that stopped the fill is the one to report, not a failed restore.
        with suppress(SQLAlchemyError):
            connection.exec_driver_sql(f"PRAGMA cache_size = {before}")
        raise
    connection.exec_driver_sql(f"PRAGMA cache_size = {before}")


def advance_id_sequences(session: Session, tables: Sequence[Table]) -> None:
    """After rows were written with their ids given, move PostgreSQL's id sequences past
    them so that later inserts do not collide. SQLite takes the next id from the table."""
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        return
    for table in tables:
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence(:name, 'id'), max(id)) "
                f"FROM {connection.dialect.identifier_preparer.format_table(table)}"
            ),
            {"name": table.name},
        )
