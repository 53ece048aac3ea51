"""The frozen bundle of `make package`: it starts, passes its self-test, shows the login
window, and carries exactly the Qt it needs.

Building takes minutes, so these run only with PERMIT_REVIEW_TEST_BUNDLE=1. With
PERMIT_REVIEW_BUNDLE=dist/permit-review they test that bundle (as `make package` does);
otherwise they build one from the recipe into a temporary folder first.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import __version__
from tests.packaging.support import PACKAGING, ROOT, clean_env

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("PERMIT_REVIEW_TEST_BUNDLE") != "1",
        reason="builds the frozen bundle (minutes); set PERMIT_REVIEW_TEST_BUNDLE=1 "
        "or run `make package`",
    ),
]
PASSWORD = "correct horse battery"
# Qt modules the application has no use for; the recipe leaves them out.
UNUSED_QT = ("QtWebEngine", "Qt3D", "QtQuick", "QtQml", "QtMultimedia", "QtNetwork", "QtTest")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    given = os.environ.get("PERMIT_REVIEW_BUNDLE")
    if given:
        yield Path(given).resolve()
        return
    out = tmp_path_factory.mktemp("pyinstaller")
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "build"),
            str(PACKAGING / "permit-review.spec"),
        ],
        cwd=ROOT,
        check=True,
        timeout=3600,
    )
    print(f"bundle built in {time.perf_counter() - started:.0f} s")
    yield out / "dist" / "permit-review"


def run(
    bundle: Path, *args: str, timeout: float = 300, **env: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bundle / "permit-review"), *args],
        capture_output=True,
        text=True,
        env=clean_env(**env),
        timeout=timeout,
        check=False,
    )


def test_version(bundle: Path) -> None:
    done = run(bundle, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"permit-review {__version__}"


def test_self_test_passes_offscreen(bundle: Path) -> None:
    done = run(bundle, "--self-test")
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert "frozen bundle" in lines[0]
    checks = [line for line in lines[1:-1]]
    assert checks and all(line.startswith("ok ") for line in checks), done.stdout
    names = {line.split(":")[0].removeprefix("ok").strip() for line in checks}
    assert {"store", "letter", "letter workers", "window"} <= names
    assert lines[-1].startswith("self-test passed")


def test_time_zones_travel_with_the_bundle(bundle: Path, tmp_path: Path) -> None:
    """Without the system's time zone database (as on Windows), Europe/Vilnius still loads."""
    done = run(bundle, "--self-test", PYTHONTZPATH=str(tmp_path / "no-zoneinfo"))
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_new_store_then_the_login_window(bundle: Path, tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    init = subprocess.run(
        [
            str(bundle / "permit-review"),
            "init",
            "--data-dir",
            data,
            "--admin",
            "admin",
            "--full-name",
            "Ada Admin",
            "--password-stdin",
        ],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        env=clean_env(),
        timeout=300,
        check=False,
    )
    assert init.returncode == 0, init.stderr
    shown = run(bundle, "--data-dir", data, PERMIT_REVIEW_EXIT_AFTER_SHOW="1")
    assert shown.returncode == 0, shown.stderr
    assert re.fullmatch(r"shown login \d+\.\d+", shown.stdout.strip()), shown.stdout


def test_demo_workspace_with_letters(bundle: Path, tmp_path: Path) -> None:
    """The demo command: the name lists, public holidays and the letters service, frozen."""
    done = run(
        bundle, "demo", "--data-dir", str(tmp_path), "--residents", "60", "--password", PASSWORD
    )
    assert done.returncode == 0, done.stdout + done.stderr


def _qt_modules_imported() -> set[str]:
    names = set()
    for path in [*(ROOT / "ui").rglob("*.py"), *(ROOT / "app").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                names.add(node.module.split(".")[1])
            elif isinstance(node, ast.ImportFrom) and node.module == "PySide6":
                names.update(alias.name for alias in node.names)
    return names


def test_every_qt_module_the_code_imports_and_none_it_does_not(bundle: Path) -> None:
    pyside = bundle / "_internal" / "PySide6"
    shipped = {p.name.split(".")[0] for p in pyside.iterdir() if p.name.startswith("Qt")}
    used = _qt_modules_imported()
    assert used <= shipped
    assert [m for m in shipped if m.startswith(UNUSED_QT)] == []
    libraries = [p.name for p in (bundle / "_internal").rglob("*Qt6*")]
    assert not [n for n in libraries if re.search(r"Qt6(WebEngine|3D|Quick|Qml|Multimedia)", n)]


def test_shipped_files_travel_in_the_bundle(bundle: Path) -> None:
    inside = bundle / "_internal"
    dangling = [str(p.relative_to(inside)) for p in inside.rglob("*") if p.is_symlink()]
    assert [p for p in dangling if not (inside / p).exists()] == []
    for source in [
        *(ROOT / "app" / "db" / "migrations").rglob("*.py"),
        *(ROOT / "resources").rglob("*.json"),
        *(ROOT / "resources").rglob("*.ttf"),
        *(ROOT / "resources").rglob("*.xlsx"),
        *(ROOT / "resources").rglob("*.png"),
        *(ROOT / "resources").rglob("*.qm"),
    ]:
        if "__pycache__" in source.parts:
            continue
        copy = inside / source.relative_to(ROOT)
        assert copy.is_file(), f"{copy} is missing"
        assert copy.read_bytes() == source.read_bytes(), f"{copy} differs from {source}"
