"""The letter commands end to end: issue, pdf, dispatch, served, deadlines, templates."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.db.store import Store
from app.domain import deadlines as dl
from app.services.context import Actor, Clock, UnitOfWork
from tests.letters.pdftext import flat, pdf_text
from tests.letters.population import Person, revoked_case

PASSWORD = "correct horse battery"
Factory = Callable[[], UnitOfWork]


@pytest.fixture
def clock() -> Clock:
    """The command line runs on today's date, so the cases are made on it too."""
    return Clock()


class Run:
    def __init__(
        self,
        store: Store,
        tmp_path: Path,
        capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        self.base = ["--db", store.url, "--data-dir", str(tmp_path / "data")]
        self.capsys = capsys
        monkeypatch.setenv("PERMIT_REVIEW_PASSWORD", PASSWORD)

    def __call__(self, *args: str, user: str = "cleo") -> tuple[int, str, str]:
        code = main([*self.base, *args, "--user", user])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *args: str, user: str = "cleo") -> Any:
        code, out, err = self(*args, "--json", user=user)
        assert code == 0, err
        return json.loads(out)


@pytest.fixture
def run(
    store: Store,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> Run:
    return Run(store, tmp_path, capsys, monkeypatch)


def test_from_issue_to_deadlines(
    store: Store, uow_factory: Factory, users: dict[str, Actor], run: Run, tmp_path: Path
) -> None:
    first = revoked_case(store, uow_factory, users, "LP0000001")
    second = revoked_case(
        store,
        uow_factory,
        users,
        "LP0000002",
        Person(
            surname="Ivanov",
            given_names="Sergej",
            surname_native="Иванов",
            given_names_native="Сергей",
            preferred_language="en",
        ),
    )
    year = Clock().today().year
    out_dir = tmp_path / "out"

    code, out, err = run("letters", "issue", first, "LP0000002", "--out", str(out_dir))
    assert code == 0, err
    numbers = [f"{year}-RS-{i:05d}" for i in range(1, 5)]
    assert [line.split("\t")[0] for line in out.splitlines()[:4]] == numbers
    for number in numbers:
        assert number in flat(pdf_text((out_dir / f"{number}.pdf").read_bytes()))
    register = out_dir / f"dispatch-register-{numbers[0]}--{numbers[-1]}.csv"
    rows = list(csv.DictReader(register.read_text("utf-8-sig").splitlines()))
    assert [r["registration_numbers"] for r in rows] == [
        " ".join(numbers[:2]),
        " ".join(numbers[2:]),
    ]
    assert "Сергей Иванов" in flat(pdf_text(register.with_suffix(".pdf").read_bytes()))

    copy = tmp_path / "copy.pdf"
    code, _, err = run("letters", "pdf", numbers[2], "--out", str(copy))
    assert code == 0, err
    assert copy.read_bytes() == (out_dir / f"{numbers[2]}.pdf").read_bytes()

    today = Clock().today().isoformat()
    sent = run.json("letters", "dispatch", numbers[0], "--date", today, "--tracking", "RR9LT")
    assert sent["state"] == "dispatched" and sent["letters"] == numbers[:2]
    served = run.json("letters", "served", first, "--date", today, "--method", "registered_mail")
    due = dl.deadlines_after_service(
        Clock().today(), appeal_days=14, departure_months=1, calendar=dl.WorkingCalendar()
    )
    assert served["appeal_deadline"] == due.appeal.isoformat()
    assert served["departure_deadline"] == due.departure.isoformat()

    listed = run.json("deadlines", user="sam")
    assert [(r["case_number"], r["deadline"], r["date"]) for r in listed] == [
        (first, "appeal", due.appeal.isoformat()),
        (first, "departure", due.departure.isoformat()),
    ]
    assert run.json("deadlines", "--due-within", "0") == []
    code, out, _ = run("deadlines", "--due-within", "40")
    assert code == 0 and first in out and "days left" in out

    letters_of_second = run.json("letters", "list", second)
    assert [x["registration_number"] for x in letters_of_second] == numbers[2:]


def test_refusals_exit_1_with_a_message(
    store: Store, uow_factory: Factory, users: dict[str, Actor], run: Run
) -> None:
    ref = revoked_case(store, uow_factory, users, "LP0000001")
    code, _, err = run("letters", "issue", ref, user="olga")
    assert code == 1 and "clerk" in err
    code, _, err = run("letters", "served", ref, "--date", "2026-01-01", "--method", "other")
    assert code == 1 and "awaiting_letters" in err
    code, _, err = run("letters", "pdf", "2026-RS-99999", "--out", "x.pdf")
    assert code == 1 and "2026-RS-99999" in err
    code, _, err = run("letters", "served", ref, "--date", "soon", "--method", "other")
    assert code == 2


def test_templates_on_the_command_line(run: Run, tmp_path: Path) -> None:
    shown = run.json("letters", "template", "show", "decision", "en", user="admin")
    template = shown["template"]
    template["sections"][0]["text"] += " ${permit_colour}"
    bad = tmp_path / "decision.en.json"
    bad.write_text(json.dumps(template), encoding="utf-8")
    code, _, err = run("letters", "template", "save", "decision", "en", str(bad), user="admin")
    assert code == 1 and str(bad) in err and "$permit_colour" in err
    template["sections"][0]["text"] = template["sections"][0]["text"].replace(
        " ${permit_colour}", ""
    )
    template["version"] = "2026.2"
    bad.write_text(json.dumps(template), encoding="utf-8")
    code, _, err = run("letters", "template", "save", "decision", "en", str(bad), user="admin")
    assert code == 0, err
    checked = run.json("letters", "template", "check", user="admin")
    assert {(r["document"], r["language"]): r["version"] for r in checked}[
        ("decision", "en")
    ] == "2026.2"
