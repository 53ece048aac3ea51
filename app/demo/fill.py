"""`permit-review demo`: a new store filled with a campaign part-way through.

Users are made through the accounts service. The population, responses and
casework are written with bulk inserts in one transaction, with ids given in
advance, and recorded by one audit event that holds only counts. A few
revocations then go through the letters service (issue, dispatch, service),
as a clerk would have done in the weeks after their approval.
"""

from __future__ import annotations

import datetime as dt
import random
import secrets
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, func, select

import resources
from app.db.models import (
    Answer,
    Base,
    Campaign,
    Case,
    Decision,
    InformationItem,
    InformationRequest,
    Permit,
    Resident,
    Response,
    SignOff,
    User,
)
from app.demo.answers import AnswerMaker, Person
from app.demo.bulk import (
    Row,
    advance_id_sequences,
    insert_rows,
    insert_values,
    roomy_page_cache,
    search_index_rebuilt_after,
)
from app.demo.casework import CaseBuilder, Casework, Team, Timeline, shuffled_states
from app.demo.letters import send_some_letters
from app.demo.population import Holder, citizenships, holder, permit_numbers
from app.domain.errors import PermitReviewError
from app.domain.lifecycle import State
from app.domain.roles import Role
from app.domain.text import search_text
from app.imports.questionnaires import load_form, store_form
from app.imports.xlsform import parse_xlsform
from app.services import accounts
from app.services.context import Actor, UnitOfWork

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
CHUNK = 5_000
CAMPAIGN_NAME = "Nuolatinių leidimų peržiūra 2024"
CAMPAIGN_CODE = "PR24"
QUESTIONNAIRE = ("questionnaire", "review_2024.xlsx")
# Share of people who sent the questionnaire back, by the state of their case.
RESPONSE_SHARE = {State.IMPORTED: 0.80, State.ASSIGNED: 0.90, State.CLOSED_WITHDRAWN: 0.60}
RESPONSE_SHARE_WORKED = 0.98
# People whose answers lean towards what the questionnaire's markers point at.
FLAGGED_SHARE = 0.03
FLAGGED_SHARE_REVOKED = 0.8

# (user name, role, full name, title)
TEAM = [
    ("admin", Role.ADMIN, "Tomas Kazlauskas", "IT administratorius"),
    ("officer", Role.OFFICER, "Rūta Petrauskienė", "Vyriausioji specialistė"),
    ("officer2", Role.OFFICER, "Mantas Urbonas", "Vyriausiasis specialistas"),
    ("supervisor", Role.SUPERVISOR, "Jolanta Stankevičienė", "Skyriaus vedėja"),
    ("supervisor2", Role.SUPERVISOR, "Darius Paulauskas", "Skyriaus vedėjo pavaduotojas"),
    ("clerk", Role.CLERK, "Eglė Žukauskaitė", "Dokumentų valdymo specialistė"),
]
ANSWER_COLUMNS = ("response_id", "question_id", "value")
# The tables written, in the order their foreign keys need; all but `answer` get their
# ids in advance.
TABLES: list[type[Base]] = [
    Resident,
    Permit,
    Case,
    Response,
    Answer,
    InformationItem,
    Decision,
    SignOff,
    InformationRequest,
]


def _new_password() -> str:
    return secrets.token_urlsafe(12)


@dataclass(frozen=True)
class DemoOptions:
    residents: int = 2000
    seed: int = 2024
    # One password for every demo user; otherwise each gets `random_password()`.
    password: str | None = None
    random_password: Callable[[], str] = field(default=_new_password)


def _table(model: type[Base]) -> Table:
    return Base.metadata.tables[model.__tablename__]


def _check_new_store(uow: UnitOfWork) -> None:
    with uow:
        for model, what in ((User, "users"), (Case, "cases"), (Resident, "residents")):
            if uow.session.scalar(select(func.count()).select_from(model)):
                raise PermitReviewError(
                    f"The store {uow.store.describe()} already has {what}; the demo fills only "
                    "a new store. Give an empty folder with --data-dir."
                )


def _create_team(uow: UnitOfWork, options: DemoOptions) -> tuple[dict[str, Actor], list[Row]]:
    """The demo's users, one per role and a second officer and supervisor for four-eyes."""
    actors: dict[str, Actor] = {}
    shown: list[Row] = []
    for username, role, full_name, title in TEAM:
        password = options.password or options.random_password()
        if not actors:
            actors[username] = accounts.initialise(
                uow, username=username, full_name=full_name, password=password
            )
        else:
            accounts.add_user(
                uow,
                actors["admin"],
                username=username,
                full_name=full_name,
                roles=frozenset({role}),
                password=password,
                title=title,
            )
            with uow:
                user_id = uow.session.scalars(
                    select(User.id).where(User.username == username)
                ).one()
            actors[username] = Actor(user_id, username, full_name, frozenset({role}))
        shown.append(
            {"username": username, "role": role.value, "full_name": full_name, "password": password}
        )
    return actors, shown


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


