"""The store failed its start-up check: say what to do, and restore a backup over it.

Nobody can log in to a damaged store, so the administrator's password is
checked against the backup about to be restored (the state they will work
in). The damaged files are copied aside byte for byte before being replaced.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import backup as files
from app.integrity import StoreDamaged
from app.services import backups
from app.services.backups import RestoreResult
from ui.context import Workspace
from ui.dialogs.restore import backup_line, choose_backup_file
from ui.errors import InlineError
from ui.tasks import TaskRunner
from ui.widgets import hint_label, line_edit

PathRole = Qt.ItemDataRole.UserRole


def backups_of(workspace: Workspace) -> list[files.BackupInfo]:
    """The backups a damaged store could be restored from, newest first."""
    return files.list_backups(backups.journal_folder(workspace.store))


class DamagedStoreBox(QMessageBox):
    """What went wrong and what to do; `restore_chosen` tells whether to go on to restore."""

    def __init__(self, exc: StoreDamaged, *, can_restore: bool) -> None:
        super().__init__()
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("The store is damaged – Permit Review"))
        self.setText(self.tr("The store failed its check at start-up, so it cannot be opened."))
        self.setObjectName("damagedStoreBox")
        self.setAccessibleName(self.tr("The store is damaged"))
        self.setInformativeText(exc.message)
        self.restore_button: QAbstractButton | None = None
        if can_restore:
            self.restore_button = self.addButton(
                self.tr("&Restore a backup…"), QMessageBox.ButtonRole.AcceptRole
            )
            self.restore_button.setObjectName("restoreBackup")
        quit_button = self.addButton(self.tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
        quit_button.setObjectName("quit")
        if isinstance(self.restore_button, QPushButton):
            self.setDefaultButton(self.restore_button)
        self.setEscapeButton(quit_button)

    @property
    def restore_chosen(self) -> bool:
        return self.restore_button is not None and self.clickedButton() is self.restore_button


class RestoreDamagedDialog(QDialog):
    """Choose a backup, log in as an admin of it, and restore it over the damaged store."""

    def __init__(
        self,
        workspace: Workspace,
        damage: str,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self.result_: RestoreResult | None = None
        self.setObjectName("restoreDamagedDialog")
        self.setWindowTitle(self.tr("Restore a backup over the damaged store"))

        heading = QLabel(
            self.tr(
                "<b>The store is damaged.</b> Restore a backup over it: choose the backup, "
                "then log in as an administrator."
            ),
            self,
        )
        heading.setWordWrap(True)
        what = hint_label(damage, self)
        what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backups = QListWidget(self)
        self.backups.setObjectName("restoreBackups")
        self.backups.setAccessibleName(self.tr("Backups, newest first"))
        self.backups.currentItemChanged.connect(lambda *_: self._update())
        self.choose = QPushButton(self.tr("Other &file…"), self)
        self.choose.clicked.connect(self.choose_file)

        form = QFormLayout()
        self.username = line_edit("administrator user name", self)
        self.password = line_edit("administrator password", self, secret=True)
        form.addRow(self.tr("Administrator &user name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        self.message = hint_label(
            self.tr(
                "An administrator's user name and password, as they were when the backup was "
                "made. The damaged store is copied aside first; work done since the backup is "
                "only in that copy."
            ),
            self,
        )
        self.error = InlineError(self)

        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restoreButton")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(what)
        layout.addSpacing(6)
        layout.addWidget(QLabel(self.tr("Backups, newest first:"), self))
        layout.addWidget(self.backups, 1)
        layout.addWidget(self.choose, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.backups.setMinimumHeight(self.fontMetrics().height() * 6)
        self.resize(760, 500)
        self._list(backups_of(workspace))
        self.username.setFocus()

    def _list(self, items: list[files.BackupInfo]) -> None:
        newest = files.newest_verified(backups.journal_folder(self.workspace.store))
        for info in items:
            checked = (
                self.tr("verified when made")
                if info.sha256
                else self.tr("not in the backup journal")
            )
            label = f"{backup_line(info)}  ({checked})"
            self.add_file(info.path, label)
            if newest is not None and info.path == newest.path:
                self.backups.setCurrentRow(self.backups.count() - 1)
        if self.backups.currentRow() < 0 and self.backups.count():
            self.backups.setCurrentRow(0)
        self._update()

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

    def restore(self) -> None:
        path = self.selected()
        if path is None:
            return
        self.error.clear()
        username, password = self.username.text().strip(), self.password.text()
        self.password.clear()
        workspace, key = self.workspace, self.workspace.store.key

        def work() -> RestoreResult:
            who = backups.authenticate_on_backup(path, key, username, password)
            # The window's start-up holds the store lock already.
            return backups.restore(workspace.uow(), who, path, lock_held=True, current_damaged=True)

        self.restore_button.setEnabled(False)
        self.message.setText(
            self.tr("Checking {backup} and restoring it…").format(backup=path.name)
        )
        self.tasks.run(work, self._restored, self._failed, owner=self)

    def _failed(self, exc: BaseException) -> None:
        self._update()
        self.message.setText(self.tr("The store was not replaced."))
        self.error.show_error(exc)
        self.password.setFocus()

    def _restored(self, result: RestoreResult) -> None:
        self.result_ = result
        self.accept()
