"""Many rows into one table at once.

On SQLite the rows go to the driver's `executemany` as tuples, after the
columns' own bind processors (dates, timestamps, JSON) have converted them;
that skips the per-row bookkeeping of a Core `insert()` with a list of
dictionaries, which for the demo's two million answers costs more than
SQLite's own work. Other databases get the Core `insert()`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

Row = dict[str, Any]


def insert_rows(session: Session, table: Table, rows: Sequence[Row]) -> None:
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
    prepare = dialect.identifier_preparer
    sql = (
        f"INSERT INTO {prepare.format_table(table)} "
        f"({', '.join(prepare.quote(name) for name in names)}) "
        f"VALUES ({', '.join('?' for _ in names)})"
    )
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
