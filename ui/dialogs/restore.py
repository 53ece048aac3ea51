"""Restore a backup (admins): pick one, check it, confirm, and the store is replaced.

The window keeps its store lock while restoring (`lock_held=True`); the
current store is backed up first, and views reload from the `store_restored`
change published afterwards.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import backup as files
from app.services import backups
from app.services.backups import RestoreResult
from app.services.context import Changed
from ui import errors, i18n
from ui.context import ViewContext
from ui.i18n import QT_TRANSLATE_NOOP

PathRole = Qt.ItemDataRole.UserRole
BACKUP_KINDS = {
    "exit": QT_TRANSLATE_NOOP("Backups", "on exit"),
    "daily": QT_TRANSLATE_NOOP("Backups", "daily"),
    "manual": QT_TRANSLATE_NOOP("Backups", "manual"),
    "pre-restore": QT_TRANSLATE_NOOP("Backups", "before a restore"),
    "pre-encryption": QT_TRANSLATE_NOOP("Backups", "before encryption"),
}
BACKUP_FILTER = QT_TRANSLATE_NOOP("Backups", "Permit Review backups (*.sqlite3)")


def backup_line(info: files.BackupInfo) -> str:
    """When a backup was made, why, and its file, as a list of backups shows it."""
    kind = BACKUP_KINDS.get(info.kind)
    why = QCoreApplication.translate("Backups", kind) if kind else info.kind
    return f"{i18n.datetime_text(info.made_at)}  {why}  {info.path.name}"


def choose_backup_file(parent: QWidget) -> Path | None:
    """Ask for a backup file kept elsewhere; None when the admin changes their mind."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Backups", "Choose a backup"),
        "",
        QCoreApplication.translate("Backups", BACKUP_FILTER),
    )
    return Path(name) if name else None


class RestoreDialog(QDialog):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setObjectName("restoreDialog")
        self.result_: RestoreResult | None = None
        self.backups = QListWidget(self)
        self.backups.setObjectName("restoreBackups")
        self.backups.setAccessibleName(self.tr("Backups, newest first"))
        self.backups.currentItemChanged.connect(lambda *_: self._update())
        self.choose = QPushButton(self.tr("Other &file…"), self)
        self.choose.clicked.connect(self.choose_file)
        self.message = QLabel(
            self.tr(
                "The store will be replaced by the backup you choose. The store as it is now "
                "is backed up first."
            ),
            self,
        )
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restoreButton")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.backups, 1)
        layout.addWidget(self.choose, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)
        self.resize(640, 420)
        uow, actor = ctx.uow(), ctx.actor
        ctx.tasks.run(lambda: backups.list_all(uow, actor), self._listed, owner=self)
        self._update()

    def _listed(self, items: list[files.BackupInfo]) -> None:
        self.backups.clear()
        for info in items:
            self.add_file(info.path, backup_line(info))
        if self.backups.count():
            self.backups.setCurrentRow(0)

    def add_file(self, path: Path, label: str | None = None) -> None:
        item = QListWidgetItem(label or str(path), self.backups)
        item.setData(PathRole, str(path))

    def choose_file(self) -> None:
        path = choose_backup_file(self)
        if path is not None:
            self.add_file(path)
            self.backups.setCurrentRow(self.backups.count() - 1)

    def selected(self) -> Path | None:
        item = self.backups.currentItem()
        return Path(item.data(PathRole)) if item is not None else None

    def _update(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def confirm(self) -> None:
        path = self.selected()
        if path is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "Replace the store with {backup}? Work done since that backup is kept only in "
                "the copy taken first."
            ).format(backup=path.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore(path)

    def restore(self, path: Path) -> None:
        uow, actor = self.ctx.uow(), self.ctx.actor
        self.restore_button.setEnabled(False)
        self.message.setText(self.tr("Checking and restoring…"))
        self.ctx.tasks.run(
            lambda: backups.restore(uow, actor, path, lock_held=True),
            self._restored,
            self._failed,
            owner=self,
        )

    def _failed(self, exc: BaseException) -> None:
        self._update()
        self.message.setText(self.tr("Nothing was changed."))
        errors.show_error(self, exc)

    def _restored(self, result: RestoreResult) -> None:
        self.result_ = result
        self.ctx.bus.publish(Changed("store_restored", details=result.as_dict()))
        self.message.setText(
            self.tr("Restored {backup}. The store as it was is kept at {kept}.").format(
                backup=result.restored_from.path.name, kept=result.kept_as
            )
        )
        self.accept()
