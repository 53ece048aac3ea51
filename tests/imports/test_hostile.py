"""Broken and hostile files: each gets one clear message, and nothing in the store changes."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from app.db.store import Store
from app.imports.problems import ImportRefused
from app.services import imports
from app.services.context import Actor, UnitOfWork
from tests.imports.conftest import CAMPAIGN, REPO, table_counts

HEADER = (
    "permit_number,surname,given_names,surname_native,given_names_native,date_of_birth,"
    "citizenship,permit_type,permit_issued,permit_valid_until,address_line1,address_line2,"
    "postal_code,city,preferred_language"
)
ROW = (
    "00988772,Savitski,Ruslan,Савіцкі,Руслан,1978-10-31,BY,permanent,2020-12-23,2025-12-22,"
    "Vingio g. 13-30,,LT-94476,Klaipėda,ru"
)


def _refused(call: Callable[[], object], store: Store) -> ImportRefused:
    before = table_counts(store)
    with pytest.raises(ImportRefused) as caught:
        call()
    assert table_counts(store) == before
    return caught.value


def _registry_file(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "the file is empty"),
        ("header.csv", (HEADER + "\n").encode(), "a header but no data rows"),
        ("header-crlf.csv", (HEADER + "\r\n\r\n").encode(), "a header but no data rows"),
        (
            "scan.csv",
            b"%PDF-1.4\n%\xc7\xec\x8f\xa2\n5 0 obj\n<</Length 6 0 R>>\nstream\n",
            "is a PDF document",
        ),
        (
            "nul.csv",
            (HEADER + "\n" + ROW.replace("Ruslan", "Rus\x00lan") + "\n").encode(),
            "NUL bytes",
        ),
        (
            "dupes.csv",
            (HEADER + ",city\n" + ROW + ",Vilnius\n").encode(),
            "names a column more than once: city",
        ),
        (
            "missing.csv",
            (
                HEADER.replace(",date_of_birth", "") + "\n" + ROW.replace(",1978-10-31", "") + "\n"
            ).encode(),
            "required column(s) missing: date_of_birth",
        ),
        ("other.csv", b"name;amount\nx;1\n", "this is not a resident registry"),
        ("photo.csv", b"\x89PNG\r\n\x1a\n" + bytes(64), "PNG image"),
        (
            "unterminated.csv",
            (HEADER + "\n" + ROW.replace("Vingio", '"Vingio') + "\n" + ROW + "\n").encode(),
            "fields; the header has 15",
        ),
    ],
)
def test_broken_registry_files(
    uow_factory: Callable[[], UnitOfWork],
    admin: Actor,
    store: Store,
    tmp_path: Path,
    name: str,
    content: bytes,
    message: str,
) -> None:
    path = _registry_file(tmp_path, name, content)
    refused = _refused(lambda: imports.import_registry(uow_factory(), admin, path, CAMPAIGN), store)
    assert message in str(refused) or any(message in p.reason for p in refused.problems), (
        str(refused),
        refused.problems,
    )


def test_truncated_workbooks(
    uow_factory: Callable[[], UnitOfWork], admin: Actor, store: Store, samples: Path, tmp_path: Path
) -> None:
    data = (samples / "kobo_labels.xlsx").read_bytes()
    for cut in (len(data) // 3, len(data) - 100):
        path = _registry_file(tmp_path, f"cut{cut}.xlsx", data[:cut])
        refused = _refused(
            lambda p=path: imports.import_registry(uow_factory(), admin, p, CAMPAIGN), store
        )
        assert "damaged or incomplete" in str(refused)
    form = (samples / "form.xlsx").read_bytes()
    path = _registry_file(tmp_path, "form.xlsx", form[: len(form) // 2])
    refused = _refused(
        lambda: imports.import_questionnaire(uow_factory(), admin, path, CAMPAIGN), store
    )
    assert "damaged or incomplete" in str(refused)


def test_impossible_dates_and_huge_fields(
    uow_factory: Callable[[], UnitOfWork], admin: Actor, store: Store, tmp_path: Path
) -> None:
    rows = [
        ROW.replace("1978-10-31", "31.02.1978"),
        ROW.replace("00988772", "11111111").replace("Vingio g. 13-30", "x" * 300_000),
    ]
    path = _registry_file(tmp_path, "r.csv", ("\n".join([HEADER, *rows]) + "\n").encode())
    refused = _refused(lambda: imports.import_registry(uow_factory(), admin, path, CAMPAIGN), store)
    assert [(p.row, p.column, p.reason) for p in refused.problems] == [
        (1, "date_of_birth", "no such date in the calendar"),
        (2, "address_line1", "longer than 300 characters"),
    ]
    assert len(refused.problems[1].describe()) < 300  # the value is shortened in reports


def test_quoted_newlines_are_kept(
    uow_factory: Callable[[], UnitOfWork], admin: Actor, store: Store, tmp_path: Path
) -> None:
    row = ROW.replace(",,LT-94476", ',"Laiptinė 2,\nbutas 30",LT-94476')
    path = _registry_file(tmp_path, "r.csv", (HEADER + "\r\n" + row + "\r\n").encode())
    result = imports.import_registry(uow_factory(), admin, path, CAMPAIGN)
    assert result.counts["imported"] == 1
    from sqlalchemy import select

    from app.db.models import Resident

    with store.reading() as session:
        assert session.scalars(select(Resident.address_line2)).one() == "Laiptinė 2,\nbutas 30"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.json", b"", "the file is empty"),
        (
            "header.csv",
            b'"start";"resident/permit_number";"_uuid"\r\n',
            "the file has no submissions",
        ),
        (
            "empty-list.json",
            b'{"count": 0, "next": null, "results": []}',
            "the file has no submissions",
        ),
        ("scan.csv", b"%PDF-1.7\n1 0 obj\n", "is a PDF document"),
        ("nul.json", b'[{"_uuid": "a\x00b"}]', "NUL bytes"),
        (
            "dupes.csv",
            b'"resident/permit_number";"_uuid";"_uuid"\r\n"1";"a";"a"\r\n',
            "names a column more than once: _uuid",
        ),
        (
            "noid.csv",
            b'"resident/permit_number";"remarks"\r\n"12345678";"x"\r\n',
            "no column identifies the submissions",
        ),
        ("nolink.csv", b'"remarks";"_uuid"\r\n"x";"a"\r\n', "no column holds the answer"),
        ("cut.json", b'{"count": 2, "results": [{"_uuid": "a"}, {"_uu', "the JSON is not valid"),
    ],
)
def test_broken_response_files(
    with_registry: Callable[[], UnitOfWork],
    admin: Actor,
    store: Store,
    tmp_path: Path,
    name: str,
    content: bytes,
    message: str,
) -> None:
    path = _registry_file(tmp_path, name, content)
    refused = _refused(
        lambda: imports.import_responses(with_registry(), admin, path, CAMPAIGN), store
    )
    assert message in str(refused), str(refused)


def test_bad_answers_are_reported_by_row_and_column(
    with_registry: Callable[[], UnitOfWork],
    admin: Actor,
    store: Store,
    samples: Path,
    tmp_path: Path,
) -> None:
    text = (samples / "kobo.csv").read_text(encoding="utf-8")
    text = text.replace('"1979-09-19"', '"1979-02-30"', 1)  # row 1 birth date
    text = text.replace('"own_flat"', '"palace"', 1)  # row 1 dwelling
    text = text.replace('"Neturiu pastabų."', '"' + "ž" * 300_000 + '"', 1)
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    refused = _refused(
        lambda: imports.import_responses(with_registry(), admin, path, CAMPAIGN), store
    )
    errors = {(p.row, p.column): p.reason for p in refused.problems if p.severity == "error"}
    assert errors[(1, "resident/birth_date")] == "no such date in the calendar"
    assert "not one of the choices" in errors[(1, "daily_life/dwelling")]
    assert "300,000 characters long" in errors[(1, "remarks")]
    assert (25, "resident/permit_number") in errors


def test_cut_off_json(
    with_registry: Callable[[], UnitOfWork],
    admin: Actor,
    store: Store,
    samples: Path,
    tmp_path: Path,
) -> None:
    data = (samples / "kobo_api.json").read_bytes()
    path = _registry_file(tmp_path, "cut.json", data[: len(data) // 2])
    refused = _refused(
        lambda: imports.import_responses(with_registry(), admin, path, CAMPAIGN), store
    )
    assert "JSON" in str(refused)


MILLION = textwrap.dedent("""
    import json, sys
    from app.db.store import open_store
    from tests.imports.measure import peak_mb
    from app.imports.problems import ImportRefused
    from app.services import accounts, imports
    from app.services.context import UnitOfWork

    store = open_store(f"sqlite:///{sys.argv[1]}")
    admin = accounts.initialise(UnitOfWork(store), username="admin", full_name="Admin",
                                password="correct horse battery")
    try:
        imports.import_registry(UnitOfWork(store), admin, sys.argv[2], "Review 2024")
        outcome = "imported"
    except ImportRefused as exc:
        outcome = exc.message
    print(json.dumps({"outcome": outcome, "peak_mb": peak_mb()}))
