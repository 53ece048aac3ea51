"""The store the guide's screenshots are taken on: one campaign some weeks in, with work
waiting for each role on Wednesday 4 March 2026.

what                                      for whom
the example questionnaire, imported       every case's answers
six cases nobody has taken yet            the officer's Take next (the oldest has marked
                                          answers), the supervisor's Assign
a case assigned to olga                   the officer's request for information
a revocation olga proposed, returned      the officer's returned case
proposals of oleg (two retains, one       the supervisor's sign-off: approve the retains
revocation)                               together, return the revocation
three approved revocations                the clerk's letters to issue
revocations served, appealed, dismissed,  the clerk's deadline board and review of final
departed; letters dispatched, not served  revocations; the service of a letter
a request for information, overdue       the deadline board

The story is told once per edition of the guide: what its people write (reasons, comments,
requests) is in the edition's language, and so are the questionnaire's labels they read.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update

import resources
from app.db.models import Answer, Case, Permit, Question, Resident, Response, User
from app.db.store import Store
from app.domain.errors import AccountLocked, AuthenticationFailed
from app.services import accounts, appeals, cases, closing, imports
from app.services.context import Actor
from tests.appeals.helpers import D, Factory, MovableClock, dispatched_case, served_case
from tests.desk_fixtures import MARKED_ANSWERS, QUIET_ANSWERS, answered_case, questionnaire
from tests.factories import make_case
from tests.letters.population import Person, revoked_case

TODAY = D("2026-03-04")  # a Wednesday
CAMPAIGN = "Review 2024"
BASIS = "ULTP-51-1-2"

# The person whose case the officer takes first: many answers, three of them marked.
TAKEN_ANSWERS = {
    **MARKED_ANSWERS,
    "identity/phone": "+370 612 34567",
    "residence/address_since": "2009-05-01",
    "residence/household_size": "3",
    "residence/family_in_lt": "yes",
    "residence/work_situation": "employed",
    "residence/employer": "UAB Statybų centras",
    "residence/lithuanian_level": "basic",
    "travel/trips_abroad": "russia belarus",
    "travel/trip_purposes": "family property",
    "travel/last_trip_ru_by": "2023-08-14",
    "travel/long_stay": "no",
    "contacts/state_contacts": "no",
    "contacts/military_service": "no",
    "contacts/relatives_in_service": "no",
    "contacts/property_ru_by": "yes",
    "views/view_sanctions": "disagree",
    "views/view_nato": "disagree",
    "views/helped_ukraine": "no",
    "views/views_comment": "Politika manęs nedomina.",
    "signed_on": "2026-01-13",
}
# A person with nothing the questionnaire marks, who answered every question.
CALM_ANSWERS = {
    **QUIET_ANSWERS,
    "identity/phone": "+370 655 10432",
    "residence/address_since": "2004-11-15",
    "residence/dwelling": "rented_flat",
    "residence/household_size": "2",
    "residence/family_in_lt": "yes",
    "residence/work_situation": "pensioner",
    "residence/lithuanian_level": "good",
    "travel/long_stay": "no",
    "contacts/state_contacts": "no",
    "contacts/military_service": "no",
    "contacts/relatives_in_service": "no",
    "contacts/property_ru_by": "no",
    "views/view_sanctions": "agree",
    "views/view_nato": "partly",
    "views/news_sources": "lt_media eu_media",
    "views/helped_ukraine": "yes",
    "signed_on": "2026-01-14",
}


@dataclass(frozen=True)
class Words:
    """What the people of the story write, in one language of the guide."""

    security_service: str
    police: str
    # Olga's returned revocation, and Simona's comment on it.
    returned_reasons: str
    returned_assessment: str
    return_comment: str
    # Oleg's proposals, and his request that is overdue.
    retain_reasons: str
    revoke_reasons: str
    contacts_question: str
    # What the walk-through types: the officer's,
    conclusion_title: str
    conclusion: str
    reasons: str
    assessment: str
    police_question: str
    request_reasons: str
    # the supervisor's, the clerk's and the administrator's.
    signoff_comment: str
    registers_folder: str
    job_title: str
    registry_file: str
    backup_disk: str


WORDS = {
    "en": Words(
        security_service="State Security Department",
        police="Police Department",
        returned_reasons=(
            "In the questionnaire the person declared support for the military aggression "
            "against Ukraine and travels to Russia regularly."
        ),
        returned_assessment="The answers agree with what the press reported about him.",
        return_comment=(
            "Name the answers relied on in the statement of reasons and add the State "
            "Security Department's conclusion as an information item."
        ),
        retain_reasons=(
            "The answers and the information held give no ground to revoke the permit."
        ),
        revoke_reasons=(
            "The person declared support for the aggression and keeps property in Russia."
        ),
        contacts_question="Does the Department hold information on this person's contacts?",
        conclusion_title="Conclusion no. 4-1187",
        conclusion=(
            "The Department holds that the person keeps regular contact with an officer of a "
            "foreign security service and has taken part in events organised by the embassy."
        ),
        reasons=(
            "In the questionnaire you declared support for the military aggression against "
            "Ukraine, and you travel to Russia and Belarus, where you keep property. The State "
            "Security Department concludes that you keep contact with a foreign security "
            "service. Your presence in Lithuania threatens state security."
        ),
        assessment="The conclusion and the answers agree; the trips match the border records.",
        police_question="Has the person been fined or investigated since 2022?",
        request_reasons=(
            "The answers give no ground to revoke the permit; the police records are to be "
            "checked before deciding."
        ),
        signoff_comment=(
            "The statement of reasons does not say which answers show the support for the "
            "aggression. Name them, and tick them as relied on."
        ),
        registers_folder="Dispatch registers",
        job_title="Senior officer",
        registry_file="registry-extract-2026-03.csv",
        backup_disk="backup disk",
    ),
    "lt": Words(
        security_service="Valstybės saugumo departamentas",
        police="Policijos departamentas",
        returned_reasons=(
            "Klausimyne asmuo nurodė, kad remia karinę agresiją prieš Ukrainą, ir reguliariai "
            "vyksta į Rusiją."
        ),
        returned_assessment="Atsakymai sutampa su tuo, ką apie asmenį skelbė spauda.",
        return_comment=(
            "Motyvuose nurodykite atsakymus, kuriais remtasi, ir pridėkite Valstybės "
            "saugumo departamento išvadą kaip informacijos elementą."
        ),
        retain_reasons=(
            "Atsakymai ir turima informacija nesudaro pagrindo panaikinti leidimą gyventi."
        ),
        revoke_reasons=("Asmuo nurodė remiantis agresiją ir turi nekilnojamojo turto Rusijoje."),
        contacts_question="Ar Departamentas turi informacijos apie šio asmens ryšius?",
        conclusion_title="Išvada Nr. 4-1187",
        conclusion=(
            "Departamento duomenimis, asmuo palaiko nuolatinius ryšius su užsienio valstybės "
            "saugumo tarnybos pareigūnu ir dalyvavo ambasados organizuotuose renginiuose."
        ),
        reasons=(
            "Klausimyne nurodėte, kad remiate karinę agresiją prieš Ukrainą, ir vykstate į "
            "Rusiją ir Baltarusiją, kur turite nekilnojamojo turto. Valstybės saugumo "
            "departamentas daro išvadą, kad palaikote ryšius su užsienio valstybės saugumo "
            "tarnyba. Jūsų buvimas Lietuvoje kelia grėsmę valstybės saugumui."
        ),
        assessment="Išvada ir atsakymai sutampa; kelionės atitinka pasienio kontrolės duomenis.",
        police_question="Ar nuo 2022 m. asmeniui buvo skirta baudų ar pradėtas tyrimas?",
        request_reasons=(
            "Atsakymai nesudaro pagrindo panaikinti leidimą gyventi; prieš priimant "
            "sprendimą reikia patikrinti policijos duomenis."
        ),
        signoff_comment=(
            "Motyvuose nenurodyta, kurie atsakymai rodo paramą agresijai. Nurodykite juos "
            "ir pažymėkite, kad jais remtasi."
        ),
        registers_folder="Išsiuntimo registrai",
        job_title="Vyresnioji specialistė",
        registry_file="registro-israsas-2026-03.csv",
        backup_disk="atsarginių kopijų diskas",
    ),
}


def person(surname: str, given: str, native: tuple[str, str], **more: Any) -> Person:
    return Person(
        surname=surname,
        given_names=given,
        surname_native=native[0],
        given_names_native=native[1],
        **more,
    )


def at(day: str) -> dt.datetime:
    return dt.datetime.combine(D(day), dt.time(9, 0), tzinfo=dt.UTC)


def open_case(
    store: Store,
    permit: str,
    who: tuple[str, str, str, str, str],
    answers: dict[str, str] | None,
    *,
    opened: str,
    answered: str = "",
    **case: Any,
) -> str:
    """A case opened on `opened`; with `answers`, its person's response (their names in it
    as in the registry) came back on `answered`. Returns the case number."""
    surname, given, surname_native, given_native, citizenship = who
    names: dict[str, Any] = {
        "surname": surname,
        "given_names": given,
        "surname_native": surname_native,
        "given_names_native": given_native,
        "citizenship": citizenship,
        "created_at": at(opened),
        **case,
    }
    if answers is None:
        number = make_case(store, permit, **names)
    else:
        own = {
            **answers,
            "identity/surname": surname,
            "identity/given_names": given,
            "identity/birth_date": "1980-05-17",  # as tests.factories writes the registry
            "identity/citizenship": citizenship.lower(),
        }
        number = answered_case(store, permit, own, **names)
    with store.session() as session:
        row = session.scalar(select(Case).where(Case.case_number == number))
        assert row is not None
        row.state_changed_at = at(opened)
        if answers is not None:
            received = at(answered or opened)
            row.response_received_at = received
            session.execute(
                update(Response).where(Response.case_id == row.id).values(submitted_at=received)
            )
        session.commit()
    return number


def event_times(clock: MovableClock) -> Callable[[], dt.datetime]:
    """The audit log's clock for the story: moments on the story's day, two minutes apart,
    so that a case's history reads as it happened rather than as the test ran."""
    events: dict[dt.date, int] = {}

    def now() -> dt.datetime:
        day = clock.today()
        events[day] = events.get(day, 0) + 1
        return clock.now() + dt.timedelta(minutes=2 * (events[day] - 1))

    return now


