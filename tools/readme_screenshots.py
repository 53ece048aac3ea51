"""Take the README's screenshots from a demo workspace: `python tools/readme_screenshots.py`.

Runs offscreen in a temporary data folder and writes docs/screenshots/*.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.db.store import open_store
from app.demo import DemoOptions, fill_demo
from app.paths import Paths
from app.services import accounts
from app.services.context import UnitOfWork
from ui.context import ChangeBus, ViewContext, Workspace
from ui.main import make_application
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

PASSWORD = "screenshot password"
OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def settle(app: QApplication, seconds: float = 1.5) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    app = make_application()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        paths = Paths.from_environment(folder)
        paths.ensure()
        store = open_store(paths.database_url(), backups=paths.backups)
        fill_demo(UnitOfWork(store), DemoOptions(residents=2000, seed=7, password=PASSWORD))
        workspace = Workspace(paths, store)
        for username, view, name in [
            ("officer", "queue", "queue"),
            ("supervisor", "queue", "supervisor-queue"),
        ]:
            actor = accounts.authenticate(workspace.uow(), username, PASSWORD)
            ctx = ViewContext(workspace, actor, TaskRunner(app), ChangeBus(app))
            settings = QSettings(str(paths.config / f"{username}.ini"), QSettings.Format.IniFormat)
            window = MainWindow(ctx, settings)
            window.resize(1366, 768)
            window.show()
            window.show_view(view)
            settle(app)
            window.grab().save(str(OUT / f"{name}.png"))
            window.close()
        store.dispose()
    print(f"screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
