"""The safekeeping commands end to end: backup, store check, retention, subject export."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_cli import Cli, cli  # noqa: F401  (fixture)


@pytest.mark.sqlite_only  # backups copy the SQLite file
def test_backup_commands(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    made = cli.json("backup", "create", "--to", str(tmp_path / "usb"), user="admin")
    assert Path(made["file"]).parent == (tmp_path / "usb").resolve()
    listed = cli.json("backup", "list", user="admin")
    assert made["file"] in [b["file"] for b in listed]
    code, out, _ = cli("backup", "verify", made["file"], user="admin")
    assert code == 0 and "sound" in out
    code, _, err = cli("backup", "create", user="olga")
    assert code == 1 and "admin" in err
    code, out, _ = cli("store", "check")
    assert code == 0 and "sound" in out
    code, out, _ = cli("backup", "restore", made["file"], user="admin")
    assert code == 0 and "Restored" in out
    code, out, _ = cli("audit", "verify", user="admin")
    assert code == 0


def test_retention_and_subject_commands(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    preview = cli.json("retention", "run", "--dry-run", user="admin")
    assert preview["dry_run"] and preview["cases_due"] == 0
    done = cli.json("subject", "export", "01234567", "--out", str(tmp_path / "sar"), user="admin")
    names = sorted(Path(f).name for f in done["files"])
    assert names == ["subject-PR24-234567.json", "subject-PR24-234567.pdf"]
    code, _, err = cli("subject", "export", "99999999", "--out", str(tmp_path), user="admin")
    assert code == 1 and "99999999" in err
