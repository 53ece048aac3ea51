"""Every allowed and every forbidden transition of the lifecycle table, by role."""

from __future__ import annotations

import itertools

import pytest

from app.domain.errors import InvalidTransition, PermissionDenied
from app.domain.lifecycle import (
    CLOSED_STATES,
    OPEN_STATES,
    TRANSITIONS,
    Action,
    State,
    actions_for,
    transition,
)
from app.domain.roles import Role

# The lifecycle of DOMAIN.md, written out independently of the table under test.
EXPECTED = {
    ("imported", "assign"): ("supervisor", "assigned"),
    ("assigned", "assign"): ("supervisor", "assigned"),
    ("in_assessment", "assign"): ("supervisor", "in_assessment"),
    ("awaiting_information", "assign"): ("supervisor", "awaiting_information"),
    ("imported", "take_next"): ("officer", "assigned"),
    ("assigned", "start"): ("officer", "in_assessment"),
    ("in_assessment", "request_information"): ("officer", "awaiting_information"),
    ("awaiting_information", "record_information"): ("officer supervisor", "in_assessment"),
    ("in_assessment", "propose"): ("officer", "awaiting_signoff"),
    ("awaiting_signoff", "approve"): ("supervisor", "decided"),
    ("awaiting_signoff", "return"): ("supervisor", "in_assessment"),
    ("decided", "close_retained"): ("", "closed_retained"),
    ("decided", "await_letters"): ("", "awaiting_letters"),
    ("decided", "await_information"): ("", "awaiting_information"),
    ("awaiting_letters", "issue_letters"): ("clerk", "letters_issued"),
    ("letters_issued", "dispatch"): ("clerk", "dispatched"),
    ("letters_issued", "serve"): ("clerk", "served"),
    ("dispatched", "serve"): ("clerk", "served"),
    ("served", "lodge_appeal"): ("clerk", "under_appeal"),
    ("revocation_final", "lodge_appeal"): ("clerk", "under_appeal"),
    ("appeal_dismissed", "lodge_appeal"): ("clerk", "under_appeal"),
    ("under_appeal", "dismiss_appeal"): ("clerk", "appeal_dismissed"),
    ("under_appeal", "annul_decision"): ("clerk", "decision_annulled"),
    ("decision_annulled", "reinstate"): ("", "closed_reinstated"),
    ("under_appeal", "remit"): ("clerk", "remitted"),
    ("remitted", "resume_assessment"): ("", "in_assessment"),
    ("served", "confirm_final"): ("clerk", "revocation_final"),
    ("appeal_dismissed", "confirm_final"): ("clerk", "revocation_final"),
    ("served", "record_departure"): ("clerk", "closed_departed"),
    ("appeal_dismissed", "record_departure"): ("clerk", "closed_departed"),
    ("revocation_final", "record_departure"): ("clerk", "closed_departed"),
    **{
        (s, "reopen"): ("supervisor", "in_assessment")
        for s in ("closed_retained", "closed_reinstated", "closed_departed", "closed_withdrawn")
    },
    **{(s.value, "withdraw"): ("supervisor", "closed_withdrawn") for s in OPEN_STATES},
}

ROLE_SETS = [frozenset({r}) for r in Role] + [frozenset({Role.OFFICER, Role.CLERK})]
CASES = list(itertools.product(State, Action, ROLE_SETS))


def test_table_is_the_documented_lifecycle() -> None:
    actual = {
        (s.value, a.value): (" ".join(sorted(r.value for r in row.roles)), row.next_state.value)
        for (s, a), row in TRANSITIONS.items()
    }
    assert actual == EXPECTED


def test_closed_and_open_states_partition_the_states() -> None:
    assert set(State) == CLOSED_STATES | OPEN_STATES
    assert not CLOSED_STATES & OPEN_STATES
    assert {s.value for s in CLOSED_STATES} == {
        "closed_retained",
        "closed_reinstated",
        "closed_departed",
        "closed_withdrawn",
    }


@pytest.mark.parametrize(
    ("state", "action", "roles"),
    CASES,
    ids=[f"{s.value}-{a.value}-{'+'.join(sorted(r))}" for s, a, r in CASES],
)
def test_every_transition_by_every_role(
    state: State, action: Action, roles: frozenset[Role]
) -> None:
    expected = EXPECTED.get((state.value, action.value))
    if expected is None:
        with pytest.raises(InvalidTransition):
            transition(state, action, roles)
        return
    allowed_roles, next_state = expected
    if not allowed_roles:
        with pytest.raises(InvalidTransition, match="taken by the system"):
            transition(state, action, roles)
        assert transition(state, action, None).next_state.value == next_state
        return
    if {r.value for r in roles} & set(allowed_roles.split()):
        assert transition(state, action, roles).next_state.value == next_state
    else:
        with pytest.raises(PermissionDenied):
            transition(state, action, roles)


def test_actions_for_lists_only_what_the_role_may_do() -> None:
    assert set(actions_for(State.AWAITING_SIGNOFF, frozenset({Role.SUPERVISOR}))) == {
        Action.APPROVE,
        Action.RETURN,
        Action.WITHDRAW,
    }
    assert actions_for(State.AWAITING_SIGNOFF, frozenset({Role.OFFICER})) == []
    assert actions_for(State.AWAITING_LETTERS, frozenset({Role.CLERK})) == [Action.ISSUE_LETTERS]
