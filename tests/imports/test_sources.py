"""Telling what a file is: format, encoding, delimiter; streamed rows and JSON records."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.imports import sources
from app.imports.problems import ImportRefused
from app.imports.sources import open_json, open_table, sniff

LITHUANIAN = "Vardenis;Pavardenis;Šiaulių g. 5;Kėdainių r.;Žalgirio;Ąžuolų;Įvažiavimas\n"
RUSSIAN = "Иван;Иванов;Жуковский;Щербакова;Подъезд;Ёлкин;Юрьевич\n"


@pytest.mark.parametrize(
    ("encoding", "expected", "text"),
    [
        ("utf-8", "utf-8", LITHUANIAN + RUSSIAN),
        ("utf-8-sig", "utf-8-sig", LITHUANIAN + RUSSIAN),
        ("utf-16", "utf-16", LITHUANIAN + RUSSIAN),
        ("utf-16-be", "utf-16", LITHUANIAN + RUSSIAN),
        ("cp1257", "cp1257", LITHUANIAN * 3),
        ("cp1251", "cp1251", RUSSIAN * 3),
    ],
)
def test_encodings(tmp_path: Path, encoding: str, expected: str, text: str) -> None:
    path = tmp_path / "f.csv"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    path.write_bytes(data)
    info = sniff(path)
    assert (info.file_format, info.encoding, info.delimiter) == ("csv", expected, ";")
    with open_table(info) as table:
        rows = [values for _, values in table.rows()]
    assert ";".join(table.columns) + "\n" == text.splitlines(keepends=True)[0]
    assert rows[0][0] in ("Иван", "Vardenis")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("a;А;-\n", "cp1251"),  # one Cyrillic letter is 'Ą' in the Baltic page, yet no word
        ("Ivanov;Иван\n", "cp1251"),
        ("Kauno g. 5;Kėdainiai\n", "cp1257"),
        ("Šiauliai\n", "cp1257"),
    ],
)
def test_code_pages_of_short_files(tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / "short.csv"
    path.write_bytes(text.encode(encoding))
    assert sniff(path).encoding == encoding


def test_sample_registry_code_pages(samples: Path) -> None:
    assert sniff(samples / "registry.csv").encoding == "utf-8"
    cp = sniff(samples / "registry_cp1257_semicolon.csv")
    assert (cp.encoding, cp.delimiter) == ("cp1257", ";")


@pytest.mark.parametrize(
    ("header", "delimiter"),
    [
        ('a,b,"c;d"', ","),
        ("a;b;c", ";"),
        ("a\tb\tc", "\t"),
        ('"a;b";"c,d";"e,f"', ";"),
    ],
)
def test_delimiters(tmp_path: Path, header: str, delimiter: str) -> None:
    path = tmp_path / "f.csv"
    path.write_text(header + "\n1,2,3\n", encoding="utf-8")
    assert sniff(path).delimiter == delimiter


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "the file is empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF document"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "old-style Office"),
        (b"permit_number,surname\n123\x00456,X\n", "NUL bytes (the first at byte 25"),
        (b"\n\n  \n", "only blank lines"),
    ],
)
def test_files_that_are_no_import(tmp_path: Path, content: bytes, fragment: str) -> None:
    path = tmp_path / "registry.csv"
    path.write_bytes(content)
    with pytest.raises(ImportRefused) as caught:
        sniff(path)
    assert fragment in caught.value.message
    assert len(caught.value.problems) == 1


def test_truncated_workbook(tmp_path: Path, samples: Path) -> None:
    data = (samples / "kobo_labels.xlsx").read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ImportRefused, match="damaged or incomplete"):
        open_table(sniff(path))


def test_quoted_newlines_count_as_one_row(samples: Path) -> None:
    with open_table(sniff(samples / "kobo.csv")) as table:
        rows = list(table.rows())
    assert len(table.columns) == 39
    assert len(rows) == 40
    remarks = table.columns.index("remarks")
    assert rows[34][1][remarks].count("\n") == 2


def test_json_envelope_and_list(tmp_path: Path, samples: Path) -> None:
    records = open_json(sniff(samples / "kobo_api.json"))
    assert records.envelope == {"count": 40, "next": None, "previous": None}
    assert len(list(records.records())) == 40
    plain = tmp_path / "list.json"
    plain.write_text(json.dumps([{"a": 1}, {"a": 2}]))
    assert [r for _, r in open_json(sniff(plain)).records()] == [{"a": 1}, {"a": 2}]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('{"count": 1}', "no 'results' list"),
        ('{"results": 5}', "is not a list"),
        ('[{"a": 1}, {"a": ', "not valid"),
        ('[{"a": 1} {"a": 2}]', "cut short or broken"),
        ('"just a string"', "neither a list"),
    ],
)
def test_broken_json(tmp_path: Path, text: str, fragment: str) -> None:
    path = tmp_path / "x.json"
    path.write_text(text)
    with pytest.raises(ImportRefused, match=fragment):
        records = open_json(sniff(path))
        list(records.records())


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    values=st.lists(
        st.dictionaries(st.text(max_size=8), st.text(max_size=40), max_size=4), max_size=30
    )
)
def test_json_streams_across_chunk_edges(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, values: list[dict[str, str]]
) -> None:
    monkeypatch.setattr(sources, "CHUNK", 7)
    path = tmp_path / "s.json"
    path.write_text(
        json.dumps({"next": None, "results": values}, ensure_ascii=False), encoding="utf-8"
    )
    records = open_json(sniff(path))
    assert [r for _, r in records.records()] == values
