"""Dispatch, service and the deadlines it starts; corrections before service."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import select

from app.db.models import Appeal, Case, Dispatch, Letter, Resident, Service, Setting
from app.db.store import Store
from app.domain.errors import InvalidTransition, PermissionDenied, ValidationError
from app.services import letters
from app.services.context import Actor, UnitOfWork
from tests.letters.conftest import MovableClock
from tests.letters.pdftext import flat, pdf_text
from tests.letters.population import revoked_case

Factory = Callable[[], UnitOfWork]
D = dt.date.fromisoformat


@pytest.fixture
def issued(store: Store, uow_factory: Factory, users: dict[str, Actor]) -> str:
    ref = revoked_case(store, uow_factory, users, "LP0000001")
    letters.issue_letters(uow_factory(), users["cleo"], ref)
    return ref


def _state(store: Store) -> str:
    with store.reading() as session:
        return str(session.scalar(select(Case.state)))


def test_dispatch_records_the_envelope_and_moves_the_case(
    store: Store, uow_factory: Factory, users: dict[str, Actor], issued: str
) -> None:
    change = letters.record_dispatch(
        uow_factory(),
        users["cleo"],
        "2026-RS-00001",
        dispatched_on=D("2026-01-26"),
        tracking_number=" RR123LT ",
    )
    assert change.details["letters"] == ["2026-RS-00001", "2026-RS-00002"]
    assert _state(store) == "dispatched"
    with store.reading() as session:
        rows = session.scalars(select(Dispatch)).all()
        assert [(r.dispatched_on, r.tracking_number) for r in rows] == [
            (D("2026-01-26"), "RR123LT")
        ] * 2
    listed = letters.case_letters(uow_factory(), users["sam"], issued)
    assert [x["tracking_number"] for x in listed] == ["RR123LT", "RR123LT"]


@pytest.mark.parametrize(
    ("day", "tracking", "field"),
    [
        ("2026-01-27", "RR1", "date"),  # tomorrow
        ("2026-01-25", "RR1", "date"),  # before the letter was issued
        ("2026-01-26", "  ", "tracking number"),
        ("2026-01-26", "R" * 65, "tracking number"),
    ],
)
def test_bad_dispatch_is_refused(
    uow_factory: Factory, users: dict[str, Actor], issued: str, day: str, tracking: str, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        letters.record_dispatch(
            uow_factory(),
            users["cleo"],
            "2026-RS-00001",
            dispatched_on=D(day),
            tracking_number=tracking,
        )
    assert caught.value.field == field


def test_service_on_the_worked_example_of_domain_md(
    store: Store, uow_factory: Factory, users: dict[str, Actor], issued: str, clock: MovableClock
) -> None:
    clock.set_day(D("2026-01-27"))
    letters.record_dispatch(
        uow_factory(),
        users["cleo"],
        "2026-RS-00002",
        dispatched_on=D("2026-01-27"),
        tracking_number="RR1",
    )
    clock.set_day(D("2026-02-02"))
    change = letters.record_service(
        uow_factory(), users["cleo"], issued, served_on=D("2026-01-31"), method="registered_mail"
    )
    assert change.details["appeal_deadline"] == "2026-02-17"
    assert change.details["departure_deadline"] == "2026-03-02"
    assert _state(store) == "served"
    with store.reading() as session:
        service = session.scalar(select(Service))
        assert service is not None
        assert (
            service.served_on,
            service.method,
            service.appeal_deadline,
            service.departure_deadline,
        ) == (D("2026-01-31"), "registered_mail", D("2026-02-17"), D("2026-03-02"))
    with pytest.raises(InvalidTransition):
        letters.record_service(
            uow_factory(), users["cleo"], issued, served_on=D("2026-02-01"), method="in_person"
        )


def test_service_in_person_without_dispatch_and_extra_days_off(
    store: Store, uow_factory: Factory, users: dict[str, Actor], issued: str, clock: MovableClock
) -> None:
    with store.session() as session:
        session.add(Setting(key="extra_non_working_days", value={"value": ["2026-03-02"]}))
        session.commit()
    clock.set_day(D("2026-02-02"))
    change = letters.record_service(
        uow_factory(), users["cleo"], issued, served_on=D("2026-01-31"), method="in_person"
    )
    assert change.details["departure_deadline"] == "2026-03-03"


@pytest.mark.parametrize(
    ("served", "method", "error"),
    [
        ("2026-01-27", "in_person", ValidationError),  # after today
        ("2026-01-25", "in_person", ValidationError),  # before the letter
        ("2026-01-26", "by_pigeon", ValidationError),
    ],
)
def test_bad_service_is_refused(
    uow_factory: Factory,
    users: dict[str, Actor],
    issued: str,
    served: str,
    method: str,
    error: type[Exception],
) -> None:
    with pytest.raises(error):
        letters.record_service(
            uow_factory(), users["cleo"], issued, served_on=D(served), method=method
        )


def test_only_clerks_dispatch_and_serve(
    uow_factory: Factory, users: dict[str, Actor], issued: str
) -> None:
    for who in ("olga", "sam"):
        with pytest.raises(PermissionDenied):
            letters.record_dispatch(
                uow_factory(),
                users[who],
                "2026-RS-00001",
                dispatched_on=D("2026-01-26"),
                tracking_number="RR1",
            )
        with pytest.raises(PermissionDenied):
            letters.record_service(
                uow_factory(), users[who], issued, served_on=D("2026-01-26"), method="in_person"
            )


def test_deadlines_list_with_days_left(
    store: Store, uow_factory: Factory, users: dict[str, Actor], issued: str, clock: MovableClock
) -> None:
    clock.set_day(D("2026-02-02"))
    letters.record_service(
        uow_factory(), users["cleo"], issued, served_on=D("2026-01-31"), method="in_person"
    )
    clock.set_day(D("2026-02-10"))
    rows = letters.list_deadlines(uow_factory(), users["sam"])
    assert [(r["deadline"], r["date"], r["days_left"]) for r in rows] == [
        ("appeal", "2026-02-17", 7),
        ("departure", "2026-03-02", 20),
    ]
    assert [
        r["deadline"] for r in letters.list_deadlines(uow_factory(), users["cleo"], due_within=7)
    ] == ["appeal"]

    clock.set_day(D("2026-02-20"))  # the appeal window closed unnoticed: still listed, overdue
    rows = letters.list_deadlines(uow_factory(), users["cleo"], due_within=0)
    assert [(r["deadline"], r["days_left"]) for r in rows] == [("appeal", -3)]

    with store.session() as session:  # a suspensive appeal holds off the departure
        case = session.scalar(select(Case))
        assert case is not None
        case.state = "under_appeal"
        session.add(
            Appeal(
                case_id=case.id,
                court_code="RAT-V",
                lodged_on=D("2026-02-12"),
                suspensive=True,
                recorded_by_id=users["cleo"].user_id,
            )
        )
        session.commit()
    assert letters.list_deadlines(uow_factory(), users["cleo"]) == []
    with pytest.raises(PermissionDenied):
        letters.list_deadlines(uow_factory(), users["olga"])


def test_correction_supersedes_and_the_old_letter_stays(
    store: Store, uow_factory: Factory, users: dict[str, Actor], issued: str, clock: MovableClock
) -> None:
    before = letters.letter_pdf(uow_factory(), users["cleo"], "2026-RS-00001").pdf
    with store.session() as session:
        person = session.scalar(select(Resident))
        assert person is not None
        person.address_line1 = "Pataisyta g. 7"
        session.commit()
    clock.set_day(D("2026-01-28"))
    with pytest.raises(ValidationError):
        letters.correct_letter(uow_factory(), users["cleo"], "2026-RS-00001", reason=" ")
    change = letters.correct_letter(
        uow_factory(), users["cleo"], "2026-RS-00001", reason="Neteisingas adresas"
    )
    new = change.details["letter"]
    assert new["registration_number"] == "2026-RS-00003" and new["issued_on"] == "2026-01-28"
    text = flat(pdf_text(letters.letter_pdf(uow_factory(), users["cleo"], "2026-RS-00003").pdf))
    assert "Pataisyta g. 7" in text
    assert "Šis dokumentas pakeičia 2026-01-26 dokumentą Nr. 2026-RS-00001." in text
    assert letters.letter_pdf(uow_factory(), users["cleo"], "2026-RS-00001").pdf == before
    with store.reading() as session:
        row = session.scalar(select(Letter).where(Letter.registration_number == "2026-RS-00003"))
        assert row is not None and row.correction_reason == "Neteisingas adresas"
        assert row.supersedes_id == 1
    with pytest.raises(InvalidTransition):
        letters.correct_letter(uow_factory(), users["cleo"], "2026-RS-00001", reason="again")
    with pytest.raises(InvalidTransition):
        letters.record_dispatch(
            uow_factory(),
            users["cleo"],
            "2026-RS-00001",
            dispatched_on=D("2026-01-28"),
            tracking_number="RR2",
        )
    change = letters.record_dispatch(
        uow_factory(),
        users["cleo"],
        "2026-RS-00003",
        dispatched_on=D("2026-01-28"),
        tracking_number="RR2",
    )
    assert change.details["letters"] == ["2026-RS-00002", "2026-RS-00003"]
    listed = letters.case_letters(uow_factory(), users["cleo"], issued)
    assert listed[0]["superseded_by"] == "2026-RS-00003"
    assert listed[2]["supersedes"] == "2026-RS-00001"


def test_a_corrected_notice_names_the_current_decision(
    uow_factory: Factory, users: dict[str, Actor], issued: str
) -> None:
    letters.correct_letter(uow_factory(), users["cleo"], "2026-RS-00001", reason="Klaida")
    letters.correct_letter(uow_factory(), users["cleo"], "2026-RS-00002", reason="Klaida")
    text = flat(pdf_text(letters.letter_pdf(uow_factory(), users["cleo"], "2026-RS-00004").pdf))
    assert "sprendimu Nr. 2026-RS-00003" in text
