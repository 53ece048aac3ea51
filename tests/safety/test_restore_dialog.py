"""The restore dialog lists backups newest first and restores the chosen one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.db.store import Store
from app.services import backups
from app.services.context import Actor, Changed, UnitOfWork
from tests.factories import make_case
from tests.gui.conftest import make_paths
from ui.context import ChangeBus, ViewContext, Workspace
from ui.dialogs.restore import RestoreDialog
from ui.tasks import TaskRunner


@pytest.mark.sqlite_only  # restores an SQLite backup file
def test_restores_the_chosen_backup_and_tells_the_views(
    qtbot: QtBot,
    store: Store,
    uow_factory: Callable[[], UnitOfWork],
    users: dict[str, Actor],
    tmp_path: Path,
) -> None:
    older = backups.create(uow_factory(), users["admin"])
    make_case(store, "01234567")
    newer = backups.create(uow_factory(), users["admin"])
    paths = make_paths(tmp_path / "data")
    paths.ensure()
    ctx = ViewContext(Workspace(paths, store), users["admin"], TaskRunner(), ChangeBus())
    heard: list[Changed] = []
    ctx.bus.changed.connect(heard.append)
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.backups.count() == 2, timeout=10_000)
    assert dialog.selected() == newer.path  # newest first
    dialog.restore(older.path)
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=20_000)
    assert dialog.result_ is not None and dialog.result_.matches_backup
    assert [c.action for c in heard] == ["store_restored"]
    with store.reading() as session:
        from sqlalchemy import func, select

        from app.db.models import Case

        assert session.scalar(select(func.count()).select_from(Case)) == 0