def build(
    store: Store,
    uow_factory: Factory,
    users: dict[str, Actor],
    clock: MovableClock,
    language: str,
) -> dict[str, str]:
    """Fill the store, its people writing in `language`; returns the case numbers the
    walk-through needs by name. The clock is left on TODAY."""
    admin, olga, oleg = users["admin"], users["olga"], users["oleg"]
    cleo, sue = users["cleo"], users["sue"]
    words = WORDS[language]
    found: dict[str, str] = {}
    with store.session() as session:
        # The questionnaire's labels in the language of the guide; the team chose their
        # own passwords long ago.
        session.execute(update(User).values(language=language, must_change_password=False))
        session.commit()

    clock.set_day("2026-01-12")
    imports.import_questionnaire(
        uow_factory(), admin, resources.path("questionnaire", "review_2024.xlsx"), CAMPAIGN
    )

    # Cases nobody has taken yet, oldest first; the first is the officer's next. The
    # questionnaires came back in January, all but two.
    waiting = [
        ("77010101", ("Žukauskas", "Jonas", "Жукаускас", "Ёнас", "BY"), TAKEN_ANSWERS),
        ("56010102", ("Hancharuk", "Ala", "Ганчарук", "Ала", "BY"), CALM_ANSWERS),
        ("46010103", ("Vinogradov", "Stanislav", "Виноградов", "Станислав", "RU"), None),
        ("03010104", ("Barysevich", "Yauheniya", "Борисевич", "Евгения", "BY"), QUIET_ANSWERS),
        ("61010105", ("Sokolova", "Marina", "Соколова", "Марина", "RU"), MARKED_ANSWERS),
        ("29010106", ("Navitski", "Ruslan", "Новицкий", "Руслан", "BY"), CALM_ANSWERS),
        ("88010107", ("Kavaliou", "Dzmitry", "Ковалёв", "Дмитрий", "BY"), None),
    ]
    silent = set()
    for n, (permit, who, answers) in enumerate(waiting):
        number = open_case(
            store, permit, who, answers, opened="2026-01-12", answered=f"2026-01-{15 + n}"
        )
        found.setdefault("next", number)
        if answers is None:
            silent.add(number)

    # Olga's own: one to ask another authority about, one returned to her.
    found["request"] = open_case(
        store,
        "54010111",
        ("Petrova", "Tatjana", "Петрова", "Татьяна", "RU"),
        CALM_ANSWERS,
        opened="2026-01-12",
        answered="2026-01-20",
        state="assigned",
        assigned_to_id=olga.user_id,
    )
    found["returned"] = open_case(
        store,
        "32010112",
        ("Morozov", "Aleksej", "Морозов", "Алексей", "RU"),
        MARKED_ANSWERS,
        opened="2026-01-12",
        answered="2026-01-14",
        state="assigned",
        assigned_to_id=olga.user_id,
    )
    clock.set_day("2026-02-26")
    cases.propose(
        uow_factory(),
        olga,
        found["returned"],
        outcome="revoke",
        legal_bases=[BASIS],
        reasons=words.returned_reasons,
        assessment=words.returned_assessment,
        relied_answers=["views/view_invasion", "travel/trips_abroad"],
    )
    clock.set_day("2026-03-02")
    cases.return_case(uow_factory(), sue, found["returned"], words.return_comment)

    # Oleg's proposals waiting for sign-off.
    for permit, who, outcome, day in (
        ("15010121", ("Lebedeva", "Irina", "Лебедева", "Ирина", "RU"), "retain", "2026-02-23"),
        ("27010122", ("Kuzmich", "Pavel", "Кузьміч", "Павел", "BY"), "retain", "2026-02-27"),
        ("63010123", ("Orlov", "Viktor", "Орлов", "Виктор", "RU"), "revoke", "2026-03-03"),
    ):
        number = open_case(
            store,
            permit,
            who,
            CALM_ANSWERS if outcome == "retain" else MARKED_ANSWERS,
            opened="2026-01-12",
            answered="2026-01-19",
            state="assigned",
            assigned_to_id=oleg.user_id,
        )
        clock.set_day(day)
        retain = outcome == "retain"
        cases.propose(
            uow_factory(),
            oleg,
            number,
            outcome=outcome,
            legal_bases=[] if retain else [BASIS],
            reasons=words.retain_reasons if retain else words.revoke_reasons,
            relied_answers=["views/view_invasion"],
        )
        found[f"oleg_{outcome}_{who[0].lower()}"] = number

    # Approved revocations whose letters wait for the clerk.
    for permit, who, day in (
        ("40010131", person("Smirnov", "Dmitrij", ("Смирнов", "Дмитрий")), "2026-02-24"),
        (
            "71010132",
            person(
                "Lukašenok",
                "Aliaksandr",
                ("Лукашонак", "Аляксандр"),
                citizenship="BY",
                address_line1="Savanorių pr. 57-3",
                postal_code="LT-44280",
                city="Kaunas",
            ),
            "2026-02-27",
        ),
        (
            "85010133",
            person(
                "Šapovalova",
                "Natalja",
                ("Шаповалова", "Наталья"),
                address_line1="Taikos pr. 101-40",
                postal_code="LT-91182",
                city="Klaipėda",
                preferred_language="en",
            ),
            "2026-03-02",
        ),
    ):
        clock.set_day(day)
        revoked_case(store, uow_factory, users, permit, who)

    # Revocations further on, for the deadlines.
    found["final"] = served_case(
        store,
        uow_factory,
        users,
        clock,
        "66010141",
        served_on=D("2026-02-12"),
        person=person("Volkov", "Andrej", ("Волков", "Андрей"), city="Vilnius"),
    )
    found["appeal"] = served_case(
        store,
        uow_factory,
        users,
        clock,
        "38010142",
        served_on=D("2026-02-20"),
        person=person(
            "Kuznecova",
            "Tatjana",
            ("Кузнецова", "Татьяна"),
            address_line1="Žirmūnų g. 70-12",
            postal_code="LT-09214",
        ),
    )
    dismissed = served_case(
        store,
        uow_factory,
        users,
        clock,
        "19010143",
        served_on=D("2026-02-05"),
        person=person("Ivanov", "Sergej", ("Иванов", "Сергей")),
    )
    clock.set_day("2026-02-10")
    appeals.lodge_appeal(
        uow_factory(),
        cleo,
        dismissed,
        court_code="RAT-V",
        lodged_on=D("2026-02-10"),
        court_case_number="eI-2231-822/2026",
    )
    clock.set_day("2026-02-27")
    appeals.record_outcome(
        uow_factory(), cleo, dismissed, outcome="dismissed", decided_on=D("2026-02-26")
    )
    departed = served_case(
        store,
        uow_factory,
        users,
        clock,
        "52010144",
        served_on=D("2026-02-02"),
        person=person("Petrov", "Nikolaj", ("Петров", "Николай"), city="Visaginas"),
    )
    clock.set_day("2026-02-25")
    closing.record_departure(
        uow_factory(), cleo, departed, departed_on=D("2026-02-24"), evidence="border_record"
    )
    found["unserved"] = dispatched_case(
        store,
        uow_factory,
        users,
        clock,
        "24010145",
        issued_on=D("2026-02-17"),
        person=person("Belova", "Olga", ("Белова", "Ольга"), city="Šiauliai"),
    )
    found["to_serve"] = dispatched_case(
        store,
        uow_factory,
        users,
        clock,
        "90010146",
        issued_on=D("2026-03-02"),
        person=person(
            "Grigorjev",
            "Maksim",
            ("Григорьев", "Максим"),
            address_line1="Kalvarijų g. 125-8",
            postal_code="LT-08221",
        ),
    )

    # A request to another authority that is overdue.
    asked = open_case(
        store,
        "47010151",
        ("Zaitsava", "Volha", "Зайцева", "Ольга", "BY"),
        CALM_ANSWERS,
        opened="2026-01-12",
        answered="2026-01-22",
        state="assigned",
        assigned_to_id=oleg.user_id,
    )
    clock.set_day("2026-02-13")
    cases.request_information(
        uow_factory(),
        oleg,
        asked,
        authority=words.security_service,
        question=words.contacts_question,
        due_on=D("2026-02-27"),
    )
    answer_the_rest(store, at("2026-01-16"), silent)
    clock.set_day(TODAY)
    # This morning Simona mistyped her password five times: her account is locked.
    for _ in range(accounts.MAX_FAILURES):
        with contextlib.suppress(AuthenticationFailed, AccountLocked):
            accounts.authenticate(uow_factory(), "sue", "a wrong password")
    return found


