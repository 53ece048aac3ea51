"""Writing many rows at once: Core inserts and the driver's executemany, never one ORM
object per row."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Table, bindparam, func, insert, select, update

from app.db import postgres
from app.db.models import Base

BATCH = 2000
_MARKERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def chunked[T](items: Iterable[T], size: int = 500) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def table_of(model: type[Base]) -> Table:
    """The Core table of a mapped class (typed, for Core statements)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _processor(table: Table, column: str, conn: Connection) -> Any:
    """How the dialect converts a Python value for this column (None: unchanged)."""
    return table.c[column].type.dialect_impl(conn.dialect).bind_processor(conn.dialect)


def insert_rows(
    conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> None:
    """Insert rows through the driver's executemany, each value converted by its column's own
    type (dates, UTC timestamps, booleans) exactly as SQLAlchemy would convert it."""
    if not rows:
        return
    marker = _MARKERS.get(conn.dialect.paramstyle)
    if marker is None:
        conn.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])
        return
    processors = [
        (i, p) for i, c in enumerate(columns) if (p := _processor(table, c, conn)) is not None
    ]
    if processors:
        converted = []
        for row in rows:
            values = list(row)
            for i, process in processors:
                values[i] = process(values[i])
            converted.append(tuple(values))
        rows = converted
    if conn.dialect.name == "postgresql":
        postgres.copy_rows(conn, table.name, columns, rows)
        return
    sql = (
        f"INSERT INTO {table.name} ({', '.join(columns)}) "
        f"VALUES ({', '.join([marker] * len(columns))})"
    )
    conn.exec_driver_sql(sql, list(rows))


def update_rows(
    conn: Connection,
    table: Table,
    columns: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
    *,
    bump_version: bool = False,
) -> None:
    """UPDATE by id through the driver's executemany: each row is the new values of
    `columns` followed by the id; with `bump_version` the row's version goes up by one."""
    if not rows:
        return
    marker = _MARKERS.get(conn.dialect.paramstyle)
    sets = [f"{c} = {marker or ':' + c}" for c in columns]
    if bump_version:
        sets.append("version = version + 1")
    if marker is None:
        where = table.c.id == bindparam("id_")
        statement = update(table).where(where).values({c: bindparam(c) for c in columns})
        if bump_version:
            statement = statement.values(version=table.c.version + 1)
        conn.execute(
            statement, [{**dict(zip(columns, r[:-1], strict=True)), "id_": r[-1]} for r in rows]
        )
        return
    processors = [
        (i, p) for i, c in enumerate(columns) if (p := _processor(table, c, conn)) is not None
    ]
    converted = []
    for row in rows:
        values = list(row)
        for i, process in processors:
            values[i] = process(values[i])
        converted.append(tuple(values))
    sql = f"UPDATE {table.name} SET {', '.join(sets)} WHERE id = {marker}"
    conn.exec_driver_sql(sql, converted)


def insert_with_ids(
    conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> list[int]:
    """Insert rows and give back their ids, in order.

    On SQLite the import holds the write lock (BEGIN IMMEDIATE), so the ids can be
    taken after the highest one and the rows go through one executemany; elsewhere
    INSERT ... RETURNING gives them.
    """
    if not rows:
        return []
    if conn.dialect.name == "sqlite":
        highest = conn.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0
        ids = list(range(highest + 1, highest + 1 + len(rows)))
        insert_rows(
            conn, table, ("id", *columns), [(i, *row) for i, row in zip(ids, rows, strict=True)]
        )
        return ids
    if conn.dialect.name == "postgresql":
        ids = postgres.take_ids(conn, table.name, len(rows))
        insert_rows(
            conn, table, ("id", *columns), [(i, *row) for i, row in zip(ids, rows, strict=True)]
        )
        return ids
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    params = [dict(zip(columns, row, strict=True)) for row in rows]
    return list(conn.execute(statement, params).scalars())


SEARCH_TRIGGER = "resident_search_ai"


@contextmanager
def search_index_rebuilt_after(conn: Connection, new_rows: int, total_rows: int) -> Iterator[None]:
    """On SQLite, load many residents without the trigger that indexes each one for name
    search, then rebuild the index in one go: several times faster for a whole registry.

    The trigger is dropped and recreated (from its own stored text) inside the import's
    transaction, so a failed or killed import leaves it as it was.
    """
    worth_it = new_rows >= 2_000 and new_rows * 10 >= total_rows
    trigger = None
    if conn.dialect.name == "sqlite" and worth_it:
        trigger = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
            (SEARCH_TRIGGER,),
        ).scalar()
    if trigger is None:
        yield
        return
    conn.exec_driver_sql(f"DROP TRIGGER {SEARCH_TRIGGER}")
    yield
    conn.exec_driver_sql("INSERT INTO resident_search(resident_search) VALUES ('rebuild')")
    conn.exec_driver_sql(trigger)
