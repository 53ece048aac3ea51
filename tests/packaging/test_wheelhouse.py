"""Offline install from source: `make wheelhouse` gathers every wheel, and a fresh virtual
environment installs the application from that folder alone, then passes its self-test.

Downloads and installs some 400 MB, so it runs only with PERMIT_REVIEW_TEST_WHEELHOUSE=1.
PERMIT_REVIEW_WHEELHOUSE=wheelhouse tests a folder already made; otherwise the test makes
one in a temporary folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from tests.packaging.support import ROOT, clean_env

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("PERMIT_REVIEW_TEST_WHEELHOUSE") != "1",
        reason="downloads and installs every wheel (minutes); set PERMIT_REVIEW_TEST_WHEELHOUSE=1",
    ),
]


def _wheelhouse(tmp_path: Path) -> Path:
    given = os.environ.get("PERMIT_REVIEW_WHEELHOUSE")
    if given:
        return Path(given).resolve()
    folder = tmp_path / "wheelhouse"
    subprocess.run(["make", "wheelhouse", f"WHEELHOUSE={folder}"], cwd=ROOT, check=True)
    return folder


def test_a_fresh_environment_installs_from_the_wheelhouse_alone(tmp_path: Path) -> None:
    wheelhouse = _wheelhouse(tmp_path)
    files = sorted(p.name for p in wheelhouse.iterdir())
    assert [f for f in files if not f.endswith(".whl")] == [], "only wheels: nothing to build"
    assert f"permit_review-{__version__}-py3-none-any.whl" in files

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    # No configuration, index or extra links of this machine: the folder is all there is.
    offline = clean_env(PIP_CONFIG_FILE=os.devnull, PIP_DISABLE_PIP_VERSION_CHECK="1")
    install = [python, "-m", "pip", "install", "--no-index", "--find-links", str(wheelhouse)]
    subprocess.run([*install, "permit-review"], env=offline, check=True, timeout=1800)
    subprocess.run([python, "-m", "pip", "check"], env=offline, check=True)

    program = str(venv / "bin" / "permit-review")
    version = subprocess.run(
        [program, "--version"], env=clean_env(), capture_output=True, text=True, check=True
    )
    assert version.stdout.strip() == f"permit-review {__version__}"
    # The installed wheel, not the checkout: run from elsewhere so `app` is not found here.
    done = subprocess.run(
        [program, "--self-test"],
        env=clean_env(),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert str(venv) in done.stdout.splitlines()[0]
    assert "self-test passed" in done.stdout
