"""Cases followed on the command line from import to their end: to `closed_departed`, to
`closed_reinstated`, and through a remittal back to a new decision; and the board, the
review of final revocations and the refusals, as exit codes and messages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.db.store import Store
from app.services.context import LOCAL_TZ, Actor, Clock
from tests.appeals.helpers import D, Factory, MovableClock, case_events, served_case
from tests.conftest import PASSWORD
from tests.factories import make_case

START = "2026-01-26"


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> MovableClock:
    """Every clock of the run, the command line's included, stands at the test's day."""
    moving = MovableClock(Clock().today())
    moving.set_day(START)
    monkeypatch.setattr(Clock, "now", lambda self: moving.at)
    monkeypatch.setattr(Clock, "today", lambda self: moving.at.astimezone(LOCAL_TZ).date())
    return moving


class Run:
    def __init__(self, store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.base = ["--db", store.url, "--data-dir", str(tmp_path / "data")]
        self.capsys = capsys
        self.tmp_path = tmp_path

    def __call__(self, *args: str, user: str = "cleo") -> tuple[int, str, str]:
        code = main([*self.base, *args, "--user", user])
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, *args: str, user: str = "cleo") -> Any:
        code, out, err = self(*args, "--json", user=user)
        assert code == 0, err
        return json.loads(out)

    def state(self, ref: str) -> str:
        return str(self.ok("case", "show", ref, user="sam")["state"])

    def text_file(self, name: str, text: str) -> str:
        path = self.tmp_path / name
        path.write_text(text, encoding="utf-8")
        return str(path)


@pytest.fixture
def run(
    store: Store,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    clock: MovableClock,
) -> Run:
    monkeypatch.setenv("PERMIT_REVIEW_PASSWORD", PASSWORD)
    return Run(store, tmp_path, capsys)


def decide_and_serve(run: Run, clock: MovableClock, ref: str, *, officer: str = "olga") -> None:
    """From an imported case to `served`, every step a command of its role."""
    clock.set_day(START)
    run.ok("case", "assign", ref, "--to", officer, user="sam")
    run.ok("case", "start", ref, user=officer)
    reasons = run.text_file("reasons.txt", "Asmuo kelia grėsmę valstybės saugumui.")
    run.ok(
        "case", "propose", ref, "--outcome", "revoke", "--basis", "ULTP-51-1-2",
        "--reasons-file", reasons, user=officer,
    )  # fmt: skip
    run.ok("case", "approve", ref, user="sam")
    assert run.state(ref) == "awaiting_letters"
    issued = run.ok("letters", "issue", ref)
    number = issued["issued"][0]["letters"][0]["registration_number"]
    run.ok("letters", "dispatch", number, "--date", START, "--tracking", f"RR{ref[-3:]}LT")
    clock.set_day("2026-02-02")
    served = run.ok("letters", "served", ref, "--date", "2026-01-31", "--method", "registered_mail")
    assert (served["appeal_deadline"], served["departure_deadline"]) == (
        "2026-02-17",
        "2026-03-02",
    )


def test_from_import_to_closed_departed(store: Store, run: Run, clock: MovableClock) -> None:
    ref = make_case(store, "LP0000001", state="imported")
    decide_and_serve(run, clock, ref)
    rows = run.ok("deadlines")
    assert [(r["deadline"], r["date"], r["days_left"]) for r in rows] == [
        ("appeal", "2026-02-17", 15),
        ("departure", "2026-03-02", 28),
    ]
    assert run.ok("finality", "review") == []

    clock.set_day("2026-02-18")
    assert run.ok("deadlines", "--summary")["finality_review"] == 1
    code, out, _ = run("deadlines", "--summary")
    assert code == 0 and "1 revocation to confirm as final" in out
    (due,) = run.ok("finality", "review")
    assert (due["case_number"], due["ground"], due["deadline"]) == (ref, "no_appeal", "2026-02-17")
    confirmed = run.ok("finality", "confirm", "--all-due")
    assert confirmed["cases"][0]["state"] == "revocation_final"
    assert confirmed["confirmed_by"] == "cleo"

    clock.set_day("2026-02-27")
    done = run.ok(
        "case", "departed", ref, "--date", "2026-02-26", "--evidence", "border_record",
        "--note", "Medininkai", "--card-returned",
    )  # fmt: skip
    assert done["state"] == "closed_departed"
    shown = run.ok("appeal", "list", ref)
    assert shown["permit_status"] == "revoked"
    assert shown["departure"] == {
        "departed_on": "2026-02-26",
        "evidence": "border_record",
        "note": "Medininkai",
        "card_returned": True,
    }
    assert run.ok("deadlines") == []
    events = [(e.action, e.actor) for e in case_events(store, ref)]
    assert [e for e in events if e[0] in ("confirm_final", "record_departure")] == [
        ("confirm_final", "cleo"),
        ("record_departure", "cleo"),
    ]


def test_from_import_to_closed_reinstated(store: Store, run: Run, clock: MovableClock) -> None:
    ref = make_case(store, "LP0000002", state="imported")
    decide_and_serve(run, clock, ref)
    clock.set_day("2026-02-10")
    lodged = run.ok(
        "appeal", "add", ref, "--court", "RAT-V", "--lodged", "2026-02-09",
        "--case-no", "eI-100/2026", "--suspensive",
    )  # fmt: skip
    assert (lodged["state"], lodged["late"], lodged["suspensive"]) == ("under_appeal", False, True)
    run.ok("appeal", "hearing", ref, "--date", "2026-03-16", "--note", "Vilnius chamber")
    run.ok("appeal", "document", ref, "--reference", "Teismo šaukimas", "--received", "2026-02-10")
    assert run.ok("deadlines") == []  # the suspensive appeal holds off the departure deadline
    code, out, _ = run("appeal", "list", ref)
    assert code == 0
    assert "appeal RAT-V eI-100/2026 lodged 2026-02-09 (suspensive): pending" in out
    assert "hearing 2026-03-16 Vilnius chamber" in out

    clock.set_day("2026-03-20")
    result = run.ok("appeal", "outcome", ref, "--outcome", "annulled", "--date", "2026-03-18")
    assert result["state"] == "closed_reinstated"
    assert run.state(ref) == "closed_reinstated"
    assert run.ok("appeal", "list", ref)["permit_status"] == "valid"


def test_through_a_remittal_back_to_a_new_decision(
    store: Store, run: Run, clock: MovableClock
) -> None:
    ref = make_case(store, "LP0000003", state="imported")
    decide_and_serve(run, clock, ref)
    clock.set_day("2026-02-19")
    code, out, _ = run("appeal", "add", ref, "--court", "RAT-K", "--lodged", "2026-02-18")
    assert code == 0 and "LATE: lodged after the deadline" in out
    clock.set_day("2026-04-01")
    result = run.ok("appeal", "outcome", ref, "--outcome", "remitted", "--date", "2026-03-31")
    assert result["state"] == "in_assessment"
    assert run.ok("case", "show", ref, user="sam")["decision"] is None

    reasons = run.text_file("again.txt", "Įvertinus teismo nurodymus – nauji motyvai.")
    run.ok(
        "case", "propose", ref, "--outcome", "revoke", "--basis", "ULTP-51-1-2",
        "--reasons-file", reasons, user="olga",
    )  # fmt: skip
    run.ok("case", "approve", ref, user="sue")
    shown = run.ok("case", "show", ref, user="sam")
    assert (shown["decision"]["status"], shown["decision"]["reasons"]) == (
        "approved",
        "Įvertinus teismo nurodymus – nauji motyvai.",
    )
    issued = run.ok("letters", "issue", ref)
    assert [x["registration_number"] for x in issued["issued"][0]["letters"]] == [
        "2026-RS-00003",
        "2026-RS-00004",
    ]
    assert run.state(ref) == "letters_issued"
    # Both decisions stay in the history: the first one superseded after the remittal.
    events = [e for e in case_events(store, ref) if e.action in ("approve", "decision_superseded")]
    assert [(e.action, e.actor) for e in events] == [
        ("approve", "sam"),
        ("decision_superseded", "system"),
        ("approve", "sue"),
    ]


def test_a_dismissed_suspensive_appeal_moves_the_departure_deadline(
    store: Store, run: Run, clock: MovableClock
) -> None:
    ref = make_case(store, "LP0000004", state="imported")
    decide_and_serve(run, clock, ref)
    clock.set_day("2026-02-10")
    run.ok("appeal", "add", ref, "--court", "RAT-V", "--lodged", "2026-02-10", "--suspensive")
    clock.set_day("2026-04-15")
    result = run.ok("appeal", "outcome", ref, "--outcome", "dismissed", "--date", "2026-04-15")
    # Onward appeal until 04-29; one month from 04-30 is Saturday 05-30.
    assert (result["onward_deadline"], result["departure_deadline"]) == (
        "2026-04-29",
        "2026-06-01",
    )
    rows = run.ok("deadlines", "--kind", "departure")
    assert [(r["date"], r["status"]) for r in rows] == [("2026-06-01", "later")]
    assert run.ok("deadlines", "--overdue") == []
    shown = run.ok("appeal", "list", ref)
    assert shown["departure_deadline"] == "2026-06-01"
    assert shown["service"]["departure_deadline"] == "2026-03-02"
    code, out, _ = run("appeal", "list", ref)
    assert code == 0 and "appeal by 2026-02-17; departure by 2026-06-01" in out


def served_directly(
    store: Store, uow_factory: Factory, users: dict[str, Actor], clock: MovableClock, permit: str
) -> str:
    """A served case made through the services (the command line is tested above)."""
    ref = served_case(store, uow_factory, users, clock, permit, served_on=D("2026-01-31"))
    clock.set_day("2026-02-02")
    return ref


def test_courts_and_board_options(
    store: Store, run: Run, clock: MovableClock, uow_factory: Factory, users: dict[str, Actor]
) -> None:
    courts = run.ok("courts")
    assert [c["code"] for c in courts][:2] == ["RAT-V", "RAT-K"]
    code, out, _ = run("courts")
    assert code == 0 and "Žygimantų g. 2, LT-01102 Vilnius" in out and "LVAT" in out

    ref = served_directly(store, uow_factory, users, clock, "LP0000005")
    assert run.ok("deadlines", "--due-within", "14") == []
    assert [r["deadline"] for r in run.ok("deadlines", "--due-within", "15")] == ["appeal"]
    assert [r["deadline"] for r in run.ok("deadlines", "--kind", "departure")] == ["departure"]
    assert run.ok("deadlines", "--overdue") == []
    assert run.ok("deadlines", "--case", "PR24-999") == []
    target = run.tmp_path / "board.csv"
    written = run.ok("deadlines", "--csv", str(target))
    assert written["rows"] == 2
    assert target.read_text("utf-8-sig").splitlines()[1].startswith("Appeal window,2026-02-17")
    code, out, _ = run("deadlines")
    assert code == 0 and "days left" in out and ref in out


def test_refusals_and_usage_errors(
    store: Store, run: Run, clock: MovableClock, uow_factory: Factory, users: dict[str, Actor]
) -> None:
    ref = served_directly(store, uow_factory, users, clock, "LP0000006")
    code, _, err = run("appeal", "add", ref, "--court", "RAT-Z", "--lodged", "2026-02-02")
    assert code == 1 and "unknown court code 'RAT-Z'" in err
    code, _, err = run(
        "appeal", "add", ref, "--court", "RAT-V", "--lodged", "2026-02-02", user="sam"
    )
    assert code == 1 and "clerk" in err
    code, _, err = run("appeal", "outcome", ref, "--outcome", "dismissed", "--date", "2026-02-02")
    assert code == 1 and "served" in err
    code, _, err = run("finality", "confirm", ref)
    assert code == 1 and "runs until 2026-02-17" in err
    code, _, err = run("finality", "confirm")
    assert code == 2
    code, _, err = run("finality", "confirm", ref, "--all-due")
    assert code == 2
    code, _, err = run("deadlines", "--overdue", "--due-within", "3")
    assert code == 2
    code, _, err = run("appeal", "add", ref, "--court", "RAT-V", "--lodged", "yesterday")
    assert code == 2
    code, _, err = run("case", "departed", ref, "--date", "2026-02-02", "--evidence", "gossip")
    assert code == 2
    code, _, err = run("deadlines", user="olga")
    assert code == 1 and "clerk or supervisor" in err

    run.ok("case", "departed", ref, "--date", "2026-02-02", "--evidence", "own_statement")
    code, _, err = run("case", "reopen", ref, "--reason", "Came back.")
    assert code == 1 and "supervisor" in err
    reopened = run.ok("case", "reopen", ref, "--reason", "Came back.", user="sue")
    assert reopened["state"] == "in_assessment"
