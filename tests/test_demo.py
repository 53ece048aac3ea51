"""The demo workspace: a synthetic population part-way through a campaign."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select, text

from app.audit import log as audit_log
from app.cli import main
from app.db.models import (
    Answer,
    AuditEvent,
    Case,
    Choice,
    Decision,
    Dispatch,
    InformationItem,
    InformationRequest,
    Letter,
    Permit,
    Question,
    Questionnaire,
    Resident,
    Response,
    Service,
    SignOff,
    User,
)
from app.db.store import Store, open_store
from app.demo import DemoOptions, fill_demo
from app.demo.answers import AnswerMaker, Person
from app.demo.casework import DEMO_STATES, state_counts
from app.demo.fill import TEAM
from app.demo.relevance import compile_relevant
from app.demo.romanise import belarusian, russian
from app.domain.errors import PermitReviewError
from app.domain.lifecycle import State
from app.domain.text import fold
from app.imports.xlsform import FormChoice, FormDefinition, FormQuestion
from app.services import accounts, cases
from app.services.context import Actor, Clock, UnitOfWork
from app.services.queries import CaseFilter, list_cases
from tests.pg.databases import TestDatabases

PASSWORD = "long enough pw"
NOW = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)
N = 300
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
LATIN_NAME = re.compile(r"^[A-Z][a-z]+(?:[- ][A-Z][a-z]+)*$")


def _fill(folder: Path, *, residents: int = N, seed: int = 11) -> tuple[Store, dict[str, Any]]:
    store = open_store(f"sqlite:///{folder / 'demo.sqlite3'}")
    uow = UnitOfWork(store, Clock(lambda: NOW))
    result = fill_demo(uow, DemoOptions(residents=residents, seed=seed, password=PASSWORD))
    return store, result


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, dict[str, Any]]]:
    store, result = _fill(tmp_path_factory.mktemp("demo"))
    yield store, result
    store.dispose()


@pytest.fixture(scope="module")
def supervisor(demo: tuple[Store, dict[str, Any]]) -> Actor:
    store, _ = demo
    return accounts.authenticate(UnitOfWork(store, Clock(lambda: NOW)), "supervisor", PASSWORD)


def _people(store: Store) -> list[tuple[Any, ...]]:
    with store.reading() as session:
        rows = session.execute(
            select(
                Resident.surname,
                Resident.given_names,
                Resident.surname_native,
                Resident.given_names_native,
                Resident.date_of_birth,
                Resident.citizenship,
                Resident.address_line1,
                Resident.postal_code,
                Resident.city,
                Permit.permit_number,
                Permit.issued_on,
                Case.state,
            )
            .join(Permit, Permit.resident_id == Resident.id)
            .join(Case, Case.permit_id == Permit.id)
            .order_by(Case.case_number)
        )
        return [tuple(r) for r in rows]


# --- the population -------------------------------------------------------------------


def test_counts_match_the_result(demo: tuple[Store, dict[str, Any]]) -> None:
    store, result = demo
    with store.reading() as session:

        def count(model: Any) -> int:
            return session.scalar(select(func.count()).select_from(model)) or 0

        assert count(Resident) == count(Permit) == count(Case) == N
        assert result["residents"] == result["cases"] == N
        assert count(Response) == result["responses"]
        assert 0.8 * N < result["responses"] < N, "some people never answered"
        assert count(Answer) == result["answers"]
        assert count(Decision) == result["decisions"]
        assert count(SignOff) == result["signoffs"]
        assert sum(result["cases_by_state"].values()) == N
        received = session.scalar(
            select(func.count()).select_from(Case).where(Case.response_received_at.is_not(None))
        )
        assert received == result["responses"]
    assert [u["username"] for u in result["users"]] == [
        "admin",
        "officer",
        "officer2",
        "supervisor",
        "supervisor2",
        "clerk",
    ]
    assert {u["password"] for u in result["users"]} == {PASSWORD}
    assert result["seconds"] > 0


def test_citizenship_split_follows_the_real_population(
    demo: tuple[Store, dict[str, Any]],
) -> None:
    store, result = demo
    people = _people(store)
    counts = Counter(p[5] for p in people)
    assert counts["BY"] + counts["RU"] == N
    assert counts["BY"] == round(N * 58 / 74)
    assert result["citizenship"] == {"BY": counts["BY"], "RU": counts["RU"]}


def test_names_in_both_scripts_and_lithuanian_addresses(
    demo: tuple[Store, dict[str, Any]],
) -> None:
    store, _ = demo
    people = _people(store)
    for surname, given, surname_native, given_native, born, _, line1, postal, city, *_ in people:
        assert LATIN_NAME.match(surname), surname
        assert LATIN_NAME.match(given), given
        assert CYRILLIC.search(surname_native) and CYRILLIC.search(given_native)
        assert re.fullmatch(r"LT-\d{5}", postal)
        assert line1 and city
        assert dt.date(1930, 1, 1) < born < dt.date(2006, 1, 1)
    # Belarusian forms (і, ў) appear beside Russian ones; Belarusian Latin spelling too.
    assert any(re.search("[іў]", p[2] + p[3]) for p in people)
    assert any(
        p[5] == "BY" and re.search("(Aliaks|Siarh|Dzmit|Tats|Sviat|Yau)", p[1]) for p in people
    )
    cities = Counter(p[8] for p in people)
    assert cities.most_common(1)[0][0] == "Vilnius"
    assert {"Klaipėda", "Kaunas"} <= set(cities)
    assert any(re.search(r"\b(g|pr|pl|al)\.", p[6]) for p in people)


def test_permit_numbers_are_eight_digit_text(demo: tuple[Store, dict[str, Any]]) -> None:
    store, _ = demo
    numbers = [p[9] for p in _people(store)]
    assert all(re.fullmatch(r"\d{8}", n) for n in numbers)
    assert len(set(numbers)) == N
    assert any(n.startswith("0") for n in numbers)
    with store.reading() as session:
        kinds = set(session.scalars(select(Permit.permit_type).distinct()))
        languages = Counter(session.scalars(select(Resident.preferred_language)))
    assert kinds == {"permanent", "eu_long_term"}
    assert languages.most_common(1)[0][0] == "ru"
    assert {"lt", "en", "be"} <= set(languages)


# --- the casework ---------------------------------------------------------------------


LETTER_STAGES = {"letters_issued", "dispatched", "served"}


def test_every_demo_state_is_present(demo: tuple[Store, dict[str, Any]]) -> None:
    store, result = demo
    with store.reading() as session:
        states = Counter(session.scalars(select(Case.state)))
    assert set(states) == {s.value for s in DEMO_STATES} | LETTER_STAGES
    assert states == Counter(result["cases_by_state"])
    planned = Counter({s.value: n for s, n in state_counts(N).items()})
    sent = sum(states[s] for s in LETTER_STAGES)
    assert result["letters"] == {s: states[s] for s in LETTER_STAGES}
    assert states["awaiting_letters"] + sent == planned.pop("awaiting_letters")
    assert all(states[s] == n for s, n in planned.items())


def test_revocations_are_about_one_in_sixty_of_decided_cases() -> None:
    counts = state_counts(74_000)
    decided = counts[State.CLOSED_RETAINED] + counts[State.AWAITING_LETTERS]
    assert counts[State.AWAITING_LETTERS] / decided == pytest.approx(1164 / 74000, rel=0.01)
    assert sum(counts.values()) == 74_000


def test_letters_went_through_the_letters_service(demo: tuple[Store, dict[str, Any]]) -> None:
    store, result = demo
    with store.reading() as session:
        letters = session.execute(
            select(Letter.registration_number, Letter.issued_on, Letter.pdf, Case.state)
            .join(Case, Case.id == Letter.case_id)
            .order_by(Letter.year, Letter.sequence)
        ).all()
        served = session.scalars(select(Service)).all()
        dispatched = session.scalar(select(func.count()).select_from(Dispatch))
        assert len(served) == sum(1 for x in letters if x.state == "served") // 2
        for service in served:
            assert service.appeal_deadline > service.served_on
            assert service.departure_deadline > service.appeal_deadline
    assert letters and all(x.pdf.startswith(b"%PDF") for x in letters)
    # A decision letter and an appeal-rights notice for each case sent.
    assert len(letters) == 2 * sum(result["letters"].values())
    # Registration numbers follow the issue dates.
    dates = [x.issued_on for x in letters]
    assert dates == sorted(dates)
    assert dispatched and all(x.issued_on <= NOW.date() for x in letters)


def test_four_eyes_holds_for_every_signoff(demo: tuple[Store, dict[str, Any]]) -> None:
    store, _ = demo
    with store.reading() as session:
        roles = {u.id: set(u.roles) for u in session.scalars(select(User))}
        signoffs = session.execute(
            select(SignOff, Decision).join(Decision, Decision.id == SignOff.decision_id)
        ).all()
        assert signoffs
        for signoff, decision in signoffs:
            assert signoff.supervisor_id != signoff.proposer_id
            assert signoff.proposer_id == decision.proposed_by_id
            assert "supervisor" in roles[signoff.supervisor_id]
            assert "officer" in roles[decision.proposed_by_id]
            assert decision.proposed_at is not None
            assert dt.timedelta() <= signoff.at - decision.proposed_at <= dt.timedelta(days=8)
            if signoff.verdict == "returned":
                assert signoff.comment and decision.status == "returned"


def test_records_match_each_state(demo: tuple[Store, dict[str, Any]]) -> None:
    store, _ = demo
    with store.reading() as session:
        cases = session.scalars(select(Case)).all()
        decisions: dict[int, list[Decision]] = {}
        for d in session.scalars(select(Decision).order_by(Decision.id)):
            decisions.setdefault(d.case_id, []).append(d)
        open_requests = {
            r.case_id
            for r in session.scalars(
                select(InformationRequest).where(InformationRequest.answered_on.is_(None))
            )
        }
        restricted = {
            i.case_id
            for i in session.scalars(
                select(InformationItem).where(InformationItem.classification == "restricted")
            )
        }
        revoked = 0
        for case in cases:
            latest = decisions.get(case.id, [None])[-1]
            if case.state == State.IMPORTED:
                assert case.assigned_to_id is None and latest is None
            if case.state in (State.ASSIGNED, State.IN_ASSESSMENT, State.AWAITING_SIGNOFF):
                assert case.assigned_to_id is not None
            if case.state == State.AWAITING_SIGNOFF:
                assert latest is not None and latest.status == "proposed" and latest.proposed_at
            if case.state == State.AWAITING_INFORMATION:
                assert case.id in open_requests
            if case.state == State.CLOSED_RETAINED:
                assert latest is not None and (latest.outcome, latest.status) == (
                    "retain",
                    "approved",
                )
            if case.state in (State.AWAITING_LETTERS, *LETTER_STAGES):
                revoked += 1
                assert latest is not None and (latest.outcome, latest.status) == (
                    "revoke",
                    "approved",
                )
                assert latest.legal_bases and latest.reasons and latest.assessment
                assert case.id in restricted and latest.relied_items
            assert case.state_changed_at <= NOW
    assert revoked == state_counts(N)[State.AWAITING_LETTERS]


def test_answers_fit_the_questionnaire(demo: tuple[Store, dict[str, Any]]) -> None:
    store, _ = demo
    with store.reading() as session:
        questionnaire = session.scalars(select(Questionnaire)).one()
        assert questionnaire.form_id == "permit_review_2024"
        questions = {q.id: q for q in session.scalars(select(Question))}
        choices: dict[str, set[str]] = {}
        for c in session.scalars(select(Choice)):
            choices.setdefault(c.list_name, set()).add(c.name)
        rows = session.execute(
            select(Answer.response_id, Answer.question_id, Answer.value, Permit.permit_number)
            .join(Response, Response.id == Answer.response_id)
            .join(Case, Case.id == Response.case_id)
            .join(Permit, Permit.id == Case.permit_id)
        ).all()
        by_response: dict[int, dict[str, str]] = {}
        for response_id, question_id, value, permit_number in rows:
            q = questions[question_id]
            by_response.setdefault(response_id, {})[q.name] = value
            if q.name == "permit_number":
                assert value == permit_number
            if q.kind == "select_one":
                assert value in choices[q.list_name or ""], (q.name, value)
            if q.kind == "select_multiple":
                picked = value.split()
                assert picked and set(picked) <= choices[q.list_name or ""], (q.name, value)
                assert "no_trips" not in picked or picked == ["no_trips"]
            if q.kind == "integer":
                assert int(value) >= 0
            if q.kind == "date":
                assert dt.date.fromisoformat(value) <= NOW.date()
    for answers in by_response.values():
        # A person writes both names in one script.
        scripts = {bool(CYRILLIC.search(answers[k])) for k in ("surname", "given_names")}
        assert len(scripts) == 1, answers
        trips = answers["trips_abroad"].split()
        assert ("trips_count" in answers) == (trips != ["no_trips"])
        assert ("trip_purposes" in answers) == bool({"russia", "belarus"} & set(trips))
    views = Counter(a["view_invasion"] for a in by_response.values())
    assert len(views) >= 3, "answers vary"


def test_search_by_latin_and_cyrillic_prefix(
    demo: tuple[Store, dict[str, Any]], supervisor: Actor
) -> None:
    store, _ = demo
    uow = UnitOfWork(store, Clock(lambda: NOW))
    person = next(p for p in _people(store) if p[5] == "BY" and re.search("[іў]", p[2]))
    surname, surname_native, permit_number = person[0], person[2], person[9]
    for typed in (surname[:4].lower(), surname_native[:4].upper()):
        found = list_cases(uow, supervisor, CaseFilter(search=typed))
        assert permit_number in {c["permit_number"] for c in found}, typed
        assert len(found) < N
        for c in found:
            words = fold(
                " ".join(
                    (
                        c["surname"],
                        c["given_names"],
                        c["surname_native"],
                        c["given_names_native"],
                        c["permit_number"],
                    )
                )
            ).split()
            assert any(w.startswith(fold(typed)) for w in words), (typed, c)


def test_one_audit_event_for_the_fill_with_counts_only(
    demo: tuple[Store, dict[str, Any]],
) -> None:
    store, result = demo
    with store.reading() as session:
        assert audit_log.verify(session).ok
        fills = session.scalars(
            select(AuditEvent.after).where(AuditEvent.action == "demo_filled")
        ).all()
        actions = Counter(session.scalars(select(AuditEvent.action)))
        on_cases = set(
            session.scalars(select(AuditEvent.case_id).where(AuditEvent.case_id.is_not(None)))
        )
        sent = set(session.scalars(select(Case.id).where(Case.state.in_(LETTER_STAGES))))
    (after,) = fills
    assert after["residents"] == N and after["cases_by_state"]
    text = json.dumps(after, ensure_ascii=False)
    assert not CYRILLIC.search(text) and PASSWORD not in text
    # Beside the users and the fill, only the letters service's own steps are logged,
    # for the cases it took on (logins of other tests may follow).
    assert on_cases == sent
    cases_sent = sum(result["letters"].values())
    assert {a: n for a, n in actions.items() if a != "login"} == {
        "store_initialised": 1,
        "user_added": 5,
        "demo_filled": 1,
        "issue_letters": cases_sent,
        "letter_issued": 2 * cases_sent,
        "dispatch": result["letters"]["dispatched"] + result["letters"]["served"],
        "serve": result["letters"]["served"],
    }


# --- refusals, the command line and determinism ---------------------------------------


def test_refuses_a_store_that_has_users(store: Store) -> None:
    with pytest.raises(PermitReviewError, match="already has users"):
        fill_demo(UnitOfWork(store), DemoOptions(residents=10, password=PASSWORD))


def test_command_line_end_to_end(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PERMIT_REVIEW_DB_URL", raising=False)
    data = str(tmp_path / "data")
    code = main(
        ["--data-dir", data, "demo", "--residents", "200", "--password", PASSWORD, "--json"]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    result = json.loads(out)
    assert result["residents"] == 200 and result["cases"] == 200
    assert {u["role"] for u in result["users"]} == {"admin", "officer", "supervisor", "clerk"}

    monkeypatch.setenv("PERMIT_REVIEW_PASSWORD", PASSWORD)
    code = main(
        [
            "--data-dir",
            data,
            "cases",
            "--state",
            "awaiting_signoff",
            "--user",
            "supervisor",
            "--json",
        ]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    waiting = json.loads(out)
    assert len(waiting) == result["cases_by_state"]["awaiting_signoff"]

    code = main(["--data-dir", data, "demo", "--residents", "5", "--password", PASSWORD])
    out, err = capsys.readouterr()
    assert code == 1 and "already has users" in err


def test_random_passwords_are_printed_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PERMIT_REVIEW_DB_URL", raising=False)
    code = main(["--data-dir", str(tmp_path / "data"), "demo", "--residents", "20"])
    out, err = capsys.readouterr()
    assert code == 0, err
    lines = [line.split() for line in out.splitlines() if line.startswith(("admin ", "clerk "))]
    assert len(lines) == 2 and lines[0][2] != lines[1][2] and len(lines[0][2]) >= 12


def test_same_seed_same_people(tmp_path: Path, demo: tuple[Store, dict[str, Any]]) -> None:
    store, _ = demo
    again, _ = _fill(tmp_path / "again")
    other, _ = _fill(tmp_path / "other", seed=12)
    try:
        assert _people(again) == _people(store)
        assert _people(other) != _people(store)
    finally:
        again.dispose()
        other.dispose()


# --- the pieces -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Барысевіч", "Barysevich"),
        ("Яўгенія", "Yauheniya"),
        ("Ціханоўская", "Tsikhanouskaya"),
        ("Святлана", "Sviatlana"),
        ("Марыя", "Maryia"),
        ("Калеснікава", "Kalesnikava"),
        ("Валерый", "Valery"),
        ("Крывіцкая", "Kryvitskaya"),
        ("Станіслаў", "Stanislau"),
        ("Крысціна", "Krystsina"),
        ("Ганчарук", "Hancharuk"),
        ("Аляксандр", "Aliaksandr"),
        ("Дар'я", "Darya"),
    ],
)
def test_belarusian_passport_spelling(cyrillic: str, latin: str) -> None:
    assert belarusian(cyrillic) == latin


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Журавлёв", "Zhuravlev"),
        ("Тимофей", "Timofei"),
        ("Юлия", "Iuliia"),
        ("Дмитрий", "Dmitrii"),
        ("Наталья", "Natalia"),
        ("Щукин", "Shchukin"),
        ("Подъячев", "Podieiachev"),
        ("Римский-Корсаков", "Rimskii-Korsakov"),
    ],
)
def test_russian_passport_spelling(cyrillic: str, latin: str) -> None:
    assert russian(cyrillic) == latin


def test_relevance_expressions() -> None:
    answers = {"work": "employed", "trips": "eu russia", "n": "3"}
    cases = {
        "selected(${work}, 'employed') or selected(${work}, 'own_business')": True,
        "not(selected(${trips}, 'no_trips'))": True,
        "selected(${trips}, 'belarus')": False,
        "${n} > 2 and ${n} != '4'": True,
        "(${n} < 2) or not(${n} = '3')": False,
        "${missing} >= 1": False,
    }
    for expression, expected in cases.items():
        test = compile_relevant(expression)
        assert test is not None and test(answers) is expected, expression
    assert compile_relevant("count-selected(${trips}) > 1") is None


@pytest.mark.postgresql
def test_demo_on_postgresql_leaves_ids_for_later_inserts(pg_databases: TestDatabases) -> None:
    name = f"{pg_databases.prefix}_demo"
    admin = create_engine(pg_databases.url_of(pg_databases.url.database or ""))
    with admin.execution_options(isolation_level="AUTOCOMMIT").connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    url = pg_databases.url_of(name)
    store = open_store(url)
    try:
        result = fill_demo(
            UnitOfWork(store, Clock(lambda: NOW)),
            DemoOptions(residents=150, seed=3, password=PASSWORD),
        )
        officer = accounts.authenticate(UnitOfWork(store), "officer", PASSWORD)
        taken = cases.take_next(UnitOfWork(store), officer).details["cases"][0]["case_number"]
        cases.request_information(
            UnitOfWork(store), officer, taken, authority="VSD", question="Ar yra duomenų?"
        )
        with store.reading() as session:
            assert session.scalar(select(func.count()).select_from(Resident)) == 150
            assert session.scalar(select(func.max(InformationRequest.id))) == (
                result["information_requests"] + 1
            )
    finally:
        store.dispose()
        pg_databases.drop(url)


def test_answers_follow_conditions_on_groups_and_exclusive_choices() -> None:
    yes_no = (FormChoice("yes_no", "yes", {}), FormChoice("yes_no", "no", {}))
    places = tuple(FormChoice("places", n, {}) for n in ("no_trips", "latvia", "poland"))
    form = FormDefinition(
        form_id="trips",
        version="1",
        title="Trips",
        default_language="",
        languages=(),
        questions=(
            FormQuestion("permit_number", "permit_number", "text", required=True),
            FormQuestion("travelled", "travelled", "select_one", "yes_no", required=True),
            FormQuestion("trips", "trips", "group", relevant="${travelled} = 'yes'"),
            FormQuestion("where", "trips/where", "select_multiple", "places", required=True),
            FormQuestion("note", "trips/note", "note"),
        ),
        choices={"yes_no": yes_no, "places": places},
        link_question="permit_number",
    )
    ids = {"permit_number": 1, "travelled": 2, "trips/where": 3}
    maker = AnswerMaker(form, ids)
    rng = random.Random(5)
    seen: Counter[object] = Counter()
    for i in range(200):
        person = Person(
            f"{i:08d}",
            "Novik",
            "Ala",
            "Новік",
            "Ала",
            dt.date(1970, 1, 1),
            "BY",
            dt.date(2020, 1, 1),
            flagged=False,
        )
        answers = dict(maker.answers(rng, person, NOW))
        assert answers[1] == f"{i:08d}"
        assert (3 in answers) == (answers[2] == "yes")
        if 3 in answers:
            picked = answers[3].split()
            assert "no_trips" not in picked or picked == ["no_trips"]
            seen[len(picked)] += 1
        seen[answers[2]] += 1
    assert seen["yes"] and seen["no"] and seen[1] and seen[2]


def test_progress_and_cancel_leave_no_population(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("app.demo.fill.CHUNK", 20)
    store = open_store(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    steps: list[tuple[int, int]] = []
    try:
        with pytest.raises(PermitReviewError, match="cancelled"):
            fill_demo(
                UnitOfWork(store, Clock(lambda: NOW)),
                DemoOptions(residents=50, password=PASSWORD),
                progress=lambda done, total: steps.append((done, total)),
                cancel=lambda: len(steps) == 2,
            )
        assert steps == [(20, 50), (40, 50)]
        with store.reading() as session:
            assert session.scalar(select(func.count()).select_from(Resident)) == 0
            assert session.scalar(select(func.count()).select_from(Case)) == 0
            assert session.scalar(select(func.count()).select_from(User)) == len(TEAM)
    finally:
        store.dispose()
