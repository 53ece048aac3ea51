"""Cases spread over the lifecycle, with the records the services would have left.

The demo shows a campaign part-way through: most cases still in the queue,
some with officers, proposals waiting for sign-off, many decided. About 1.6%
of decided cases revoke the permit, as in the real review (1,164 of 74,000);
the letters of a few of them are then issued through the letters service
(app/demo/letters.py).
Every approval is signed off by a supervisor other than the proposer.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from app.demo import texts
from app.domain.lifecycle import State

LOCAL_TZ = ZoneInfo("Europe/Vilnius")
REVOCATION_SHARE = 1_164 / 74_000
MIN_REVOKED = 4
# The longest wait between two steps on a case, in days.
STEP_DAYS = 8.0

# Shares of the population in each state; decided cases (closed_retained and the
# revocations in awaiting_letters) take what is left.
SHARES: dict[State, float] = {
    State.IMPORTED: 0.40,
    State.ASSIGNED: 0.07,
    State.IN_ASSESSMENT: 0.06,
    State.AWAITING_INFORMATION: 0.02,
    State.AWAITING_SIGNOFF: 0.04,
    State.CLOSED_WITHDRAWN: 0.01,
}
DEMO_STATES = (*SHARES, State.CLOSED_RETAINED, State.AWAITING_LETTERS)

Row = dict[str, Any]


def state_counts(n: int) -> dict[State, int]:
    """How many of `n` cases are in each state; every state has one case once `n` allows."""
    counts = {state: int(n * share) for state, share in SHARES.items()}
    decided = n - sum(counts.values())
    # A small demo still gets a few revocations, enough for each letter stage.
    revoked = max(round(decided * REVOCATION_SHARE), min(MIN_REVOKED, decided // 10))
    counts[State.AWAITING_LETTERS] = revoked
    counts[State.CLOSED_RETAINED] = decided - revoked
    if n >= len(DEMO_STATES):
        for state in DEMO_STATES:
            while counts[state] < 1:
                donor = max(counts, key=lambda s: counts[s])
                counts[donor] -= 1
                counts[state] += 1
    else:
        counts = dict.fromkeys(DEMO_STATES, 0)
        for state in list(DEMO_STATES)[:n]:
            counts[state] = 1
    return counts


def shuffled_states(rng: random.Random, n: int) -> list[State]:
    states = [state for state, count in state_counts(n).items() for _ in range(count)]
    rng.shuffle(states)
    return states


@dataclass(frozen=True)
class Team:
    admin: int
    officers: tuple[int, ...]
    supervisors: tuple[int, ...]
    clerk: int


@dataclass(frozen=True)
class Timeline:
    """The campaign so far: imported at `imported_at`, worked on from `work_from` to `now`."""

    imported_at: dt.datetime
    work_from: dt.datetime
    now: dt.datetime

    def moments(
        self, rng: random.Random, count: int, since: dt.datetime | None = None
    ) -> list[dt.datetime]:
        """The times of `count` steps on one case: the first anywhere in the period, each
        next one a few hours to a few days after the one before."""
        lo = since or self.work_from
        hi = self.now - dt.timedelta(minutes=10)
        gaps = [dt.timedelta(days=rng.uniform(0.05, STEP_DAYS)) for _ in range(count - 1)]
        room = max(hi - lo - sum(gaps, dt.timedelta()), dt.timedelta())
        moment = lo + room * rng.random()
        out = [moment]
        for gap in gaps:
            moment = min(moment + gap, hi)
            out.append(moment)
        return out


def local_date(moment: dt.datetime) -> dt.date:
    return moment.astimezone(LOCAL_TZ).date()


@dataclass
class Casework:
    """Rows for the tables behind the cases, with ids given in advance."""

    next_ids: dict[str, int]
    decisions: list[Row] = field(default_factory=list)
    signoffs: list[Row] = field(default_factory=list)
    items: list[Row] = field(default_factory=list)
    requests: list[Row] = field(default_factory=list)

    def take_id(self, table: str) -> int:
        value = self.next_ids[table]
        self.next_ids[table] = value + 1
        return value

    def clear(self) -> None:
        self.decisions.clear()
        self.signoffs.clear()
        self.items.clear()
        self.requests.clear()


class CaseBuilder:
    """Makes a case's own fields and its supporting rows for the state it is in."""

    def __init__(
        self,
        team: Team,
        timeline: Timeline,
        rows: Casework,
        legal_bases: list[str],
        relied_paths: list[str],
        request_days: int,
    ) -> None:
        self.team = team
        self.timeline = timeline
        self.rows = rows
        self.legal_bases = legal_bases
        self.relied_paths = relied_paths
        self.request_days = request_days

    def build(self, rng: random.Random, case_id: int, state: State) -> Row:
        """assigned_to_id, state_changed_at and version of the case."""
        officer = rng.choice(self.team.officers)
        supervisor = rng.choice(self.team.supervisors)
        tl = self.timeline
        if state is State.IMPORTED:
            return self._case(None, tl.imported_at, 1)
        if state is State.ASSIGNED:
            (assigned,) = tl.moments(rng, 1)
            return self._case(officer, assigned, 2)
        if state is State.CLOSED_WITHDRAWN:
            return self._withdrawn(rng, case_id, officer)
        if state is State.AWAITING_INFORMATION:
            return self._awaiting_information(rng, case_id, officer, supervisor)
        times = tl.moments(rng, 4)
        if state is State.IN_ASSESSMENT:
            return self._in_assessment(rng, case_id, officer, supervisor, times)
        if state is State.AWAITING_SIGNOFF:
            outcome = rng.choices(("retain", "revoke", "request_information"), (90, 6, 4))[0]
            self._maybe_items(rng, case_id, officer, times[1], revoke=outcome == "revoke")
            self._decision(rng, case_id, officer, outcome, "proposed", times[2])
            return self._case(officer, times[2], 4)
        outcome = "revoke" if state is State.AWAITING_LETTERS else "retain"
        self._maybe_items(rng, case_id, officer, times[1], revoke=outcome == "revoke")
        version = 5
        if rng.random() < 0.05:
            # An earlier proposal went back to the officer before this one was approved.
            self._decision(
                rng,
                case_id,
                officer,
                outcome,
                "returned",
                times[1],
                signoff=(supervisor, times[1] + (times[2] - times[1]) / 2),
            )
            version += 2
        self._decision(
            rng, case_id, officer, outcome, "approved", times[2], signoff=(supervisor, times[3])
        )
        return self._case(officer, times[3], version)

    # --- states ------------------------------------------------------------------

    def _case(self, officer: int | None, changed: dt.datetime, version: int) -> Row:
        return {"assigned_to_id": officer, "state_changed_at": changed, "version": version}

    def _withdrawn(self, rng: random.Random, case_id: int, officer: int) -> Row:
        times = self.timeline.moments(rng, 3)
        if rng.random() < 0.6:
            return self._case(None, times[0], 2)
        if rng.random() < 0.3:
            self._decision(rng, case_id, officer, "retain", "withdrawn", times[1])
        return self._case(officer, times[2], 4)

    def _in_assessment(
        self,
        rng: random.Random,
        case_id: int,
        officer: int,
        supervisor: int,
        times: list[dt.datetime],
    ) -> Row:
        roll = rng.random()
        self._maybe_items(rng, case_id, officer, times[1], revoke=False)
        if roll < 0.2:
            outcome = "revoke" if rng.random() < 0.1 else "retain"
            self._decision(rng, case_id, officer, outcome, "draft", times[2])
            return self._case(officer, times[1], 3)
        if roll < 0.32:
            self._decision(
                rng,
                case_id,
                officer,
                "retain",
                "returned",
                times[1],
                signoff=(supervisor, times[2]),
            )
            return self._case(officer, times[2], 5)
        if roll < 0.4:
            asked = local_date(times[1])
            self._request(
                rng,
                case_id,
                officer,
                asked,
                answered=(
                    min(asked + dt.timedelta(days=rng.randint(2, 14)), local_date(times[2])),
                    officer,
                ),
            )
            return self._case(officer, times[2], 5)
        return self._case(officer, times[1], 3)

    def _awaiting_information(
        self, rng: random.Random, case_id: int, officer: int, supervisor: int
    ) -> Row:
        # Open requests are recent: some are overdue, most not yet.
        since = self.timeline.now - dt.timedelta(days=40)
        times = self.timeline.moments(rng, 3, since=max(since, self.timeline.work_from))
        if rng.random() < 0.5:
            self._request(rng, case_id, officer, local_date(times[1]), answered=None)
            return self._case(officer, times[1], 4)
        approved_on = local_date(times[2])
        due = approved_on + dt.timedelta(days=self.request_days)
        authority, question = rng.choice(texts.AUTHORITIES), rng.choice(texts.REQUEST_QUESTIONS)
        plan = {"authority": authority, "question": question, "due_on": due.isoformat()}
        self._decision(
            rng,
            case_id,
            officer,
            "request_information",
            "approved",
            times[1],
            signoff=(supervisor, times[2]),
            request=plan,
        )
        self._request(
            rng, case_id, officer, approved_on, answered=None, asked=(authority, question)
        )
        return self._case(officer, times[2], 5)

    # --- records -------------------------------------------------------------------

    def _decision(
        self,
        rng: random.Random,
        case_id: int,
        officer: int,
        outcome: str,
        status: str,
        at: dt.datetime,
        *,
        signoff: tuple[int, dt.datetime] | None = None,
        request: dict[str, Any] | None = None,
    ) -> int:
        decision_id = self.rows.take_id("decision")
        revoke = outcome == "revoke"
        bases = [self.legal_bases[0]] if revoke else []
        if revoke and len(self.legal_bases) > 1 and rng.random() < 0.2:
            bases = self.legal_bases[:2]
        relied_items = (
            [i["id"] for i in self.rows.items if i["case_id"] == case_id] if revoke else []
        )
        relied_answers = (
            rng.sample(self.relied_paths, k=min(2, len(self.relied_paths)))
            if revoke and self.relied_paths
            else []
        )
        if outcome == "request_information" and request is None:
            due = local_date(at) + dt.timedelta(days=self.request_days)
            request = {
                "authority": rng.choice(texts.AUTHORITIES),
                "question": rng.choice(texts.REQUEST_QUESTIONS),
                "due_on": due.isoformat(),
            }
        reasons = rng.choice(texts.REVOKE_REASONS if revoke else texts.RETAIN_REASONS)
        if outcome == "request_information":
            reasons = "Sprendimui priimti būtina kitos institucijos informacija."
        proposed = status != "draft"
        self.rows.decisions.append(
            {
                "id": decision_id,
                "case_id": case_id,
                "outcome": outcome,
                "legal_bases": bases,
                "reasons": reasons,
                "assessment": rng.choice(texts.ASSESSMENTS) if revoke else "",
                "relied_answers": relied_answers,
                "relied_items": relied_items,
                "request": request or {},
                "status": status,
                "proposed_by_id": officer,
                "created_at": at - dt.timedelta(hours=rng.uniform(0.2, 30)),
                "proposed_at": at if proposed else None,
                "version": 2 if proposed else 1,
            }
        )
        if signoff is not None:
            supervisor, when = signoff
            returned = status == "returned"
            self.rows.signoffs.append(
                {
                    "id": self.rows.take_id("signoff"),
                    "decision_id": decision_id,
                    "proposer_id": officer,
                    "supervisor_id": supervisor,
                    "verdict": "returned" if returned else "approved",
                    "comment": rng.choice(texts.RETURN_COMMENTS) if returned else "",
                    "at": when,
                }
            )
        return decision_id

    def _request(
        self,
        rng: random.Random,
        case_id: int,
        officer: int,
        asked_on: dt.date,
        *,
        answered: tuple[dt.date, int] | None,
        asked: tuple[str, str] | None = None,
    ) -> None:
        authority, question = asked or (
            rng.choice(texts.AUTHORITIES),
            rng.choice(texts.REQUEST_QUESTIONS),
        )
        self.rows.requests.append(
            {
                "id": self.rows.take_id("information_request"),
                "case_id": case_id,
                "authority": authority,
                "question": question,
                "requested_on": asked_on,
                "due_on": asked_on + dt.timedelta(days=self.request_days),
                "requested_by_id": officer,
                "answer": rng.choice(texts.REQUEST_ANSWERS) if answered else None,
                "answered_on": answered[0] if answered else None,
                "answer_recorded_by_id": answered[1] if answered else None,
                "version": 2 if answered else 1,
            }
        )

    def _maybe_items(
        self, rng: random.Random, case_id: int, officer: int, at: dt.datetime, *, revoke: bool
    ) -> None:
        kinds: list[tuple[str, tuple[str, str, str]]] = []
        if revoke:
            kinds.append(("restricted", rng.choice(texts.RESTRICTED_ITEMS)))
            if rng.random() < 0.6:
                kinds.append(("public", rng.choice(texts.PUBLIC_ITEMS)))
        else:
            if rng.random() < 0.08:
                kinds.append(("public", rng.choice(texts.PUBLIC_ITEMS)))
            if rng.random() < 0.04:
                kinds.append(("restricted", rng.choice(texts.RESTRICTED_ITEMS)))
        for classification, (source, title, content) in kinds:
            received = at - dt.timedelta(days=rng.randint(1, 20))
            self.rows.items.append(
                {
                    "id": self.rows.take_id("information_item"),
                    "case_id": case_id,
                    "source": source,
                    "received_on": local_date(received),
                    "classification": classification,
                    "title": title,
                    "content": content,
                    "added_by_id": officer,
                    "added_at": at,
                }
            )