class _Population:
    """Writes the population chunk by chunk; the random streams run through in order, so
    the same seed gives the same rows whatever the chunk size."""

    def __init__(self, uow: UnitOfWork, options: DemoOptions, team: Team) -> None:
        session = uow.session
        self.session = session
        self.n = options.residents
        now = uow.clock.now()
        imported = (now - dt.timedelta(days=150)).replace(hour=7, minute=0, second=0, microsecond=0)
        self.timeline = Timeline(imported, imported + dt.timedelta(days=30), now)
        self.survey_end = min(imported + dt.timedelta(days=75), now - dt.timedelta(hours=1))
        self.campaign = Campaign(name=CAMPAIGN_NAME, code=CAMPAIGN_CODE, created_at=imported)
        session.add(self.campaign)
        session.flush()
        form = parse_xlsform(resources.path(*QUESTIONNAIRE))
        self.questionnaire, _ = store_form(session, self.campaign, form)
        stored_form, question_ids = load_form(session, self.questionnaire)
        self.answers = AnswerMaker(stored_form, question_ids)
        self.ids = {
            _table(m).name: (session.scalar(select(func.max(_table(m).c.id))) or 0) + 1
            for m in TABLES
            if m is not Answer
        }
        self.casework = Casework(self.ids)
        self.cases = CaseBuilder(
            team,
            self.timeline,
            self.casework,
            [b.code for b in uow.settings.legal_bases],
            self.answers.relied_paths(),
            uow.settings.period("information_request_days"),
        )
        self.case_number: str = uow.settings["case_number_format"]
        self.people_rng = random.Random(f"demo:{options.seed}:people")
        self.case_rng = random.Random(f"demo:{options.seed}:cases")
        self.answer_rng = random.Random(f"demo:{options.seed}:answers")
        self.citizenships = citizenships(self.people_rng, self.n)
        self.permit_numbers = permit_numbers(self.people_rng, self.n)
        self.states = shuffled_states(self.case_rng, self.n)
        self.counts: Counter[str] = Counter()
        self.batch: dict[str, list[Row]] = {}
        self.answer_rows: list[tuple[int, int, str]] = []

    def write(self, progress: Progress | None, cancel: Cancel | None) -> None:
        with roomy_page_cache(self.session), search_index_rebuilt_after(self.session):
            for start in range(0, self.n, CHUNK):
                if cancel is not None and cancel():
                    raise PermitReviewError(
                        "The demo fill was cancelled: its users were made, but no residents "
                        "or cases were added."
                    )
                self.batch = {_table(m).name: [] for m in TABLES}
                self.answer_rows = []
                self.casework.clear()
                for i in range(start, min(start + CHUNK, self.n)):
                    self._one(i)
                self.batch["information_item"] = self.casework.items
                self.batch["decision"] = self.casework.decisions
                self.batch["signoff"] = self.casework.signoffs
                self.batch["information_request"] = self.casework.requests
                for model in TABLES:
                    table = _table(model)
                    if model is Answer:
                        insert_values(self.session, table, ANSWER_COLUMNS, self.answer_rows)
                        self.counts[table.name] += len(self.answer_rows)
                    else:
                        insert_rows(self.session, table, self.batch[table.name])
                        self.counts[table.name] += len(self.batch[table.name])
                if progress is not None:
                    progress(min(start + CHUNK, self.n), self.n)
        advance_id_sequences(self.session, [_table(m) for m in TABLES if m is not Answer])

    def _one(self, i: int) -> None:
        person = holder(self.people_rng, self.citizenships[i], self.permit_numbers[i])
        resident_id = self.ids["resident"] + i
        permit_id = self.ids["permit"] + i
        case_id = self.ids["review_case"] + i
        self.batch["resident"].append(self._resident(resident_id, person))
        self.batch["permit"].append(
            {
                "id": permit_id,
                "resident_id": resident_id,
                "permit_number": person.permit_number,
                "permit_type": person.permit_type,
                "issued_on": person.issued_on,
                "valid_until": person.valid_until,
                "status": "valid",
            }
        )
        state = self.states[i]
        own = self.cases.build(self.case_rng, case_id, state)
        received = self._response(case_id, state, person)
        self.batch["review_case"].append(
            {
                "id": case_id,
                "case_number": self.case_number.format(campaign=CAMPAIGN_CODE, seq=i + 1),
                "campaign_id": self.campaign.id,
                "resident_id": resident_id,
                "permit_id": permit_id,
                "state": state.value,
                "response_received_at": received,
                "created_at": self.timeline.imported_at,
                **own,
            }
        )
        self.counts[state.value] += 1
        self.counts[f"citizenship_{person.citizenship}"] += 1

    def _resident(self, resident_id: int, person: Holder) -> Row:
        name, where = person.name, person.address
        return {
            "id": resident_id,
            "surname": name.surname,
            "given_names": name.given_names,
            "surname_native": name.surname_native,
            "given_names_native": name.given_names_native,
            "date_of_birth": person.date_of_birth,
            "citizenship": person.citizenship,
            "address_line1": where.line1,
            "address_line2": where.line2,
            "postal_code": where.postal_code,
            "city": where.city,
            "preferred_language": person.preferred_language,
            "search_text": search_text(
                name.surname,
                name.given_names,
                name.surname_native,
                name.given_names_native,
                person.permit_number,
            ),
            "updated_at": self.timeline.imported_at,
            "version": 1,
        }

    def _response(self, case_id: int, state: State, person: Holder) -> dt.datetime | None:
        """The person's questionnaire, if they sent one back; returns when it arrived."""
        rng = self.answer_rng
        worked = state not in RESPONSE_SHARE
        if rng.random() >= (RESPONSE_SHARE_WORKED if worked else RESPONSE_SHARE[state]):
            return None
        # Cases that officers worked on were answered before the work began.
        opened = self.timeline.imported_at + dt.timedelta(days=1)
        closed = self.timeline.work_from if worked else self.survey_end
        span = max((closed - opened).total_seconds(), 60.0)
        received = opened + dt.timedelta(seconds=rng.uniform(0, span))
        response_id = self.ids["response"] + self.counts["response"]
        response_id += len(self.batch["response"])
        self.batch["response"].append(
            {
                "id": response_id,
                "case_id": case_id,
                "instance_id": f"uuid:{_uuid(rng)}",
                "questionnaire_id": self.questionnaire.id,
                "batch_id": None,
                "submitted_at": received,
                "source": "demo",
                "current": True,
            }
        )
        revoked = state is State.AWAITING_LETTERS
        flagged = (revoked and rng.random() < FLAGGED_SHARE_REVOKED) or rng.random() < FLAGGED_SHARE
        name = person.name
        about = Person(
            person.permit_number,
            name.surname,
            name.given_names,
            name.surname_native,
            name.given_names_native,
            person.date_of_birth,
            person.citizenship,
            person.issued_on,
            flagged,
        )
        self.answer_rows.extend(
            (response_id, qid, value) for qid, value in self.answers.answers(rng, about, received)
        )
        return received

    def summary(self, seed: int) -> dict[str, Any]:
        counts = self.counts
        return {
            "campaign": CAMPAIGN_CODE,
            "seed": seed,
            "residents": self.n,
            "cases": self.n,
            "responses": counts["response"],
            "answers": counts["answer"],
            "decisions": counts["decision"],
            "signoffs": counts["signoff"],
            "information_items": counts["information_item"],
            "information_requests": counts["information_request"],
            "citizenship": {"BY": counts["citizenship_BY"], "RU": counts["citizenship_RU"]},
            "cases_by_state": {s.value: counts[s.value] for s in State if counts[s.value]},
        }


