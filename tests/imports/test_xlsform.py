"""The XLSForm reader: the sample form, the shipped example, spellings, errors, round trips."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

import resources
from app.db.models import Campaign, Choice, Question, Questionnaire
from app.domain.errors import PermissionDenied
from app.imports.problems import ImportRefused
from app.imports.questionnaires import campaign_code, load_form
from app.imports.xlsform import FormDefinition, language_code, parse_xlsform
from app.services import imports
from app.services.context import Actor, UnitOfWork
from tests.imports.writers import write_workbook

EXAMPLE = resources.path("questionnaire", "review_2024.xlsx")


def test_sample_form(samples: Path) -> None:
    form = parse_xlsform(samples / "form.xlsx")
    assert (form.form_id, form.version) == ("residence_conditions_2024", "2024031101")
    assert form.title == "Gyvenimo sąlygų apklausa 2024"
    assert form.default_language == "lt"
    assert form.languages == ("lt", "en")
    assert form.link_question == "resident/permit_number"
    kinds = {q.path: q.kind for q in form.questions}
    assert kinds["welcome"] == "note"
    assert kinds["resident"] == "group"
    assert kinds["daily_life/dwelling"] == "select_one"
    assert kinds["daily_life/home_languages"] == "select_multiple"
    assert kinds["resident/birth_date"] == "date"
    assert kinds["start"] == "start"
    trips = form.question("daily_life/trips_count")
    assert trips.required and trips.conditional
    assert trips.relevant == "not(selected(${trips_abroad}, 'no_trips'))"
    assert form.question("remarks").required is False
    assert form.question("daily_life/dwelling").labels == {
        "lt": "Kokiame būste gyvenate?",
        "en": "What kind of home do you live in?",
    }
    assert form.question("resident/permit_number").hints["en"] == "8 digits from the permit card"
    assert form.choice_names("trip_places") == (
        "no_trips",
        "latvia",
        "poland",
        "other_eu",
        "belarus",
        "russia",
        "elsewhere",
    )
    assert form.choices["dwelling_kinds"][0].labels == {"lt": "Nuosavas butas", "en": "Own flat"}
    assert len(form.answered_questions) == 13


def test_example_questionnaire_has_three_languages_and_markers() -> None:
    form = parse_xlsform(EXAMPLE)
    assert form.languages == ("lt", "en", "ru")
    assert form.link_question == "identity/permit_number"
    assert len(form.answered_questions) >= 30
    for q in form.questions:
        if q.kind not in ("start", "end"):
            assert set(q.labels) == {"lt", "en", "ru"}, q.path
    for choices in form.choices.values():
        for c in choices:
            assert set(c.labels) == {"lt", "en", "ru"}, c.name
    markers = {m.question: m.choices for m in form.markers}
    assert markers["views/view_crimea"] == ("russia",)
    assert markers["travel/trips_abroad"] == ("russia", "belarus", "occupied_ua")
    # one marker comes from the settings sheet, the others from the survey's column
    assert markers["contacts/property_ru_by"] == ("yes",)
    assert "Крым" in form.question("views/view_crimea").labels["ru"]


def test_example_build_script_reproduces_the_shipped_workbook(tmp_path: Path) -> None:
    from resources.questionnaire.build_example import build

    rebuilt = parse_xlsform(build(tmp_path / "again.xlsx"))
    shipped = parse_xlsform(EXAMPLE)
    assert rebuilt.questions == shipped.questions
    assert rebuilt.choices == shipped.choices
    assert rebuilt.markers == shipped.markers
    assert rebuilt.settings == shipped.settings


@pytest.mark.parametrize(
    ("header", "code"),
    [
        ("Lithuanian (lt)", "lt"),
        ("lt", "lt"),
        ("English", "en"),
        ("Русский (ru)", "ru"),
        ("Klingon", "Klingon"),
    ],
)
def test_language_codes(header: str, code: str) -> None:
    assert language_code(header) == code


def _form(
    path: Path,
    survey: list[list[Any]],
    choices: list[list[Any]] | None = None,
    settings_rows: list[list[Any]] | None = None,
) -> Path:
    sheets: dict[str, list[list[Any]]] = {"survey": survey}
    if choices is not None:
        sheets["choices"] = choices
    if settings_rows is not None:
        sheets["settings"] = settings_rows
    return write_workbook(path, sheets)


def test_label_spellings_and_group_spelling(tmp_path: Path) -> None:
    path = _form(
        tmp_path / "f.xlsx",
        [
            ["type", "name", "label", "label::lt", "Label :: Russian (ru)", "required"],
            ["begin group", "who", "Who", "Kas", "Кто", ""],
            ["text", "permit_number", "Permit", "Leidimas", "Вид", "TRUE"],
            ["select_one yn", "ok", "OK?", "Gerai?", "Хорошо?", "yes"],
            ["end group", "", "", "", "", ""],
        ],
        [["list name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]],
        [["form_id", "version", "default_language"], ["f", 3, "English (en)"]],
    )
    form = parse_xlsform(path)
    assert form.version == "3"
    assert form.default_language == "en"
    assert form.languages == ("en", "lt", "ru")
    q = form.question("who/permit_number")
    assert q.required and q.labels == {"en": "Permit", "lt": "Leidimas", "ru": "Вид"}
    assert form.question("who").kind == "group"
    assert form.question("who/ok").list_name == "yn"


@pytest.mark.parametrize(
    ("survey", "choices", "fragment"),
    [
        ([["type", "name"], ["text", "x"]], None, "'permit_number'"),
        (
            [["type", "name"], ["text", "permit_number"], ["select_one nolist", "q"]],
            None,
            "'nolist' is not in the choices sheet",
        ),
        ([["type", "name"], ["begin_group", "g"], ["text", "permit_number"]], None, "never ended"),
        ([["type", "name"], ["text", "permit_number"], ["begin_repeat", "r"]], None, "repeat"),
        (
            [["type", "name"], ["text", "permit_number"], ["text", "permit_number"]],
            None,
            "appears twice",
        ),
        ([["type", "name"], ["text", "permit_number"], ["text", "9bad"]], None, "a name must"),
        (
            [
                ["type", "name", "markers"],
                ["text", "permit_number", ""],
                ["select_one yn", "q", "maybe"],
            ],
            [["list_name", "name"], ["yn", "yes"]],
            "not choices of 'q'",
        ),
        ([["type", "name", "name"], ["text", "permit_number", "x"]], None, "appears twice"),
    ],
)
def test_broken_questionnaires_are_refused_with_the_reason(
    tmp_path: Path, survey: list[list[Any]], choices: list[list[Any]] | None, fragment: str
) -> None:
    path = _form(tmp_path / "bad.xlsx", survey, choices)
    with pytest.raises(ImportRefused) as caught:
        parse_xlsform(path)
    assert any(fragment in p.describe() for p in caught.value.problems), caught.value.problems


def test_a_workbook_without_survey_sheet(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "x.xlsx", {"data": [["a"], [1]]})
    with pytest.raises(ImportRefused, match="no sheet named 'survey'"):
        parse_xlsform(path)


def test_a_csv_is_not_a_questionnaire(tmp_path: Path) -> None:
    path = tmp_path / "form.xlsx"
    path.write_text("type,name\ntext,a\n")
    with pytest.raises(ImportRefused, match="not an Excel workbook"):
        parse_xlsform(path)


def test_campaign_codes() -> None:
    assert campaign_code("Review 2024", set()) == "REVIEW2024"
    assert campaign_code("Peržiūra 2025 (antra banga)", set()) == "PERZIURA2025ANTR"
    assert campaign_code("Review 2024", {"REVIEW2024"}) == "REVIEW20242"
    long = campaign_code("A very long campaign name indeed", {"AVERYLONGCAMPAIG"})
    assert long == "AVERYLONGCAMPAI2" and len(long) <= 16
    assert campaign_code("!!!", set()) == "CAMPAIGN"


def test_import_stores_the_version_for_a_new_campaign(
    uow_factory: Callable[[], UnitOfWork], admin: Actor, samples: Path
) -> None:
    result = imports.import_questionnaire(
        uow_factory(), admin, samples / "form.xlsx", "Peržiūra 2025"
    )
    assert result.counts["imported"] == 16 and result.counts["choices"] == 28
    with uow_factory() as uow:
        campaign = uow.session.scalar(select(Campaign).where(Campaign.name == "Peržiūra 2025"))
        assert campaign is not None and campaign.code == "PERZIURA2025"
        stored = uow.session.scalar(
            select(Questionnaire).where(Questionnaire.campaign_id == campaign.id)
        )
        assert stored is not None and stored.link_question == "resident/permit_number"
        assert stored.languages == ["lt", "en"]
        form, ids = load_form(uow.session, stored)
        assert form.questions == parse_xlsform(samples / "form.xlsx").questions
        assert len(ids) == 16
        assert (
            len(
                uow.session.scalars(
                    select(Choice).where(Choice.questionnaire_id == stored.id)
                ).all()
            )
            == 28
        )
    again = imports.import_questionnaire(
        uow_factory(), admin, samples / "form.xlsx", "PERZIURA2025"
    )
    assert again.counts["imported"] == 0 and again.counts["unchanged"] == 16


def test_same_version_with_other_content_is_refused(
    uow_factory: Callable[[], UnitOfWork], admin: Actor, tmp_path: Path
) -> None:
    def version(label: str) -> Path:
        return _form(
            tmp_path / f"{label}.xlsx",
            [["type", "name", "label"], ["text", "permit_number", label]],
            None,
            [["form_id", "version"], ["f", "1"]],
        )

    imports.import_questionnaire(uow_factory(), admin, version("first"), "Review 2024")
    with pytest.raises(ImportRefused, match="new version"):
        imports.import_questionnaire(uow_factory(), admin, version("second"), "Review 2024")


def test_markers_are_stored(uow_factory: Callable[[], UnitOfWork], admin: Actor) -> None:
    imports.import_questionnaire(uow_factory(), admin, EXAMPLE, "Review 2024")
    with uow_factory() as uow:
        stored = uow.session.scalars(select(Questionnaire)).one()
        assert {"question": "views/view_crimea", "choices": ["russia"]} in stored.markers
        assert (
            uow.session.scalar(select(Question.kind).where(Question.path == "views/news_sources"))
            == "select_multiple"
        )


def test_dry_run_writes_nothing(uow_factory: Callable[[], UnitOfWork], admin: Actor) -> None:
    result = imports.import_questionnaire(uow_factory(), admin, EXAMPLE, "Brand new", dry_run=True)
    assert result.dry_run and result.counts["imported"] > 30
    with uow_factory() as uow:
        assert uow.session.scalar(select(Campaign).where(Campaign.name == "Brand new")) is None


def test_only_admins_import(uow_factory: Callable[[], UnitOfWork], users: dict[str, Actor]) -> None:
    with pytest.raises(PermissionDenied):
        imports.import_questionnaire(uow_factory(), users["olga"], EXAMPLE, "Review 2024")


# --- round trip of generated questionnaires -------------------------------------------------

LANGUAGES = [("Lithuanian", "lt"), ("English", "en"), ("Russian", "ru")]
NAMES = st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True)
LABEL = (
    st.text(
        alphabet="abcdefghijklmnoprstuvyząčęėįšųūžАБВабвгдеёжзийклмнопрстуфхцчшщыэюя ?,.'",
        min_size=1,
        max_size=30,
    )
    .map(str.strip)
    .filter(bool)
)
KINDS = ["text", "integer", "decimal", "date", "note", "select_one", "select_multiple"]


@st.composite
def forms(draw: st.DrawFn) -> dict[str, Any]:
    languages = draw(st.lists(st.sampled_from(LANGUAGES), min_size=1, max_size=3, unique=True))
    styles = {code: draw(st.sampled_from(["{name} ({code})", "{code}"])) for _, code in languages}
    lists = {
        f"list{i}": draw(st.lists(NAMES, min_size=1, max_size=5, unique=True))
        for i in range(draw(st.integers(1, 3)))
    }
    names = draw(
        st.lists(NAMES.filter(lambda n: n != "permit_number"), min_size=1, max_size=12, unique=True)
    )
    items: list[dict[str, Any]] = [{"kind": "text", "name": "permit_number", "required": True}]
    depth = 0
    for name in names:
        if depth < 2 and draw(st.booleans()) and draw(st.booleans()):
            items.append(
                {
                    "kind": "begin",
                    "name": name,
                    "spelling": draw(st.sampled_from(["begin_group", "begin group"])),
                }
            )
            depth += 1
            continue
        kind = draw(st.sampled_from(KINDS))
        items.append(
            {
                "kind": kind,
                "name": name,
                "required": draw(st.booleans()),
                "relevant": draw(st.sampled_from(["", "${permit_number} != ''"])),
                "list": draw(st.sampled_from(sorted(lists))) if kind.startswith("select") else None,
                "hint": draw(st.booleans()),
            }
        )
        if depth and draw(st.booleans()):
            items.append({"kind": "end"})
            depth -= 1
    items += [{"kind": "end"}] * depth
    labels = {code: draw(LABEL) for _, code in languages}
    return {
        "languages": languages,
        "styles": styles,
        "lists": lists,
        "items": items,
        "label": labels,
    }


def _write_generated(path: Path, spec: dict[str, Any]) -> Path:
    languages = spec["languages"]
    columns = [spec["styles"][code].format(name=name, code=code) for name, code in languages]
    header = [
        "type",
        "name",
        *(f"label::{c}" for c in columns),
        *(f"hint::{c}" for c in columns),
        "required",
        "relevant",
    ]
    survey: list[list[Any]] = [header]
    for item in spec["items"]:
        kind = item["kind"]
        if kind == "end":
            survey.append(["end_group"] + [None] * (len(header) - 1))
            continue
        if kind == "begin":
            survey.append(
                [
                    item["spelling"],
                    item["name"],
                    *(f"{item['name']} {code}" for _, code in languages),
                    *([None] * len(languages)),
                    None,
                    None,
                ]
            )
            continue
        full = f"{kind} {item['list']}" if item.get("list") else kind
        survey.append(
            [
                full,
                item["name"],
                *(f"{spec['label'][code]} {item['name']}" for _, code in languages),
                *((f"hint {code}" if item.get("hint") else None) for _, code in languages),
                "yes" if item.get("required") else None,
                item.get("relevant") or None,
            ]
        )
    choices: list[list[Any]] = [["list_name", "name", *(f"label::{c}" for c in columns)]]
    for list_name, names in spec["lists"].items():
        for name in names:
            choices.append([list_name, name, *(f"{name}-{code}" for _, code in languages)])
    return write_workbook(
        path,
        {
            "survey": survey,
            "choices": choices,
            "settings": [["form_id", "version"], ["generated", "7"]],
        },
    )


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(spec=forms())
def test_generated_questionnaires_read_back_unchanged(tmp_path: Path, spec: dict[str, Any]) -> None:
    form: FormDefinition = parse_xlsform(_write_generated(tmp_path / "gen.xlsx", spec))
    codes = [code for _, code in spec["languages"]]
    assert set(form.languages) == set(codes)
    groups: list[str] = []
    expected = []
    for item in spec["items"]:
        if item["kind"] == "end":
            groups.pop()
            continue
        path = "/".join([*groups, item["name"]])
        if item["kind"] == "begin":
            groups.append(item["name"])
            expected.append((path, "group", None, False, ""))
            continue
        required = bool(item.get("required")) and item["kind"] != "note"
        expected.append(
            (path, item["kind"], item.get("list"), required, item.get("relevant") or "")
        )
    got = [(q.path, q.kind, q.list_name, q.required, q.relevant) for q in form.questions]
    assert got == expected
    for q in form.questions:
        if q.kind != "group":
            assert q.labels == {code: f"{spec['label'][code]} {q.name}" for code in codes}
    assert {k: [c.name for c in v] for k, v in form.choices.items()} == spec["lists"]
    assert form.link_question == "permit_number"
