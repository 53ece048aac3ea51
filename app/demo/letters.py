"""A few revocations taken on by the clerk: letters issued, sent and served.

The letters service itself does the work, with the clock set to the days the
clerk would have acted (a day or two after approval, then the post), so the
letters hold real PDFs, registration numbers run in date order, and the
deadlines of served decisions run from their service.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import select

from app.db.models import Case
from app.domain.lifecycle import State
from app.services import letters
from app.services.context import Actor, Clock, UnitOfWork

MAX_CASES = 12
SHARE = 0.1
# Stages the chosen cases are left in, in turn.
STAGES = (State.LETTERS_ISSUED, State.DISPATCHED, State.SERVED)


@dataclass(frozen=True)
class _Plan:
    case_number: str
    stage: State
    issued: dt.datetime
    dispatched: dt.datetime
    served: dt.datetime


def cases_to_send(revoked: int) -> int:
    """How many approved revocations get letters; one at least stays in the print queue."""
    if revoked < 2:
        return 0
    return min(MAX_CASES, max(len(STAGES), round(revoked * SHARE)), revoked - 1)


def tracking_number(serial: int) -> str:
    """A registered-mail number of the UPU S10 form, with its check digit."""
    digits = f"{serial % 100_000_000:08d}"
    total = sum(int(d) * w for d, w in zip(digits, (8, 6, 4, 2, 3, 5, 9, 7), strict=True))
    check = 11 - total % 11
    check = {10: 0, 11: 5}.get(check, check)
    return f"RR{digits}{check}LT"


def _plans(uow: UnitOfWork, seed: int) -> list[_Plan]:
    with uow:
        now = uow.clock.now()
        approved = uow.session.execute(
            select(Case.case_number, Case.state_changed_at)
            .where(Case.state == State.AWAITING_LETTERS.value)
            .order_by(Case.state_changed_at, Case.id)
        ).all()
    rng = random.Random(f"demo:{seed}:letters")
    plans = []
    # The earliest approvals: their letters had time to go out.
    for i, (number, at) in enumerate(approved[: cases_to_send(len(approved))]):
        issued = min(at + dt.timedelta(days=rng.uniform(1, 3)), now)
        dispatched = min(issued + dt.timedelta(days=1), now)
        served = min(dispatched + dt.timedelta(days=rng.uniform(3, 9)), now)
        plans.append(_Plan(number, STAGES[i % len(STAGES)], issued, dispatched, served))
    return plans


def send_some_letters(uow: UnitOfWork, clerk: Actor, seed: int) -> dict[str, int]:
    """Issue, dispatch and serve as planned; returns how many cases reached each stage."""
    plans = _plans(uow, seed)

    def at(moment: dt.datetime) -> UnitOfWork:
        return UnitOfWork(uow.store, Clock(lambda: moment))

    decision_letters: dict[str, str] = {}
    for plan in sorted(plans, key=lambda p: p.issued):
        changed = letters.issue_letters(at(plan.issued), clerk, plan.case_number)
        issued = changed.details["letters"]
        decision_letters[plan.case_number] = next(
            x["registration_number"] for x in issued if x["kind"] == "decision"
        )
    for serial, plan in enumerate(sorted(plans, key=lambda p: p.dispatched), start=1):
        if plan.stage is State.LETTERS_ISSUED:
            continue
        moment = at(plan.dispatched)
        letters.record_dispatch(
            moment,
            clerk,
            decision_letters[plan.case_number],
            dispatched_on=moment.clock.today(),
            tracking_number=tracking_number(seed * 1000 + serial),
        )
    for plan in sorted(plans, key=lambda p: p.served):
        if plan.stage is State.SERVED:
            moment = at(plan.served)
            letters.record_service(
                moment,
                clerk,
                plan.case_number,
                served_on=moment.clock.today(),
                method="registered_mail",
            )
    return {stage.value: sum(1 for p in plans if p.stage is stage) for stage in STAGES}
