"""File > Back up now… and File > Restore backup…, for administrators.

A manual backup goes to a folder the admin chooses (removable media, say),
runs on a worker with a progress dialog and Cancel, and is verified before
it is reported. A restore replaces the store; the login then ends, so that
every view starts again from the restored store.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app import backup as files
from app.services import backups
from ui import i18n
from ui.context import ViewContext
from ui.dialogs.restore import RestoreDialog
from ui.widgets import esc


def choose_folder(parent: QWidget, start: str) -> Path | None:
    """Ask where the backup goes; None when the admin changes their mind."""
    chosen = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("Backups", "Back up the store to which folder?"), start
    )
    return Path(chosen) if chosen else None


def back_up_now(parent: QWidget, ctx: ViewContext) -> None:
    folder = choose_folder(parent, str(backups.journal_folder(ctx.workspace.store)))
    if folder is None:
        return
    uow, actor = ctx.uow(), ctx.actor
    ctx.tasks.run_long(
        parent,
        QCoreApplication.translate("Backups", "Backing up the store…"),
        lambda progress, cancel: backups.create(
            uow, actor, folder, progress=progress, cancel=cancel
        ),
        lambda info: show_backup_made(parent, info),
    )


def show_backup_made(parent: QWidget, info: files.BackupInfo) -> None:
    backup_made_box(parent, info).open()


def backup_made_box(parent: QWidget, info: files.BackupInfo) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("backupMadeBox")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("Backups", "Backup made"))
    box.setText(
        "<b>{}</b><br>{}".format(
            QCoreApplication.translate("Backups", "The backup was made and verified."),
            esc(str(info.path)),
        )
    )
    encrypted = (
        QCoreApplication.translate("Backups", "yes (the store's key slots are beside it)")
        if info.encrypted
        else QCoreApplication.translate("Backups", "no")
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Backups",
            "integrity_check and foreign_key_check found the copy sound.<br><br>"
            "Size: {size} MB<br>Audit events: {events}<br>Encrypted: {encrypted}<br>"
            "SHA-256: <tt>{sha256}…</tt>",
        ).format(
            size=i18n.number_text(info.size / 1_048_576, 1),
            events=i18n.number_text(info.audit_head[0]),
            encrypted=encrypted,
            sha256=info.sha256[:16],
        )
    )
    return box


def restore_backup(parent: QWidget, ctx: ViewContext) -> RestoreDialog:
    dialog = RestoreDialog(ctx, parent)
    dialog.open()
    return dialog
