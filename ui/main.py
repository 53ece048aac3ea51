"""Start the window: `permit-review` with no subcommand ends up here."""

from __future__ import annotations

import logging
import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.domain.errors import PermitReviewError
from app.lock import StoreInUse, StoreLock
from app.logs import configure_logging
from app.paths import Paths
from app.services import encryption
from ui import errors, i18n, icons, theme
from ui.opening import StoreOpener, without_password
from ui.shell import Shell, workstation_language

log = logging.getLogger(__name__)

# Set to 1 to quit as soon as the first window (login or setup) is on screen, printing
# the time taken; `make bench` measures start-up with it.
EXIT_AFTER_SHOW_ENV = "PERMIT_REVIEW_EXIT_AFTER_SHOW"


def make_application() -> QApplication:
    QCoreApplication.setApplicationName("Permit Review")
    QCoreApplication.setOrganizationName("Migration Department")
    QCoreApplication.setOrganizationDomain("migracija.lt")
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setDesktopFileName("permit-review")
    theme.apply(app)
    app.setWindowIcon(icons.app_icon())
    # The shell decides when to quit: between logins no window is open for a moment.
    app.setQuitOnLastWindowClosed(False)
    return app


def store_error_box(exc: BaseException, paths: Paths, url: str) -> QMessageBox:
    """What to tell the user when the store cannot be opened or brought up to date."""
    if isinstance(exc, PermitReviewError):
        reason = exc.message
    else:
        log.error("the store cannot be opened", exc_info=(type(exc), exc, exc.__traceback__))
        reason = QCoreApplication.translate(
            "Startup", "The store could not be opened ({error})."
        ).format(error=type(exc).__name__)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Startup", "Permit Review cannot start"),
        QCoreApplication.translate(
            "Startup", "The store cannot be opened, so the application cannot start."
        ),
    )
    box.setObjectName("storeErrorBox")
    where = without_password(url) if paths.database_url() != url else str(paths.database)
    box.setInformativeText(
        QCoreApplication.translate(
            "Startup",
            "{reason}\n\nStore: {store}\n\nWhat to do: check that the folder exists, is "
            "reachable and not full, and that no other program holds the file. To use another "
            "store, start with --data-dir FOLDER or --db URL (or set PERMIT_REVIEW_DATA_DIR). "
            "If a migration failed, the copy taken before it is in {backups}. The log is in "
            "{logs}.",
        ).format(reason=reason, store=where, backups=paths.backups, logs=paths.logs)
    )
    return box


def in_use_box(exc: StoreInUse) -> QMessageBox:
    """A second copy of the application on the same store is refused."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Startup", "Permit Review is already open"),
        QCoreApplication.translate("Startup", "Permit Review is already open on this store."),
    )
    box.setObjectName("storeInUseBox")
    box.setInformativeText(exc.message)
    return box


def _tell(box: QMessageBox) -> None:
    """Show a start-up failure; in an unattended run (the start-up bench) print it instead."""
    if os.environ.get(EXIT_AFTER_SHOW_ENV) == "1":
        print(f"{box.text()}\n{box.informativeText()}", file=sys.stderr)
    else:
        box.exec()


def lock_store(url: str) -> StoreLock | None:
    """Hold the store's lock for as long as the window runs; StoreInUse if another copy does.

    A server store needs none: its server keeps writers apart.
    """
    database = encryption.database_of(url)
    return StoreLock(database).acquire() if database is not None else None


def run(paths: Paths, db_url: str | None) -> int:
    started = time.perf_counter()
    app = make_application()
    ui_settings = QSettings(str(paths.config / "ui.ini"), QSettings.Format.IniFormat)
    i18n.use(workstation_language(ui_settings))
    try:
        paths.ensure()
        configure_logging(paths)
    except OSError as exc:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Startup", "Permit Review cannot start"),
            QCoreApplication.translate(
                "Startup", "The folder {folder} cannot be used: {reason}."
            ).format(folder=paths.data, reason=exc.strerror),
        )
        _tell(box)
        return 1
    errors.install_excepthook()
    log.info("starting the window, version %s", __version__)
    url = paths.database_url(db_url)
    try:
        lock = lock_store(url)
    except StoreInUse as exc:
        log.info("refused: the store is open in another copy")
        _tell(in_use_box(exc))
        return 1
    try:
        return _run_shell(app, StoreOpener(paths, url), ui_settings, started)
    finally:
        if lock is not None:
            lock.release()


def _run_shell(
    app: QApplication, opener: StoreOpener, ui_settings: QSettings, started: float
) -> int:
    paths = opener.paths
    shell = Shell(None, ui_settings, opener=opener)
    shell.finished.connect(app.quit)
    unattended = os.environ.get(EXIT_AFTER_SHOW_ENV) == "1"
    if unattended:

        def report_and_quit(window: str) -> None:
            if window == "damaged" and shell.dialog is not None:
                box = shell.dialog
                assert isinstance(box, QMessageBox)
                print(f"{box.text()}\n{box.informativeText()}", file=sys.stderr)
                QTimer.singleShot(0, lambda: app.exit(1))
                return

            # Let the window paint once before stopping the clock.
            def done() -> None:
                elapsed = time.perf_counter() - started
                print(f"shown {window} {elapsed:.4f}", flush=True)
                app.quit()

            QTimer.singleShot(0, done)

        shell.shown.connect(report_and_quit)
    try:
        shell.start()
    except Exception as exc:  # the store cannot be opened or read: say what to do, and end
        _tell(store_error_box(exc, paths, opener.url))
        shell.close_store()
        return 1
    try:
        return int(app.exec())
    finally:
        if shell.actor is not None:
            shell.quit()
        ui_settings.sync()
        shell.close_store()
        log.info("window closed")
