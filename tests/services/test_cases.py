"""The case services: roles, states, versions, four-eyes and the audit trail."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.audit import log as audit_log
from app.db.models import AuditEvent, Case, Decision, InformationRequest, SignOff
from app.db.store import Store
from app.domain.errors import (
    InvalidTransition,
    NotFound,
    PermissionDenied,
    StaleCase,
    ValidationError,
)
from app.services import cases, queries
from app.services.context import Actor, UnitOfWork
from tests.factories import make_case

Uow = Callable[[], UnitOfWork]
BASIS = ["ULTP-51-1-2"]


@pytest.fixture
def case_no(store: Store) -> str:
    return make_case(store, "12345678")


def _state(uow_factory: Uow, ref: str) -> str:
    with uow_factory() as uow:
        return cases.find_case(uow, ref).state


def _propose(
    uow_factory: Uow, users: dict[str, Actor], ref: str, outcome: str = "revoke", who: str = "olga"
) -> None:
    cases.propose(
        uow_factory(),
        users[who],
        ref,
        outcome=outcome,
        legal_bases=BASIS,
        reasons="The holder's statements show support for the aggression.",
        assessment="Security service conclusion No. 7 (restricted).",
    )


def test_take_next_gives_the_oldest_unassigned_case(
    store: Store, uow_factory: Uow, users: dict[str, Actor]
) -> None:
    old = make_case(store, "00000001", created_at=dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
    make_case(store, "00000002", created_at=dt.datetime(2024, 2, 1, tzinfo=dt.UTC))
    changed = cases.take_next(uow_factory(), users["olga"])
    assert changed.details["cases"][0]["case_number"] == old
    assert _state(uow_factory, old) == "assigned"


def test_take_next_with_nothing_left(uow_factory: Uow, users: dict[str, Actor]) -> None:
    with pytest.raises(NotFound, match="no unassigned"):
        cases.take_next(uow_factory(), users["olga"])


def test_officer_proposes_and_another_supervisor_approves(
    case_no: str, uow_factory: Uow, users: dict[str, Actor]
) -> None:
    cases.assign(uow_factory(), users["sam"], [case_no], "olga")
    _propose(uow_factory, users, case_no)
    assert _state(uow_factory, case_no) == "awaiting_signoff"
    cases.approve(uow_factory(), users["sue"], case_no)
    assert _state(uow_factory, case_no) == "awaiting_letters"
    with uow_factory() as uow:
        events = [
            e.action
            for e in uow.session.scalars(select(AuditEvent).where(AuditEvent.case_id.is_not(None)))
        ]
        assert audit_log.verify(uow.session).ok
    assert events == ["assign", "start", "propose", "approve", "await_letters"]


def test_retain_closes_and_request_information_waits(
    store: Store, uow_factory: Uow, users: dict[str, Actor]
) -> None:
    keep = make_case(store, "11111111", state="assigned", assigned_to_id=users["olga"].user_id)
    ask = make_case(store, "22222222", state="assigned", assigned_to_id=users["olga"].user_id)
    _propose(uow_factory, users, keep, "retain")
    cases.propose(
        uow_factory(),
        users["olga"],
        ask,
        outcome="request_information",
        legal_bases=[],
        reasons="Travel history unclear.",
        request={
            "authority": "State Border Guard Service",
            "question": "Border crossings 2022-2024?",
        },
    )
    cases.approve(uow_factory(), users["sam"], keep)
    cases.approve(uow_factory(), users["sam"], ask)
    assert _state(uow_factory, keep) == "closed_retained"
    assert _state(uow_factory, ask) == "awaiting_information"
    with uow_factory() as uow:
        request = uow.session.scalar(select(InformationRequest))
        assert request is not None
        assert request.due_on == uow.clock.today() + dt.timedelta(days=14)
    cases.record_information(uow_factory(), users["olga"], ask, answer="Three crossings.")
    assert _state(uow_factory, ask) == "in_assessment"


def test_own_proposal_cannot_be_approved_by_the_service(
    store: Store, uow_factory: Uow, users: dict[str, Actor]
) -> None:
    # A person holding both roles proposes and then tries to sign off.
    from app.domain.roles import Role
    from app.services import accounts

    accounts.set_roles(
        uow_factory(), users["admin"], "olga", frozenset({Role.OFFICER, Role.SUPERVISOR})
    )
    both = Actor(users["olga"].user_id, "olga", "Olga", frozenset({Role.OFFICER, Role.SUPERVISOR}))
    ref = make_case(store, "33333333", state="assigned", assigned_to_id=both.user_id)
    _propose(uow_factory, {"olga": both}, ref)
    with pytest.raises(PermissionDenied, match="four-eyes"):
        cases.approve(uow_factory(), both, ref)
    assert _state(uow_factory, ref) == "awaiting_signoff"


def test_own_proposal_cannot_be_approved_in_the_database(
    case_no: str, store: Store, uow_factory: Uow, users: dict[str, Actor]
) -> None:
    cases.assign(uow_factory(), users["sam"], [case_no], "olga")
    _propose(uow_factory, users, case_no)
    with store.session() as session:
        decision = session.scalar(select(Decision))
        assert decision is not None
        session.add(
            SignOff(
                decision_id=decision.id,
                proposer_id=decision.proposed_by_id,
                supervisor_id=decision.proposed_by_id,
                verdict="approved",
            )
        )
        with pytest.raises(IntegrityError, match="four_eyes"):
            session.commit()
    with store.session() as session:
        decision = session.scalar(select(Decision))
        assert decision is not None
        # Nor can the copy of the proposer be falsified to slip past the check.
        session.add(
            SignOff(
                decision_id=decision.id,
                proposer_id=users["oleg"].user_id,
                supervisor_id=decision.proposed_by_id,
                verdict="approved",
            )
        )
        with pytest.raises(IntegrityError, match=r"(?i)foreign key"):
            session.commit()


def test_return_needs_a_comment_and_the_officer_fixes_the_case(
    case_no: str, uow_factory: Uow, users: dict[str, Actor]
) -> None:
    cases.assign(uow_factory(), users["sam"], [case_no], "olga")
    _propose(uow_factory, users, case_no)
    with pytest.raises(ValidationError, match="comment"):
        cases.return_case(uow_factory(), users["sam"], case_no, "  ")
    cases.return_case(uow_factory(), users["sam"], case_no, "Cite the answers relied on.")
    assert _state(uow_factory, case_no) == "in_assessment"
    detail = queries.case_detail(uow_factory(), users["olga"], case_no)
    assert detail["signoff"]["comment"] == "Cite the answers relied on."
    cases.propose(
        uow_factory(),
        users["olga"],
        case_no,
        outcome="revoke",
        legal_bases=BASIS,
        reasons="Reasons.",
        relied_answers=["views/crimea"],
    )
    cases.approve(uow_factory(), users["sam"], case_no)
    assert _state(uow_factory, case_no) == "awaiting_letters"


def test_bulk_approval_refuses_revocations(
    store: Store, uow_factory: Uow, users: dict[str, Actor]
) -> None:
    refs = [
        make_case(store, f"4444444{i}", state="assigned", assigned_to_id=users["olga"].user_id)
        for i in range(3)
    ]
    _propose(uow_factory, users, refs[0], "retain")
    _propose(uow_factory, users, refs[1], "retain")
    _propose(uow_factory, users, refs[2], "revoke")
    with pytest.raises(PermissionDenied, match="only 'retain'"):
        cases.approve_many(uow_factory(), users["sam"], refs)
    assert [_state(uow_factory, r) for r in refs] == ["awaiting_signoff"] * 3
    cases.approve_many(uow_factory(), users["sam"], refs[:2])
    assert [_state(uow_factory, r) for r in refs[:2]] == ["closed_retained"] * 2


def test_stale_edit_is_refused_and_nothing_is_overwritten(
    case_no: str, uow_factory: Uow, users: dict[str, Actor]
) -> None:
    cases.assign(uow_factory(), users["sam"], [case_no], "olga")
    opened = queries.case_detail(uow_factory(), users["olga"], case_no)["version"]
    cases.assign(uow_factory(), users["sam"], [case_no], "oleg")  # someone else changes it
    with pytest.raises(StaleCase, match="changed since you opened it"):
        cases.propose(
            uow_factory(),
            users["olga"],
            case_no,
            outcome="retain",
            legal_bases=[],
            reasons="x",
            expected_version=opened,
        )
    assert _state(uow_factory, case_no) == "assigned"


def test_concurrent_writers_conflict_instead_of_overwriting(
    case_no: str, store: Store, uow_factory: Uow, users: dict[str, Actor]
) -> None:
    first = UnitOfWork(store)
    with first:
        mine = first.session.scalar(select(Case).where(Case.case_number == case_no))
        assert mine is not None
        first.commit()  # the loaded row (version 1) stays in memory, as in an open form
        cases.assign(uow_factory(), users["sam"], [case_no], "oleg")  # version 2 meanwhile
        mine.assigned_to_id = users["olga"].user_id
        with pytest.raises(StaleCase):
            first.commit()
    with uow_factory() as uow:
        case = cases.find_case(uow, case_no)
        assert case.assigned_to_id == users["oleg"].user_id


def test_officer_works_only_on_own_cases(
    case_no: str, uow_factory: Uow, users: dict[str, Actor]
) -> None:
    cases.assign(uow_factory(), users["sam"], [case_no], "oleg")
    with pytest.raises(PermissionDenied, match="assigned to someone else"):
        _propose(uow_factory, users, case_no)
    with pytest.raises(PermissionDenied):
        queries.case_detail(uow_factory(), users["olga"], case_no)


def test_withdrawal_needs_a_known_reason(
    case_no: str, uow_factory: Uow, users: dict[str, Actor]
) -> None:
    with pytest.raises(ValidationError, match="reason"):
        cases.withdraw(uow_factory(), users["sam"], case_no, reason="bored")
    with pytest.raises(PermissionDenied):
        cases.withdraw(uow_factory(), users["olga"], case_no, reason="deceased")
    cases.withdraw(uow_factory(), users["sam"], case_no, reason="deceased")
    assert _state(uow_factory, case_no) == "closed_withdrawn"
    with pytest.raises(InvalidTransition):
        cases.withdraw(uow_factory(), users["sam"], case_no, reason="deceased")


def test_clerk_never_sees_restricted_content(
    case_no: str, uow_factory: Uow, users: dict[str, Actor]
) -> None:
    cases.assign(uow_factory(), users["sam"], [case_no], "olga")
    _propose(uow_factory, users, case_no)
    clerk_view = queries.case_detail(uow_factory(), users["cleo"], case_no)
    assert "assessment" not in clerk_view["decision"]
    supervisor_view = queries.case_detail(uow_factory(), users["sam"], case_no)
    assert supervisor_view["decision"]["assessment"].startswith("Security service")
    with uow_factory() as uow:
        reads = uow.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "restricted_read")
        ).all()
        assert [e.actor for e in reads] == ["sam"]


def test_search_in_both_scripts_ignores_case_and_diacritics(
    store: Store, uow_factory: Uow, users: dict[str, Actor]
) -> None:
    make_case(
        store,
        "55555555",
        surname="Žukauskas",
        given_names="Pavel",
        surname_native="Жукаускас",
        given_names_native="Павел",
    )
    make_case(
        store,
        "66666666",
        surname="Ivanov",
        given_names="Ivan",
        surname_native="Иванов",
        given_names_native="Иван",
    )

    def found(text: str) -> list[str]:
        rows = queries.list_cases(uow_factory(), users["sam"], queries.CaseFilter(search=text))
        return sorted(r["permit_number"] for r in rows)

    assert found("zukauskas") == ["55555555"]
    assert found("ŽUKAUSK") == ["55555555"]
    assert found("иван") == ["66666666"]
    assert found("ИВАНОВ иван") == ["66666666"]
    assert found("5555") == ["55555555"]
    assert found("nobody") == []
