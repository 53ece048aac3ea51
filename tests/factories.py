"""Small builders of stored records for tests."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.db.models import Campaign, Case, Permit, Resident
from app.db.store import Store
from app.domain.text import search_text


def make_case(
    store: Store,
    permit_number: str,
    *,
    surname: str = "Žukauskas",
    given_names: str = "Ivan",
    surname_native: str = "Иванов",
    given_names_native: str = "Иван",
    citizenship: str = "BY",
    state: str = "imported",
    assigned_to_id: int | None = None,
    created_at: dt.datetime | None = None,
) -> str:
    """A resident, their permit and an open case in the 'Review 2024' campaign; its number."""
    with store.session() as session:
        campaign = session.scalar(select(Campaign).where(Campaign.name == "Review 2024"))
        assert campaign is not None
        resident = Resident(
            surname=surname,
            given_names=given_names,
            surname_native=surname_native,
            given_names_native=given_names_native,
            citizenship=citizenship,
            date_of_birth=dt.date(1980, 5, 17),
            address_line1="Gedimino pr. 1-2",
            postal_code="LT-01103",
            city="Vilnius",
            search_text=search_text(
                surname, given_names, surname_native, given_names_native, permit_number
            ),
        )
        session.add(resident)
        session.flush()
        permit = Permit(
            resident_id=resident.id,
            permit_number=permit_number,
            permit_type="permanent",
            issued_on=dt.date(2015, 3, 1),
        )
        session.add(permit)
        session.flush()
        case = Case(
            case_number=f"PR24-{permit_number[-6:]}",
            campaign_id=campaign.id,
            resident_id=resident.id,
            permit_id=permit.id,
            state=state,
            assigned_to_id=assigned_to_id,
        )
        if created_at is not None:
            case.created_at = created_at
        session.add(case)
        session.commit()
        return case.case_number
