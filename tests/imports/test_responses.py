"""Responses: the facts of the sample exports, what an import stores, round trips per layout."""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.db.models import Answer, Case, ImportBatch, Permit, Question, Response
from app.db.store import Store
from app.imports.load_responses import same_moment
from app.imports.problems import ImportRefused
from app.imports.responses import ResponseReader, Submission
from app.imports.sources import open_json, open_table, sniff
from app.imports.xlsform import FormChoice, FormDefinition, FormQuestion, parse_xlsform
from app.services import imports
from app.services.context import Actor, UnitOfWork
from tests.imports.conftest import CAMPAIGN, table_counts
from tests.imports.writers import (
    Sub,
    write_central_csv,
    write_kobo_csv,
    write_kobo_json,
    write_kobo_labels_xlsx,
    write_odata_json,
)

FILES = ["kobo.csv", "central.csv", "kobo_api.json", "kobo_labels.xlsx"]
WINNER = "uuid:c489cbb5-e075-49c7-9110-4ba2be45b135"
SUPERSEDED = "uuid:f4745203-a3f5-4367-87d0-bee2c22a3f11"
UNKNOWN = "uuid:b09175af-d384-474a-a9dd-e953744c2dec"
REMARKS_43909521 = (
    "Butą nuomojamės nuo 2019 m.; sutartis pratęsiama kasmet.\n"
    "Šeimininkas sako: „jokių gyvūnų“, bet katę leido.\n"
    'В доме нет лифта; "капремонт" обещают с 2021 года.'
)
NOT_ANSWERED = {"32998797", "34898188", "61025993"}


@contextmanager
def _reader(form: FormDefinition, path: Path) -> Iterator[ResponseReader]:
    info = sniff(path)
    source = open_json(info) if info.file_format == "json" else open_table(info)
    try:
        yield ResponseReader(form, source)
    finally:
        source.close()


def _read(form: FormDefinition, path: Path) -> tuple[list[Submission], list[Any], str]:
    with _reader(form, path) as reader:
        rows = list(reader.submissions())
        layout = reader.layout.name
    subs = [s for _, s, _ in rows if s is not None]
    return subs, [p for _, _, ps in rows for p in ps], layout


@pytest.fixture(scope="module")
def sample_form(samples: Path) -> FormDefinition:
    return parse_xlsform(samples / "form.xlsx")


@pytest.mark.parametrize(
    ("name", "layout"),
    [
        ("kobo.csv", "kobo-csv"),
        ("central.csv", "central-csv"),
        ("kobo_api.json", "kobo-json"),
        ("kobo_labels.xlsx", "kobo-xlsx-labels"),
    ],
)
def test_sample_exports_give_the_same_answers(
    samples: Path, sample_form: FormDefinition, name: str, layout: str
) -> None:
    subs, problems, found_layout = _read(sample_form, samples / name)
    assert found_layout == layout
    assert len(subs) == 40
    assert len({s.permit_number for s in subs}) == 39
    by_id = {s.instance_id: s for s in subs}
    row_of = {s.instance_id: s.row for s in subs}
    central = name == "central.csv"
    assert row_of[SUPERSEDED] == (21 if central else 20)
    assert row_of[WINNER] == (2 if central else 39)
    assert row_of[UNKNOWN] == (16 if central else 25)
    # the one required answer left empty is reported, not refused
    assert [(p.row, p.reason, p.severity) for p in problems] == [
        (9 if central else 32, "a required answer is empty", "warning")
    ]
    assert problems[0].column in (
        "daily_life/dwelling",
        "daily_life-dwelling",
        "What kind of home do you live in?",
    )
    latest = by_id[WINNER].answers
    assert latest["daily_life/household_size"] == "3"
    assert latest["daily_life/trips_abroad"] == "latvia poland"
    assert latest["daily_life/trips_count"] == "2"
    assert latest["remarks"] == (
        "Pirmą kartą neteisingai nurodžiau namų ūkio dydį ir keliones, siunčiu pataisytą anketą."
    )
    earlier = by_id[SUPERSEDED].answers
    assert (earlier["daily_life/household_size"], earlier["daily_life/trips_abroad"]) == (
        "2",
        "no_trips",
    )
    assert "daily_life/trips_count" not in earlier and "remarks" not in earlier
    multiline = next(s for s in subs if s.permit_number == "43909521").answers
    assert multiline["remarks"] == REMARKS_43909521
    assert multiline["resident/address_since"] == "2019-05-01"
    assert multiline["daily_life/dwelling"] == "rented_flat"
    formula = next(s for s in subs if s.permit_number == "76939049").answers
    assert formula["remarks"] == "=SUM(2,3)"
    assert formula["daily_life/trips_abroad"] == "other_eu elsewhere"
    assert formula["daily_life/home_languages"] == "russian belarusian polish"
    zero = next(s for s in subs if s.permit_number == "00988772").answers
    assert zero["resident/name_on_permit"] == "SAVITSKI RUSLAN"
    assert (zero["resident/birth_date"], zero["resident/address_since"]) == (
        "1978-10-31",
        "2008-06-14",
    )
    assert zero["daily_life/dwelling"] == "dormitory"
    assert zero["daily_life/home_languages"] == "russian polish"
    assert zero["daily_life/trips_abroad"] == "no_trips"
    assert "daily_life/trips_count" not in zero
    cyrillic = next(s for s in subs if s.permit_number == "38106952").answers
    assert cyrillic["resident/name_on_permit"] == "Григорий Макаревич"
    first = next(s for s in subs if s.permit_number == "24309108")
    assert first.answers["daily_life/home_languages"] == "lithuanian russian"
    assert first.answers["daily_life/household_size"] == "2"
    assert "daily_life/trips_count" not in first.answers
    assert first.submitted_at is not None and same_moment(
        first.submitted_at, dt.datetime(2024, 3, 18, 15, 49, 21, tzinfo=dt.UTC)
    )
    if name == "kobo_labels.xlsx":
        # the label export drops the offset of device times
        assert first.answers["start"] == "2024-03-18T17:43:02.716"
    else:
        assert first.answers["start"] == "2024-03-18T17:43:02.716+02:00"
    if central:
        assert first.submitted_at == dt.datetime(2024, 3, 18, 15, 49, 21, 698000, tzinfo=dt.UTC)
    assert "welcome" not in first.answers


