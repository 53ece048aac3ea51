"""The batch dialog: issue the letters of many cases and print them as one job, with a
progress bar and Cancel, and the dispatch register saved as PDF and CSV."""

from __future__ import annotations

import csv
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.db.models import Case, Letter, RegistrationCounter
from app.db.store import Store
from app.services import letters
from app.services.context import Actor, UnitOfWork
from tests.gui.conftest import Shoot
from tests.gui.letters.conftest import awaiting, file_printer, letters_view, pdf_pages
from ui.letters import batch
from ui.letters.batch import ISSUE, PRINT, BatchDialog
from ui.main_window import MainWindow
from ui.views.letters import ISSUED_TAB, LettersView

Factory = Callable[[], UnitOfWork]
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def printed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the chosen "printer" writes: Qt's print dialog is answered with a PDF file.

    The dialog offers printing only when the computer has a printer set up; these tests
    print to a file, so they must not depend on the machine's printers (CUPS) either.
    """
    target = tmp_path / "printed.pdf"

    def choose(_parent: object, _title: str, on_chosen: Callable[[QPrinter], object]) -> None:
        on_chosen(file_printer(target))

    monkeypatch.setattr(batch, "printers_available", lambda: True)
    monkeypatch.setattr(batch, "ask_printer", choose)
    return target


def open_batch(qtbot: QtBot, view: LettersView, refs: list[str], folder: Path) -> BatchDialog:
    view.select_cases(refs)
    qtbot.mouseClick(view.issue_button, LEFT)
    dialog = view.findChild(BatchDialog)
    assert isinstance(dialog, BatchDialog) and dialog.isVisible()
    dialog.folder.setText(str(folder))
    return dialog


def hold_after(dialog: BatchDialog, phase: str, count: int) -> threading.Event:
    """Make the run wait, after `count` steps of `phase`, until the returned event is set:
    the test then acts (presses Cancel) at a known point, as a person would mid-run."""
    go_on = threading.Event()
    report = dialog.report

    def held(step: str, done: int, total: int) -> None:
        report(step, done, total)
        if step == phase and done == count:
            assert go_on.wait(30), "the test did not let the run go on"

    dialog.report = held  # type: ignore[method-assign]
    return go_on


def case_states(store: Store, refs: list[str]) -> list[str]:
    with store.reading() as session:
        found = dict(
            session.execute(
                select(Case.case_number, Case.state).where(Case.case_number.in_(refs))
            ).all()
        )
    return [found[r] for r in refs]


def letter_pages(store: Store) -> int:
    with store.reading() as session:
        return int(session.scalar(select(func.sum(Letter.pages))) or 0)


def test_cancel_keeps_what_was_issued_and_touches_nothing_else(
    qtbot: QtBot,
    clerk_window: MainWindow,
    store: Store,
    uow_factory: Factory,
    users: dict[str, Actor],
    printed: Path,
    tmp_path: Path,
    shoot: Shoot,
) -> None:
    refs = awaiting(store, uow_factory, users, 5)
    view = letters_view(clerk_window)
    dialog = open_batch(qtbot, view, refs, tmp_path / "registers")
    assert "<b>5 cases</b>" in dialog.intro.text()
    shoot(dialog, "letters-batch-ready")
    go_on = hold_after(dialog, ISSUE, 2)

    qtbot.mouseClick(dialog.start_button, LEFT)
    qtbot.waitUntil(lambda: dialog.progress.value() == 2)
    assert dialog.status.text() == "Issuing letters: 2 of 5 cases"
    assert dialog.progress.maximum() == 5 and dialog.running
    shoot(dialog, "letters-batch-running")
    qtbot.mouseClick(dialog.close_button, LEFT)  # Cancel
    assert dialog.isVisible()  # it stays until the run has stopped
    assert dialog.status.text() == "Stopping after the current case…"
    assert not dialog.close_button.isEnabled()
    go_on.set()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)

    outcome = dialog.outcome
    assert outcome is not None and outcome.result.cancelled
    assert outcome.result.registration_numbers == [f"2026-RS-0000{n}" for n in range(1, 5)]
    assert case_states(store, refs) == ["letters_issued"] * 2 + ["awaiting_letters"] * 3
    with store.reading() as session:
        rows = session.execute(select(Letter.case_id, Letter.sequence)).all()
        assert sorted(seq for _, seq in rows) == [1, 2, 3, 4]
        counter = session.get(RegistrationCounter, 2026)
        assert counter is not None and counter.last_number == 4  # no number lost
    assert not printed.exists()  # Cancel stopped the job before printing
    assert outcome.register_files is not None
    pdf, csv_path = outcome.register_files
    rows = list(csv.DictReader(csv_path.open(encoding="utf-8-sig")))
    assert [r["registration_numbers"] for r in rows] == [
        "2026-RS-00001 2026-RS-00002",
        "2026-RS-00003 2026-RS-00004",
    ]
    assert pdf.read_bytes().startswith(b"%PDF")
    text = dialog.result_label.text()
    assert "Cancelled</b> after 2 of 5 cases" in text
    assert "3 cases were not touched and stay in the queue" in text
    assert dialog.print_button.isVisible() and dialog.close_button.text() == "Close"
    shoot(dialog, "letters-batch-cancelled")

    # The letters issued before Cancel can still be printed, in one job with the register.
    qtbot.mouseClick(dialog.print_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.running and printed.exists(), timeout=30_000)
    assert dialog.outcome is not None and dialog.outcome.printed is not None
    register_pages = pdf_pages(pdf)
    assert pdf_pages(printed) == letter_pages(store) + register_pages
    assert not dialog.print_button.isVisible()
    assert "Printed</b> on" in dialog.result_label.text()

    qtbot.mouseClick(dialog.close_button, LEFT)
    assert not dialog.isVisible()
    assert view.queue_model.rowCount() == 3
    assert view.tabs.currentIndex() == ISSUED_TAB
    assert view.selected_numbers() == [f"2026-RS-0000{n}" for n in range(1, 5)]
    assert view.message.text() == "Issued 4 letters, 2026-RS-00001 to 2026-RS-00004."


def test_issue_and_print_as_one_job(
    qtbot: QtBot,
    clerk_window: MainWindow,
    store: Store,
    uow_factory: Factory,
    users: dict[str, Actor],
    printed: Path,
    tmp_path: Path,
    shoot: Shoot,
) -> None:
    refs = awaiting(store, uow_factory, users, 3)
    view = letters_view(clerk_window)
    dialog = open_batch(qtbot, view, refs, tmp_path / "registers")
    seen: list[tuple[str, int, int]] = []
    dialog.progressed.connect(lambda *step: seen.append(step))
    assert dialog.print_box.isChecked()
    qtbot.mouseClick(dialog.start_button, LEFT)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)

    outcome = dialog.outcome
    assert outcome is not None and not outcome.result.cancelled and not outcome.result.failed
    assert case_states(store, refs) == ["letters_issued"] * 3
    assert [s for s in seen if s[0] == ISSUE] == [(ISSUE, n, 3) for n in range(4)]
    # The letters of three cases, then the register: four sets.
    assert [s for s in seen if s[0] == PRINT] == [(PRINT, n, 4) for n in range(5)]
    assert outcome.printed is not None and outcome.printed.sets == 4
    assert outcome.register_files is not None
    register_pages = pdf_pages(outcome.register_files[0])
    assert pdf_pages(printed) == letter_pages(store) + register_pages
    assert outcome.printed.pages == pdf_pages(printed)
    text = dialog.result_label.text()
    assert "<b>Issued:</b> 6 letters for 3 cases, 2026-RS-00001 to 2026-RS-00006." in text
    assert "the letters of 3 cases and the dispatch register" in text
    assert not dialog.print_button.isVisible()
    shoot(dialog, "letters-batch-done")


def test_cancel_while_printing_keeps_whole_cases(
    qtbot: QtBot,
    clerk_window: MainWindow,
    store: Store,
    uow_factory: Factory,
    users: dict[str, Actor],
    printed: Path,
    tmp_path: Path,
) -> None:
    refs = awaiting(store, uow_factory, users, 3)
    view = letters_view(clerk_window)
    dialog = open_batch(qtbot, view, refs, tmp_path / "registers")
    assert dialog.print_box.isChecked()
    go_on = hold_after(dialog, PRINT, 1)
    qtbot.mouseClick(dialog.start_button, LEFT)
    qtbot.waitUntil(lambda: dialog.progress.value() == 1 and "Printing" in dialog.status.text())
    qtbot.mouseClick(dialog.close_button, LEFT)
    go_on.set()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)

    outcome = dialog.outcome
    assert outcome is not None and outcome.printed is not None
    assert outcome.printed.cancelled and outcome.printed.sets == 1
    assert case_states(store, refs) == ["letters_issued"] * 3  # issuing had finished
    assert outcome.unprinted == [
        ["2026-RS-00003", "2026-RS-00004"],
        ["2026-RS-00005", "2026-RS-00006"],
    ]
    with store.reading() as session:
        first_case = session.scalar(
            select(func.sum(Letter.pages)).where(Letter.sequence.in_([1, 2]))
        )
    assert pdf_pages(printed) == first_case  # the whole first case, nothing more
    assert "Printing was cancelled</b>: the letters of 2 cases" in dialog.result_label.text()
    assert dialog.print_button.isVisible()


def test_a_case_taken_meanwhile_is_reported_not_issued_twice(
    qtbot: QtBot,
    clerk_window: MainWindow,
    store: Store,
    uow_factory: Factory,
    users: dict[str, Actor],
    tmp_path: Path,
) -> None:
    refs = awaiting(store, uow_factory, users, 2)
    view = letters_view(clerk_window)
    dialog = open_batch(qtbot, view, refs, tmp_path / "registers")
    dialog.print_box.setChecked(False)
    assert dialog.start_button.text() == "&Issue"
    # Another clerk issues the second case's letters while this dialog is open.
    letters.issue_letters(uow_factory(), users["cleo"], refs[1])
    qtbot.mouseClick(dialog.start_button, LEFT)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)
    text = dialog.result_label.text()
    assert "<b>Issued:</b> 2 letters for 1 case, 2026-RS-00003 to 2026-RS-00004." in text
    assert f"<b>Not issued:</b> {refs[1]}:" in text
    assert dialog.outcome is not None and dialog.outcome.printed is None
