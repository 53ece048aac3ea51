"""Size and start-up times of a built bundle; `make package` prints them at the end.

    .venv/bin/python packaging/measure.py dist/permit-review [--runs N]

Times are wall-clock medians of N runs (default 3) on an offscreen Qt platform:
`--version`, `--self-test`, and the first window on a store that has users
(the login window, with PERMIT_REVIEW_EXIT_AFTER_SHOW=1; the window's own
figure is the time from the start of `ui.main.run` to the window painted).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSWORD = "correct horse battery"


def environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PERMIT_REVIEW_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def timed(argv: list[str], env: dict[str, str], stdin: str | None = None) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(
        argv, input=stdin, capture_output=True, text=True, env=env, timeout=600, check=False
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({done.returncode}):\n{done.stderr}")
    return elapsed, done.stdout


def size_of(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    program = str(args.bundle / "permit-review")
    total, count = size_of(args.bundle)
    print(f"bundle: {args.bundle} {total / 1_000_000:.0f} MB in {count} files")

    version = [timed([program, "--version"], environment())[0] for _ in range(args.runs)]
    print(f"--version: {statistics.median(version):.2f} s (median of {args.runs})")
    self_test = [timed([program, "--self-test"], environment())[0] for _ in range(args.runs)]
    print(f"--self-test: {statistics.median(self_test):.2f} s (median of {args.runs})")

    with tempfile.TemporaryDirectory(prefix="permit-review-measure-") as data:
        init = ["init", "--data-dir", data, "--admin", "admin", "--full-name", "Ada Admin"]
        timed(
            [program, *init, "--password-stdin"],
            environment(),
            stdin=PASSWORD + "\n",
        )
        walls, shown = [], []
        for _ in range(args.runs):
            wall, out = timed(
                [program, "--data-dir", data], environment(PERMIT_REVIEW_EXIT_AFTER_SHOW="1")
            )
            walls.append(wall)
            shown.append(float(out.split()[-1]))
    print(
        f"login window: {statistics.median(walls):.2f} s from launch to exit "
        f"(window shown {statistics.median(shown):.2f} s after ui.main.run began; "
        f"median of {args.runs})"
    )
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
