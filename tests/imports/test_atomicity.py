"""One import, one transaction: a killed or cancelled import leaves no trace; progress is told."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from app.db.models import AuditEvent, ImportBatch
from app.db.store import Store, open_store
from app.imports.problems import ImportCancelled
from app.services import imports
from app.services.context import Actor, UnitOfWork
from tests.imports.conftest import CAMPAIGN, REPO, table_counts
from tests.imports.writers import write_registry_csv


def _people(count: int) -> list[dict[str, Any]]:
    return [{
        "permit_number": f"{i:08d}", "surname": f"Pavardenis{i % 97}", "given_names": "Jonas",
        "surname_native": "", "given_names_native": "",
        "date_of_birth": dt.date(1950, 1, 1) + dt.timedelta(days=i % 20_000),
        "citizenship": "BY", "permit_type": "permanent", "permit_issued": dt.date(2020, 1, 1),
        "permit_valid_until": dt.date(2030, 1, 1), "address_line1": f"Gatvė {i}",
        "address_line2": "", "postal_code": "LT-01103", "city": "Vilnius",
        "preferred_language": "ru",
    } for i in range(1, count + 1)]  # fmt: skip


CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from app.db.store import open_store
    from app.services import accounts, imports
    from app.services.context import UnitOfWork

    store = open_store(f"sqlite:///{sys.argv[1]}")
    admin = accounts.authenticate(UnitOfWork(store), "admin", "correct horse battery")
    marker = Path(sys.argv[3])

    def progress(done, total):
        # well into the writing half: rows are in the transaction, not yet committed
        if done > 600 and not marker.exists():
            marker.write_text(str(done))
            time.sleep(120)

    imports.import_registry(UnitOfWork(store), admin, sys.argv[2], "Review 2024",
                            progress=progress)
    print("finished")
""")


@pytest.mark.sqlite_only  # kills a writer of the SQLite file
def test_a_writer_killed_mid_import_leaves_no_trace(store: Store, tmp_path: Path) -> None:
    path = write_registry_csv(tmp_path / "registry.csv", _people(30_000))
    database = store.sqlite_path
    assert database is not None
    before = table_counts(store)
    store.dispose()
    marker = tmp_path / "writing"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(database), str(path), str(marker)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 240
        while not marker.exists():
            assert child.poll() is None, child.communicate()[1][-3000:]
            assert time.monotonic() < deadline, "the import never reached its writing half"
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    reopened = open_store(f"sqlite:///{database}")
    try:
        after = table_counts(reopened)
        # the child's login is audited; the import is not there at all
        assert after.pop("audit_event") == before.pop("audit_event") + 1
        assert after == before
        with reopened.reading() as session:
            assert session.scalars(select(ImportBatch)).all() == []
            assert not session.scalars(
                select(AuditEvent).where(AuditEvent.action.like("import%"))
            ).all()
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            # the name-search trigger, dropped while loading, is there again
            assert (
                session.execute(
                    text("SELECT count(*) FROM sqlite_master WHERE name = 'resident_search_ai'")
                ).scalar()
                == 1
            )
    finally:
        reopened.dispose()


def test_cancel_writes_nothing(
    uow_factory: Callable[[], UnitOfWork], admin: Actor, store: Store, tmp_path: Path
) -> None:
    path = write_registry_csv(tmp_path / "registry.csv", _people(6_000))
    seen: list[int] = []
    before = table_counts(store)
    with pytest.raises(ImportCancelled, match="nothing was written"):
        imports.import_registry(
            uow_factory(),
            admin,
            path,
            CAMPAIGN,
            progress=lambda done, total: seen.append(done),
            cancel=lambda: bool(seen) and seen[-1] >= 500,
        )
    assert table_counts(store) == before


def test_progress_goes_forward_to_the_end(
    uow_factory: Callable[[], UnitOfWork], admin: Actor, tmp_path: Path
) -> None:
    path = write_registry_csv(tmp_path / "registry.csv", _people(3_000))
    calls: list[tuple[int, int]] = []
    result = imports.import_registry(
        uow_factory(),
        admin,
        path,
        CAMPAIGN,
        progress=lambda done, total: calls.append((done, total)),
    )
    assert result.counts["imported"] == 3_000
    assert calls[0] == (0, 1000) and calls[-1] == (1000, 1000)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert any(d == 500 for d, _ in calls)  # the writing half begins
