"""A store with cases whose deadlines are known, seen from Wednesday 2026-03-04.

case         what happened                          on the board (due, list, status)
PR24-000001  served 02-14, no appeal                03-02 appeal overdue; 03-16 departure
PR24-000002  served 02-20                           03-06 appeal this week; 03-20 departure
PR24-000003  served 03-02                           03-16 appeal; 04-02 departure
PR24-000004  served 02-02, suspensive appeal        nothing (departure suspended)
PR24-000005  served 02-03, appeal not suspensive    03-03 departure overdue
PR24-000006  served 02-05, confirmed final 02-20    03-05 departure this week
PR24-000007  served 02-02, departed 02-25           nothing
PR24-000008  dispatched 02-20, not served           03-02 letter not served (10 days)
PR24-000009  dispatched 03-01, not served           03-11 letter not served
PR24-000010  served 02-05, appeal dismissed 02-25   03-05 departure; 03-12 onward appeal
PR24-000011  information due 03-01                  03-01 information request overdue
PR24-000012  information due 03-20                  03-20 information request
PR24-000013  information answered                   nothing
"""

from __future__ import annotations

from app.db.store import Store
from app.services import appeals, cases, closing
from app.services.context import Actor
from tests.appeals.helpers import D, Factory, MovableClock, dispatched_case, served_case
from tests.factories import make_case
from tests.letters.population import Person

TODAY = D("2026-03-04")


def fill_board(
    store: Store, uow_factory: Factory, users: dict[str, Actor], clock: MovableClock
) -> None:
    cleo = users["cleo"]

    def served(n: int, day: str, person: Person | None = None) -> str:
        return served_case(
            store, uow_factory, users, clock, f"LP{n:07d}", served_on=D(day), person=person
        )

    served(1, "2026-02-14", Person(surname="Adomaitis", given_names="Aleksandr"))
    served(2, "2026-02-20", Person(surname="Baranova", given_names="Jekaterina"))
    served(3, "2026-03-02")

    suspended = served(4, "2026-02-02")
    clock.set_day("2026-02-10")
    appeals.lodge_appeal(
        uow_factory(),
        cleo,
        suspended,
        court_code="RAT-V",
        lodged_on=D("2026-02-10"),
        suspensive=True,
    )
    pending = served(5, "2026-02-03")
    clock.set_day("2026-02-11")
    appeals.lodge_appeal(
        uow_factory(), cleo, pending, court_code="RAT-K", lodged_on=D("2026-02-11")
    )
    final = served(6, "2026-02-05")
    clock.set_day("2026-02-20")
    appeals.confirm_final(uow_factory(), cleo, [final])
    departed = served(7, "2026-02-02")
    clock.set_day("2026-02-25")
    closing.record_departure(
        uow_factory(), cleo, departed, departed_on=D("2026-02-24"), evidence="border_record"
    )

    dispatched_case(store, uow_factory, users, clock, "LP0000008", issued_on=D("2026-02-20"))
    dispatched_case(store, uow_factory, users, clock, "LP0000009", issued_on=D("2026-03-01"))

    dismissed = served(10, "2026-02-05")
    clock.set_day("2026-02-10")
    appeals.lodge_appeal(
        uow_factory(), cleo, dismissed, court_code="RAT-V", lodged_on=D("2026-02-10")
    )
    clock.set_day("2026-02-25")
    appeals.record_outcome(
        uow_factory(), cleo, dismissed, outcome="dismissed", decided_on=D("2026-02-25")
    )

    olga = users["olga"]
    for n, asked, due in (
        (11, "2026-02-15", "2026-03-01"),
        (12, "2026-02-20", "2026-03-20"),
        (13, "2026-02-20", "2026-03-10"),
    ):
        ref = make_case(store, f"LP{n:07d}", state="assigned", assigned_to_id=olga.user_id)
        clock.set_day(asked)
        cases.request_information(
            uow_factory(), olga, ref, authority="VSD", question="Ar yra žinių?", due_on=D(due)
        )
        if n == 13:
            cases.record_information(uow_factory(), olga, ref, answer="Žinių nėra.")
    clock.set_day(TODAY)