""")


@pytest.mark.slow
def test_a_million_rows_are_streamed_and_refused(tmp_path: Path) -> None:
    path = tmp_path / "million.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(HEADER + "\n")
        tail = ROW[len("00988772") :]
        for block in range(100):
            fh.write("".join(f"{block * 10_000 + i:08d}{tail}\n" for i in range(10_000)))
    assert path.stat().st_size > 100_000_000
    completed = subprocess.run(
        [sys.executable, "-c", MILLION, str(tmp_path / "store.sqlite3"), str(path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    report = json.loads(completed.stdout.strip().splitlines()[-1])
    assert "more than 250,000 rows" in report["outcome"]
    # The file is 130 MB; memory stays below the 500 MB bound of the import benchmark.
    # Alone this import peaks near 145 MB, but 352 MB has been seen inside a full
    # suite run; the cause is not yet known, so the bound is the benchmark's own.
    assert report["peak_mb"] < 500, report


def test_the_row_limit_is_a_department_setting(
    uow_factory: Callable[[], UnitOfWork], admin: Actor, store: Store, samples: Path
) -> None:
    from app.db.models import Setting

    with store.session() as session:
        session.add(Setting(key="imports", value={"value": {"max_rows": 10}}))
        session.commit()
    refused = _refused(
        lambda: imports.import_registry(uow_factory(), admin, samples / "registry.csv", CAMPAIGN),
        store,
    )
    assert "more than 10 rows" in str(refused)