def answer_the_rest(store: Store, received: dt.datetime, silent: set[str]) -> None:
    """The people of the cases made without a response (those on to letters and beyond)
    answered too, as those whose permits were revoked did: with the marked answers."""
    form_id = questionnaire(store)
    with store.session() as session:
        questions = dict(
            session.execute(
                select(Question.path, Question.id).where(Question.questionnaire_id == form_id)
            ).all()
        )
        rows = session.execute(
            select(Case, Resident, Permit)
            .join(Resident, Case.resident_id == Resident.id)
            .join(Permit, Case.permit_id == Permit.id)
            .outerjoin(Response, Response.case_id == Case.id)
            .where(Response.id.is_(None))
        ).all()
        for case, resident, permit in rows:
            if case.case_number in silent:
                continue
            response = Response(
                instance_id=f"uuid:{permit.permit_number}",
                questionnaire_id=form_id,
                case_id=case.id,
                submitted_at=received,
                source="test",
            )
            session.add(response)
            session.flush()
            answers = {
                **MARKED_ANSWERS,
                "identity/permit_number": permit.permit_number,
                "identity/surname": resident.surname,
                "identity/given_names": resident.given_names,
                "identity/citizenship": resident.citizenship.lower(),
                "identity/birth_date": str(resident.date_of_birth or ""),
            }
            session.add_all(
                Answer(response_id=response.id, question_id=questions[path], value=value)
                for path, value in answers.items()
            )
            case.response_received_at = received
        session.commit()


