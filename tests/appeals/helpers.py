"""Cases taken through letters and service, for the appeal, closing and board tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select

from app.db.models import AuditEvent, Case, Permit
from app.db.store import Store
from app.services import letters
from app.services.context import Actor, Clock, UnitOfWork
from tests.letters.population import Person, revoked_case

Factory = Callable[[], UnitOfWork]
D = dt.date.fromisoformat


class MovableClock(Clock):
    """A clock standing at nine in the morning of a chosen day, moved on by the test."""

    def __init__(self, day: dt.date) -> None:
        self.at = dt.datetime.combine(day, dt.time(9, 0), tzinfo=dt.UTC)
        super().__init__(lambda: self.at)

    def set_day(self, day: dt.date | str) -> None:
        if isinstance(day, str):
            day = D(day)
        self.at = dt.datetime.combine(day, dt.time(9, 0), tzinfo=dt.UTC)


def issued_case(
    store: Store,
    uow_factory: Factory,
    users: dict[str, Actor],
    clock: MovableClock,
    permit_number: str,
    *,
    on: dt.date,
    person: Person | None = None,
) -> tuple[str, str]:
    """A revocation approved and its letters issued on `on`; (case number, decision letter)."""
    clock.set_day(on)
    ref = revoked_case(store, uow_factory, users, permit_number, person)
    issued = letters.issue_letters(uow_factory(), users["cleo"], ref)
    return ref, str(issued.details["letters"][0]["registration_number"])


def dispatched_case(
    store: Store,
    uow_factory: Factory,
    users: dict[str, Actor],
    clock: MovableClock,
    permit_number: str,
    *,
    issued_on: dt.date,
    dispatched_on: dt.date | None = None,
    person: Person | None = None,
) -> str:
    ref, number = issued_case(
        store, uow_factory, users, clock, permit_number, on=issued_on, person=person
    )
    letters.record_dispatch(
        uow_factory(),
        users["cleo"],
        number,
        dispatched_on=dispatched_on or issued_on,
        tracking_number=f"RR{permit_number[-6:]}LT",
    )
    return ref


def served_case(
    store: Store,
    uow_factory: Factory,
    users: dict[str, Actor],
    clock: MovableClock,
    permit_number: str,
    *,
    served_on: dt.date,
    issued_on: dt.date | None = None,
    person: Person | None = None,
) -> str:
    """A revocation served on `served_on` (letters issued and dispatched a few days before);
    the clock is left on the day of service."""
    issued_on = issued_on or served_on - dt.timedelta(days=5)
    ref = dispatched_case(
        store, uow_factory, users, clock, permit_number, issued_on=issued_on, person=person
    )
    clock.set_day(served_on)
    letters.record_service(
        uow_factory(), users["cleo"], ref, served_on=served_on, method="registered_mail"
    )
    return ref


def case_state(store: Store, ref: str) -> str:
    with store.reading() as session:
        return str(session.scalar(select(Case.state).where(Case.case_number == ref)))


def permit_status(store: Store, ref: str) -> str:
    with store.reading() as session:
        return str(
            session.scalar(
                select(Permit.status)
                .join(Case, Case.permit_id == Permit.id)
                .where(Case.case_number == ref)
            )
        )


def case_events(store: Store, ref: str) -> list[AuditEvent]:
    with store.reading() as session:
        case_id = session.scalar(select(Case.id).where(Case.case_number == ref))
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.case_id == case_id).order_by(AuditEvent.seq)
        ).all()
        session.expunge_all()
        return list(events)