def test_all_four_files_hold_identical_answers(samples: Path, sample_form: FormDefinition) -> None:
    device = {"start", "end"}
    results = {}
    for name in FILES:
        subs, _, _ = _read(sample_form, samples / name)
        results[name] = {
            s.instance_id: {k: v for k, v in s.answers.items() if k not in device} for s in subs
        }
    reference = results.pop("kobo.csv")
    for name, answers in results.items():
        assert answers == reference, name


def test_default_import_refuses_the_whole_file(
    with_registry: Callable[[], UnitOfWork], admin: Actor, samples: Path, store: Store
) -> None:
    before = table_counts(store)
    with pytest.raises(ImportRefused) as caught:
        imports.import_responses(with_registry(), admin, samples / "kobo.csv", CAMPAIGN)
    errors = [p for p in caught.value.problems if p.severity == "error"]
    assert [(p.row, p.column, p.value) for p in errors] == [
        (25, "resident/permit_number", "95559314")
    ]
    assert "registry" in errors[0].reason
    assert caught.value.result.counts["refused"] == 1
    assert table_counts(store) == before


@pytest.mark.parametrize("name", FILES)
def test_valid_rows_import_with_the_latest_submission_current(
    with_registry: Callable[[], UnitOfWork],
    admin: Actor,
    samples: Path,
    store: Store,
    name: str,
) -> None:
    result = imports.import_responses(
        with_registry(), admin, samples / name, CAMPAIGN, valid_only=True
    )
    assert result.counts == {
        "read": 40,
        "imported": 39,
        "updated": 0,
        "unchanged": 0,
        "refused": 1,
        "superseded": 1,
        "cases_answered": 38,
        "cases_without_response": 3,
    }
    superseded = [p for p in result.problems if p.reason.startswith("superseded")]
    assert len(superseded) == 1 and WINNER in superseded[0].reason
    with store.reading() as session:
        responses = {r.instance_id: r for r in session.scalars(select(Response))}
        assert len(responses) == 39 and UNKNOWN not in responses
        assert responses[WINNER].current and not responses[SUPERSEDED].current
        assert responses[WINNER].case_id == responses[SUPERSEDED].case_id
        waiting = session.scalars(
            select(Permit.permit_number)
            .join(Case, Case.permit_id == Permit.id)
            .where(Case.response_received_at.is_(None))
        ).all()
        assert set(waiting) == NOT_ANSWERED
        case = session.get(Case, responses[WINNER].case_id)
        assert case is not None and case.response_received_at is not None
        assert same_moment(
            case.response_received_at, dt.datetime(2024, 4, 13, 5, 18, 58, tzinfo=dt.UTC)
        )
        stored = dict(
            session.execute(
                select(Question.path, Answer.value)
                .join(Question, Question.id == Answer.question_id)
                .join(Response, Response.id == Answer.response_id)
                .where(Response.instance_id == "uuid:48a0fe13-2057-4064-aa13-950b9a47308a")
            ).all()
        )
        assert stored["remarks"] == "=SUM(2,3)"
        assert stored["daily_life/trips_abroad"] == "other_eu elsewhere"
        batch = session.scalars(select(ImportBatch)).all()[-1]
        assert batch.kind == "responses" and batch.counts["imported"] == 39
        assert responses[WINNER].batch_id == batch.id


