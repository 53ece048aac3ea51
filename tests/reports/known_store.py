"""A small store whose figures are worked out by hand in the tests.

Times are UTC; Lithuania is two hours ahead in winter. "Today" is Tuesday
2026-01-20, so the default period runs from Monday 2025-11-03 to that day.

| case | cit. | state             | officer | decisions (proposed -> signed)               |
|------|------|-------------------|---------|----------------------------------------------|
| c1   | BY   | closed_retained   | olga    | retain 01-10 10:00 -> approved (sam) 01-12 10:00 |
| c2   | BY   | awaiting_letters  | oleg    | revoke 01-13 10:00 -> approved (sam) 01-14 10:00 |
| c3   | RU   | served            | olga    | revoke 01-14 22:30 -> approved (sue) 01-18 22:30 |
| c4   | RU   | in_assessment     | olga    | retain 01-13 10:00 -> returned (sue) 01-13 22:00 |
| c5   | BY   | assigned          | oleg    |                                              |
| c6   | BY   | imported          |         |                                              |
| c7   | RU   | closed_withdrawn  |         |                                              |
| c8   | BY   | awaiting_signoff  | olga    | retain 01-14 12:00, not yet signed           |
| c9   | RU   | closed_reinstated | oleg    | revoke 2025-10-01 -> approved 2025-10-02 (annulled) |

Every case was imported on 2026-01-05 at 10:00, c3 at 22:30 (13 days exactly
before its sign-off). c3 has a pending appeal and c9 an annulled one; c3 was
served on 2026-01-12, with its appeal window closing this week (01-22) and
its departure deadline later (02-12).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.db.models import Appeal, Case, Decision, Service, SignOff, User
from app.db.store import Store
from tests.factories import make_case

NOW = dt.datetime(2026, 1, 20, 12, 0, tzinfo=dt.UTC)


def at(day: str, time: str = "10:00") -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{time}:00+00:00")


CASES = {
    "c1": ("BY", "closed_retained", "olga", "2026-01-05 10:00"),
    "c2": ("BY", "awaiting_letters", "oleg", "2026-01-05 10:00"),
    "c3": ("RU", "served", "olga", "2026-01-05 22:30"),
    "c4": ("RU", "in_assessment", "olga", "2026-01-05 10:00"),
    "c5": ("BY", "assigned", "oleg", "2026-01-05 10:00"),
    "c6": ("BY", "imported", None, "2026-01-05 10:00"),
    "c7": ("RU", "closed_withdrawn", None, "2026-01-05 10:00"),
    "c8": ("BY", "awaiting_signoff", "olga", "2026-01-05 10:00"),
    "c9": ("RU", "closed_reinstated", "oleg", "2025-09-01 10:00"),
}
# case: (outcome, status, proposer, proposed, supervisor, verdict, signed)
DECISIONS = [
    ("c1", "retain", "approved", "olga", "2026-01-10 10:00", "sam", "approved", "2026-01-12 10:00"),
    ("c2", "revoke", "approved", "oleg", "2026-01-13 10:00", "sam", "approved", "2026-01-14 10:00"),
    ("c3", "revoke", "approved", "olga", "2026-01-14 22:30", "sue", "approved", "2026-01-18 22:30"),
    ("c4", "retain", "returned", "olga", "2026-01-13 10:00", "sue", "returned", "2026-01-13 22:00"),
    ("c8", "retain", "proposed", "olga", "2026-01-14 12:00", None, None, None),
    ("c9", "revoke", "approved", "oleg", "2025-10-01 10:00", "sam", "approved", "2025-10-02 10:00"),
]  # fmt: skip


def moment(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text + ":00+00:00")


def fill_known_store(store: Store) -> dict[str, str]:
    """The cases of the table above; their case numbers by name."""
    with store.session() as session:
        ids = {u.username: u.id for u in session.scalars(select(User))}
    numbers = {}
    for i, (name, (citizenship, state, officer, created)) in enumerate(CASES.items(), start=1):
        numbers[name] = make_case(
            store,
            f"9000000{i}",
            citizenship=citizenship,
            state=state,
            assigned_to_id=ids[officer] if officer else None,
            created_at=moment(created),
        )
    with store.session() as session:
        cases = {
            name: session.scalar(select(Case).where(Case.case_number == number))
            for name, number in numbers.items()
        }
        for name, outcome, status, proposer, proposed, supervisor, verdict, signed in DECISIONS:
            decision = Decision(
                case_id=cases[name].id,  # type: ignore[union-attr]
                outcome=outcome,
                status=status,
                reasons="Reasons.",
                proposed_by_id=ids[proposer],
                proposed_at=moment(proposed),
            )
            session.add(decision)
            session.flush()
            if supervisor:
                session.add(
                    SignOff(
                        decision_id=decision.id,
                        proposer_id=ids[proposer],
                        supervisor_id=ids[supervisor],
                        verdict=verdict,
                        comment="Say more." if verdict == "returned" else "",
                        at=moment(signed),  # type: ignore[arg-type]
                    )
                )
        for name, outcome in (("c3", None), ("c9", "annulled")):
            session.add(
                Appeal(
                    case_id=cases[name].id,  # type: ignore[union-attr]
                    court_code="RAT-V",
                    lodged_on=dt.date(2026, 1, 19) if name == "c3" else dt.date(2025, 10, 10),
                    outcome=outcome,
                    outcome_on=dt.date(2025, 12, 1) if outcome else None,
                    recorded_by_id=ids["cleo"],
                )
            )
        session.add(
            Service(
                case_id=cases["c3"].id,  # type: ignore[union-attr]
                served_on=dt.date(2026, 1, 12),
                method="registered_mail",
                appeal_deadline=dt.date(2026, 1, 22),
                departure_deadline=dt.date(2026, 2, 12),
                recorded_by_id=ids["cleo"],
            )
        )
        session.commit()
    return numbers