def fill_demo(
    uow: UnitOfWork,
    options: DemoOptions,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> dict[str, Any]:
    """Fill a new store; returns counts, the time taken and the users with their passwords."""
    if options.residents < 1:
        raise PermitReviewError("The demo needs at least one resident.")
    started = time.perf_counter()
    _check_new_store(uow)
    actors, users = _create_team(uow, options)
    team = Team(
        admin=actors["admin"].user_id,
        officers=(actors["officer"].user_id, actors["officer2"].user_id),
        supervisors=(actors["supervisor"].user_id, actors["supervisor2"].user_id),
        clerk=actors["clerk"].user_id,
    )
    with uow:
        population = _Population(uow, options, team)
        population.write(progress, cancel)
        summary = population.summary(options.seed)
        uow.audit(actors["admin"], "demo_filled", "campaign", population.campaign.id, after=summary)
        uow.commit()
        questionnaire = population.questionnaire
    letters = send_some_letters(uow, actors["clerk"], options.seed)
    with uow:
        rows = uow.session.execute(select(Case.state, func.count()).group_by(Case.state))
        by_state: dict[str, int] = {state: count for state, count in rows}
    return {
        **summary,
        "cases_by_state": {s.value: by_state[s.value] for s in State if s.value in by_state},
        "letters": letters,
        "questionnaire": f"{questionnaire.form_id} {questionnaire.form_version}",
        "seconds": round(time.perf_counter() - started, 3),
        "users": users,
    }
