"""The clerk's letters window on a fixed day, with cases awaiting letters and printers that
write PDF files."""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.db.store import Store
from app.services import letters
from app.services.context import Actor, UnitOfWork
from tests.letters.conftest import ISSUE_DAY, MovableClock
from tests.letters.population import Person, revoked_case
from ui.context import ChangeBus, ViewContext, Workspace
from ui.letters.printing import new_printer
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from ui.views.letters import LettersView

Factory = Callable[[], UnitOfWork]

PEOPLE = [
    Person(),
    Person(
        surname="Kuzmich",
        given_names="Marharyta",
        surname_native="Кузьміч",
        given_names_native="Маргарыта",
        citizenship="BY",
        address_line1="Raudondvario pl. 39-87",
        postal_code="LT-49317",
        city="Kaunas",
        preferred_language="en",
    ),
    Person(
        surname="Ivanov",
        given_names="Sergej",
        surname_native="Иванов",
        given_names_native="Сергей",
        address_line1="Taikos pr. 7-12",
        postal_code="LT-91182",
        city="Klaipėda",
    ),
]


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(dt.datetime.combine(ISSUE_DAY, dt.time(9, 0), tzinfo=dt.UTC))


def awaiting(
    store: Store, uow_factory: Factory, users: dict[str, Actor], count: int, first: int = 1
) -> list[str]:
    """`count` approved revocations awaiting letters, people taken in turn from PEOPLE."""
    return [
        revoked_case(store, uow_factory, users, f"LP{n:07d}", PEOPLE[(n - 1) % len(PEOPLE)])
        for n in range(first, first + count)
    ]


def issue(uow_factory: Factory, users: dict[str, Actor], ref: str) -> list[str]:
    change = letters.issue_letters(uow_factory(), users["cleo"], ref)
    return [x["registration_number"] for x in change.details["letters"]]


def open_window(
    qtbot: QtBot, workspace: Workspace, settings: QSettings, actor: Actor
) -> MainWindow:
    """The main window as the shell opens it; its background work is waited for at the end."""
    runner = TaskRunner()
    window = MainWindow(ViewContext(workspace, actor, runner, ChangeBus()), settings)
    runner.setParent(window)

    def settle(_: QWidget) -> None:
        runner.wait()
        QApplication.processEvents()

    qtbot.addWidget(window, before_close_func=settle)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def clerk_window(
    qtbot: QtBot, workspace: Workspace, ui_settings: QSettings, users: dict[str, Actor]
) -> MainWindow:
    return open_window(qtbot, workspace, ui_settings, users["cleo"])


def letters_view(window: MainWindow) -> LettersView:
    view = window.show_view("letters")
    assert isinstance(view, LettersView)
    return view


def file_printer(path: Path, dpi: int = 100) -> QPrinter:
    """A printer that writes its job to `path` as PDF (low resolution keeps tests quick)."""
    printer = new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)
    return printer


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    line = next(x for x in info.stdout.splitlines() if x.startswith("Pages:"))
    return int(line.split()[1])


def page_text(path: Path, page: int) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def dark_share(image: QImage) -> float:
    """The share of sampled pixels that are dark: text on a page, none on a blank one, all
    on a page printed black."""
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    samples = dark = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            samples += 1
            dark += image.pixelColor(x, y).value() < 100
    return dark / max(samples, 1)