def registry_rows() -> list[dict[str, str]]:
    """A registry extract of ten permit holders, one with a date of birth that is no date."""
    rows = []
    people = [
        ("31020201", "Aliakseyeu", "Ihar", "Алексеев", "Игорь", "1968-02-14", "BY"),
        ("31020202", "Baranova", "Jekaterina", "Баранова", "Екатерина", "1979-07-30", "RU"),
        ("31020203", "Charnysh", "Alena", "Черныш", "Алена", "1990-11-02", "BY"),
        ("31020204", "Denisov", "Roman", "Денисов", "Роман", "1959-04-21", "RU"),
        ("31020205", "Fiodarava", "Hanna", "Федорова", "Анна", "1984-12-09", "BY"),
        ("31020206", "Gusev", "Artiom", "Гусев", "Артём", "31.06.1977", "RU"),
        ("31020207", "Hryshchanka", "Pavel", "Грищенко", "Павел", "1973-03-17", "BY"),
        ("31020208", "Jakovleva", "Nina", "Яковлева", "Нина", "1966-08-25", "RU"),
        ("31020209", "Karpovich", "Siarhei", "Карпович", "Сергей", "1988-05-05", "BY"),
        ("31020210", "Lavrova", "Polina", "Лаврова", "Полина", "1995-10-13", "RU"),
    ]
    for number, (permit, surname, given, s_native, g_native, born, citizenship) in enumerate(
        people, start=1
    ):
        rows.append(
            {
                "permit_number": permit,
                "surname": surname,
                "given_names": given,
                "surname_native": s_native,
                "given_names_native": g_native,
                "date_of_birth": born,
                "citizenship": citizenship,
                "permit_type": "permanent",
                "permit_issued": "2016-04-11",
                "permit_valid_until": "2026-04-10",
                "address_line1": f"Ukmergės g. {100 + number}-{number}",
                "address_line2": "",
                "postal_code": "LT-07101",
                "city": "Vilnius",
                "preferred_language": "ru",
            }
        )
    return rows
