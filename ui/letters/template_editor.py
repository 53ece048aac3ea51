"""The admin's letter templates: see every template in force, edit one as JSON text, check
it, save it (the service checks it again, placeholders first) or go back to the shipped one.
"""

from __future__ import annotations

import json
import re
from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QFontDatabase, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import PermitReviewError, ValidationError
from app.letters import templates as tpl
from app.services import letters
from app.services.context import Changed
from ui import errors
from ui.context import ViewContext
from ui.letters.models import TEMPLATE_COLUMNS, Row, RowsModel, kind_name, language_name
from ui.views import View
from ui.widgets import compact_rows, esc, hint_label

_PLACEHOLDER = re.compile(r"placeholder (\$\w+)")
_LINE = re.compile(r"line (\d+):")


# Characters a text editor would silently turn into a space or a line break; written as
# JSON escapes they survive editing (the letters keep "Nr.\u00a01" on one line).
_FRAGILE = {"\u00a0": "\\u00a0", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def template_text(template: dict[str, Any]) -> str:
    """The template as the admin edits it: JSON, letters as they are, fragile ones escaped."""
    text = json.dumps(template, ensure_ascii=False, indent=2) + "\n"
    for char, escape in _FRAGILE.items():
        text = text.replace(char, escape)
    return text


def editor_text(editor: QPlainTextEdit) -> str:
    """The text as typed: toPlainText() would turn no-break spaces into plain ones."""
    return editor.document().toRawText().replace("\u2029", "\n")


class TemplatesView(View):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("templatesView")
        self.current: tuple[str, str] | None = None
        self.saved_text = ""

        self.model = RowsModel(TEMPLATE_COLUMNS, "key", self)
        self.table = QTableView(self)
        self.table.setObjectName("templatesTable")
        self.table.setAccessibleName(self.tr("Letter templates"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        for column in range(len(TEMPLATE_COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.heading = QLabel(self)
        self.heading.setObjectName("templateHeading")
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("templateText")
        self.editor.setAccessibleName(self.tr("template text"))
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.editor.textChanged.connect(self._update_buttons)
        self.message = QLabel(self)
        self.message.setObjectName("templateMessage")
        self.message.setAccessibleName(self.tr("check result"))
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)

        self.check_button = self._button(self.tr("&Check"), "check", self.check)
        self.save_button = self._button(self.tr("&Save"), "save", self.save)
        self.revert_button = self._button(self.tr("R&evert"), "revert", self.revert)
        self.reset_button = self._button(self.tr("Back to the shipped &text"), "reset", self.reset)
        buttons = QHBoxLayout()
        for button in (self.check_button, self.save_button, self.revert_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)

        editor_pane = QWidget(self)
        right = QVBoxLayout(editor_pane)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.heading)
        right.addWidget(self.editor, 1)
        right.addWidget(self.message)
        right.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(editor_pane)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 600])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Letter templates</h2>"), self))
        layout.addWidget(
            hint_label(
                self.tr(
                    "Each letter is written from the Lithuanian template followed by the "
                    "translation's. Text is JSON; $name puts in a value (write $$ for a dollar "
                    "sign). A template is checked before it is saved, and every letter records "
                    "the version of the templates it was made from."
                ),
                self,
            )
        )
        layout.addWidget(splitter, 1)
        self._update_buttons()

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        return button

    # --- loading --------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            rows = letters.check_templates(self.ctx.uow(), self.ctx.actor)
        except PermitReviewError as exc:
            errors.show_error(self, exc)
            return
        for row in rows:
            row["key"] = f"{row['document']}.{row['language']}"
        self.model.set_rows(rows)
        if self.current is None and rows:
            self.table.selectRow(0)
        elif self.current is not None:
            self.select(*self.current)

    def on_changed(self, changed: Changed) -> None:
        if changed.action.startswith("template_"):
            self.refresh()

    def select(self, document: str, language: str) -> None:
        row = self.model.row_of(f"{document}.{language}")
        if row >= 0:
            self.table.selectRow(row)

    def _selection_changed(self, *_: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        row: Row = self.model.row(rows[0].row())
        wanted = (row["document"], row["language"])
        if wanted == self.current:
            return
        if self.dirty() and not self._discard_changes():
            if self.current is not None:
                self.table.blockSignals(True)
                self.select(*self.current)
                self.table.blockSignals(False)
            return
        self.load(*wanted)

    def load(self, document: str, language: str) -> None:
        try:
            found = letters.read_template(self.ctx.uow(), self.ctx.actor, document, language)
        except PermitReviewError as exc:
            errors.show_error(self, exc)
            return
        self.current = (document, language)
        self.saved_text = template_text(found["template"])
        self.editor.setPlainText(self.saved_text)
        changed = found["source"].startswith("setting")
        if changed:
            heading = self.tr(
                "<b>{document}, {language}</b> · version {version} · changed here (the "
                "shipped text is kept)"
            )
        else:
            heading = self.tr("<b>{document}, {language}</b> · version {version} · as shipped")
        self.heading.setText(
            heading.format(
                document=esc(kind_name(document)),
                language=esc(language_name(language)),
                version=esc(found["version"]),
            )
        )
        self.message.setText("")
        self._update_buttons()

    def _discard_changes(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The template you are editing has changes that are not saved. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def dirty(self) -> bool:
        return self.current is not None and editor_text(self.editor) != self.saved_text

    def _update_buttons(self) -> None:
        loaded = self.current is not None
        self.check_button.setEnabled(loaded)
        self.save_button.setEnabled(self.dirty())
        self.revert_button.setEnabled(self.dirty())
        row = self.model.row_of(f"{self.current[0]}.{self.current[1]}") if self.current else -1
        overridden = row >= 0 and self.model.row(row)["source"].startswith("setting")
        self.reset_button.setEnabled(overridden)

    # --- checking and saving ------------------------------------------------------------

    def _source(self) -> str:
        assert self.current is not None
        return f"template {self.current[0]}.{self.current[1]}"

    def parsed(self) -> dict[str, Any]:
        """The text as a checked template; raises ValidationError naming what is wrong."""
        assert self.current is not None
        document, language = self.current
        template = tpl.parse_text(editor_text(self.editor), self._source())
        return tpl.validate(template, document, language, self._source())

    def check(self) -> bool:
        if self.current is None:
            return False
        try:
            self.parsed()
        except ValidationError as exc:
            self._show_problem(exc)
            return False
        self.message.setText(self.tr("✓ The template is complete and every placeholder is known."))
        return True

    def save(self) -> None:
        if self.current is None:
            return
        try:
            template = self.parsed()
            changed = letters.save_template(self.ctx.uow(), self.ctx.actor, *self.current, template)
        except ValidationError as exc:
            self._show_problem(exc)
            return
        except PermitReviewError as exc:
            errors.show_error(self, exc)
            return
        self.ctx.bus.publish(changed)
        self.load(*self.current)  # as stored, with its new version in the heading
        self.message.setText(
            self.tr(
                "Saved as version {version}. Letters issued from now on use it; letters "
                "already issued do not change."
            ).format(version=esc(str(changed.details.get("version", ""))))
        )
        self._update_buttons()

    def revert(self) -> None:
        if self.current is not None:
            self.editor.setPlainText(self.saved_text)
            self.message.setText("")

    def reset(self) -> None:
        if self.current is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Back to the shipped text"),
            self.tr("Drop the changes made here to this template and use the shipped text again?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            changed = letters.reset_template(self.ctx.uow(), self.ctx.actor, *self.current)
        except PermitReviewError as exc:
            errors.show_error(self, exc)
            return
        document, language = self.current
        self.current = None
        self.ctx.bus.publish(changed)
        self.load(document, language)

    def _show_problem(self, exc: ValidationError) -> None:
        """Say what is wrong and put the cursor on it: the placeholder, or the JSON line."""
        self.message.setText(
            self.tr("<b>Not saved:</b> {problem}").format(problem=esc(exc.message))
        )
        placeholder = _PLACEHOLDER.search(exc.message)
        line = _LINE.search(exc.message)
        if placeholder:
            name = placeholder.group(1)[1:]
            document = self.editor.document()
            flags = QTextDocument.FindFlag.FindCaseSensitively
            for written in (f"${{{name}}}", f"${name}"):
                found = document.find(written, 0, flags)
                if not found.isNull():
                    self.editor.setTextCursor(found)
                    self.editor.centerCursor()
                    break
        elif line:
            block = self.editor.document().findBlockByLineNumber(int(line.group(1)) - 1)
            cursor = QTextCursor(block)
            cursor.select(QTextCursor.SelectionType.LineUnderCursor)
            self.editor.setTextCursor(cursor)
            self.editor.centerCursor()
        self.editor.setFocus()
