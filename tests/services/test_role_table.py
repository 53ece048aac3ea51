"""Every service, called as every role and as a disabled and a locked user.

The expected column is the role table of DOMAIN.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import update

from app.db.models import User
from app.db.store import Store
from app.domain.errors import AccountLocked, PermissionDenied, SessionLocked
from app.domain.roles import Role
from app.services import accounts, audit, cases, queries
from app.services.context import Actor, UnitOfWork
from tests.factories import make_case

Uow = Callable[[], UnitOfWork]
BASIS = ["ULTP-51-1-2"]
PW = "a brand new password"


@dataclass
class World:
    store: Store
    uow: Uow
    users: dict[str, Actor]

    def case(self, state: str, *, assigned: str | None = "olga") -> str:
        number = f"{abs(hash((state, assigned, dt.datetime.now()))) % 10**8:08d}"
        owner = self.users[assigned].user_id if assigned else None
        return make_case(self.store, number, state=state, assigned_to_id=owner)

    def proposed(self, outcome: str = "revoke") -> str:
        ref = self.case("assigned")
        cases.propose(
            self.uow(),
            self.users["olga"],
            ref,
            outcome=outcome,
            legal_bases=BASIS,
            reasons="Reasons.",
            assessment="Restricted.",
        )
        return ref

    def awaiting_information(self) -> str:
        ref = self.case("assigned")
        cases.request_information(
            self.uow(), self.users["olga"], ref, authority="VSD", question="Anything known?"
        )
        return ref


# name -> (roles allowed, how to call it as `actor` in a prepared world)
SERVICES: dict[str, tuple[set[str], Callable[[World, Actor], Any]]] = {
    "list_users": ({"admin", "supervisor"}, lambda w, a: accounts.list_users(w.uow(), a)),
    "add_user": (
        {"admin"},
        lambda w, a: accounts.add_user(
            w.uow(),
            a,
            username="newbie",
            full_name="New",
            roles=frozenset({Role.CLERK}),
            password=PW,
        ),
    ),
    "set_roles": (
        {"admin"},
        lambda w, a: accounts.set_roles(w.uow(), a, "oleg", frozenset({Role.OFFICER, Role.CLERK})),
    ),
    "disable_user": ({"admin"}, lambda w, a: accounts.disable_user(w.uow(), a, "oleg")),
    "unlock_user": ({"admin"}, lambda w, a: accounts.unlock_user(w.uow(), a, "oleg")),
    "reset_password": ({"admin"}, lambda w, a: accounts.reset_password(w.uow(), a, "oleg", PW)),
    "change_password": (
        {"admin", "officer", "supervisor", "clerk"},
        lambda w, a: accounts.change_password(w.uow(), a, "correct horse battery", PW),
    ),
    "list_cases": (
        {"admin", "officer", "supervisor", "clerk"},
        lambda w, a: queries.list_cases(w.uow(), a, queries.CaseFilter()),
    ),
    "case_detail": (
        {"admin", "officer", "supervisor", "clerk"},
        lambda w, a: queries.case_detail(w.uow(), a, w.case("assigned")),
    ),
    "assign": (
        {"supervisor"},
        lambda w, a: cases.assign(w.uow(), a, [w.case("imported", assigned=None)], "olga"),
    ),
    "take_next": (
        {"officer"},
        lambda w, a: (w.case("imported", assigned=None), cases.take_next(w.uow(), a)),
    ),
    "start": ({"officer"}, lambda w, a: cases.start(w.uow(), a, w.case("assigned"))),
    "request_information": (
        {"officer"},
        lambda w, a: cases.request_information(
            w.uow(), a, w.case("in_assessment"), authority="VSD", question="?"
        ),
    ),
    "record_information": (
        {"officer", "supervisor"},
        lambda w, a: cases.record_information(
            w.uow(), a, w.awaiting_information(), answer="Nothing known."
        ),
    ),
    "save_draft": (
        {"officer"},
        lambda w, a: cases.save_draft(
            w.uow(), a, w.case("in_assessment"), outcome="retain", reasons="Draft."
        ),
    ),
    "propose": (
        {"officer"},
        lambda w, a: cases.propose(
            w.uow(),
            a,
            w.case("in_assessment"),
            outcome="retain",
            legal_bases=[],
            reasons="Nothing of concern.",
        ),
    ),
    "approve": ({"supervisor"}, lambda w, a: cases.approve(w.uow(), a, w.proposed())),
    "approve_many": (
        {"supervisor"},
        lambda w, a: cases.approve_many(w.uow(), a, [w.proposed("retain"), w.proposed("retain")]),
    ),
    "return_case": (
        {"supervisor"},
        lambda w, a: cases.return_case(w.uow(), a, w.proposed(), "Please cite the answers."),
    ),
    "withdraw": (
        {"supervisor"},
        lambda w, a: cases.withdraw(w.uow(), a, w.case("in_assessment"), reason="left_country"),
    ),
    "audit_verify": ({"admin"}, lambda w, a: audit.verify(w.uow(), a)),
    "audit_anchor": ({"admin"}, lambda w, a: audit.anchor(w.uow(), a)),
}

ACTING = {"admin": "admin", "officer": "olga", "supervisor": "sam", "clerk": "cleo"}
PAIRS = [(service, role) for service in SERVICES for role in ACTING]


@pytest.fixture
def world(store: Store, uow_factory: Uow, users: dict[str, Actor]) -> World:
    return World(store, uow_factory, users)


@pytest.mark.parametrize(("service", "role"), PAIRS, ids=[f"{s}-{r}" for s, r in PAIRS])
def test_service_as_role(world: World, service: str, role: str) -> None:
    allowed, call = SERVICES[service]
    actor = world.users[ACTING[role]]
    if role in allowed:
        call(world, actor)
        return
    with pytest.raises(PermissionDenied):
        call(world, actor)


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_disabled_user_is_refused_everything(world: World, service: str) -> None:
    allowed, call = SERVICES[service]
    name = ACTING[sorted(allowed)[0]]
    if name == "admin":  # an admin cannot disable themself; another admin does it
        accounts.add_user(
            world.uow(),
            world.users["admin"],
            username="root2",
            full_name="R",
            roles=frozenset({Role.ADMIN}),
            password=PW,
        )
    with world.store.session() as session:
        session.execute(update(User).where(User.username == name).values(disabled=True))
        session.commit()
    with pytest.raises(PermissionDenied, match="disabled"):
        call(world, world.users[name])


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_locked_user_is_refused_everything(world: World, service: str) -> None:
    allowed, call = SERVICES[service]
    name = ACTING[sorted(allowed)[0]]
    until = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=10)
    with world.store.session() as session:
        session.execute(update(User).where(User.username == name).values(locked_until=until))
        session.commit()
    with pytest.raises(AccountLocked):
        call(world, world.users[name])


def test_idle_locked_session_is_refused_everything(world: World) -> None:
    for service, (allowed, call) in SERVICES.items():
        actor = world.users[ACTING[sorted(allowed)[0]]]
        actor.session.locked = True
        try:
            with pytest.raises(SessionLocked, match="session is locked"):
                call(world, actor)
        finally:
            actor.session.locked = False
        assert service in SERVICES
