"""Writing many rows at once: Core inserts and the driver's executemany, never one ORM
object per row."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, Table, insert

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


def insert_returning_ids(
    conn: Connection, table: Table, rows: Sequence[dict[str, Any]]
) -> list[int]:
    """Insert `rows` (with SQLAlchemy's type handling) and give back their ids, in order."""
    if not rows:
        return []
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(conn.execute(statement, list(rows)).scalars())


def insert_plain(
    conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> None:
    """Insert rows of plain values (ints and text) through the driver's executemany."""
    if not rows:
        return
    marker = _MARKERS.get(conn.dialect.paramstyle)
    if marker is None:
        conn.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])
        return
    sql = (
        f"INSERT INTO {table.name} ({', '.join(columns)}) "
        f"VALUES ({', '.join([marker] * len(columns))})"
    )
    conn.exec_driver_sql(sql, list(rows))
