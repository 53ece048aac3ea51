"""Start-up: from process start to the login window on screen, beside an empty QMainWindow.

Both are measured the same way, from outside: the wall time from launching a
new Python process until it prints that its first window is shown (the
application does so when PERMIT_REVIEW_EXIT_AFTER_SHOW=1, after one paint,
and then quits). The application runs `python -m app` on a store made
beforehand by `permit-review init`, so the window is the login dialog. Each
is run once to warm the file cache, then five times; the median is reported.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench import BenchRow

ROOT = Path(__file__).resolve().parents[2]
RUNS = 5
PASSWORD = "bench password 2024"

EMPTY_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
QTimer.singleShot(0, lambda: (print("shown empty", flush=True), app.quit()))
sys.exit(app.exec())
"""


def _env(data: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PERMIT_REVIEW_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PERMIT_REVIEW_DATA_DIR=str(data),
        PERMIT_REVIEW_EXIT_AFTER_SHOW="1",
        PERMIT_REVIEW_PASSWORD=PASSWORD,
    )
    return env


def _time_to_shown(command: list[str], env: dict[str, str], expect: str) -> float:
    """Seconds from launching `command` to its line `shown <expect> ...` on stdout."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    _, stderr = process.communicate(timeout=60)
    if process.returncode != 0 or not line.startswith(f"shown {expect}"):
        raise RuntimeError(
            f"{command[-1]!r} did not show its {expect} window "
            f"(exit {process.returncode}): {stderr.strip()[-400:]}"
        )
    return elapsed


def _median(command: list[str], env: dict[str, str], expect: str) -> float:
    _time_to_shown(command, env, expect)  # warm the file cache
    return statistics.median(_time_to_shown(command, env, expect) for _ in range(RUNS))


def rows() -> list[BenchRow]:
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        data = Path(tmp) / "data"
        env = _env(data)
        subprocess.run(
            [sys.executable, "-m", "app", "init", "--admin", "admin", "--full-name", "Bench"],
            cwd=ROOT, env=env, check=True, capture_output=True,
        )  # fmt: skip
        application = _median([sys.executable, "-m", "app"], env, "login")
        empty = _median([sys.executable, "-c", EMPTY_WINDOW], env, "empty")
    return [
        BenchRow(
            "start-up to login window (median of 5)",
            application,
            "s",
            baseline=empty,
            baseline_label="empty QMainWindow in a new process",
            target="",
        )
    ]


if __name__ == "__main__":
    for row in rows():
        print(row)
