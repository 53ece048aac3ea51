"""`permit-review demo`: a new store filled with a campaign part-way through.

Users are made through the accounts service; the population, responses and
casework are written with bulk inserts in one transaction, with ids given in
advance, and recorded by one audit event that holds only counts.
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

from faker import Faker
from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

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
from app.demo.bulk import insert_rows
from app.demo.casework import CaseBuilder, Casework, Team, Timeline, shuffled_states
from app.demo.population import citizenships, holder, permit_numbers
from app.domain.errors import PermitReviewError
from app.domain.lifecycle import State
from app.domain.roles import Role
from app.domain.text import search_text
from app.imports.questionnaires import load_form, store_form
from app.imports.xlsform import parse_xlsform
from app.services import accounts
from app.services.context import Actor, UnitOfWork

Progress = Callable[[int, int], None]
CHUNK = 5_000
CAMPAIGN_NAME = "Nuolatinių leidimų peržiūra 2024"
CAMPAIGN_CODE = "PR24"
QUESTIONNAIRE = ("questionnaire", "review_2024.xlsx")
# Share of people who sent the questionnaire back, by the state of their case.
RESPONSE_SHARE = {State.IMPORTED: 0.80, State.ASSIGNED: 0.90, State.CLOSED_WITHDRAWN: 0.60}
RESPONSE_SHARE_WORKED = 0.98
FLAGGED_SHARE = 0.03

# (user name, role, title for a man, title for a woman)
TEAM = [
    ("admin", Role.ADMIN, "IT administratorius", "IT administratorė"),
    ("officer", Role.OFFICER, "Vyriausiasis specialistas", "Vyriausioji specialistė"),
    ("officer2", Role.OFFICER, "Vyriausiasis specialistas", "Vyriausioji specialistė"),
    ("supervisor", Role.SUPERVISOR, "Skyriaus vedėjas", "Skyriaus vedėja"),
    ("supervisor2", Role.SUPERVISOR, "Skyriaus vedėjo pavaduotojas", "Skyriaus vedėjo pavaduotoja"),
    ("clerk", Role.CLERK, "Dokumentų valdymo specialistas", "Dokumentų valdymo specialistė"),
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
        session = uow.session
        for model, what in ((User, "users"), (Case, "cases"), (Resident, "residents")):
            if session.scalar(select(func.count()).select_from(model)):
                raise PermitReviewError(
                    f"The store {uow.store.describe()} already has {what}; the demo fills only "
                    "a new store. Give an empty folder with --data-dir."
                )


def _create_team(uow: UnitOfWork, options: DemoOptions) -> tuple[Actor, Team, list[dict[str, str]]]:
    faker = Faker("lt_LT")
    faker.seed_instance(options.seed)
    users: list[dict[str, str]] = []
    ids: dict[str, int] = {}
    admin: Actor | None = None
    for username, role, title_m, title_f in TEAM:
        female = faker.random.random() < 0.6
        full_name = faker.name_female() if female else faker.name_male()
        password = options.password or options.random_password()
        if admin is None:
            admin = accounts.initialise(
                uow, username=username, full_name=full_name, password=password
            )
            ids[username] = admin.user_id
        else:
            changed = accounts.add_user(
                uow,
                admin,
                username=username,
                full_name=full_name,
                roles=frozenset({role}),
                password=password,
                title=title_f if female else title_m,
            )
            with uow:
                found = uow.session.scalar(select(User.id).where(User.username == username))
            assert found is not None, changed
            ids[username] = found
        users.append(
            {"username": username, "role": role.value, "full_name": full_name, "password": password}
        )
    assert admin is not None
    team = Team(
        admin=ids["admin"],
        officers=(ids["officer"], ids["officer2"]),
        supervisors=(ids["supervisor"], ids["supervisor2"]),
        clerk=ids["clerk"],
    )
    return admin, team, users


def _next_ids(session: Session, models: list[type[Base]]) -> dict[str, int]:
    out = {}
    for model in models:
        table = _table(model)
        out[table.name] = (session.scalar(select(func.max(table.c.id))) or 0) + 1
    return out


def fill_demo(
    uow: UnitOfWork,
    options: DemoOptions,
    *,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> dict[str, Any]:
    """Fill a new store; returns counts, the time taken and the users with their passwords."""
    if options.residents < 1:
        raise PermitReviewError("The demo needs at least one resident.")
    started = time.perf_counter()
    _check_new_store(uow)
    admin, team, users = _create_team(uow, options)
    n = options.residents
    with uow:
        session = uow.session
        now = uow.clock.now()
        imported_at = (now - dt.timedelta(days=150)).replace(
            hour=7, minute=0, second=0, microsecond=0
        )
        timeline = Timeline(imported_at, imported_at + dt.timedelta(days=30), now)
        campaign = Campaign(name=CAMPAIGN_NAME, code=CAMPAIGN_CODE, created_at=imported_at)
        session.add(campaign)
        session.flush()
        stored, _ = store_form(session, campaign, parse_xlsform(resources.path(*QUESTIONNAIRE)))
        form, question_ids = load_form(session, stored)
        maker = AnswerMaker(form, question_ids)
        ids = _next_ids(
            session,
            [
                Resident,
                Permit,
                Case,
                Response,
                Decision,
                SignOff,
                InformationItem,
                InformationRequest,
            ],
        )
        rows = Casework(ids)
        builder = CaseBuilder(
            team,
            timeline,
            rows,
            [b.code for b in uow.settings.legal_bases],
            maker.relied_paths(),
            uow.settings.period("information_request_days"),
        )
        number_format: str = uow.settings["case_number_format"]

        people_rng = random.Random(f"demo:{options.seed}:people")
        case_rng = random.Random(f"demo:{options.seed}:cases")
        answer_rng = random.Random(f"demo:{options.seed}:answers")
        nationality = citizenships(people_rng, n)
        numbers = permit_numbers(people_rng, n)
        states = shuffled_states(case_rng, n)
        survey_end = min(imported_at + dt.timedelta(days=75), now - dt.timedelta(hours=1))

        counts: Counter[str] = Counter()
        for start in range(0, n, CHUNK):
            if cancel is not None and cancel():
                raise PermitReviewError("The demo fill was cancelled; no residents were added.")
            residents: list[dict[str, Any]] = []
            permits: list[dict[str, Any]] = []
            cases: list[dict[str, Any]] = []
            responses: list[dict[str, Any]] = []
            answers: list[dict[str, Any]] = []
            rows.clear()
            for i in range(start, min(start + CHUNK, n)):
                person = holder(people_rng, nationality[i], numbers[i])
                name, where = person.name, person.address
                resident_id = ids["resident"] + i
                permit_id = ids["permit"] + i
                case_id = ids["review_case"] + i
                residents.append(
                    {
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
                        "updated_at": imported_at,
                        "version": 1,
                    }
                )
                permits.append(
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
                state = states[i]
                case = builder.build(case_rng, case_id, state)
                worked = state not in RESPONSE_SHARE
                share = RESPONSE_SHARE_WORKED if worked else RESPONSE_SHARE[state]
                received = None
                if answer_rng.random() < share:
                    last = timeline.work_from if worked else survey_end
                    span = (last - imported_at).total_seconds() - 86_400
                    received = imported_at + dt.timedelta(
                        seconds=86_400 + answer_rng.uniform(0, max(span, 60.0))
                    )
                    response_id = ids["response"] + len(responses) + counts["responses"]
                    responses.append(
                        {
                            "id": response_id,
                            "case_id": case_id,
                            "instance_id": f"uuid:{_uuid(answer_rng)}",
                            "questionnaire_id": stored.id,
                            "batch_id": None,
                            "submitted_at": received,
                            "source": "demo",
                            "current": True,
                        }
                    )
                    flagged = (
                        state is State.AWAITING_LETTERS and answer_rng.random() < 0.8
                    ) or answer_rng.random() < FLAGGED_SHARE
                    about = Person(
                        person.permit_number,
                        name.surname,
                        name.given_names,
                        name.surname_native,
                        name.given_names_native,
                        person.date_of_birth,
                        person.citizenship,
                        person.preferred_language,
                        person.issued_on,
                        flagged,
                    )
                    answers.extend(
                        {"response_id": response_id, "question_id": qid, "value": value}
                        for qid, value in maker.answers(answer_rng, about, received)
                    )
                cases.append(
                    {
                        "id": case_id,
                        "case_number": number_format.format(campaign=CAMPAIGN_CODE, seq=i + 1),
                        "campaign_id": campaign.id,
                        "resident_id": resident_id,
                        "permit_id": permit_id,
                        "state": state.value,
                        "response_received_at": received,
                        "created_at": imported_at,
                        **case,
                    }
                )
                counts[state.value] += 1
                counts[f"citizenship_{person.citizenship}"] += 1
            for model, batch in (
                (Resident, residents),
                (Permit, permits),
                (Case, cases),
                (Response, responses),
                (Answer, answers),
                (InformationItem, rows.items),
                (Decision, rows.decisions),
                (SignOff, rows.signoffs),
                (InformationRequest, rows.requests),
            ):
                if batch:
                    insert_rows(session, _table(model), batch)
            counts["responses"] += len(responses)
            counts["answers"] += len(answers)
            counts["decisions"] += len(rows.decisions)
            counts["signoffs"] += len(rows.signoffs)
            counts["information_items"] += len(rows.items)
            counts["information_requests"] += len(rows.requests)
            if progress is not None:
                progress(min(start + CHUNK, n), n)
        by_state = {s.value: counts[s.value] for s in State if counts[s.value]}
        summary = {
            "campaign": CAMPAIGN_CODE,
            "residents": n,
            "cases": n,
            "responses": counts["responses"],
            "answers": counts["answers"],
            "decisions": counts["decisions"],
            "signoffs": counts["signoffs"],
            "information_items": counts["information_items"],
            "information_requests": counts["information_requests"],
            "citizenship": {"BY": counts["citizenship_BY"], "RU": counts["citizenship_RU"]},
            "cases_by_state": by_state,
            "seed": options.seed,
        }
        uow.audit(admin, "demo_filled", "campaign", campaign.id, after=summary)
        uow.commit()
    return {
        **summary,
        "questionnaire": f"{stored.form_id} {stored.form_version}",
        "seconds": round(time.perf_counter() - started, 3),
        "users": users,
    }


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))
