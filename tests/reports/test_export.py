"""Exports: formula cells neutralised, every other value back unchanged (CSV and XLSX)."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from app.db.models import AuditEvent
from app.db.store import Store
from app.domain.errors import PermissionDenied, ValidationError
from app.reports.export import Table, write_table
from app.services import reports
from app.services.context import Actor, UnitOfWork
from tests.factories import make_case

Uow = Callable[[], UnitOfWork]

HOSTILE = ["=1+2", "+370 5 271 7112", "-5", "@SUM(A1:A2)", "\tTAB", "\rCR", '=HYPERLINK("x")']
PLAIN: list[Any] = [
    "Žukauskas Ąžuolas Čiurlionis",
    "Иванов Иван Иванович",
    "ąčęėįšųūž ĄČĘĖĮŠŲŪŽ ёЁ",
    "a=b",
    "O'Brien",
    "line one\nline two",
    " leading space",
    "",
    42,
    -7,
    3.25,
    dt.date(2026, 1, 31),
]


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def read_xlsx(path: Path) -> list[list[Any]]:
    book = openpyxl.load_workbook(path, read_only=True)
    sheet = book.worksheets[0]
    found = [["" if v is None else v for v in row] for row in sheet.iter_rows(values_only=True)]
    book.close()
    return found


def as_text(value: Any) -> str:
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def table() -> Table:
    return Table("Sample", [("value", "Value")], [[v] for v in HOSTILE + PLAIN])


def test_csv_neutralises_formulas_and_keeps_the_rest(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    assert write_table(table(), target, "csv") == len(HOSTILE) + len(PLAIN)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    got = [row[0] for row in read_csv(target)[1:]]
    assert got[: len(HOSTILE)] == ["'" + v for v in HOSTILE]
    expected = [v.isoformat() if isinstance(v, dt.date) else str(v) for v in PLAIN]
    assert got[len(HOSTILE) :] == expected


def test_xlsx_neutralises_formulas_and_keeps_the_rest(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    write_table(table(), target, "xlsx")
    got = [row[0] for row in read_xlsx(target)]
    assert got[0] == "Value"
    # A spreadsheet keeps a line break as a line feed.
    assert got[1 : 1 + len(HOSTILE)] == ["'" + v.replace("\r", "\n") for v in HOSTILE]
    back = got[1 + len(HOSTILE) :]
    assert back[:-1] == PLAIN[:-1]
    assert isinstance(back[-1], dt.datetime) and back[-1].date() == PLAIN[-1]
    # Nothing in the workbook is a formula.
    book = openpyxl.load_workbook(target)
    assert all(cell.data_type != "f" for row in book.worksheets[0].iter_rows() for cell in row)


def test_a_bad_target_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        write_table(table(), tmp_path / "missing" / "out.csv", "csv")
    with pytest.raises(ValidationError, match="unknown format"):
        write_table(table(), tmp_path / "out.ods", "ods")


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_cases_export_keeps_names_in_both_scripts(
    store: Store, uow_factory: Uow, users: dict[str, Actor], tmp_path: Path, fmt: str
) -> None:
    make_case(store, "10000001", surname="Žemaitytė", given_names="Aušrinė",
              surname_native="Жемайтите", given_names_native="Аушрине")  # fmt: skip
    make_case(store, "10000002", surname="=cmd|' /C calc'!A0", given_names="-2+3",
              surname_native="Пётр", given_names_native="@Ёлкин", citizenship="RU")  # fmt: skip
    target = tmp_path / f"cases.{fmt}"
    done = reports.export_view(uow_factory(), users["sam"], "cases", fmt, target)
    assert done.details["rows"] == 2
    found = read_csv(target) if fmt == "csv" else read_xlsx(target)
    assert found[0][:7] == [
        "Case",
        "Permit",
        "Surname",
        "Given names",
        "Surname (native)",
        "Given names (native)",
        "Citizenship",
    ]
    assert found[1][1:7] == ["10000001", "Žemaitytė", "Aušrinė", "Жемайтите", "Аушрине", "BY"]
    assert found[2][1:7] == [
        "10000002",
        "'=cmd|' /C calc'!A0",
        "'-2+3",
        "Пётр",
        "'@Ёлкин",
        "RU",
    ]
    with uow_factory() as uow:
        event = uow.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "report_exported")
        ).one()
        assert event.after["view"] == "cases" and event.after["rows"] == 2


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_each_dashboard_figure_exports_as_shown(
    uow_factory: Uow, users: dict[str, Actor], known: dict[str, str], tmp_path: Path, fmt: str
) -> None:
    board = reports.dashboard(uow_factory(), users["sam"])
    for figure in board.figures:
        target = tmp_path / f"{figure.key}.{fmt}"
        reports.export_view(uow_factory(), users["sam"], figure.key, fmt, target)
        found = read_csv(target) if fmt == "csv" else read_xlsx(target)
        assert found[0] == [h for _, h in figure.columns]
        expected = [list(r) for r in figure.rows]
        if fmt == "csv":
            expected = [
                [
                    "" if v is None else v.isoformat() if isinstance(v, dt.date) else str(v)
                    for v in r
                ]
                for r in expected
            ]
        else:
            found = [[v.date() if isinstance(v, dt.datetime) else v for v in r] for r in found]
            expected = [["" if v is None else v for v in r] for r in expected]
        assert found[1:] == expected, figure.key


def test_exports_follow_the_roles(
    uow_factory: Uow, users: dict[str, Actor], tmp_path: Path
) -> None:
    with pytest.raises(PermissionDenied):
        reports.export_view(uow_factory(), users["olga"], "cases", "csv", tmp_path / "a.csv")
    with pytest.raises(PermissionDenied):
        reports.export_view(uow_factory(), users["sam"], "audit", "csv", tmp_path / "a.csv")
    done = reports.export_view(uow_factory(), users["admin"], "audit", "xlsx", tmp_path / "a.xlsx")
    assert done.details["rows"] > 0
    with pytest.raises(ValidationError, match="unknown view"):
        reports.export_view(uow_factory(), users["sam"], "letters", "csv", tmp_path / "b.csv")


def test_a_shown_list_is_exported_only_by_those_who_may_read_it(
    uow_factory: Uow, users: dict[str, Actor], tmp_path: Path
) -> None:
    shown = Table("Queue", [("case", "Case"), ("name", "Name")], [["PR24-000001", "Žukauskas"]])
    done = reports.export_table(
        uow_factory(), users["olga"], shown, "csv", tmp_path / "q.csv", view="queue"
    )
    assert done.details["rows"] == 1
    with pytest.raises(PermissionDenied):  # the clerk's window has no queue
        reports.export_table(
            uow_factory(), users["cleo"], shown, "csv", tmp_path / "c.csv", view="queue"
        )
    with pytest.raises(PermissionDenied):  # nor the officer's an audit log
        reports.export_table(
            uow_factory(), users["olga"], shown, "csv", tmp_path / "a.csv", view="audit"
        )
    with pytest.raises(ValidationError, match="unknown list"):
        reports.export_table(
            uow_factory(), users["admin"], shown, "csv", tmp_path / "x.csv", view="anything"
        )
    assert not (tmp_path / "c.csv").exists() and not (tmp_path / "a.csv").exists()
