"""Cases with questionnaire answers, for the tests of the officer's desk and the sign-off."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select, update

import resources
from app.db.models import Answer, Campaign, Case, Question, Questionnaire, Response
from app.db.store import Store
from app.imports.questionnaires import store_form
from app.imports.xlsform import parse_xlsform
from app.services.context import Actor
from tests.factories import make_case

T0 = dt.datetime(2024, 1, 1, 9, 0, tzinfo=dt.UTC)

# Answers of a person whose travel and views the example questionnaire marks.
MARKED_ANSWERS = {
    "identity/surname": "Žukauskas",
    "identity/citizenship": "by",
    "residence/years_in_lt": "21",
    "residence/dwelling": "own_flat",
    "travel/trips_abroad": "russia eu",
    "travel/trips_count": "4",
    "travel/trip_purposes": "family",
    "views/view_invasion": "support",
    "views/view_crimea": "ukraine",
    "views/news_sources": "lt_media ru_state_media",
    "views/views_comment": "Nieko.",
    "declaration": "yes",
}
QUIET_ANSWERS = {
    "identity/surname": "Petrova",
    "residence/years_in_lt": "30",
    "travel/trips_abroad": "no_trips",
    "views/view_invasion": "condemn",
    "views/view_crimea": "ukraine",
    "declaration": "yes",
}


def questionnaire(store: Store) -> int:
    """The example questionnaire, stored once in the 'Review 2024' campaign; its id."""
    with store.session() as session:
        campaign = session.scalar(select(Campaign).where(Campaign.name == "Review 2024"))
        assert campaign is not None
        found = session.scalar(
            select(Questionnaire.id).where(Questionnaire.campaign_id == campaign.id)
        )
        if found is not None:
            return int(found)
        form = parse_xlsform(resources.path("questionnaire", "review_2024.xlsx"))
        stored, _ = store_form(session, campaign, form)
        session.commit()
        return stored.id


def answered_case(
    store: Store,
    permit_number: str,
    answers: dict[str, str] | None = None,
    **case: Any,
) -> str:
    """A case (see tests.factories.make_case) whose person answered the questionnaire."""
    form_id = questionnaire(store)
    number = make_case(store, permit_number, **case)
    given = MARKED_ANSWERS if answers is None else answers
    with store.session() as session:
        row = session.scalar(select(Case).where(Case.case_number == number))
        assert row is not None
        ids = dict(
            session.execute(
                select(Question.path, Question.id).where(Question.questionnaire_id == form_id)
            ).all()
        )
        submitted = dt.datetime(2024, 3, 4, 10, 0, tzinfo=dt.UTC)
        response = Response(
            instance_id=f"uuid:{permit_number}",
            questionnaire_id=form_id,
            case_id=row.id,
            submitted_at=submitted,
            source="test",
        )
        session.add(response)
        session.flush()
        session.add_all(
            Answer(response_id=response.id, question_id=ids[path], value=value)
            for path, value in {"identity/permit_number": permit_number, **given}.items()
        )
        row.response_received_at = submitted
        session.commit()
    return number


def build_population(store: Store, users: dict[str, Actor]) -> dict[str, str]:
    """Six cases in both citizenships, names in both scripts, some assigned."""
    olga, oleg = users["olga"].user_id, users["oleg"].user_id
    made = {
        "zukauskas": answered_case(
            store,
            "BY0000001",
            surname="Žukauskas",
            given_names="Jonas",
            surname_native="Жукаускас",
            given_names_native="Ёнас",
            created_at=T0,
        ),
        "ivanov": make_case(
            store,
            "RU0000002",
            surname="Ivanov",
            given_names="Ivan",
            surname_native="Иванов",
            given_names_native="Иван",
            citizenship="RU",
            created_at=T0 + dt.timedelta(days=1),
        ),
        "ivanova": answered_case(
            store,
            "RU0000003",
            QUIET_ANSWERS,
            surname="Ivanova",
            given_names="Anna",
            surname_native="Иванова",
            given_names_native="Анна",
            citizenship="RU",
            state="assigned",
            assigned_to_id=olga,
            created_at=T0 + dt.timedelta(days=2),
        ),
        "abramovich": make_case(
            store,
            "BY0000004",
            surname="Abramovič",
            given_names="Piotr",
            surname_native="Абрамович",
            given_names_native="Пётр",
            state="in_assessment",
            assigned_to_id=oleg,
            created_at=T0 + dt.timedelta(days=3),
        ),
        "smirnov": make_case(
            store,
            "RU0000005",
            surname="Smirnov",
            given_names="Oleg",
            surname_native="Смирнов",
            given_names_native="Олег",
            citizenship="RU",
            state="assigned",
            assigned_to_id=oleg,
            created_at=T0 + dt.timedelta(days=4),
        ),
        "bondar": make_case(
            store,
            "BY0000006",
            surname="Bondar",
            given_names="Vasil",
            surname_native="Бондар",
            given_names_native="Васіль",
            created_at=T0 + dt.timedelta(days=5),
        ),
    }
    with store.session() as session:
        for days, number in enumerate(made.values()):
            session.execute(
                update(Case)
                .where(Case.case_number == number)
                .values(state_changed_at=T0 + dt.timedelta(days=10 - days))
            )
        session.commit()
    return made