def test_reimport_and_other_layouts_add_nothing(
    with_registry: Callable[[], UnitOfWork], admin: Actor, samples: Path, store: Store
) -> None:
    imports.import_responses(
        with_registry(), admin, samples / "kobo.csv", CAMPAIGN, valid_only=True
    )
    before = table_counts(store)
    for name in FILES:
        again = imports.import_responses(
            with_registry(), admin, samples / name, CAMPAIGN, valid_only=True
        )
        assert again.counts["unchanged"] == 39 and again.counts["imported"] == 0, name
        assert again.batch_id is None
    after = table_counts(store)
    assert after.pop("audit_event") == before.pop("audit_event") + len(FILES)
    assert after == before


def _only_rows(source: Path, target: Path, rows: set[int]) -> Path:
    """A copy of a Kobo CSV export keeping only some data rows (1-based)."""
    import csv

    with source.open(encoding="utf-8", newline="") as fh:
        records = list(csv.reader(fh, delimiter=";"))
    with target.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerow(records[0])
        writer.writerows(r for i, r in enumerate(records[1:], start=1) if i in rows)
    return target


def test_an_earlier_submission_arriving_later_does_not_win(
    with_registry: Callable[[], UnitOfWork],
    admin: Actor,
    samples: Path,
    store: Store,
    tmp_path: Path,
) -> None:
    later = _only_rows(samples / "kobo.csv", tmp_path / "later.csv", {39})
    earlier = _only_rows(samples / "kobo.csv", tmp_path / "earlier.csv", {20})
    imports.import_responses(with_registry(), admin, later, CAMPAIGN)
    result = imports.import_responses(with_registry(), admin, earlier, CAMPAIGN)
    assert result.counts["imported"] == 1 and result.counts["superseded"] == 1
    with store.reading() as session:
        current = {r.instance_id: r.current for r in session.scalars(select(Response))}
    assert current == {WINNER: True, SUPERSEDED: False}


def test_a_later_submission_takes_over(
    with_registry: Callable[[], UnitOfWork],
    admin: Actor,
    samples: Path,
    store: Store,
    tmp_path: Path,
) -> None:
    imports.import_responses(
        with_registry(), admin, _only_rows(samples / "kobo.csv", tmp_path / "a.csv", {20}), CAMPAIGN
    )
    imports.import_responses(
        with_registry(), admin, _only_rows(samples / "kobo.csv", tmp_path / "b.csv", {39}), CAMPAIGN
    )
    with store.reading() as session:
        current = {r.instance_id: r.current for r in session.scalars(select(Response))}
        case = session.scalars(
            select(Case)
            .join(Permit, Case.permit_id == Permit.id)
            .where(Permit.permit_number == "18815971")
        ).one()
        received = case.response_received_at
    assert current == {WINNER: True, SUPERSEDED: False}
    assert received is not None and received.date() == dt.date(2024, 4, 13)


def test_an_edited_submission_replaces_its_answers(
    with_registry: Callable[[], UnitOfWork],
    admin: Actor,
    samples: Path,
    store: Store,
    tmp_path: Path,
) -> None:
    first = _only_rows(samples / "kobo.csv", tmp_path / "first.csv", {1})
    imports.import_responses(with_registry(), admin, first, CAMPAIGN)
    edited = tmp_path / "edited.csv"
    edited.write_text(
        first.read_text(encoding="utf-8").replace('"Neturiu pastabų."', '"Pataisyta."'),
        encoding="utf-8",
    )
    result = imports.import_responses(with_registry(), admin, edited, CAMPAIGN)
    assert result.counts["updated"] == 1
    with store.reading() as session:
        remarks = session.scalar(
            select(Answer.value).join(Question).where(Question.path == "remarks")
        )
        assert remarks == "Pataisyta."
        assert len(session.scalars(select(Response)).all()) == 1


