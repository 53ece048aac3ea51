"""One workstation of a busy office, for the concurrency test: a process with its own
store that looks at a shared case, then acts on what it saw, through the services.

Every action passes the version the desk saw (except `assign`, which takes none),
so a case changed by another desk in between is refused with StaleCase; an action
that no longer fits the case's state is refused with InvalidTransition, one by
the wrong person with PermissionDenied. Anything else is a failure of the store.
"""

from __future__ import annotations

import datetime as dt
import random
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from app.db.engine import retrying
from app.db.models import Case, User
from app.db.store import Store, open_store
from app.domain.errors import InvalidTransition, PermissionDenied, StaleCase
from app.domain.roles import Role
from app.services import cases, letters
from app.services.context import Actor, Changed, Clock, UnitOfWork

AT = dt.datetime(2026, 1, 26, 9, 0, tzinfo=dt.UTC)
OFFICERS = ("olga", "oleg")
SUPERVISORS = ("sam", "sue")
CLERKS = ("cleo",)
BASES = ["ULTP-51-1-2"]
CLEAN_REFUSALS = (StaleCase, InvalidTransition, PermissionDenied)
FINISHED = ("letters_issued", "closed_retained")


@dataclass
class Report:
    """What one desk did: successes and refusals by action, and anything unexpected."""

    desk: int
    successes: list[dict[str, Any]] = field(default_factory=list)
    refusals: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "desk": self.desk,
            "successes": self.successes,
            "refusals": dict(self.refusals),
            "failures": self.failures,
            "seconds": self.seconds,
        }


def _actors(store: Store) -> dict[str, Actor]:
    with store.reading() as session:
        return {
            u.username: Actor(u.id, u.username, u.full_name, frozenset(Role(r) for r in u.roles))
            for u in session.scalars(select(User))
        }


def _look(store: Store, ref: str) -> tuple[str, int, int | None]:
    with store.reading() as session:
        row = session.execute(
            select(Case.state, Case.version, Case.assigned_to_id).where(Case.case_number == ref)
        ).one()
        return row.state, row.version, row.assigned_to_id


class Desk:
    def __init__(self, store: Store, number: int, refs: list[str], seed: int) -> None:
        self.store = store
        self.refs = refs
        self.clock = Clock(lambda: AT)
        self.rng = random.Random(seed)
        self.actors = _actors(store)
        self.by_id = {a.user_id: a for a in self.actors.values()}
        self.report = Report(number)

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.store, self.clock)

    def pick(self, names: tuple[str, ...]) -> Actor:
        return self.actors[self.rng.choice(names)]

    def officer_for(self, assignee: int | None) -> Actor:
        # Mostly the case's own officer; now and then a colleague, who is refused.
        if assignee in self.by_id and self.rng.random() < 0.85:
            return self.by_id[assignee]  # type: ignore[index]
        return self.pick(OFFICERS)

    def plan(self) -> tuple[str, str, int | None, Any]:
        """The case a person at this desk opens, and the action they take on what they see."""
        ref = self.rng.choice(self.refs)
        state, version, assignee = _look(self.store, ref)
        for _ in range(5):  # people mostly open cases that still need them
            if state not in FINISHED or self.rng.random() < 0.1:
                break
            ref = self.rng.choice(self.refs)
            state, version, assignee = _look(self.store, ref)
        if self.rng.random() < 0.1:
            version -= 1  # a view left open too long: refused as stale
        rng = self.rng
        if state in ("imported", "assigned") and (state == "imported" or rng.random() < 0.3):
            sup, officer = self.pick(SUPERVISORS), rng.choice(OFFICERS)
            return "assign", ref, None, lambda: cases.assign(self.uow(), sup, [ref], officer)
        if state == "assigned":
            who = self.officer_for(assignee)
            return (
                "start",
                ref,
                version,
                lambda: cases.start(self.uow(), who, ref, expected_version=version),
            )
        if state == "in_assessment":
            who = self.officer_for(assignee)
            outcome = "revoke" if rng.random() < 0.8 else "retain"
            return (
                "propose",
                ref,
                version,
                lambda: cases.propose(
                    self.uow(),
                    who,
                    ref,
                    outcome=outcome,
                    legal_bases=BASES,
                    reasons="Atsakymai rodo paramą agresijai.",
                    expected_version=version,
                ),
            )
        if state == "awaiting_signoff":
            sup = self.pick(SUPERVISORS)
            if rng.random() < 0.3:
                return (
                    "return",
                    ref,
                    version,
                    lambda: cases.return_case(
                        self.uow(), sup, ref, "Cite the answers.", expected_version=version
                    ),
                )
            return (
                "approve",
                ref,
                version,
                lambda: cases.approve(self.uow(), sup, ref, expected_version=version),
            )
        if state == "awaiting_letters":
            clerk = self.pick(CLERKS)
            return (
                "issue_letters",
                ref,
                version,
                lambda: letters.issue_letters(self.uow(), clerk, ref, expected_version=version),
            )
        # A case past this desk's work: a supervisor tries to approve it all the same.
        sup = self.pick(SUPERVISORS)
        return (
            "approve",
            ref,
            version,
            lambda: cases.approve(self.uow(), sup, ref, expected_version=version),
        )

    def act(self) -> None:
        action, ref, version, call = self.plan()
        try:
            changed: Changed = retrying(call)
        except CLEAN_REFUSALS as exc:
            self.report.refusals[f"{action}: {type(exc).__name__}"] += 1
            return
        except Exception:
            self.report.failures.append(f"{action} on {ref}: {traceback.format_exc()}")
            return
        issued = [x["registration_number"] for x in changed.details.get("letters", [])]
        self.report.successes.append(
            {"case": ref, "action": action, "version": version, "letters": issued}
        )


def run_desk(
    url: str, number: int, refs: list[str], actions: int, start: Any, results: Any
) -> None:
    """A process's whole life: open its own store, wait for the others, act `actions` times."""
    store = open_store(url, migrate=False)
    try:
        desk = Desk(store, number, refs, seed=number)
        start.wait(timeout=120)
        began = time.perf_counter()
        for _ in range(actions):
            desk.act()
        desk.report.seconds = time.perf_counter() - began
        results.put(desk.report.as_dict())
    except Exception:
        results.put(Report(number, failures=[traceback.format_exc()]).as_dict())
    finally:
        store.dispose()
