"""Pieces the check and summary steps share: sortable tables and the report saved as CSV."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QWidget,
)

from app.domain.errors import ValidationError
from app.imports.outcome import FieldChange, write_report
from app.imports.problems import Problem
from ui import i18n
from ui.imports.models import SortRole
from ui.widgets import compact_rows, hint_label


def table_view(
    parent: QWidget, model: QAbstractItemModel, name: str, *, sort: bool = True
) -> QTableView:
    """A read-only table over `model`, sorted by clicking a heading (numbers as numbers)."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(name.replace("_", " "))
    if sort:
        proxy = QSortFilterProxyModel(view)
        proxy.setSourceModel(model)
        proxy.setSortRole(SortRole)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order until asked
    else:
        view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    compact_rows(view)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return view


def fit_columns(view: QTableView, widest: int = 360) -> None:
    """Columns as wide as their content, none wider than `widest` pixels; the last one takes
    the room that is left (its full text is in the tooltip)."""
    columns = view.model().columnCount()
    for column in range(columns - 1):
        view.resizeColumnToContents(column)
        if view.columnWidth(column) > widest:
            view.setColumnWidth(column, widest)


def choose_report_file(parent: QWidget, suggested: str) -> Path | None:
    """Ask where the report goes; None when the admin changes their mind."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ImportReport", "Save the report"),
        suggested,
        QCoreApplication.translate("ImportReport", "CSV files (*.csv)"),
    )
    return Path(name) if name else None


def report_name(file_name: str) -> str:
    return f"{Path(file_name).stem}-report.csv"


def save_report(
    parent: QWidget,
    file_name: str,
    problems: Iterable[Problem],
    changes: Iterable[FieldChange] = (),
) -> tuple[Path, int] | None:
    """Write every problem (and registry change) as CSV where the admin says; (path, lines)."""
    target = choose_report_file(parent, report_name(file_name))
    if target is None:
        return None
    if target.suffix.lower() != ".csv":
        target = target.with_name(target.name + ".csv")
    try:
        return target, write_report(target, problems, changes)
    except OSError as exc:
        reason = QCoreApplication.translate(
            "ImportReport", "{file} cannot be written ({reason})"
        ).format(file=target, reason=exc.strerror)
        raise ValidationError("report", reason) from None


def saved_label(parent: QWidget) -> QLabel:
    """Where the report went: one line that gives way to the buttons (full path as tooltip)."""
    label = hint_label("", parent)
    label.setObjectName("reportSaved")
    label.setWordWrap(False)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


def show_saved(label: QLabel, path: Path, lines: int) -> None:
    label.setText(
        QCoreApplication.translate(
            "ImportReport", "The report ({lines} lines) was saved to {file}."
        ).format(lines=i18n.number_text(lines), file=path)
    )
    label.setToolTip(str(path))