def test_responses_need_the_campaign_questionnaire(
    uow_factory: Callable[[], UnitOfWork], admin: Actor, samples: Path
) -> None:
    with pytest.raises(Exception, match="no questionnaire"):
        imports.import_responses(uow_factory(), admin, samples / "kobo.csv", CAMPAIGN)
    with pytest.raises(Exception, match="no campaign"):
        imports.import_responses(uow_factory(), admin, samples / "kobo.csv", "Nope")


def test_an_export_of_another_form_is_refused(
    with_registry: Callable[[], UnitOfWork], admin: Actor, samples: Path, tmp_path: Path
) -> None:
    with pytest.raises(ImportRefused, match="registry extract, not questionnaire responses"):
        imports.import_responses(with_registry(), admin, samples / "registry.csv", CAMPAIGN)
    other = tmp_path / "other.csv"
    other.write_text('"q1";"q2";"_uuid";"_submission_time"\r\n"a";"b";"x";""\r\n', encoding="utf-8")
    with pytest.raises(ImportRefused, match="no column holds the answer"):
        imports.import_responses(with_registry(), admin, other, CAMPAIGN)


# --- round trips of generated forms and submissions in every layout ---------------------------

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyząčęėįšųūžабвгдежзийклмн", min_size=1, max_size=8)
TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\r")
    | st.just("\n")
    | st.sampled_from(["=", ";", '"', ",", "„", "“"]),
    min_size=1,
    max_size=60,
).filter(lambda t: not t.isspace())
LANGS = ("lt", "en", "ru")


@st.composite
def forms_and_submissions(draw: st.DrawFn) -> tuple[FormDefinition, list[Sub]]:
    languages = LANGS[: draw(st.integers(1, 3))]
    lists: dict[str, tuple[FormChoice, ...]] = {}
    for i in range(draw(st.integers(1, 3))):
        names = draw(
            st.lists(
                st.from_regex(r"[a-z][a-z0-9_]{0,6}", fullmatch=True),
                min_size=1,
                max_size=6,
                unique=True,
            )
        )
        lists[f"list{i}"] = tuple(
            FormChoice(f"list{i}", n, {lang: f"{draw(WORD)} {n} {lang}" for lang in languages})
            for n in names
        )
    questions = [
        FormQuestion(
            "permit_number",
            "who/permit_number",
            "text",
            required=True,
            labels={lang: f"Permit ({lang})" for lang in languages},
        ),
        FormQuestion("who", "who", "group"),
    ]
    questions.reverse()
    names = draw(
        st.lists(
            st.from_regex(r"q[a-z0-9]{1,6}", fullmatch=True), min_size=1, max_size=10, unique=True
        )
    )
    for name in names:
        kind = draw(
            st.sampled_from(
                ["text", "integer", "decimal", "date", "select_one", "select_multiple", "note"]
            )
        )
        group = draw(st.sampled_from(["", "who/", "more/"]))
        list_name = draw(st.sampled_from(sorted(lists))) if kind.startswith("select") else None
        label = {lang: f"{draw(WORD).capitalize()} {name}? ({lang})" for lang in languages}
        questions.append(FormQuestion(name, f"{group}{name}", kind, list_name, labels=label))
    if any(q.path.startswith("more/") for q in questions):
        questions.append(FormQuestion("more", "more", "group"))
    questions.sort(
        key=lambda q: (q.path.split("/")[0] != "who", q.path.split("/")[0], q.kind != "group")
    )
    form = FormDefinition(
        "gen",
        "1",
        "Generated",
        languages[0],
        languages,
        tuple(questions),
        lists,
        "who/permit_number",
    )
    subs = []
    permits = draw(
        st.lists(st.from_regex(r"[0-9]{8}", fullmatch=True), min_size=1, max_size=6, unique=True)
    )
    ids = draw(
        st.lists(
            st.integers(0, 2**128 - 1), min_size=len(permits), max_size=len(permits), unique=True
        )
    )
    for permit, number in zip(permits, ids, strict=True):
        answers = {"who/permit_number": permit}
        for q in form.answered_questions:
            if q.kind == "note" or q.path == form.link_question or draw(st.booleans()) is False:
                continue
            answers[q.path] = draw(_value(q, form))
        moment = draw(
            st.datetimes(
                dt.datetime(2024, 1, 1), dt.datetime(2025, 1, 1), timezones=st.just(dt.UTC)
            )
        ).replace(microsecond=0)
        subs.append(Sub(str(uuid.UUID(int=number, version=4)), moment, answers))
    return form, subs


