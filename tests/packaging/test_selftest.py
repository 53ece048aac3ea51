"""`permit-review --self-test` from this checkout: what a bundle runs after installation."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from app import selftest
from app.cli import main
from tests.packaging.support import ROOT, clean_env


def test_self_test_passes_in_this_installation() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "app", "--self-test"],
        cwd=ROOT,
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert "Python installation" in lines[0]
    assert [line.split(":")[0] for line in lines[1:-1]] == [
        f"ok   {name}" for name, _ in selftest.CHECKS
    ]
    assert lines[-1].startswith("self-test passed")


def test_a_failing_check_is_named_and_the_status_is_1() -> None:
    def broken(run: selftest.Run) -> str:
        raise AssertionError("the fonts are missing")

    out = io.StringIO()
    status = selftest.run_checks(out, [("fine", lambda run: "all there"), ("fonts", broken)])
    lines = out.getvalue().splitlines()
    assert status == 1
    assert lines[1].startswith("ok   fine: all there")
    assert lines[2] == "FAIL fonts: AssertionError: the fonts are missing"
    assert lines[3].startswith("self-test FAILED (1 of 2 checks)")


def test_the_option_runs_the_self_test_and_nothing_else(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    monkeypatch.setattr(selftest, "run_checks", lambda: calls.append("ran") or 0)
    assert main(["--self-test"]) == 0
    assert main(["--self-test", "--verbose"]) == 0
    assert calls == ["ran", "ran"]
