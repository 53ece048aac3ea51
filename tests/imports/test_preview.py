"""What a wizard shows before importing: kind, encoding, delimiter, first rows, problems."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from app.db.store import Store
from app.services import imports
from app.services.context import Actor, UnitOfWork
from tests.imports.conftest import CAMPAIGN, table_counts


@pytest.mark.parametrize(
    ("name", "kind", "file_format", "encoding", "delimiter"),
    [
        ("form.xlsx", "questionnaire", "xlsx", "", ""),
        ("registry.csv", "registry", "csv", "utf-8", ","),
        ("registry_cp1257_semicolon.csv", "registry", "csv", "cp1257", ";"),
        ("kobo.csv", "responses", "csv", "utf-8", ";"),
        ("central.csv", "responses", "csv", "utf-8", ","),
        ("kobo_api.json", "responses", "json", "utf-8", ""),
        ("kobo_labels.xlsx", "responses", "xlsx", "", ""),
    ],
)
def test_detect(
    samples: Path, name: str, kind: str, file_format: str, encoding: str, delimiter: str
) -> None:
    found, info = imports.detect(samples / name)
    assert (found, info.file_format, info.encoding, info.delimiter) == (
        kind,
        file_format,
        encoding,
        delimiter,
    )


def test_preview_checks_without_writing(
    with_registry: Callable[[], UnitOfWork], admin: Actor, samples: Path, store: Store
) -> None:
    before = table_counts(store)
    shown = imports.preview(
        with_registry(), admin, samples / "central.csv", campaign=CAMPAIGN, rows=3
    )
    assert (shown.kind, shown.layout) == ("responses", "central-csv")
    assert shown.columns[:2] == ["SubmissionDate", "start"]
    assert len(shown.rows) == 3 and shown.rows[0][0] == "2024-04-14T19:30:00.580Z"
    assert shown.ignored_columns == []  # Central's own columns are expected, not "unused"
    assert shown.dry_run is not None and shown.dry_run.dry_run
    assert shown.dry_run.counts["imported"] == 39 and shown.dry_run.counts["refused"] == 1
    assert [(p.row, p.severity) for p in shown.problems] == [
        (9, "warning"),
        (16, "error"),
        (21, "warning"),
    ]  # 21: superseded by row 2
    assert table_counts(store) == before


def test_preview_of_a_registry_and_a_questionnaire(
    uow_factory: Callable[[], UnitOfWork], admin: Actor, samples: Path
) -> None:
    registry = imports.preview(
        uow_factory(), admin, samples / "registry_cp1257_semicolon.csv", campaign=CAMPAIGN
    )
    assert registry.rows[0][:3] == ["77270717", "Barysevich", "Yauheniya"]
    assert registry.dry_run is not None and registry.dry_run.counts["imported"] == 41
    form = imports.preview(uow_factory(), admin, samples / "form.xlsx", check=False)
    assert form.kind == "questionnaire"
    assert form.rows[4][:3] == ["resident/permit_number", "text", "yes"]


def test_preview_of_a_broken_file_shows_the_reason(
    uow_factory: Callable[[], UnitOfWork], admin: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "scan.csv"
    path.write_bytes(b"%PDF-1.5\n")
    shown = imports.preview(uow_factory(), admin, path, campaign=CAMPAIGN)
    assert shown.rows == [] and len(shown.problems) == 1
    assert "PDF document" in shown.problems[0].reason


def test_preview_with_progress_and_cancel(
    with_registry: Callable[[], UnitOfWork], admin: Actor, samples: Path
) -> None:
    calls: list[int] = []
    imports.preview(
        with_registry(),
        admin,
        samples / "kobo.csv",
        campaign=CAMPAIGN,
        progress=lambda done, total: calls.append(done),
    )
    assert calls and calls[0] == 0
