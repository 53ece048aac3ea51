"""The weekly PDF reads back with pdftotext; `report stats` and `report export` end to end."""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from app.domain.errors import PermissionDenied
from app.services import reports
from app.services.context import Actor, UnitOfWork
from app.services.reports import Period
from tests.letters.pdftext import flat, pdf_fonts, pdf_text
from tests.test_cli import Cli, cli  # noqa: F401  (fixture)

Uow = Callable[[], UnitOfWork]
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


@needs_poppler
def test_weekly_report_extracts_with_pdftotext(
    uow_factory: Uow, users: dict[str, Actor], known: dict[str, str], tmp_path: Path
) -> None:
    target = tmp_path / "weekly.pdf"
    period = Period(dt.date(2026, 1, 12), dt.date(2026, 1, 18))
    reports.weekly_report(uow_factory(), users["sam"], target, period)
    pdf = target.read_bytes()
    text = flat(pdf_text(pdf))
    assert "Permit review: weekly statistics" in text
    assert "Period 2026-01-12 – 2026-01-18" in text
    assert "made by Samanta Kazlauskaitė" in text
    assert "3 found a risk: 2 Russia (RU) and 1 Belarus (BY)" in text
    for title in (
        "Cases by state",
        "Outcomes by citizenship",
        "Officer workload",
        "Decisions per week",
        "Appeals by outcome",
        "Deadlines needing attention",
    ):
        assert title in text  # fmt: skip
    assert "Olga Petrauskienė" in text
    assert "From proposal to sign-off" in text
    fonts = pdf_fonts(pdf)
    assert "DejaVuSerifCondensed" in fonts and "Helvetica" not in fonts


def test_weekly_report_is_for_supervisors_and_admins(
    uow_factory: Uow, users: dict[str, Actor], tmp_path: Path
) -> None:
    with pytest.raises(PermissionDenied):
        reports.weekly_report(uow_factory(), users["cleo"], tmp_path / "w.pdf")
    assert not (tmp_path / "w.pdf").exists()


def test_report_stats_and_export_on_the_command_line(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    data = cli.json("report", "stats", "--from", "2026-01-01", "--to", "2026-01-31", user="sam")
    assert data["period"] == {"from": "2026-01-01", "to": "2026-01-31"}
    states = data["figures"]["states"]["rows"]
    assert states == [{"state": "Imported", "cases": 2}]
    assert data["headline"] == "No one has been found a risk so far."
    code, out, _ = cli("report", "stats", user="admin")
    assert code == 0 and "Cases by state" in out and "Imported" in out

    target = tmp_path / "cases.csv"
    code, out, err = cli("report", "export", "cases", "--format", "csv", "--out", str(target),
                         user="sam")  # fmt: skip
    assert code == 0, err
    assert "2 rows" in out
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert [(r[2], r[4]) for r in rows[1:]] == [("Žukauskas", "Жукаускас"), ("Ivanov", "Иванов")]

    target = tmp_path / "states.xlsx"
    code, _, err = cli("report", "export", "states", "--format", "xlsx", "--out", str(target),
                       user="sam")  # fmt: skip
    assert code == 0, err
    sheet = openpyxl.load_workbook(target).worksheets[0]
    assert [[c.value for c in row] for row in sheet.iter_rows()] == [
        ["State", "Cases"],
        ["Imported", 2],
    ]


def test_command_line_refusals(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    code, _, err = cli("report", "stats", user="olga")
    assert code == 1 and "supervisor or admin" in err
    code, _, err = cli("report", "export", "letters", "--format", "csv", "--out",
                       str(tmp_path / "x.csv"), user="sam")  # fmt: skip
    assert code == 1 and "unknown view" in err
    code, _, err = cli("report", "stats", "--from", "2026-02-01", "--to", "2026-01-01", user="sam")
    assert code == 1 and "after the last day" in err
    code, _, _ = cli("report", "export", "cases", "--format", "ods", "--out", "x", user="sam")
    assert code == 2
    assert json.loads(cli("report", "stats", "--json", user="sam")[1])["figures"]
