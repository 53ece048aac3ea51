"""Retention anonymises old closed cases and keeps statistics; a person's data is exported."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select, update

from app.db.models import AuditEvent, Case, Decision, InformationItem, Resident
from app.db.store import Store
from app.domain.errors import PermissionDenied, ValidationError
from app.services import queries, retention, subject_access
from app.services.context import Actor, UnitOfWork
from tests.factories import make_case

OLD = dt.datetime(2010, 6, 1, tzinfo=dt.UTC)


def _close(store: Store, number: str, when: dt.datetime, state: str = "closed_retained") -> int:
    with store.session() as session:
        case = session.scalar(select(Case).where(Case.case_number == number))
        assert case is not None
        session.execute(
            update(Case).where(Case.id == case.id).values(state=state, state_changed_at=when)
        )
        session.add(
            Decision(
                case_id=case.id,
                outcome="retain",
                status="approved",
                reasons="Ivanov said x",
                assessment="secret assessment",
                proposed_by_id=2,
                legal_bases=[],
            )
        )
        session.add(
            InformationItem(
                case_id=case.id,
                source="VSD",
                received_on=dt.date(2010, 1, 1),
                classification="restricted",
                title="Report on Ivanov",
                content="restricted content",
                added_by_id=2,
            )
        )
        session.commit()
        return case.id


def test_retention_anonymises_only_closed_cases_past_the_period(
    store: Store, uow_factory: Callable[[], UnitOfWork], users: dict[str, Actor]
) -> None:
    old = make_case(store, "10000001", surname="Ivanovas", citizenship="RU")
    recent = make_case(store, "10000002", surname="Petrovas")
    still_open = make_case(store, "10000003", surname="Sidorovas")
    old_id = _close(store, old, OLD)
    _close(store, recent, dt.datetime.now(dt.UTC) - dt.timedelta(days=30))

    preview = retention.run(uow_factory(), users["admin"], dry_run=True)
    assert preview.due == 1 and preview.anonymised == 0
    with pytest.raises(ValidationError):
        retention.run(uow_factory(), users["admin"], years=1)
    with pytest.raises(PermissionDenied):
        retention.run(uow_factory(), users["sam"])

    done = retention.run(uow_factory(), users["admin"])
    assert done.anonymised == 1
    with store.reading() as session:
        case = session.get(Case, old_id)
        assert case is not None and case.state == "closed_retained"  # statistics kept
        resident = session.get(Resident, case.resident_id)
        assert resident is not None
        assert resident.surname == retention.REPLACED and resident.given_names == ""
        assert resident.address_line1 == "" and resident.city == ""
        assert resident.citizenship == "RU" and resident.date_of_birth == dt.date(1980, 1, 1)
        decision = session.scalar(select(Decision).where(Decision.case_id == old_id))
        assert decision is not None and decision.outcome == "retain"
        assert decision.reasons == retention.REPLACED == decision.assessment
        by_name = queries.search_condition(UnitOfWork(store), "ivanovas")
        assert session.scalars(select(Case.id).where(by_name)).all() == []
        names = set(session.scalars(select(Resident.surname)))
        assert {"Petrovas", "Sidorovas"} <= names
        events = session.scalars(select(AuditEvent.action).where(AuditEvent.case_id == old_id))
        assert "case_anonymised" in list(events)
    assert retention.run(uow_factory(), users["admin"]).anonymised == 0  # once only
    assert still_open


def test_subject_export_writes_json_and_a_readable_pdf(
    store: Store, uow_factory: Callable[[], UnitOfWork], users: dict[str, Actor], tmp_path: Path
) -> None:
    number = make_case(store, "20000001", surname="Žukauskas", surname_native="Жукаускас")
    _close(store, number, OLD)
    done = subject_access.export(uow_factory(), users["admin"], "20000001", tmp_path / "out")
    data = json.loads((tmp_path / "out" / f"subject-{number}.json").read_text(encoding="utf-8"))
    assert data["person"]["surname"] == "Žukauskas"
    assert data["permits"][0]["permit_number"] == "20000001"
    (case,) = data["cases"]
    assert case["decisions"][0]["reasons"] == "Ivanov said x"
    assert case["decisions"][0]["assessment"] == subject_access.WITHHELD
    assert case["information_items"][0]["content"] == subject_access.WITHHELD
    assert "restricted content" not in json.dumps(data, ensure_ascii=False)
    pdf = tmp_path / "out" / f"subject-{number}.pdf"
    assert pdf in done.files and pdf.read_bytes().startswith(b"%PDF")
    shown = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True)
    if shown.returncode == 0:
        assert "Žukauskas" in shown.stdout and "Жукаускас" in shown.stdout
        assert "secret assessment" not in shown.stdout
    with uow_factory() as uow:
        event = uow.session.scalar(
            select(AuditEvent).where(AuditEvent.action == "subject_access_export")
        )
        assert event is not None and event.actor == "admin"
        assert "Žukauskas" not in json.dumps(event.after, ensure_ascii=False)
    with pytest.raises(PermissionDenied):
        subject_access.export(uow_factory(), users["olga"], "20000001", tmp_path / "x")
