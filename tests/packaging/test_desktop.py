"""Linux desktop integration: the menu entry, AppStream metainfo, icons and install script."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import __version__
from tests.packaging.support import PACKAGING, ROOT

LINUX = PACKAGING / "linux"
DESKTOP = LINUX / "permit-review.desktop"
METAINFO = LINUX / "lt.migracija.PermitReview.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (apt-get install {package}); .ci/run installs it")
    return found


def test_desktop_entry_validates() -> None:
    tool = _tool("desktop-file-validate", "desktop-file-utils")
    done = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    # Hints are printed without failing the exit status; the entry should have none.
    assert done.stdout.strip() == "", done.stdout


def test_metainfo_validates_offline() -> None:
    tool = _tool("appstreamcli", "appstream")
    done = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    problems = [line for line in done.stdout.splitlines() if re.match(r"[EW]: ", line)]
    assert problems == []


def test_metainfo_names_this_release_the_entry_and_the_icon() -> None:
    component = ET.parse(METAINFO).getroot()
    releases = [r.get("version") for r in component.iterfind("releases/release")]
    assert releases and releases[0] == __version__, "add a <release> for the new version"
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("icon") == "permit-review"
    # The window names its desktop entry (Wayland app id); the entry must carry that name.
    assert 'setDesktopFileName("permit-review")' in (ROOT / "ui" / "main.py").read_text()
    entry = DESKTOP.read_text(encoding="utf-8")
    assert "\nIcon=permit-review\n" in entry and "\nExec=permit-review\n" in entry


def test_icon_sizes_are_what_their_names_say() -> None:
    for size in PNG_SIZES:
        png = (ICONS / f"permit-review-{size}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", png[16:24]) == (size, size)
    ico = (PACKAGING / "windows" / "permit-review.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    edges = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert (reserved, kind) == (0, 1)
    assert {16, 32, 48, 256} <= edges


def test_install_script_stages_every_file_and_uninstall_removes_them(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    program = bundle / "permit-review"
    program.write_text("#!/bin/sh\necho permit-review\n")
    program.chmod(0o755)
    stage = tmp_path / "stage"
    env = {**os.environ, "DESTDIR": str(stage), "PREFIX": "/usr", "APPDIR": "/opt/permit-review"}
    subprocess.run(["sh", str(LINUX / "install.sh"), str(bundle)], env=env, check=True)

    share = stage / "usr" / "share"
    assert (stage / "opt" / "permit-review" / "permit-review").is_file()
    assert (
        os.readlink(stage / "usr" / "bin" / "permit-review") == "/opt/permit-review/permit-review"
    )
    assert (share / "applications" / DESKTOP.name).read_bytes() == DESKTOP.read_bytes()
    assert (share / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()
    assert (share / "icons/hicolor/scalable/apps/permit-review.svg").is_file()
    for size in PNG_SIZES:
        assert (share / f"icons/hicolor/{size}x{size}/apps/permit-review.png").is_file()

    subprocess.run(["sh", str(LINUX / "uninstall.sh")], env=env, check=True)
    left = [p for p in stage.rglob("*") if p.is_file() or p.is_symlink()]
    assert left == []


def test_install_script_refuses_a_missing_bundle(tmp_path: Path) -> None:
    env = {**os.environ, "DESTDIR": str(tmp_path / "stage")}
    done = subprocess.run(
        ["sh", str(LINUX / "install.sh"), str(tmp_path / "nothing")],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "make package" in done.stderr
