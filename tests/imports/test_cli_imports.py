"""`permit-review import ...` end to end, in a temporary data folder."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from app.cli import main

PASSWORD = "correct horse battery"


class Cli:
    def __init__(
        self, data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        self.data = data
        self.capsys = capsys
        monkeypatch.setenv("PERMIT_REVIEW_PASSWORD", PASSWORD)
        monkeypatch.delenv("PERMIT_REVIEW_DB_URL", raising=False)

    def __call__(self, *args: str, user: str | None = "admin") -> tuple[int, str, str]:
        argv = ["--data-dir", str(self.data), *args]
        if user:
            argv += ["--user", user]
        code = main(argv)
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *args: str) -> Any:
        code, out, err = self(*args, "--json")
        assert code == 0, err
        return json.loads(out)


@pytest.fixture
def cli(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    server_url: str | None,
) -> Cli:
    run = Cli(tmp_path / "data", capsys, monkeypatch)
    if server_url is not None:  # the suite runs on PostgreSQL: a new database there
        monkeypatch.setenv("PERMIT_REVIEW_DB_URL", server_url)
    code, _, err = run("init", "--admin", "admin", "--full-name", "Ada Admin", user=None)
    assert code == 0, err
    return run


def test_the_whole_import_from_the_command_line(cli: Cli, samples: Path, tmp_path: Path) -> None:
    form = cli.json(
        "import", "questionnaire", str(samples / "form.xlsx"), "--campaign", "Review 2024"
    )
    assert form["counts"]["imported"] == 16

    dry = cli.json(
        "import",
        "registry",
        str(samples / "registry_cp1257_semicolon.csv"),
        "--campaign",
        "Review 2024",
        "--dry-run",
    )
    assert dry["dry_run"] and dry["counts"]["imported"] == 41
    assert (dry["encoding"], dry["delimiter"]) == ("cp1257", ";")
    registry = cli.json(
        "import", "registry", str(samples / "registry.csv"), "--campaign", "Review 2024"
    )
    assert registry["counts"] == {
        "read": 41,
        "imported": 41,
        "updated": 0,
        "unchanged": 0,
        "refused": 0,
        "cases_opened": 41,
    }

    report = tmp_path / "report.csv"
    code, out, err = cli(
        "import",
        "responses",
        str(samples / "kobo.csv"),
        "--campaign",
        "Review 2024",
        "--report",
        str(report),
    )
    assert code == 1
    assert "95559314" in err and "nothing was imported" in err
    with report.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {
        "row": "25",
        "column": "resident/permit_number",
        "value": "95559314",
        "severity": "error",
    }.items() <= rows[[r["row"] for r in rows].index("25")].items()

    code, out, err = cli(
        "import",
        "responses",
        str(samples / "kobo.csv"),
        "--campaign",
        "Review 2024",
        "--dry-run",
        "--valid-only",
    )
    assert code == 0 and "Would import" in out and "imported 39" in out
    done = cli.json(
        "import", "responses", str(samples / "kobo.csv"), "--campaign", "REVIEW2024", "--valid-only"
    )
    assert done["counts"]["imported"] == 39 and done["counts"]["refused"] == 1
    assert done["format"] == "kobo-csv"
    again = cli.json(
        "import",
        "responses",
        str(samples / "central.csv"),
        "--campaign",
        "REVIEW2024",
        "--valid-only",
    )
    assert again["counts"]["unchanged"] == 39 and again["counts"]["imported"] == 0
    assert again["counts"]["cases_without_response"] == 3


def test_text_output_and_report_of_changes(cli: Cli, samples: Path, tmp_path: Path) -> None:
    cli("import", "registry", str(samples / "registry.csv"), "--campaign", "Review 2024")
    lines = (samples / "registry.csv").read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace("Panevėžys", "Vilnius")
    newer = tmp_path / "newer.csv"
    newer.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = tmp_path / "changes.csv"
    code, out, err = cli(
        "import", "registry", str(newer), "--campaign", "Review 2024", "--report", str(report)
    )
    assert code == 0, err
    assert "updated 1" in out and "Panevėžys" in out
    rows = list(csv.reader(report.open(encoding="utf-8-sig")))
    assert rows[1][:3] == ["1", "city", "Vilnius"] and "was: Panevėžys" in rows[1][3]


def test_refusals_and_usage(cli: Cli, samples: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    code, _, err = cli("import", "registry", str(empty), "--campaign", "Review 2024")
    assert code == 1 and "the file is empty" in err
    code, _, err = cli("import", "registry", str(samples / "registry.csv"))
    assert code == 2
    code, _, err = cli("import", "responses", str(samples / "kobo.csv"), "--campaign", "Nope")
    assert code == 1 and "There is no campaign 'Nope'" in err
    code, _, err = cli(
        "import",
        "registry",
        str(samples / "registry.csv"),
        "--campaign",
        "Review 2024",
        user="nobody",
    )
    assert code == 1
    code, _, _ = cli("import")
    assert code == 2


def test_preview(cli: Cli, samples: Path) -> None:
    cli("import", "questionnaire", str(samples / "form.xlsx"), "--campaign", "Review 2024")
    cli("import", "registry", str(samples / "registry.csv"), "--campaign", "Review 2024")
    code, out, _ = cli(
        "import",
        "preview",
        str(samples / "kobo_labels.xlsx"),
        "--campaign",
        "Review 2024",
        "--rows",
        "2",
        "--json",
    )
    assert code == 1  # the file would be refused: one permit number is not in the registry
    shown = json.loads(out)
    assert shown["kind"] == "responses" and shown["layout"] == "kobo-xlsx-labels"
    assert shown["language"] == "en"
    assert len(shown["rows"]) == 2
    assert shown["dry_run"]["counts"]["refused"] == 1
    assert any(p["row"] == 25 for p in shown["problems"])
    code, out, _ = cli("import", "preview", str(samples / "registry_cp1257_semicolon.csv"))
    assert code == 0 and "registry" in out and "cp1257" in out and "semicolon" in out
    code, out, _ = cli("import", "preview", str(samples / "form.xlsx"))
    assert "questionnaire" in out
