"""Issuing letters: what they say, in which languages, what they never say, and that they stay."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import replace

import pytest
from sqlalchemy import select

from app.db.models import Case, Letter, RegistrationCounter, Resident, Setting, User
from app.db.store import Store
from app.domain.errors import InvalidTransition, PermissionDenied, ValidationError
from app.letters.templates import load_shipped
from app.services import letters
from app.services.context import Actor, UnitOfWork
from app.settings import Settings, defaults
from tests.letters.conftest import ISSUE_DAY
from tests.letters.pdftext import flat, pdf_fonts, pdf_text
from tests.letters.population import ASSESSMENT, REASONS, RESTRICTED_ITEM, Person, revoked_case

Factory = Callable[[], UnitOfWork]
SETTINGS = Settings(defaults())
DEPARTMENT = SETTINGS["department"]
DATES = {"lt": "2026-01-26", "ru": "26.01.2026", "en": "26 January 2026"}


def issue(
    store: Store,
    uow_factory: Factory,
    users: dict[str, Actor],
    permit: str,
    person: Person | None = None,
    reasons: str = REASONS,
) -> dict[str, bytes]:
    ref = revoked_case(store, uow_factory, users, permit, person, reasons=reasons)
    change = letters.issue_letters(uow_factory(), users["cleo"], ref)
    return {
        x["kind"]: letters.letter_pdf(uow_factory(), users["cleo"], x["registration_number"]).pdf
        for x in change.details["letters"]
    }


def template_texts(kind: str, language: str) -> list[str]:
    """The fixed wording of a template that holds no placeholder: headings, labels, title."""
    template = load_shipped(kind, language)
    texts = [template["title"]] + [s["heading"] for s in template["sections"] if s["heading"]]
    texts += [x for s in template["sections"] for x in s.get("fill_in", [])]
    return [t for t in texts if "$" not in t]


def required_elements(kind: str, language: str, person: Person) -> list[str]:
    """What DOMAIN.md asks each document to show, as it must read in `language`."""
    court = SETTINGS.courts[0]
    title = DEPARTMENT["signatory_titles"]["supervisor"]
    common = [
        DEPARTMENT["name"][language],
        DEPARTMENT["address"],
        DEPARTMENT["code"],
        DEPARTMENT["place"],
        DATES[language],
        f"{person.given_names} {person.surname}",
        f"{person.given_names_native} {person.surname_native}",
        person.address_line1,
        f"{person.postal_code} {person.city}",
        "LP0000001",
        court.name[language],
        court.address,
        "Samanta Kazlauskaitė",
        title[language],
    ]
    if kind == "decision":
        issued = {"lt": "2012-06-18", "ru": "18.06.2012", "en": "18 June 2012"}[language]
        basis = SETTINGS.legal_basis("ULTP-51-1-2")
        assert basis is not None
        return [
            *common,
            "2026-RS-00001",
            issued,
            basis.text[language],
            flat(REASONS.split("\n\n")[0]),
            flat(REASONS.split("\n\n")[1]),
            "14",
            DEPARTMENT["address"],
            *template_texts(kind, language),
        ]
    return [
        *common,
        "2026-RS-00002",
        "2026-RS-00001",
        DEPARTMENT["data_protection_contact"],
        *template_texts(kind, language),
    ]


@pytest.mark.parametrize("language", ["ru", "en"])
def test_every_element_in_lithuanian_then_the_translation(
    store: Store, uow_factory: Factory, users: dict[str, Actor], language: str
) -> None:
    person = Person(preferred_language=language)
    pdfs = issue(store, uow_factory, users, "LP0000001", person)
    for kind, pdf in pdfs.items():
        text = flat(pdf_text(pdf))
        heading = load_shipped(kind, language)["labels"]["translation_heading"]
        lt_part, tr_part = text.split(heading)
        for part, part_language in ((lt_part, "lt"), (tr_part, language)):
            for element in required_elements(kind, part_language, person):
                assert element in part, (kind, part_language, element)


def test_names_come_back_exactly_in_both_scripts_and_restricted_text_never(
    store: Store, uow_factory: Factory, users: dict[str, Actor]
) -> None:
    person = Person(
        surname="Šaškevičiūtė-Ąžuolienė",
        given_names="Ūla Jolanta",
        surname_native="Шашкевичюте-Ёжикова",
        given_names_native="Юлия Ёлка",
    )
    for pdf in issue(store, uow_factory, users, "LP0000001", person).values():
        text = flat(pdf_text(pdf))
        assert "Ūla Jolanta Šaškevičiūtė-Ąžuolienė" in text
        assert "Юлия Ёлка Шашкевичюте-Ёжикова" in text
        assert ASSESSMENT not in text and "VIDINIS" not in text
        assert RESTRICTED_ITEM not in text and "RIBOTO" not in text


def test_markup_typed_by_people_prints_literally(
    store: Store, uow_factory: Factory, users: dict[str, Actor]
) -> None:
    person = Person(
        surname="<b>&",
        given_names="Ivan</para>",
        surname_native="<i>&amp;",
        given_names_native="Иван",
        address_line1="<br/>Gatvė & 5 <font size=40>",
    )
    reasons = "Motyvas <b>ne paryškintas</b> & <a href='x'>nuoroda</a>;\n\nantra <br/> dalis"
    pdfs = issue(store, uow_factory, users, "LP0000001", person, reasons=reasons)
    decision = flat(pdf_text(pdfs["decision"]))
    assert "Ivan</para> <b>&" in decision
    assert "Иван <i>&amp;" in decision
    assert "<br/>Gatvė & 5 <font size=40>" in decision
    assert "Motyvas <b>ne paryškintas</b> & <a href='x'>nuoroda</a>;" in decision
    assert "antra <br/> dalis" in decision
    assert "Ivan</para> <b>&" in flat(pdf_text(pdfs["appeal_notice"]))


def test_fonts_are_embedded_subsets_of_one_family(
    store: Store, uow_factory: Factory, users: dict[str, Actor]
) -> None:
    pdf = issue(store, uow_factory, users, "LP0000001")["decision"]
    rows = [line.split() for line in pdf_fonts(pdf).splitlines()[2:]]
    embedded = [r for r in rows if r[0].split("+")[-1].startswith("DejaVuSerif")]
    assert {r[0].split("+")[-1] for r in embedded} >= {
        "DejaVuSerifCondensed",
        "DejaVuSerifCondensed-Bold",
    }
    for row in embedded:
        assert "+" in row[0] and row[-5:-2] == ["yes", "yes", "yes"], row  # emb, sub, uni
    assert len(pdf) <= 60_000


def test_issue_fixes_numbers_date_signatory_and_moves_the_case(
    store: Store, uow_factory: Factory, users: dict[str, Actor]
) -> None:
    ref = revoked_case(store, uow_factory, users, "LP0000001")
    change = letters.issue_letters(uow_factory(), users["cleo"], ref)
    assert change.details["state"] == "letters_issued"
    with store.reading() as session:
        rows = session.scalars(select(Letter).order_by(Letter.id)).all()
        sam = session.scalar(select(User).where(User.username == "sam"))
        counter = session.get(RegistrationCounter, 2026)
        assert sam is not None and counter is not None
        assert [(x.kind, x.registration_number, x.sequence) for x in rows] == [
            ("decision", "2026-RS-00001", 1),
            ("appeal_notice", "2026-RS-00002", 2),
        ]
        assert counter.last_number == 2
        for letter in rows:
            assert letter.issued_on == ISSUE_DAY
            assert letter.signatory_id == sam.id
            assert letter.sha256 == hashlib.sha256(letter.pdf).hexdigest()
            assert letter.pages == pdf_text(letter.pdf).count("\f")
            assert letter.language == "ru"
            assert letter.template_version.startswith("2024.1+")


def test_reprint_gives_the_stored_bytes_and_the_letter_never_changes(
    store: Store, uow_factory: Factory, users: dict[str, Actor]
) -> None:
    ref = revoked_case(store, uow_factory, users, "LP0000001")
    letters.issue_letters(uow_factory(), users["cleo"], ref)
    first = letters.letter_pdf(uow_factory(), users["cleo"], "2026-RS-00001")
    with store.session() as session:  # the person's address changes after issue
        person = session.scalar(select(Resident))
        assert person is not None
        person.address_line1 = "Nauja g. 1"
        session.commit()
    again = letters.letter_pdf(uow_factory(), users["sam"], "2026-RS-00001")
    assert again.pdf == first.pdf and again.sha256 == first.sha256
    assert "Nauja g. 1" not in pdf_text(again.pdf)


def test_a_damaged_stored_letter_is_refused(
    store: Store, uow_factory: Factory, users: dict[str, Actor]
) -> None:
    ref = revoked_case(store, uow_factory, users, "LP0000001")
    letters.issue_letters(uow_factory(), users["cleo"], ref)
    with store.session() as session:
        letter = session.scalar(select(Letter).where(Letter.kind == "decision"))
        assert letter is not None
        letter.pdf = letter.pdf.replace(b"2026-RS-00001", b"2026-RS-00009")
        session.commit()
    with pytest.raises(Exception, match="does not match its SHA-256"):
        letters.letter_pdf(uow_factory(), users["cleo"], "2026-RS-00001")


@pytest.mark.parametrize(
    ("preferred", "translation"),
    [("be", "ru"), ("lt", "ru"), ("", "ru"), ("en", "en"), ("ru", "ru")],
)
def test_translation_language(
    store: Store, uow_factory: Factory, users: dict[str, Actor], preferred: str, translation: str
) -> None:
    pdfs = issue(store, uow_factory, users, "LP0000001", Person(preferred_language=preferred))
    expected = DEPARTMENT["name"][translation]
    assert expected in flat(pdf_text(pdfs["decision"]))
    with store.reading() as session:
        assert set(session.scalars(select(Letter.language))) == {translation}


def test_only_clerks_issue_and_only_awaiting_cases(
    store: Store, uow_factory: Factory, users: dict[str, Actor]
) -> None:
    ref = revoked_case(store, uow_factory, users, "LP0000001")
    for who in ("olga", "sam", "admin"):
        with pytest.raises(PermissionDenied):
            letters.issue_letters(uow_factory(), users[who], ref)
    letters.issue_letters(uow_factory(), users["cleo"], ref)
    with pytest.raises(InvalidTransition):
        letters.issue_letters(uow_factory(), users["cleo"], ref)
    with store.reading() as session:
        assert session.get(RegistrationCounter, 2026).last_number == 2  # type: ignore[union-attr]


def test_a_bad_template_stops_issue_before_a_number_is_taken(
    store: Store, uow_factory: Factory, users: dict[str, Actor]
) -> None:
    ref = revoked_case(store, uow_factory, users, "LP0000001")
    broken = load_shipped("appeal_notice", "en")
    broken["sections"][1]["text"] += " ${court_phone}"
    with store.session() as session:
        session.add(Setting(key="template:appeal_notice:en", value={"value": broken}))
        session.commit()
    with pytest.raises(ValidationError) as caught:
        letters.issue_letters(uow_factory(), users["cleo"], ref)
    assert caught.value.field == "setting template:appeal_notice:en"
    assert "sections[1].text" in caught.value.message and "$court_phone" in caught.value.message
    with store.reading() as session:
        assert session.get(RegistrationCounter, 2026) is None
        assert session.scalar(select(Case.state)) == "awaiting_letters"


def test_numbers_run_on_per_year_and_restart_in_a_new_year(
    store: Store, uow_factory: Factory, users: dict[str, Actor], clock: object
) -> None:
    refs = [revoked_case(store, uow_factory, users, f"LP000000{i}") for i in range(1, 4)]
    letters.issue_letters(uow_factory(), users["cleo"], refs[0])
    letters.issue_letters(uow_factory(), users["cleo"], refs[1])
    clock.set_day(dt.date(2027, 1, 4))  # type: ignore[attr-defined]
    change = letters.issue_letters(uow_factory(), users["cleo"], refs[2])
    assert [x["registration_number"] for x in change.details["letters"]] == [
        "2027-RS-00001",
        "2027-RS-00002",
    ]
    with store.reading() as session:
        assert sorted(session.scalars(select(Letter.registration_number))) == [
            "2026-RS-00001",
            "2026-RS-00002",
            "2026-RS-00003",
            "2026-RS-00004",
            "2027-RS-00001",
            "2027-RS-00002",
        ]


def test_signatory_title_of_the_user_wins_over_the_setting(
    store: Store, uow_factory: Factory, users: dict[str, Actor]
) -> None:
    with store.session() as session:
        sam = session.scalar(select(User).where(User.username == "sam"))
        assert sam is not None
        sam.title = "Direktoriaus pavaduotoja"
        session.commit()
    pdfs = issue(store, uow_factory, users, "LP0000001")
    text = flat(pdf_text(pdfs["decision"]))
    assert text.count("Direktoriaus pavaduotoja Samanta Kazlauskaitė") == 2


def test_registration_number_format_is_a_setting(
    store: Store, uow_factory: Factory, users: dict[str, Actor]
) -> None:
    with store.session() as session:
        session.add(
            Setting(key="registration_number_format", value={"value": "MD-{seq:04d}/{year}"})
        )
        session.commit()
    pdfs = issue(store, uow_factory, users, "LP0000001")
    assert "MD-0001/2026" in flat(pdf_text(pdfs["decision"]))
    assert "MD-0002/2026" in flat(pdf_text(pdfs["appeal_notice"]))
    for bad in ("{year}-RS", "{seq.real}", "{seq:zz}", "{other}-{seq}"):
        with pytest.raises(ValidationError):
            letters.registration_number(bad, 2026, 1)


def test_court_follows_the_addressee_town(
    store: Store, uow_factory: Factory, users: dict[str, Actor]
) -> None:
    person = replace(Person(), city="Kaunas", postal_code="LT-44280")
    text = flat(pdf_text(issue(store, uow_factory, users, "LP0000001", person)["decision"]))
    assert "Regionų administracinio teismo Kauno rūmai" in text
    assert "A. Mickevičiaus g. 8A, LT-44312 Kaunas" in text
