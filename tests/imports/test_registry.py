"""The resident registry: reading extracts, opening cases, updating, refusing bad rows."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from app.db.models import AuditEvent, Case, ImportBatch, Permit, Resident
from app.db.store import Store
from app.domain.text import search_terms, search_text
from app.imports.problems import ImportRefused
from app.imports.registry import COLUMNS, RegistryReader, folded_search_text
from app.imports.sources import open_table, sniff
from app.services import imports, queries
from app.services.context import Actor, UnitOfWork
from tests.imports.conftest import CAMPAIGN, table_counts
from tests.imports.writers import registry_values, write_registry_csv, write_registry_xlsx

TODAY = dt.date(2024, 3, 18)


def _read(path: Path) -> list[Any]:
    with open_table(sniff(path)) as table:
        reader = RegistryReader(table, TODAY)
        return [(row, record, problems) for row, record, problems in reader.records()]


def test_both_sample_extracts_hold_the_same_residents(samples: Path) -> None:
    utf8 = _read(samples / "registry.csv")
    baltic = _read(samples / "registry_cp1257_semicolon.csv")
    assert len(utf8) == len(baltic) == 41
    assert all(not problems for _, _, problems in utf8 + baltic)
    for (_, a, _), (_, b, _) in zip(utf8, baltic, strict=True):
        assert a is not None and b is not None
        assert a.fields() | {"surname_native": "", "given_names_native": ""} == b.fields()
    numbers = [r.permit_number for _, r, _ in utf8 if r]
    assert sum(1 for n in numbers if n.startswith("0")) == 6
    assert "00988772" in numbers
    citizenship = [r.citizenship for _, r, _ in utf8 if r]
    assert (citizenship.count("BY"), citizenship.count("RU")) == (30, 11)
    by_number = {r.permit_number: r for _, r, _ in utf8 if r}
    shilelis = by_number["32998797"]
    assert shilelis.address_line1 == "Sodų bendrija „Šilelis“, sklypas 27"
    assert (shilelis.address_line2, shilelis.city) == ("Senųjų Trakų sen.", "Trakų r.")
    assert shilelis.date_of_birth == dt.date(1992, 11, 12)
    savitski = by_number["00988772"]
    assert (savitski.surname, savitski.given_names) == ("Savitski", "Ruslan")
    assert (savitski.surname_native, savitski.given_names_native) == ("Савіцкі", "Руслан")
    assert (savitski.permit_issued, savitski.permit_valid_until) == (
        dt.date(2020, 12, 23),
        dt.date(2025, 12, 22),
    )
    assert (savitski.postal_code, savitski.city, savitski.preferred_language) == (
        "LT-94476",
        "Klaipėda",
        "ru",
    )
    expired = {
        r.permit_number
        for _, r, _ in utf8
        if r and r.permit_valid_until and r.permit_valid_until < TODAY
    }
    assert expired == {"59520976", "64934139", "83333808"}


def test_fast_search_text_matches_the_domain_rule(samples: Path) -> None:
    for _, record, _ in _read(samples / "registry.csv"):
        assert record is not None
        assert record.search_text() == search_text(
            record.surname,
            record.given_names,
            record.surname_native,
            record.given_names_native,
            record.permit_number,
        )
    assert folded_search_text("Žukauskas", "", "Иванов") == "zukauskas иванов"


def test_import_opens_one_case_per_resident(
    uow_factory: Callable[[], UnitOfWork], admin: Actor, samples: Path, store: Store
) -> None:
    result = imports.import_registry(uow_factory(), admin, samples / "registry.csv", CAMPAIGN)
    assert result.counts == {
        "read": 41,
        "imported": 41,
        "updated": 0,
        "unchanged": 0,
        "refused": 0,
        "cases_opened": 41,
    }
    with store.reading() as session:
        cases = session.scalars(select(Case).order_by(Case.id)).all()
        assert len(cases) == 41
        assert {c.state for c in cases} == {"imported"}
        assert cases[0].case_number == "PR24-000001"
        assert cases[-1].case_number == "PR24-000041"
        assert all(c.response_received_at is None for c in cases)
        permit = session.scalar(select(Permit).where(Permit.permit_number == "00988772"))
        assert permit is not None and permit.issued_on == dt.date(2020, 12, 23)
        resident = session.get(Resident, permit.resident_id)
        assert resident is not None
        assert resident.search_text == "savitski ruslan савіцкі руслан 00988772"
        by_name = queries.search_condition(UnitOfWork(store), "Савіц")
        found = session.scalars(select(Case.resident_id).where(by_name)).all()
        assert resident.id in found
        batch = session.scalars(select(ImportBatch)).one()
        assert batch.kind == "registry" and batch.counts["imported"] == 41
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "import_registry")
        ).one()
        assert event.after["counts"]["imported"] == 41
        assert "Savitski" not in str(event.after) and "00988772" not in str(event.after)


@pytest.mark.sqlite_only  # the FTS5 index rebuilt after a large load
def test_a_whole_registry_is_found_by_name_search(
    uow_factory: Callable[[], UnitOfWork], admin: Actor, store: Store, tmp_path: Path
) -> None:
    people = [
        _record(f"{i:08d}", surname=f"Pavardenis{i}", surname_native=f"Фамилия{i}")
        for i in range(1, 3001)
    ]
    path = write_registry_csv(tmp_path / "many.csv", people)
    imports.import_registry(uow_factory(), admin, path, CAMPAIGN)
    with store.reading() as session:

        def found(query: str) -> list[int]:
            match = " ".join(f'"{t}"*' for t in search_terms(query))
            return list(
                session.execute(
                    text("SELECT rowid FROM resident_search WHERE resident_search MATCH :q"),
                    {"q": match},
                ).scalars()
            )

        assert len(found("pavardenis2999")) == 1
        assert len(found("фамилия1500")) == 1
        assert len(found("00000042")) == 1
        # the index is rebuilt after a large load, and the trigger that keeps it is back
        assert (
            session.execute(
                text(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                    " AND name = 'resident_search_ai'"
                )
            ).scalar()
            == 1
        )
    more = write_registry_csv(tmp_path / "one.csv", [_record("99999999", surname="Naujokas")])
    imports.import_registry(uow_factory(), admin, more, CAMPAIGN)
    with store.reading() as session:
        assert (
            session.execute(
                text("SELECT count(*) FROM resident_search WHERE resident_search MATCH 'naujokas'")
            ).scalar()
            == 1
        )


def test_reimport_adds_nothing(
    uow_factory: Callable[[], UnitOfWork], admin: Actor, samples: Path, store: Store
) -> None:
    imports.import_registry(uow_factory(), admin, samples / "registry.csv", CAMPAIGN)
    before = table_counts(store)
    again = imports.import_registry(uow_factory(), admin, samples / "registry.csv", CAMPAIGN)
    assert again.counts["unchanged"] == 41 and again.counts["imported"] == 0
    after = table_counts(store)
    assert after.pop("audit_event") == before.pop("audit_event") + 1
    assert after == before
    # the Windows-1257 extract has no Cyrillic: its empty native names change nothing
    baltic = imports.import_registry(
        uow_factory(), admin, samples / "registry_cp1257_semicolon.csv", CAMPAIGN
    )
    assert baltic.counts["unchanged"] == 41 and not baltic.changes


def test_newer_extract_updates_and_reports_each_change(
    uow_factory: Callable[[], UnitOfWork],
    admin: Actor,
    samples: Path,
    store: Store,
    tmp_path: Path,
) -> None:
    imports.import_registry(uow_factory(), admin, samples / "registry.csv", CAMPAIGN)
    lines = (samples / "registry.csv").read_text(encoding="utf-8").splitlines()
    header, rows = lines[0], lines[1:]
    moved = next(r for r in rows if r.startswith("00988772,"))
    rows[rows.index(moved)] = moved.replace("Vingio g. 13-30", "Taikos pr. 1-2").replace(
        "LT-94476", "LT-91111"
    )
    rows = [r for r in rows if not r.startswith("32998797,")]  # left out of the newer extract
    newer = tmp_path / "newer.csv"
    newer.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    result = imports.import_registry(uow_factory(), admin, newer, CAMPAIGN)
    assert result.counts["updated"] == 1 and result.counts["unchanged"] == 39
    assert {(c.permit_number, c.field, c.old, c.new) for c in result.changes} == {
        ("00988772", "address_line1", "Vingio g. 13-30", "Taikos pr. 1-2"),
        ("00988772", "postal_code", "LT-94476", "LT-91111"),
    }
    with store.reading() as session:
        resident = session.scalar(
            select(Resident).join(Permit).where(Permit.permit_number == "00988772")
        )
        assert resident is not None and resident.address_line1 == "Taikos pr. 1-2"
        assert resident.version == 2
        assert session.scalar(select(Permit).where(Permit.permit_number == "32998797"))
        assert len(session.scalars(select(Resident)).all()) == 41


def _bad_copy(samples: Path, tmp_path: Path, edit: Callable[[list[str]], None]) -> Path:
    lines = (samples / "registry.csv").read_text(encoding="utf-8").splitlines()
    edit(lines)
    path = tmp_path / "bad.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("edit", "row", "column", "fragment"),
    [
        (
            lambda ls: ls.__setitem__(2, ls[2].replace("1996-07-14", "1996-02-30")),
            2,
            "date_of_birth",
            "no such date",
        ),
        (
            lambda ls: ls.__setitem__(2, ls[2].replace(",BY,", ",XY,")),
            2,
            "citizenship",
            "not a country code",
        ),
        (lambda ls: ls.append(ls[1]), 42, "permit_number", "also in row 1"),
        (
            lambda ls: ls.__setitem__(1, ls[1].replace("Barysevich", "")),
            1,
            "surname",
            "a value is required",
        ),
        (lambda ls: ls.__setitem__(1, ls[1] + ",extra"), 1, "", "the row has 16 fields"),
        (
            lambda ls: ls.__setitem__(1, ls[1].replace("2027-01-13", "2020-01-13")),
            1,
            "permit_valid_until",
            "ends before it was issued",
        ),
        (
            lambda ls: ls.__setitem__(1, ls[1].replace("1978-11-06", "2031-11-06")),
            1,
            "date_of_birth",
            "impossible",
        ),
    ],
)
def test_bad_rows_refuse_the_file_with_a_report(
    uow_factory: Callable[[], UnitOfWork],
    admin: Actor,
    samples: Path,
    store: Store,
    tmp_path: Path,
    edit: Callable[[list[str]], None],
    row: int,
    column: str,
    fragment: str,
) -> None:
    path = _bad_copy(samples, tmp_path, edit)
    before = table_counts(store)
    with pytest.raises(ImportRefused) as caught:
        imports.import_registry(uow_factory(), admin, path, CAMPAIGN)
    errors = [p for p in caught.value.problems if p.severity == "error"]
    assert [(p.row, p.column) for p in errors] == [(row, column)]
    assert fragment in errors[0].reason
    assert table_counts(store) == before
    partial = imports.import_registry(uow_factory(), admin, path, CAMPAIGN, valid_only=True)
    assert partial.counts["refused"] == 1
    assert partial.counts["imported"] == partial.counts["read"] - 1


def test_alpha3_citizenship_and_dotted_dates(tmp_path: Path) -> None:
    record = _record(citizenship="BLR")
    path = write_registry_csv(
        tmp_path / "r.csv",
        [record, _record("00000002", citizenship="rus")],
        dates="dotted",
        delimiter="\t",
    )
    (_, first, _), (_, second, _) = _read(path)
    assert first.citizenship == "BY" and second.citizenship == "RU"
    assert first.date_of_birth == record["date_of_birth"]


def test_registry_workbook(tmp_path: Path) -> None:
    records = [_record(f"{i:08d}") for i in range(1, 4)]
    path = write_registry_xlsx(tmp_path / "r.xlsx", records)
    read = _read(path)
    assert [r.permit_number for _, r, _ in read] == ["00000001", "00000002", "00000003"]
    assert read[0][1].date_of_birth == records[0]["date_of_birth"]


def test_numeric_permit_cells_are_refused(tmp_path: Path) -> None:
    record = _record()
    record["permit_number"] = 988772
    ((_, result, problems),) = _read(write_registry_xlsx(tmp_path / "r.xlsx", [record]))
    assert result is None and "leading zeros" in problems[0].reason


def _record(number: str = "00000001", **changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "permit_number": number, "surname": "Žukauskas", "given_names": "Ivan",
        "surname_native": "Жуковский", "given_names_native": "Иван",
        "date_of_birth": dt.date(1980, 5, 17), "citizenship": "BY", "permit_type": "permanent",
        "permit_issued": dt.date(2020, 1, 2), "permit_valid_until": dt.date(2025, 1, 1),
        "address_line1": "Gedimino pr. 1-2", "address_line2": "", "postal_code": "LT-01103",
        "city": "Vilnius", "preferred_language": "ru",
    }  # fmt: skip
    base.update(changes)
    return base


# --- round trip of generated extracts ---------------------------------------------------

LATIN = "ABCDEFGHIJKLMNOPRSTUVYZabcdefghijklmnoprstuvyz"
LT_LETTERS = LATIN + "ĄČĘĖĮŠŲŪŽąčęėįšųūž -'"
CYRILLIC = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЫЭЮЯабвгдеёжзийклмнопрстуфхцчшщыьэюяІіЎў -"
ADDRESS = LT_LETTERS + '0123456789.,/„“"\n'


def _words(alphabet: str, size: int = 20) -> st.SearchStrategy[str]:
    return st.text(alphabet=alphabet, min_size=1, max_size=size).map(str.strip).filter(bool)


@st.composite
def extracts(draw: st.DrawFn) -> tuple[list[dict[str, Any]], dict[str, str]]:
    layout = draw(
        st.sampled_from(
            [
                {"encoding": "utf-8", "delimiter": ",", "dates": "iso", "line_end": "\n"},
                {"encoding": "utf-8-sig", "delimiter": ";", "dates": "dotted", "line_end": "\r\n"},
                {"encoding": "utf-16", "delimiter": "\t", "dates": "iso", "line_end": "\r\n"},
                {"encoding": "cp1257", "delimiter": ";", "dates": "dotted", "line_end": "\r\n"},
                {"encoding": "cp1251", "delimiter": ",", "dates": "iso", "line_end": "\n"},
            ]
        )
    )
    names = LATIN + " -" if layout["encoding"] == "cp1251" else LT_LETTERS
    native = "" if layout["encoding"] == "cp1257" else CYRILLIC
    address = ADDRESS if layout["encoding"] != "cp1251" else LATIN + '0123456789 .,/"\n'
    count = draw(st.integers(1, 8))
    numbers = draw(
        st.lists(
            st.from_regex(r"[0-9]{8}", fullmatch=True), min_size=count, max_size=count, unique=True
        )
    )
    records = []
    for number in numbers:
        issued = draw(st.dates(dt.date(2000, 1, 1), dt.date(2023, 12, 31)))
        records.append(
            {
                "permit_number": number,
                "surname": draw(_words(names)),
                "given_names": draw(_words(names)),
                "surname_native": draw(_words(native)) if native else "",
                "given_names_native": draw(_words(native)) if native else "",
                "date_of_birth": draw(st.dates(dt.date(1920, 1, 1), dt.date(2005, 12, 31))),
                "citizenship": draw(st.sampled_from(["BY", "RU", "UA", "LT", "KZ"])),
                "permit_type": draw(st.sampled_from(["permanent", "eu_long_term"])),
                "permit_issued": issued,
                "permit_valid_until": issued + dt.timedelta(days=draw(st.integers(0, 4000))),
                "address_line1": draw(_words(address, 60)),
                "address_line2": draw(st.just("") | _words(address, 30)),
                "postal_code": f"LT-{draw(st.integers(10000, 99999))}",
                "city": draw(_words(names)),
                "preferred_language": draw(st.sampled_from(["ru", "lt", "en", "be"])),
            }
        )
    return records, layout


def _same_in_both_code_pages(data: bytes) -> bool:
    try:
        return data.decode("cp1257") == data.decode("cp1251")
    except UnicodeDecodeError:
        return False


def _too_little_to_tell(data: bytes) -> bool:
    """Every word with a byte above ASCII is one or two such letters and nothing else: 'Ą'
    in Windows-1257 is 'А' in Windows-1251, and no reader can know which was meant."""
    words = re.findall(rb"[A-Za-z\x80-\xff]+", data)
    return all(len(w) <= 2 and not any(b < 0x80 for b in w) for w in words if not w.isascii())


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(extract=extracts())
@example(
    extract=(
        [
            {
                "permit_number": "00000000",
                "surname": "A",
                "given_names": "A",
                "surname_native": "",
                "given_names_native": "",
                "date_of_birth": dt.date(2000, 1, 1),
                "citizenship": "BY",
                "permit_type": "permanent",
                "permit_issued": dt.date(2000, 1, 1),
                "permit_valid_until": dt.date(2000, 1, 1),
                "address_line1": "0",
                "address_line2": "",
                "postal_code": "LT-10000",
                "city": "Ą",  # 'А' in Windows-1251
                "preferred_language": "ru",
            }
        ],
        {"encoding": "cp1257", "delimiter": ";", "dates": "dotted", "line_end": "\r\n"},
    )
)
def test_generated_extracts_read_back_unchanged(
    tmp_path: Path, extract: tuple[list[dict[str, Any]], dict[str, str]]
) -> None:
    records, layout = extract
    path = write_registry_csv(tmp_path / "gen.csv", records, **layout)
    info = sniff(path)
    expected = "utf-16" if layout["encoding"] == "utf-16" else layout["encoding"]
    if expected.startswith("cp") and path.read_bytes().isascii():
        expected = "utf-8"  # plain ASCII is UTF-8 too
    data = path.read_bytes()
    if expected.startswith("cp") and (_same_in_both_code_pages(data) or _too_little_to_tell(data)):
        # Only characters the two code pages share (quotes, dashes), or lone letters that are
        # a word in either script: either reading is right.
        assert info.encoding in ("cp1257", "cp1251")
    else:
        assert info.encoding == expected
    assert info.delimiter == layout["delimiter"]
    read = _read(path)
    assert [problems for _, _, problems in read] == [[] for _ in records]
    for (_, got, _), want in zip(read, records, strict=True):
        assert got is not None
        wanted = registry_values(want, "iso")
        if info.encoding != expected:  # the other code page: its reading of the same bytes
            wanted = [v.encode(expected).decode(info.encoding) for v in wanted]
        assert registry_values(got.fields(), "iso") == wanted
    assert len(COLUMNS) == 15
