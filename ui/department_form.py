"""The department details that letters print: used on first run and in Settings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from ui.i18n import QT_TRANSLATE_NOOP
from ui.widgets import line_edit

LANGUAGE_LABELS = (
    ("lt", QT_TRANSLATE_NOOP("DepartmentForm", "Lithuanian")),
    ("en", QT_TRANSLATE_NOOP("DepartmentForm", "English")),
    ("ru", QT_TRANSLATE_NOOP("DepartmentForm", "Russian")),
)


class DepartmentForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.names: dict[str, QLineEdit] = {}
        self.titles: dict[str, QLineEdit] = {}
        for lang, label in LANGUAGE_LABELS:
            self.names[lang] = line_edit(f"department name in {label}", self)
            form.addRow(
                self.tr("Name ({language}):").format(
                    language=QCoreApplication.translate("DepartmentForm", label)
                ),
                self.names[lang],
            )
        self.names["lt"].setPlaceholderText(self.tr("required"))
        self.code = line_edit("department code", self)
        self.code.setPlaceholderText(self.tr("legal entity code, digits"))
        self.address = line_edit("department address", self)
        self.place = line_edit("place of issue", self)
        self.place.setPlaceholderText(self.tr("town printed beside the date"))
        self.email = line_edit("department e-mail", self)
        self.phone = line_edit("department phone", self)
        self.privacy = line_edit("data protection contact", self)
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("&Place of issue:"), self.place)
        form.addRow(self.tr("E-&mail:"), self.email)
        form.addRow(self.tr("P&hone:"), self.phone)
        form.addRow(self.tr("Data protection contact:"), self.privacy)
        for lang, label in LANGUAGE_LABELS:
            self.titles[lang] = line_edit(f"signatory title in {label}", self)
            title = self.tr("Signatory title ({language}):").format(
                language=QCoreApplication.translate("DepartmentForm", label)
            )
            form.addRow(title, self.titles[lang])
        self.titles["lt"].setPlaceholderText(self.tr("required, e.g. Skyriaus vedėjas"))
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

    @property
    def fields(self) -> dict[str, QWidget]:
        """Widgets by the field names the settings service uses in its errors."""
        return {
            "department name": self.names["lt"],
            "department code": self.code,
            "department address": self.address,
            "place of issue": self.place,
            "signatory title": self.titles["lt"],
        }

    def set_values(self, department: dict[str, Any]) -> None:
        names = department.get("name") or {}
        if isinstance(names, str):
            names = {"lt": names}
        titles = (department.get("signatory_titles") or {}).get("supervisor") or {}
        for lang, _ in LANGUAGE_LABELS:
            self.names[lang].setText(str(names.get(lang, "")))
            self.titles[lang].setText(str(titles.get(lang, "")))
        self.code.setText(str(department.get("code", "")))
        self.address.setText(str(department.get("address", "")))
        self.place.setText(str(department.get("place", "")))
        self.email.setText(str(department.get("email", "")))
        self.phone.setText(str(department.get("phone", "")))
        self.privacy.setText(str(department.get("data_protection_contact", "")))
        for edit in self.findChildren(QLineEdit):
            edit.setCursorPosition(0)  # show long names from their start

    def values(self) -> dict[str, Any]:
        return {
            "name": {lang: edit.text() for lang, edit in self.names.items()},
            "code": self.code.text(),
            "address": self.address.text(),
            "place": self.place.text(),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "data_protection_contact": self.privacy.text(),
            "signatory_titles": {"supervisor": {lang: e.text() for lang, e in self.titles.items()}},
        }

    def first_field(self) -> QWidget:
        return self.names["lt"]
