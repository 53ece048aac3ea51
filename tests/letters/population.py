"""Revoked cases awaiting letters, for the letter tests and the letter benchmark."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from app.db.models import (
    Campaign,
    Case,
    Decision,
    InformationItem,
    Permit,
    Resident,
    SignOff,
    User,
)
from app.db.store import Store
from app.domain.text import search_text
from app.services import cases
from app.services.context import Actor, UnitOfWork

REASONS = (
    "Atsakydamas į klausimyną asmuo viešai pritarė Rusijos Federacijos karinei agresijai prieš "
    "Ukrainą ir nurodė, kad Krymas yra Rusijos Federacijos dalis.\n\n"
    "Valstybės saugumo departamento išvadoje nurodyta, kad asmuo palaiko ryšius su "
    "organizacijomis, kurių veikla nukreipta prieš Lietuvos Respublikos nacionalinį saugumą."
)
ASSESSMENT = "VIDINIS-VERTINIMAS slapta išvada apie šaltinį K-17"
RESTRICTED_ITEM = "RIBOTO-NAUDOJIMO pažyma Nr. VSD-2024-0099"


@dataclass(frozen=True)
class Person:
    surname: str = "Žukauskienė"
    given_names: str = "Jelena"
    surname_native: str = "Жукаускене"
    given_names_native: str = "Елена"
    citizenship: str = "RU"
    address_line1: str = "Šilo g. 12-34"
    address_line2: str = ""
    postal_code: str = "LT-10317"
    city: str = "Vilnius"
    preferred_language: str = "ru"


def add_case(
    store: Store, permit_number: str, person: Person, *, state: str, officer_id: int | None
) -> str:
    """A resident, their permit and a case in `state`; returns the case number."""
    with store.session() as session:
        campaign = session.scalar(select(Campaign).where(Campaign.code == "PR24"))
        assert campaign is not None
        resident = Resident(
            surname=person.surname,
            given_names=person.given_names,
            surname_native=person.surname_native,
            given_names_native=person.given_names_native,
            citizenship=person.citizenship,
            date_of_birth=dt.date(1968, 11, 3),
            address_line1=person.address_line1,
            address_line2=person.address_line2,
            postal_code=person.postal_code,
            city=person.city,
            preferred_language=person.preferred_language,
            search_text=search_text(
                person.surname,
                person.given_names,
                person.surname_native,
                person.given_names_native,
                permit_number,
            ),
        )
        session.add(resident)
        session.flush()
        permit = Permit(
            resident_id=resident.id,
            permit_number=permit_number,
            permit_type="permanent",
            issued_on=dt.date(2012, 6, 18),
        )
        session.add(permit)
        session.flush()
        case = Case(
            case_number=f"PR24-{permit_number[-6:]}",
            campaign_id=campaign.id,
            resident_id=resident.id,
            permit_id=permit.id,
            state=state,
            assigned_to_id=officer_id,
        )
        session.add(case)
        session.commit()
        return case.case_number


def revoked_case(
    store: Store,
    uow_factory: Callable[[], UnitOfWork],
    users: dict[str, Actor],
    permit_number: str,
    person: Person | None = None,
    *,
    reasons: str = REASONS,
) -> str:
    """A case driven through proposal (olga) and approval (sam) to awaiting_letters."""
    olga = users["olga"]
    ref = add_case(
        store, permit_number, person or Person(), state="in_assessment", officer_id=olga.user_id
    )
    with store.session() as session:
        case = session.scalar(select(Case).where(Case.case_number == ref))
        assert case is not None
        session.add(
            InformationItem(
                case_id=case.id,
                source="VSD",
                received_on=dt.date(2024, 3, 1),
                classification="restricted",
                title="Pažyma",
                content=RESTRICTED_ITEM,
                added_by_id=olga.user_id,
            )
        )
        session.commit()
    cases.propose(
        uow_factory(),
        olga,
        ref,
        outcome="revoke",
        legal_bases=["ULTP-51-1-2"],
        reasons=reasons,
        assessment=ASSESSMENT,
    )
    cases.approve(uow_factory(), users["sam"], ref)
    return ref


NAMES = [
    ("Ivanov", "Sergej", "Иванов", "Сергей"),
    ("Žukauskienė", "Jelena", "Жукаускене", "Елена"),
    ("Petrova", "Olga", "Петрова", "Ольга"),
    ("Smirnov", "Dmitrij", "Смирнов", "Дмитрий"),
    ("Kuznecova", "Tatjana", "Кузнецова", "Татьяна"),
    ("Lukašenok", "Aliaksandr", "Лукашонак", "Аляксандр"),
    ("Volkov", "Andrej", "Волков", "Андрей"),
    ("Šapovalova", "Natalja", "Шаповалова", "Наталья"),
]
STREETS = ["Žirmūnų g.", "Savanorių pr.", "Kalvarijų g.", "Taikos pr.", "Šilutės pl."]
CITIES = [
    ("LT-09214", "Vilnius"),
    ("LT-44280", "Kaunas"),
    ("LT-91182", "Klaipėda"),
    ("LT-76351", "Šiauliai"),
]


def bulk_revoked(
    store: Store, count: int, *, officer: str = "olga", supervisor: str = "sam", start: int = 0
) -> list[str]:
    """`count` approved revocations awaiting letters, written directly (for the benchmark);
    numbered from `start` + 1, so that a second call adds to the first."""
    refs = []
    now = dt.datetime(2026, 2, 2, 9, 0, tzinfo=dt.UTC)
    with store.session() as session:
        campaign = session.scalar(select(Campaign).where(Campaign.code == "PR24"))
        proposer = session.scalar(select(User).where(User.username == officer))
        approver = session.scalar(select(User).where(User.username == supervisor))
        assert campaign is not None and proposer is not None and approver is not None
        for i in range(start, start + count):
            surname, given, surname_native, given_native = NAMES[i % len(NAMES)]
            postal_code, city = CITIES[i % len(CITIES)]
            permit_number = f"LP{i + 1:07d}"
            resident = Resident(
                surname=surname,
                given_names=given,
                surname_native=surname_native,
                given_names_native=given_native,
                citizenship="RU" if i % 5 else "BY",
                date_of_birth=dt.date(1950 + i % 50, 1 + i % 12, 1 + i % 28),
                address_line1=f"{STREETS[i % len(STREETS)]} {1 + i % 90}-{1 + i % 40}",
                postal_code=postal_code,
                city=city,
                preferred_language="en" if i % 10 == 0 else "ru",
                search_text=search_text(
                    surname, given, surname_native, given_native, permit_number
                ),
            )
            session.add(resident)
            session.flush()
            permit = Permit(
                resident_id=resident.id,
                permit_number=permit_number,
                permit_type="permanent",
                issued_on=dt.date(2010 + i % 12, 3, 1),
            )
            session.add(permit)
            session.flush()
            case = Case(
                case_number=f"PR24-{i + 1:06d}",
                campaign_id=campaign.id,
                resident_id=resident.id,
                permit_id=permit.id,
                state="awaiting_letters",
                assigned_to_id=proposer.id,
                state_changed_at=now,
            )
            session.add(case)
            session.flush()
            decision = Decision(
                case_id=case.id,
                outcome="revoke",
                legal_bases=["ULTP-51-1-2"],
                reasons=REASONS,
                assessment=ASSESSMENT,
                status="approved",
                proposed_by_id=proposer.id,
                proposed_at=now,
            )
            session.add(decision)
            session.flush()
            session.add(
                SignOff(
                    decision_id=decision.id,
                    proposer_id=proposer.id,
                    supervisor_id=approver.id,
                    verdict="approved",
                    at=now,
                )
            )
            refs.append(case.case_number)
        session.commit()
    return refs
