"""The case lifecycle of DOMAIN.md as data.

Each row is (state, action, roles allowed, next state). A row with no roles is
a follow-on step that a service takes in the same transaction as the user's
action (for example, an approved `retain` decision closes the case).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.domain.errors import InvalidTransition, PermissionDenied
from app.domain.roles import Role


class State(StrEnum):
    IMPORTED = "imported"
    ASSIGNED = "assigned"
    IN_ASSESSMENT = "in_assessment"
    AWAITING_INFORMATION = "awaiting_information"
    AWAITING_SIGNOFF = "awaiting_signoff"
    DECIDED = "decided"
    CLOSED_RETAINED = "closed_retained"
    AWAITING_LETTERS = "awaiting_letters"
    LETTERS_ISSUED = "letters_issued"
    DISPATCHED = "dispatched"
    SERVED = "served"
    UNDER_APPEAL = "under_appeal"
    APPEAL_DISMISSED = "appeal_dismissed"
    DECISION_ANNULLED = "decision_annulled"
    CLOSED_REINSTATED = "closed_reinstated"
    REMITTED = "remitted"
    REVOCATION_FINAL = "revocation_final"
    CLOSED_DEPARTED = "closed_departed"
    CLOSED_WITHDRAWN = "closed_withdrawn"


CLOSED_STATES = frozenset(
    {State.CLOSED_RETAINED, State.CLOSED_REINSTATED, State.CLOSED_DEPARTED, State.CLOSED_WITHDRAWN}
)
OPEN_STATES = frozenset(State) - CLOSED_STATES


class Action(StrEnum):
    ASSIGN = "assign"
    TAKE_NEXT = "take_next"
    START = "start"
    REQUEST_INFORMATION = "request_information"
    RECORD_INFORMATION = "record_information"
    PROPOSE = "propose"
    APPROVE = "approve"
    RETURN = "return"
    CLOSE_RETAINED = "close_retained"
    AWAIT_LETTERS = "await_letters"
    AWAIT_INFORMATION = "await_information"
    WITHDRAW = "withdraw"
    ISSUE_LETTERS = "issue_letters"
    DISPATCH = "dispatch"
    SERVE = "serve"
    LODGE_APPEAL = "lodge_appeal"
    DISMISS_APPEAL = "dismiss_appeal"
    ANNUL_DECISION = "annul_decision"
    REINSTATE = "reinstate"
    REMIT = "remit"
    RESUME_ASSESSMENT = "resume_assessment"
    CONFIRM_FINAL = "confirm_final"
    RECORD_DEPARTURE = "record_departure"
    REOPEN = "reopen"


@dataclass(frozen=True, slots=True)
class Transition:
    state: State
    action: Action
    roles: frozenset[Role]
    next_state: State

    @property
    def automatic(self) -> bool:
        return not self.roles


_O = frozenset({Role.OFFICER})
_S = frozenset({Role.SUPERVISOR})
_C = frozenset({Role.CLERK})
_OS = frozenset({Role.OFFICER, Role.SUPERVISOR})
_AUTO: frozenset[Role] = frozenset()

S = State
A = Action

_ROWS: list[tuple[State, Action, frozenset[Role], State]] = [
    (S.IMPORTED, A.ASSIGN, _S, S.ASSIGNED),
    (S.ASSIGNED, A.ASSIGN, _S, S.ASSIGNED),
    (S.IN_ASSESSMENT, A.ASSIGN, _S, S.IN_ASSESSMENT),
    (S.AWAITING_INFORMATION, A.ASSIGN, _S, S.AWAITING_INFORMATION),
    (S.IMPORTED, A.TAKE_NEXT, _O, S.ASSIGNED),
    (S.ASSIGNED, A.START, _O, S.IN_ASSESSMENT),
    (S.IN_ASSESSMENT, A.REQUEST_INFORMATION, _O, S.AWAITING_INFORMATION),
    (S.AWAITING_INFORMATION, A.RECORD_INFORMATION, _OS, S.IN_ASSESSMENT),
    (S.IN_ASSESSMENT, A.PROPOSE, _O, S.AWAITING_SIGNOFF),
    (S.AWAITING_SIGNOFF, A.APPROVE, _S, S.DECIDED),
    (S.AWAITING_SIGNOFF, A.RETURN, _S, S.IN_ASSESSMENT),
    (S.DECIDED, A.CLOSE_RETAINED, _AUTO, S.CLOSED_RETAINED),
    (S.DECIDED, A.AWAIT_LETTERS, _AUTO, S.AWAITING_LETTERS),
    (S.DECIDED, A.AWAIT_INFORMATION, _AUTO, S.AWAITING_INFORMATION),
    (S.AWAITING_LETTERS, A.ISSUE_LETTERS, _C, S.LETTERS_ISSUED),
    (S.LETTERS_ISSUED, A.DISPATCH, _C, S.DISPATCHED),
    (S.LETTERS_ISSUED, A.SERVE, _C, S.SERVED),
    (S.DISPATCHED, A.SERVE, _C, S.SERVED),
    (S.SERVED, A.LODGE_APPEAL, _C, S.UNDER_APPEAL),
    (S.REVOCATION_FINAL, A.LODGE_APPEAL, _C, S.UNDER_APPEAL),
    (S.APPEAL_DISMISSED, A.LODGE_APPEAL, _C, S.UNDER_APPEAL),
    (S.UNDER_APPEAL, A.DISMISS_APPEAL, _C, S.APPEAL_DISMISSED),
    (S.UNDER_APPEAL, A.ANNUL_DECISION, _C, S.DECISION_ANNULLED),
    (S.DECISION_ANNULLED, A.REINSTATE, _AUTO, S.CLOSED_REINSTATED),
    (S.UNDER_APPEAL, A.REMIT, _C, S.REMITTED),
    (S.REMITTED, A.RESUME_ASSESSMENT, _AUTO, S.IN_ASSESSMENT),
    (S.SERVED, A.CONFIRM_FINAL, _C, S.REVOCATION_FINAL),
    (S.APPEAL_DISMISSED, A.CONFIRM_FINAL, _C, S.REVOCATION_FINAL),
    (S.SERVED, A.RECORD_DEPARTURE, _C, S.CLOSED_DEPARTED),
    (S.APPEAL_DISMISSED, A.RECORD_DEPARTURE, _C, S.CLOSED_DEPARTED),
    (S.REVOCATION_FINAL, A.RECORD_DEPARTURE, _C, S.CLOSED_DEPARTED),
    *((closed, A.REOPEN, _S, S.IN_ASSESSMENT) for closed in sorted(CLOSED_STATES)),
    *((state, A.WITHDRAW, _S, S.CLOSED_WITHDRAWN) for state in State if state in OPEN_STATES),
]

TRANSITIONS: dict[tuple[State, Action], Transition] = {
    (state, action): Transition(state, action, roles, nxt) for state, action, roles, nxt in _ROWS
}


def transition(state: State | str, action: Action, roles: frozenset[Role] | None) -> Transition:
    """The transition for `action` from `state`, checked against the actor's roles.

    `roles=None` is a follow-on step taken by a service, never by a user.
    """
    current = State(state)
    row = TRANSITIONS.get((current, action))
    if row is None:
        raise InvalidTransition(
            f"A case in state '{current.value}' cannot be given the action '{action.value}'."
        )
    if roles is None:
        return row
    if row.automatic:
        raise InvalidTransition(f"'{action.value}' is taken by the system, not by a user.")
    if not roles & row.roles:
        needed = " or ".join(sorted(r.value for r in row.roles))
        raise PermissionDenied(f"Only a {needed} may {action.value.replace('_', ' ')} a case.")
    return row


def actions_for(state: State | str, roles: frozenset[Role]) -> list[Action]:
    """The actions a person with `roles` may take on a case in `state`."""
    current = State(state)
    return [
        row.action for (st, _), row in TRANSITIONS.items() if st == current and row.roles & roles
    ]
