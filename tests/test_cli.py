"""The command line end to end, in a temporary data folder."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app import __version__
from app.cli import main
from app.db.models import Campaign
from app.db.store import open_store
from app.paths import Paths
from tests.factories import make_case

PASSWORD = "correct horse battery"

ROOT = Path(__file__).resolve().parents[1]


class Cli:
    def __init__(
        self, data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        self.data = data
        self.capsys = capsys
        self.monkeypatch = monkeypatch

    def __call__(
        self,
        *args: str,
        user: str | None = None,
        password: str = PASSWORD,
        stdin: str | None = None,
    ) -> tuple[int, str, str]:
        argv = ["--data-dir", str(self.data), *args]
        if user:
            argv += ["--user", user]
        self.monkeypatch.setenv("PERMIT_REVIEW_PASSWORD", password)
        if stdin is not None:
            self.monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(argv)
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *args: str, user: str | None = None) -> Any:
        code, out, err = self(*args, "--json", user=user)
        assert code == 0, err
        return json.loads(out)


@pytest.fixture
def cli(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    server_url: str | None,
) -> Cli:
    """A new store made by `init`: the SQLite file in the data folder, or a new database on
    the server under test (PERMIT_REVIEW_TEST_DB_URL)."""
    monkeypatch.delenv("PERMIT_REVIEW_DB_URL", raising=False)
    if server_url is not None:
        monkeypatch.setenv("PERMIT_REVIEW_DB_URL", server_url)
    run = Cli(tmp_path / "data", capsys, monkeypatch)
    code, _, err = run("init", "--admin", "admin", "--full-name", "Ada Admin")
    assert code == 0, err
    pw = tmp_path / "pw.txt"
    pw.write_text(PASSWORD + "\n", encoding="utf-8")
    for name, role in [("olga", "officer"), ("sam", "supervisor"), ("cleo", "clerk")]:
        code, _, err = run(
            "user",
            "add",
            name,
            "--role",
            role,
            "--full-name",
            name.title(),
            "--password-file",
            str(pw),
            user="admin",
        )
        assert code == 0, err
    store = open_store(Paths.from_environment(run.data).database_url())
    with store.session() as session:
        session.add(Campaign(name="Review 2024", code="PR24"))
        session.commit()
    make_case(store, "01234567", surname="Žukauskas", surname_native="Жукаускас")
    make_case(store, "07654321", surname="Ivanov", surname_native="Иванов")
    store.dispose()
    return run


@pytest.fixture
def reasons(tmp_path: Path) -> str:
    path = tmp_path / "reasons.txt"
    path.write_text(
        "Atsakymai rodo paramą agresijai.\nОтветы показывают поддержку.\n", encoding="utf-8"
    )
    return str(path)


def test_proposal_refused_for_its_author_and_approved_by_a_supervisor(
    cli: Cli, reasons: str
) -> None:
    taken = cli.json("case", "take-next", user="olga")
    ref = taken["cases"][0]["case_number"]
    code, out, err = cli(
        "case",
        "propose",
        ref,
        "--outcome",
        "revoke",
        "--basis",
        "ULTP-51-1-2",
        "--reasons-file",
        reasons,
        user="olga",
    )
    assert code == 0, err
    assert "awaiting_signoff" in out
    code, _, err = cli("case", "approve", ref, user="olga")
    assert code == 1
    assert err.count("\n") == 1 and "supervisor" in err
    code, out, err = cli("case", "approve", ref, user="sam")
    assert code == 0, err
    shown = cli.json("case", "show", "01234567", user="sam")
    assert shown["state"] == "awaiting_letters"
    assert shown["decision"]["outcome"] == "revoke"
    assert shown["signoff"]["by"] == "sam"
    assert shown["resident"]["surname_native"] == "Жукаускас"
    assert shown["decision"]["reasons"].startswith("Atsakymai")
    for key in (
        "case_number",
        "permit_number",
        "state",
        "assigned_to",
        "resident",
        "answers",
        "decision",
        "signoff",
    ):
        assert key in shown


def test_dual_role_user_cannot_sign_off_own_proposal(cli: Cli, reasons: str) -> None:
    assert (
        cli("user", "roles", "olga", "--role", "officer", "--role", "supervisor", user="admin")[0]
        == 0
    )
    cli("case", "assign", "01234567", "--to", "olga", user="sam")
    assert (
        cli(
            "case",
            "propose",
            "01234567",
            "--outcome",
            "retain",
            "--reasons-file",
            reasons,
            user="olga",
        )[0]
        == 0
    )
    code, _, err = cli("case", "approve", "01234567", user="olga")
    assert code == 1 and "four-eyes" in err


def test_return_and_withdraw(cli: Cli, reasons: str) -> None:
    cli("case", "assign", "01234567", "07654321", "--to", "olga", user="sam")
    cli(
        "case", "propose", "01234567", "--outcome", "retain", "--reasons-file", reasons, user="olga"
    )
    code, out, _ = cli("case", "return", "01234567", "--comment", "Add the answers.", user="sam")
    assert code == 0 and "in_assessment" in out
    code, out, _ = cli("case", "withdraw", "07654321", "--reason", "deceased", user="sam")
    assert code == 0 and "closed_withdrawn" in out
    listed = cli.json("cases", "--state", "closed_withdrawn", user="sam")
    assert [r["permit_number"] for r in listed] == ["07654321"]


def test_listing_and_search(cli: Cli) -> None:
    assert len(cli.json("cases", user="sam")) == 2
    assert [r["permit_number"] for r in cli.json("cases", "--search", "zukausk", user="sam")] == [
        "01234567"
    ]
    assert [r["permit_number"] for r in cli.json("cases", "--search", "иванов", user="sam")] == [
        "07654321"
    ]
    code, out, _ = cli("cases", user="sam")
    assert code == 0 and "2 case(s)" in out and "Žukauskas" in out
    bases = cli.json("legal-bases")
    assert bases[0]["code"] == "ULTP-51-1-2"
    users = cli.json("user", "list", user="admin")
    assert [u["username"] for u in users] == ["admin", "cleo", "olga", "sam"]


def test_password_from_stdin(cli: Cli) -> None:
    code, _out, err = cli(
        "--password-stdin", "cases", user="sam", password="", stdin=PASSWORD + "\n"
    )
    assert code == 0, err


@pytest.mark.parametrize(
    ("args", "user", "expected_code", "message"),
    [
        (["cases"], None, 2, "--user"),
        (["case", "show", "99999999"], "sam", 1, "no case"),
        (["case", "approve", "01234567"], "sam", 1, "cannot be given the action 'approve'"),
        (["case", "assign", "01234567", "--to", "cleo"], "sam", 1, "not an active officer"),
        (["case", "assign", "01234567", "--to", "nobody"], "sam", 1, "no user 'nobody'"),
        (
            ["case", "propose", "01234567", "--outcome", "maybe", "--reasons-file", "x"],
            "olga",
            2,
            "invalid choice",
        ),
        (
            [
                "case",
                "propose",
                "01234567",
                "--outcome",
                "retain",
                "--reasons-file",
                "/nonexistent/r.txt",
            ],
            "olga",
            1,
            "file not found",
        ),
        (["case", "take-next"], "cleo", 1, "officer"),
        (["case"], "sam", 2, "needs a subcommand"),
        (["frobnicate"], "sam", 2, "invalid choice"),
        (
            ["user", "add", "x", "--role", "king", "--full-name", "X", "--password-file", "p"],
            "admin",
            1,
            "unknown role",
        ),
        (["cases", "--state", "limbo"], "sam", 1, "unknown state"),
        (["case", "withdraw", "01234567", "--reason", "deceased"], "olga", 1, "supervisor"),
    ],
)
def test_error_paths(
    cli: Cli, args: list[str], user: str | None, expected_code: int, message: str
) -> None:
    code, _out, err = cli(*args, user=user)
    assert code == expected_code
    assert message in err
    if expected_code == 1:
        assert err.count("\n") == 1  # one clear line


def test_wrong_password_and_lockout(cli: Cli) -> None:
    for _ in range(4):
        code, _, err = cli("cases", user="sam", password="not the password")
        assert code == 1 and "Wrong user name or password" in err
    code, _, err = cli("cases", user="sam", password="not the password")
    assert code == 1 and "locked" in err
    code, _, err = cli("cases", user="sam")  # right password, still locked
    assert code == 1 and "locked" in err
    assert cli("user", "unlock", "sam", user="admin")[0] == 0
    assert cli("cases", user="sam")[0] == 0


def test_stale_version_is_refused(cli: Cli, reasons: str) -> None:
    cli("case", "assign", "01234567", "--to", "olga", user="sam")
    version = cli.json("case", "show", "01234567", user="olga")["version"]
    code, _, err = cli(
        "case",
        "propose",
        "01234567",
        "--outcome",
        "retain",
        "--reasons-file",
        reasons,
        "--expected-version",
        str(version - 1),
        user="olga",
    )
    assert code == 1 and "changed since you opened it" in err


def test_init_twice_is_refused(cli: Cli) -> None:
    code, _, err = cli("init", "--admin", "eve", "--full-name", "Eve")
    assert code == 1 and "already has users" in err


def test_short_password_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run = Cli(tmp_path / "fresh", capsys, monkeypatch)
    code, _, err = run("init", "--admin", "admin", "--full-name", "A", password="short")
    assert code == 1 and "password: must be at least 12 characters" in err


def test_version_answers_without_loading_the_application() -> None:
    probe = (
        "import sys; from app.cli import main; code = main(['--version']); "
        "print(code, sorted(m for m in ('sqlalchemy', 'PySide6', 'reportlab') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.splitlines() == [f"permit-review {__version__}", "0 []"]
