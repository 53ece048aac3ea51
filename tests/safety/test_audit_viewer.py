"""The audit viewer: pages of events filtered by case, user, action and dates; CSV export."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.models import Case
from app.db.store import Store
from app.domain.errors import NotFound, PermissionDenied
from app.services import audit_events
from app.services.audit_events import EventFilter, EventPage
from app.services.context import LOCAL_TZ, Actor, UnitOfWork
from tests.factories import make_case
from ui.context import ChangeBus, ViewContext, Workspace
from ui.tasks import TaskRunner
from ui.views.audit import ACTION, CASE, AuditEventsModel, AuditView


@pytest.fixture
def logged(
    store: Store, uow_factory: Callable[[], UnitOfWork], users: dict[str, Actor]
) -> dict[str, str]:
    first = make_case(store, "01234567")
    second = make_case(store, "07654321")
    with uow_factory() as uow:
        case_ids = {n: i for i, n in uow.session.execute(select(Case.id, Case.case_number))}
        for n in range(450):
            uow.audit(
                users["olga"] if n % 2 else users["sam"],
                "restricted_read" if n % 3 else "propose",
                "case",
                case_ids[first if n % 5 else second],
                case_id=case_ids[first if n % 5 else second],
                justification=f"reason {n}",
            )
        uow.commit()
    return {"first": first, "second": second}


def test_pages_filter_by_case_user_action_and_date(
    logged: dict[str, str], uow_factory: Callable[[], UnitOfWork], users: dict[str, Actor]
) -> None:
    admin = users["admin"]
    everything = audit_events.page(uow_factory(), admin, EventFilter(), limit=100)
    assert everything.total == 456 and len(everything.events) == 100
    seqs = [e["seq"] for e in everything.events]
    assert seqs == sorted(seqs, reverse=True)  # newest first
    second_page = audit_events.page(uow_factory(), admin, EventFilter(), offset=100, limit=100)
    assert second_page.events[0]["seq"] == seqs[-1] - 1
    by_case = audit_events.page(uow_factory(), admin, EventFilter(case=logged["second"]))
    assert by_case.total == 90
    assert {e["case_number"] for e in by_case.events} == {logged["second"]}
    by_user = audit_events.page(uow_factory(), admin, EventFilter(user="olga", action="propose"))
    assert by_user.total == 75
    today = dt.datetime.now(LOCAL_TZ).date()  # the filter's days are Vilnius days
    assert (
        audit_events.page(
            uow_factory(), admin, EventFilter(date_from=today - dt.timedelta(days=1), date_to=today)
        ).total
        == 456
    )
    assert (
        audit_events.page(
            uow_factory(), admin, EventFilter(date_to=today - dt.timedelta(days=2))
        ).total
        == 0
    )
    with pytest.raises(NotFound):
        audit_events.page(uow_factory(), admin, EventFilter(case="PR24-000000"))
    with pytest.raises(PermissionDenied):
        audit_events.page(uow_factory(), users["sam"], EventFilter())


def test_export_writes_every_matching_event_and_is_audited(
    logged: dict[str, str],
    uow_factory: Callable[[], UnitOfWork],
    users: dict[str, Actor],
    tmp_path: Path,
) -> None:
    target = tmp_path / "audit.csv"
    done = audit_events.export_csv(
        uow_factory(), users["admin"], EventFilter(case=logged["second"]), target
    )
    with target.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert done.details["events"] == len(rows) == 90
    assert [int(r["seq"]) for r in rows] == sorted(int(r["seq"]) for r in rows)
    assert {r["case_number"] for r in rows} == {logged["second"]}
    last = audit_events.page(uow_factory(), users["admin"], EventFilter(), limit=1).events[0]
    assert last["action"] == "audit_exported" and last["after"]["events"] == 90


def test_model_fetches_more_as_it_scrolls() -> None:
    model = AuditEventsModel()
    asked: list[int] = []
    model.loader = asked.append
    event = {
        "seq": 3,
        "at": "2026-01-01T10:00:00+00:00",
        "actor": "olga",
        "action": "propose",
        "entity": "case",
        "entity_id": "7",
        "case_number": "PR24-000007",
        "justification": "",
        "before": {},
        "after": {},
        "hash": "0" * 64,
    }
    model.reset(EventPage([event], total=3, offset=0))
    assert model.rowCount() == 1 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()  # one page at a time
    assert asked == [1]
    model.append(EventPage([dict(event, seq=2), dict(event, seq=1)], total=3, offset=1))
    assert model.rowCount() == 3 and not model.canFetchMore()
    assert model.index(0, ACTION).data() == "Submitted for sign-off"  # the action, named
    assert model.index(0, CASE).data() == "PR24-000007"


def test_view_filters_and_exports(
    qtbot: QtBot,
    logged: dict[str, str],
    store: Store,
    users: dict[str, Actor],
    tmp_path: Path,
) -> None:
    from tests.gui.conftest import make_paths

    paths = make_paths(tmp_path / "data")
    paths.ensure()
    ctx = ViewContext(Workspace(paths, store), users["admin"], TaskRunner(), ChangeBus())
    view = AuditView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.model.total == 456, timeout=10_000)
    view.case.setText(logged["second"])
    view.user.setText("sam")
    view.apply()
    qtbot.waitUntil(lambda: view.model.total == 45, timeout=10_000)
    view.table.selectRow(0)
    assert "Event" in view.detail.toPlainText() and "reason" in view.detail.toPlainText()
    view.export(str(tmp_path / "shown.csv"))
    qtbot.waitUntil(lambda: "Exported 45 events" in view.status.text(), timeout=10_000)
    ctx.tasks.wait()