def _value(q: FormQuestion, form: FormDefinition) -> st.SearchStrategy[str]:
    if q.kind == "integer":
        return st.integers(-(10**6), 10**6).map(str)
    if q.kind == "decimal":
        return st.floats(-1e6, 1e6, allow_nan=False).map(repr)
    if q.kind == "date":
        return st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)).map(dt.date.isoformat)
    if q.kind == "select_one":
        return st.sampled_from(form.choice_names(q.list_name or ""))
    if q.kind == "select_multiple":
        names = form.choice_names(q.list_name or "")
        return st.lists(st.sampled_from(names), min_size=1, unique=True).map(
            lambda chosen: " ".join(n for n in names if n in chosen)
        )
    return TEXT


LAYOUTS: dict[str, Callable[[Path, FormDefinition, list[Sub]], Path]] = {
    "kobo.csv": lambda p, f, s: write_kobo_csv(p / "k.csv", f, s),
    "kobo-comma-no-groups.csv": lambda p, f, s: write_kobo_csv(
        p / "k.csv", f, s, delimiter=",", groups=False
    ),
    "kobo-summary-only.csv": lambda p, f, s: write_kobo_csv(p / "k.csv", f, s, per_choice=False),
    "kobo-per-choice-only.csv": lambda p, f, s: write_kobo_csv(p / "k.csv", f, s, summary=False),
    "central.csv": lambda p, f, s: write_central_csv(p / "c.csv", f, s),
    "kobo_api.json": lambda p, f, s: write_kobo_json(p / "k.json", f, s),
    "list.json": lambda p, f, s: write_kobo_json(p / "l.json", f, s, envelope=False),
    "odata.json": lambda p, f, s: write_odata_json(p / "o.json", f, s),
    "labels-first-language.xlsx": lambda p, f, s: write_kobo_labels_xlsx(
        p / "l.xlsx", f, s, f.languages[0]
    ),
    "labels-last-language.xlsx": lambda p, f, s: write_kobo_labels_xlsx(
        p / "l.xlsx", f, s, f.languages[-1]
    ),
}


def _same(form: FormDefinition, got: dict[str, str], want: dict[str, str]) -> bool:
    decimals = {q.path for q in form.questions if q.kind == "decimal"}
    if set(got) != set(want):
        return False
    # A workbook keeps a decimal as a binary float cell, to about 15 significant digits.
    return all(
        math.isclose(float(got[k]), float(v), rel_tol=1e-14, abs_tol=1e-300)
        if k in decimals
        else got[k] == v
        for k, v in want.items()
    )


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(generated=forms_and_submissions())
def test_generated_submissions_read_back_unchanged(
    tmp_path_factory: pytest.TempPathFactory,
    layout: str,
    generated: tuple[FormDefinition, list[Sub]],
) -> None:
    form, subs = generated
    folder = tmp_path_factory.mktemp("layout")
    path = LAYOUTS[layout](folder, form, subs)
    read, problems, _ = _read(form, path)
    assert [p for p in problems if p.severity == "error"] == []
    assert [s.instance_id for s in read] == [s.instance_id for s in subs]
    for got, want in zip(read, subs, strict=True):
        assert _same(form, got.answers, want.answers), (got.answers, want.answers)
        assert got.permit_number == want.answers["who/permit_number"]
        assert got.submitted_at is not None and same_moment(got.submitted_at, want.submitted_at)


def test_columns_not_in_the_questionnaire_are_named(
    with_registry: Callable[[], UnitOfWork], admin: Actor, samples: Path, tmp_path: Path
) -> None:
    import csv

    with (samples / "central.csv").open(encoding="utf-8", newline="") as fh:
        records = list(csv.reader(fh))
    path = tmp_path / "central-extra.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow([*records[0], "clerk_note"])
        writer.writerows([*r, "seen"] for r in records[1:])
    result = imports.import_responses(
        with_registry(), admin, path, CAMPAIGN, dry_run=True, valid_only=True
    )
    assert result.ignored_columns == ["clerk_note"]
