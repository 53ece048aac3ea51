"""Export the list a window shows, as shown (filtered and sorted), to CSV or XLSX.

Every list view gets the same Export button (a menu: CSV or Excel workbook). The
rows are read from the view's item model as displayed, on the GUI thread for a
model that holds its rows, or by a function the view gives for one that fetches
them page by page; the file is written on a worker by `reports.export_table`,
which checks that the user may read that list, neutralises formula cells and
records the export in the audit log.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QToolButton, QWidget

from app.reports.export import Table
from app.services import reports
from app.services.context import Changed
from ui import i18n
from ui.context import ViewContext


class ExportButton(QToolButton):
    """`export_requested(format)`: "csv" or "xlsx"."""

    export_requested = Signal(str)

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("E&xport"))
        self.setAccessibleName(self.tr("export {what}").format(what=what))
        self.setToolTip(self.tr("Save the list as shown to a CSV file or an Excel workbook"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        menu.addAction(self.tr("As &CSV…"), lambda: self.export_requested.emit("csv"))
        menu.addAction(
            self.tr("As E&xcel workbook (XLSX)…"), lambda: self.export_requested.emit("xlsx")
        )
        self.setMenu(menu)


def model_table(model: QAbstractItemModel, title: str) -> Table:
    """The rows of `model` as displayed, with its column headings."""
    columns = []
    for column in range(model.columnCount()):
        heading = model.headerData(column, Qt.Orientation.Horizontal)
        columns.append((f"c{column}", str(heading) if heading is not None else ""))
    rows = []
    for row in range(model.rowCount()):
        values = []
        for column in range(model.columnCount()):
            value = model.data(model.index(row, column))
            values.append("" if value is None else value)
        rows.append(values)
    return Table(title, columns, rows)


def ask_file(parent: QWidget, ctx: ViewContext, stem: str, fmt: str) -> Path | None:
    """The file to write, in the format asked for (its suffix added when left out)."""
    if fmt == "csv":
        kind = QCoreApplication.translate("Export", "CSV files (*.csv)")
    else:
        kind = QCoreApplication.translate("Export", "Excel workbooks (*.xlsx)")
    stamp = ctx.workspace.clock.today().isoformat()
    suggested = ctx.workspace.paths.data / f"{stem}-{stamp}.{fmt}"
    title = QCoreApplication.translate("Export", "Export the list")
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), kind)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == f".{fmt}" else path.with_name(f"{path.name}.{fmt}")


def export_list(
    owner: QWidget,
    ctx: ViewContext,
    *,
    view: str,
    table: Table | Callable[[], Table],
    fmt: str,
    report: QLabel,
    path: Path | None = None,
) -> None:
    """Ask for the file (unless `path` is given), then write the table on a worker and
    say on `report` how many rows went to which file.

    A table read from a model on the GUI thread (`model_table`) is passed as it is; a view
    whose rows come page by page passes a function, which the worker runs.
    """
    target = path or ask_file(owner, ctx, view, fmt)
    if target is None:
        return
    uow, actor = ctx.uow(), ctx.actor

    def work() -> Changed:
        rows = table() if callable(table) else table
        return reports.export_table(uow, actor, rows, fmt, target, view=view)

    def finished(changed: Changed) -> None:
        ctx.bus.publish(changed)
        report.setText(exported_text(changed))

    ctx.tasks.run(work, finished, owner=owner)


def exported_text(changed: Changed) -> str:
    """'Exported 12 rows to queue-2026-11-25.xlsx.'"""
    rows, name = int(changed.details["rows"]), Path(changed.details["file"]).name
    if rows == 1:
        return QCoreApplication.translate("Export", "Exported 1 row to {file}.").format(file=name)
    return QCoreApplication.translate("Export", "Exported {rows} rows to {file}.").format(
        rows=i18n.number_text(rows), file=name
    )
