"""The clerk's Letters view: the print queue, the issued letters with their state, the
preview, dispatch, service with its deadlines, corrections, saving; the admin's templates."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.models import Case, Setting
from app.db.store import Store
from app.letters.templates import load_shipped
from app.services import letters
from app.services.context import Actor, UnitOfWork
from tests.gui.conftest import Shoot, visible
from tests.gui.letters.conftest import (
    awaiting,
    dark_share,
    issue,
    letters_view,
    open_window,
)
from tests.letters.conftest import MovableClock
from tests.letters.pdftext import flat, pdf_text
from ui.context import Workspace
from ui.letters import printing
from ui.letters.correction import CorrectionDialog
from ui.letters.dispatch import DispatchDialog
from ui.letters.models import LETTER_COLUMNS, RowsModel, letter_state
from ui.letters.service import ServiceDialog
from ui.letters.template_editor import TemplatesView
from ui.main_window import MainWindow
from ui.views.letters import ISSUED_TAB, QUEUE_TAB, LettersView

Factory = Callable[[], UnitOfWork]
LEFT = Qt.MouseButton.LeftButton
D = dt.date.fromisoformat


def column(view: LettersView, title: str) -> list[str]:
    model = view.letters_model
    c = [col.title for col in model.columns].index(title)
    return [model.index(r, c).data() for r in range(model.rowCount())]


def states(view: LettersView) -> dict[str, str]:
    return dict(zip(column(view, "Registration no."), column(view, "State"), strict=True))


def rendered(qtbot: QtBot, widget: QWidget) -> None:
    """Wait until `widget` shows ink and stays the same: the pages are drawn at their zoom."""
    last: list[QImage] = []

    def steady() -> bool:
        image = widget.grab().toImage()
        same = bool(last) and last[-1] == image
        last.append(image)
        return same and dark_share(image) > 0.002

    qtbot.waitUntil(steady, timeout=10_000)


@pytest.fixture
def four_cases(store: Store, uow_factory: Factory, users: dict[str, Actor]) -> list[str]:
    """Four approved revocations; the first already has its letters."""
    refs = awaiting(store, uow_factory, users, 4)
    issue(uow_factory, users, refs[0])
    return refs


def test_queue_and_issued_letters(
    qtbot: QtBot, clerk_window: MainWindow, four_cases: list[str], shoot: Shoot
) -> None:
    view = letters_view(clerk_window)
    assert view.tabs.tabText(QUEUE_TAB) == "To issue (3)"
    assert view.tabs.tabText(ISSUED_TAB) == "Issued letters (2)"
    model = view.queue_model
    assert [model.row(r)["case_number"] for r in range(3)] == four_cases[1:]
    assert model.index(0, 2).data() == "Kuzmich Marharyta (Кузьміч Маргарыта)"
    assert model.index(0, 3).data() == "English"
    assert model.index(1, 3).data() == "Russian"
    assert not view.issue_button.isEnabled()
    assert view.queue_count.text() == "0 of 3 selected"
    view.select_cases(four_cases[1:3])
    assert view.issue_button.isEnabled() and view.queue_count.text() == "2 of 3 selected"
    shoot(clerk_window, "letters-queue")

    view.tabs.setCurrentIndex(ISSUED_TAB)
    assert states(view) == {"2026-RS-00002": "Not dispatched", "2026-RS-00001": "Not dispatched"}
    assert column(view, "Document") == ["Appeal-rights notice", "Decision"]
    assert column(view, "Addressee") == ["Žukauskienė Jelena"] * 2
    tip = view.letters_model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "<p>Žukauskienė Jelena (Жукаускене Елена); translation: Russian</p>"


def test_preview_shows_the_letter(
    qtbot: QtBot, clerk_window: MainWindow, four_cases: list[str], shoot: Shoot
) -> None:
    view = letters_view(clerk_window)
    view.tabs.setCurrentIndex(ISSUED_TAB)
    assert view.preview.letter is None and not view.print_button.isEnabled()
    view.select_letters(["2026-RS-00001"])
    preview = view.preview
    assert preview.letter is not None and preview.letter.registration_number == "2026-RS-00001"
    assert preview.page_count() == 2
    assert preview.page_label.text() == "Page 1 of 2"
    assert "2026-RS-00001" in preview.title.text() and "Decision" in preview.title.text()
    for button in (view.print_button, view.save_button, view.dispatch_button):
        assert button.isEnabled()

    # QtPdf draws the pages as they come into sight, at the zoom of the moment.
    rendered(qtbot, preview.view.viewport())
    shoot(clerk_window, "letters-preview")
    # The letter head and the address block are where the page starts.
    top = preview.view.viewport().grab().toImage()
    assert dark_share(top.copy(0, 0, top.width(), top.height() // 3)) > 0.005

    preview.whole_page.click()
    rendered(qtbot, preview.view.viewport())
    shoot(preview, "letters-preview-whole-page")

    view.select_letters(["2026-RS-00002"])
    assert preview.page_count() == 3 and preview.letter is not None
    assert preview.letter.kind == "appeal_notice"
    view.letters_table.clearSelection()
    assert preview.letter is None
    assert preview.placeholder.text() == "Select a letter to see it here."


def test_record_dispatch_then_service_with_its_deadlines(
    qtbot: QtBot,
    clerk_window: MainWindow,
    four_cases: list[str],
    clock: MovableClock,
    store: Store,
    shoot: Shoot,
) -> None:
    view = letters_view(clerk_window)
    view.tabs.setCurrentIndex(ISSUED_TAB)
    view.select_letters(["2026-RS-00002"])
    qtbot.mouseClick(view.dispatch_button, LEFT)
    dialog = visible(view, DispatchDialog)
    dialog.submit()
    assert dialog.error.text() == "tracking number: give the registered-mail number"
    assert dialog.tracking.hasFocus() or not dialog.isActiveWindow()
    dialog.tracking.setText("RR123456789LT")
    shoot(dialog, "letters-dispatch")
    qtbot.mouseClick(dialog.record_button, LEFT)
    assert not dialog.isVisible()
    assert states(view) == {
        "2026-RS-00002": "Dispatched 2026-01-26, RR123456789LT",
        "2026-RS-00001": "Dispatched 2026-01-26, RR123456789LT",
    }
    assert "2026-RS-00001, 2026-RS-00002" in view.message.text()

    # Served a week later, on Monday 2 February 2026: fourteen days end on Monday
    # 16 February, the Restoration of the State Day, so the last day is the 17th; one
    # month ends on Monday 2 March.
    clock.set_day(D("2026-02-02"))
    view.select_letters(["2026-RS-00001"])
    qtbot.mouseClick(view.service_button, LEFT)
    service = visible(view, ServiceDialog)
    assert service.appeal.text() == "Tuesday 2026-02-17"
    assert service.departure.text() == "Monday 2026-03-02"
    service.served_on.setDate(service.served_on.date().addDays(-3))  # Friday 30 January
    assert service.appeal.text() == "Friday 2026-02-13"
    assert service.departure.text() == "Monday 2026-03-02"  # 28 Feb is a Saturday
    service.served_on.setDate(service.served_on.date().addDays(3))
    service.method.setCurrentIndex(service.method.findData("in_person"))
    shoot(service, "letters-service")
    qtbot.mouseClick(service.record_button, LEFT)
    assert not service.isVisible()
    assert view.message.text() == (
        f"Case {four_cases[0]} served on 2026-02-02: last day to appeal 2026-02-17, "
        "must leave by 2026-03-02."
    )
    # Served cases leave the working list; they are shown on request.
    assert "2026-RS-00001" not in states(view)
    view.include_closed.setChecked(True)
    assert states(view)["2026-RS-00001"] == "Served 2026-02-02 (in person)"
    shoot(clerk_window, "letters-issued-served")
    with store.reading() as session:
        assert session.scalar(select(Case.state).where(Case.case_number == four_cases[0])) == (
            "served"
        )


def test_service_before_the_letter_date_is_refused(
    qtbot: QtBot, clerk_window: MainWindow, four_cases: list[str]
) -> None:
    view = letters_view(clerk_window)
    view.tabs.setCurrentIndex(ISSUED_TAB)
    view.select_letters(["2026-RS-00001"])
    dialog = view.record_service()
    assert dialog is not None
    # The date field does not go before the letter's date; the service says why if asked.
    assert dialog.served_on.minimumDate().toString("yyyy-MM-dd") == "2026-01-26"
    dialog.row = {**dialog.row, "case_number": "PR24-NOSUCH"}
    dialog.submit()
    assert dialog.isVisible() and "PR24-NOSUCH" in dialog.error.text()


def test_correction_replaces_a_letter(
    qtbot: QtBot,
    clerk_window: MainWindow,
    four_cases: list[str],
    uow_factory: Factory,
    users: dict[str, Actor],
    shoot: Shoot,
) -> None:
    view = letters_view(clerk_window)
    view.tabs.setCurrentIndex(ISSUED_TAB)
    view.select_letters(["2026-RS-00001"])
    qtbot.mouseClick(view.correct_button, LEFT)
    dialog = visible(view, CorrectionDialog)
    dialog.submit()
    assert dialog.error.text() == "reason: say what the correction corrects"
    dialog.reason.setPlainText("The house number was 43, not 34.")
    shoot(dialog, "letters-correction")
    qtbot.mouseClick(dialog.issue_button, LEFT)
    assert not dialog.isVisible()
    assert view.message.text() == (
        "Issued 2026-RS-00003, which replaces 2026-RS-00001. Print it and send it."
    )
    assert view.selected_numbers() == ["2026-RS-00003"]
    assert view.preview.letter is not None
    assert view.preview.letter.registration_number == "2026-RS-00003"
    assert states(view)["2026-RS-00001"] == "Replaced by 2026-RS-00003"
    row = view.letters_model.row(view.letters_model.row_of("2026-RS-00003"))
    assert row["supersedes"] == "2026-RS-00001"
    # A replaced letter is neither sent nor corrected again.
    view.select_letters(["2026-RS-00001"])
    assert not view.dispatch_button.isEnabled() and not view.correct_button.isEnabled()
    assert view.print_button.isEnabled()  # it can still be read and printed for the file
    text = flat(pdf_text(letters.letter_pdf(uow_factory(), users["cleo"], "2026-RS-00003").pdf))
    assert "2026-RS-00001" in text


def test_search_and_save_pdf_and_register(
    qtbot: QtBot,
    clerk_window: MainWindow,
    store: Store,
    uow_factory: Factory,
    users: dict[str, Actor],
    tmp_path: Path,
) -> None:
    refs = awaiting(store, uow_factory, users, 3)
    for ref in refs:
        issue(uow_factory, users, ref)
    view = letters_view(clerk_window)
    view.tabs.setCurrentIndex(ISSUED_TAB)
    view.search.setText("кузьміч")  # the native spelling, in any case
    qtbot.waitUntil(lambda: view.letters_model.rowCount() == 2)
    assert set(column(view, "Case")) == {refs[1]}
    view.search.setText("rs-00005")
    qtbot.waitUntil(lambda: view.letters_model.rowCount() == 1)
    listed = tmp_path / "letters.csv"
    view.export_letters("csv", listed)  # the one letter the search shows
    qtbot.waitUntil(lambda: view.message.text() == "Exported 1 row to letters.csv.")
    exported = list(csv.reader(listed.open(encoding="utf-8-sig")))
    assert len(exported) == 2 and "2026-RS-00005" in exported[1]
    view.search.clear()
    qtbot.waitUntil(lambda: view.letters_model.rowCount() == 6)

    view.select_letters(["2026-RS-00003"])
    chooser = view.save_pdf()
    assert chooser is not None and chooser.isVisible()
    target = tmp_path / "out" / "letter.pdf"
    chooser.fileSelected.emit(str(target))
    chooser.close()
    stored = letters.letter_pdf(uow_factory(), users["cleo"], "2026-RS-00003")
    assert target.read_bytes() == stored.pdf  # the bytes as issued
    assert view.message.text() == f"Saved 2026-RS-00003 as issued to {target}."

    view.select_letters(["2026-RS-00001", "2026-RS-00002", "2026-RS-00005"])
    folder_dialog = view.make_register()
    assert isinstance(folder_dialog, QFileDialog)
    folder_dialog.fileSelected.emit(str(tmp_path / "registers"))
    folder_dialog.close()
    saved = sorted((tmp_path / "registers").iterdir())
    assert [p.suffix for p in saved] == [".csv", ".pdf"]
    assert saved[0].name == "dispatch-register-2026-01-26-2026-RS-00001_to_2026-RS-00005.csv"
    rows = list(csv.DictReader(saved[0].open(encoding="utf-8-sig")))
    assert [r["registration_numbers"] for r in rows] == [
        "2026-RS-00001 2026-RS-00002",
        "2026-RS-00005",
    ]
    assert rows[0]["addressee"] == "Jelena Žukauskienė (Елена Жукаускене)"
    assert "2 envelopes" in view.message.text()


def test_no_printer_is_said_plainly(
    qtbot: QtBot,
    clerk_window: MainWindow,
    four_cases: list[str],
    monkeypatch: pytest.MonkeyPatch,
    shoot: Shoot,
) -> None:
    monkeypatch.setattr(printing.QPrinterInfo, "availablePrinters", staticmethod(list))
    view = letters_view(clerk_window)
    view.tabs.setCurrentIndex(ISSUED_TAB)
    view.select_letters(["2026-RS-00001"])
    qtbot.mouseClick(view.print_button, LEFT)
    box = visible(view, QMessageBox)
    assert box.objectName() == "noPrinterBox"
    assert box.text() == printing.NO_PRINTER
    shoot(box, "letters-no-printer")
    box.close()

    # The batch dialog says so too, and offers to issue without printing.
    view.tabs.setCurrentIndex(QUEUE_TAB)
    view.select_cases(four_cases[1:2])
    dialog = view.issue_selected()
    assert dialog is not None
    assert dialog.no_printer.isVisible() and not dialog.print_box.isEnabled()
    assert dialog.start_button.text() == "&Issue"
    shoot(dialog, "letters-batch-no-printer")
    dialog.close()


def test_letter_state_words() -> None:
    base = {"state": "letters_issued", "superseded_by": None, "served_on": None}
    assert letter_state(base) == "Not dispatched"
    sent = {**base, "state": "dispatched", "dispatched_on": "2026-01-27", "tracking_number": "R1"}
    assert letter_state(sent) == "Dispatched 2026-01-27, R1"
    served = {**sent, "state": "under_appeal", "served_on": "2026-02-02", "method": "other"}
    assert letter_state(served) == "Served 2026-02-02 (other), under appeal"
    assert letter_state({**served, "superseded_by": "X-9"}) == "Replaced by X-9"
    model = RowsModel(LETTER_COLUMNS, "registration_number")
    row = {
        "registration_number": "N-1",
        "kind": "appeal_notice",
        "case_number": "C-1",
        "surname": "Ivanov",
        "given_names": "Sergej",
        "surname_native": "",
        "given_names_native": "",
        "language": "ru",
        "issued_on": "2026-01-26",
        "pages": 3,
        "supersedes": "N-0",
        "correction_reason": "<b>typo</b> & more",
        **base,
    }
    model.set_rows([row])
    assert [model.index(0, c).data() for c in range(model.columnCount())] == [
        "N-1", "Appeal-rights notice", "C-1", "Ivanov Sergej", "Not dispatched",
    ]  # fmt: skip
    assert model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) == (
        "<p>Issued 2026-01-26, 3 pages. Not dispatched</p>"
    )
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == (
        "<p>Corrects N-0: &lt;b&gt;typo&lt;/b&gt; &amp; more</p>"  # shown as typed
    )
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == "N-1"


# --- templates (admins) -------------------------------------------------------------------


@pytest.fixture
def templates_view(
    qtbot: QtBot, workspace: Workspace, ui_settings: QSettings, users: dict[str, Actor]
) -> TemplatesView:
    window = open_window(qtbot, workspace, ui_settings, users["admin"])
    assert window.view("letters") is None  # the print queue is the clerks'
    view = window.show_view("letter_templates")
    assert isinstance(view, TemplatesView)
    return view


def test_template_with_a_bad_placeholder_is_not_saved(
    qtbot: QtBot,
    templates_view: TemplatesView,
    store: Store,
    uow_factory: Factory,
    users: dict[str, Actor],
    shoot: Shoot,
) -> None:
    view = templates_view
    assert view.model.rowCount() == 6
    assert view.current == ("decision", "lt")
    assert '"document": "decision"' in view.editor.toPlainText()
    assert not view.save_button.isEnabled()
    keys = mnemonics(view)
    assert sorted(keys) == ["c", "e", "s", "t"]  # Check, Revert, Save, shipped Text

    text = view.editor.toPlainText().replace("${permit_number}", "${permit_nubmer}", 1)
    view.editor.setPlainText(text)
    assert view.save_button.isEnabled()
    qtbot.mouseClick(view.save_button, LEFT)
    assert "unknown placeholder $permit_nubmer" in view.message.text()
    assert view.editor.textCursor().selectedText() == "${permit_nubmer}"
    shoot(view.window(), "letters-template-bad-placeholder")
    with store.reading() as session:
        assert (
            session.scalars(select(Setting.key).where(Setting.key.like("template:%"))).all() == []
        )

    view.editor.setPlainText(view.editor.toPlainText().replace("{", "{{", 1))
    qtbot.mouseClick(view.check_button, LEFT)
    assert "line 1: not valid JSON" in view.message.text()

    good = load_shipped("decision", "lt")
    good["version"] = "2026.2"
    good["title"] = good["title"] + " (pataisyta)"
    view.editor.setPlainText(json.dumps(good, ensure_ascii=False, indent=2))
    qtbot.mouseClick(view.check_button, LEFT)
    assert view.message.text().startswith("✓")
    qtbot.mouseClick(view.save_button, LEFT)
    assert view.message.text().startswith("Saved as version 2026.2.")
    assert view.model.index(0, 3).data() == "changed here"
    assert "version 2026.2" in view.heading.text()
    assert view.reset_button.isEnabled() and not view.save_button.isEnabled()
    saved = letters.read_template(uow_factory(), users["admin"], "decision", "lt")["template"]
    assert saved == good  # no-break spaces and all


def test_template_text_keeps_no_break_spaces(
    qtbot: QtBot, templates_view: TemplatesView, uow_factory: Factory, users: dict[str, Actor]
) -> None:
    view = templates_view
    shipped = load_shipped("decision", "lt")
    assert "\u00a0" in json.dumps(shipped, ensure_ascii=False)
    assert "\\u00a0" in view.editor.toPlainText()  # shown as an escape, kept as it is
    view.editor.setPlainText(view.editor.toPlainText().replace('"version": "', '"version": "x', 1))
    qtbot.mouseClick(view.save_button, LEFT)
    saved = letters.read_template(uow_factory(), users["admin"], "decision", "lt")["template"]
    assert saved == {**shipped, "version": "x" + shipped["version"]}


def test_template_reset_to_the_shipped_text(
    qtbot: QtBot,
    templates_view: TemplatesView,
    uow_factory: Factory,
    users: dict[str, Actor],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    changed = load_shipped("appeal_notice", "en")
    changed["version"] = "local-1"
    letters.save_template(uow_factory(), users["admin"], "appeal_notice", "en", changed)
    templates_view.refresh()
    templates_view.select("appeal_notice", "en")
    assert "version local-1" in templates_view.heading.text()
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    qtbot.mouseClick(templates_view.reset_button, LEFT)
    shipped = load_shipped("appeal_notice", "en")["version"]
    assert f"version {shipped}" in templates_view.heading.text()
    assert "as shipped" in templates_view.heading.text()
    assert not templates_view.reset_button.isEnabled()


def mnemonics(widget: QWidget) -> list[str]:
    """The Alt+letter keys of the buttons and labelled fields shown in `widget`."""
    keys = []
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget):
            continue
        if isinstance(child, QAbstractButton) or (isinstance(child, QLabel) and child.buddy()):
            text = child.text().replace("&&", "")
            if "&" in text:
                keys.append(text[text.index("&") + 1].lower())
    return keys


def test_alt_keys_do_not_collide(
    qtbot: QtBot, clerk_window: MainWindow, four_cases: list[str]
) -> None:
    menus = {"f", "v", "h"}  # File, View, Help
    view = letters_view(clerk_window)
    view.tabs.setCurrentIndex(ISSUED_TAB)
    view.select_letters(["2026-RS-00001"])
    screens: list[QWidget] = [view.tabs.widget(QUEUE_TAB), view.tabs.widget(ISSUED_TAB)]
    for make in (view.record_dispatch, view.record_service, view.correct):
        dialog = make()
        assert dialog is not None
        screens.append(dialog)
    view.tabs.setCurrentIndex(QUEUE_TAB)
    view.select_cases(four_cases[1:2])
    batch = view.issue_selected()
    assert batch is not None
    batch.print_button.show()  # shown once a run has left letters unprinted
    screens.append(batch)
    for screen in screens:
        keys = mnemonics(screen)
        assert len(keys) == len(set(keys)) and not menus & set(keys), (screen.objectName(), keys)
        if isinstance(screen, QDialog):
            screen.close()
