"""Crash safety: writers killed with SIGKILL at random moments lose nothing they reported.

Three writers (a registry import, decision saves, a letter batch) are each
started again and again on the same store and killed at a random moment
while they work: 200 kills in all. After every kill the store must pass
`integrity_check` and `foreign_key_check`, hold no half-written batch, keep
an intact audit chain, and contain every action the writer reported as done.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import random
import signal
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterator
from multiprocessing.context import ForkServerContext
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.audit import log as audit_log
from app.db.models import Campaign
from app.db.store import Store, open_store
from app.services.context import Actor, UnitOfWork
from tests.letters.population import Person, add_case, bulk_revoked
from tests.safety import crash_writers

ROOT = Path(__file__).resolve().parents[2]
KILLS = {"import": 67, "decision": 67, "letters": 66}
# Seconds of work before a kill, drawn uniformly from 0 to this: a letter takes longer.
LONGEST_RUN = {"import": 0.35, "decision": 0.35, "letters": 0.8}
pytestmark = [pytest.mark.slow, pytest.mark.sqlite_only]  # kills writers of the SQLite file


@pytest.fixture(scope="module")
def forkserver() -> Iterator[ForkServerContext]:
    """Writers start from a server that has imported the application once: a kill every
    fraction of a second then costs a fork, not a fresh interpreter."""
    ctx = mp.get_context("forkserver")
    # The server imports the preload before it applies sys.path: it needs the checkout on
    # PYTHONPATH, whatever the working folder.
    saved = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), saved) if p)
    ctx.set_forkserver_preload(["tests.safety.crash_writers"])
    try:
        yield ctx
    finally:
        if saved is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = saved


class Tally:
    def __init__(self) -> None:
        self.kills = 0
        self.reported = 0
        self.corrupt = 0
        self.partial = 0
        self.lost = 0


def _receive(conn: Any, until: float, into: list[str]) -> bool:
    """Collect messages until `until`, or until the pipe ends (then False)."""
    while True:
        try:
            if not conn.poll(max(0.0, until - time.monotonic())):
                return True
            into.append(conn.recv_bytes().decode())
        except (EOFError, OSError):
            return False


def _drain(conn: Any, into: list[str]) -> None:
    """What a killed writer had written: its end is gone, so all of it is already queued.
    (The pipe may not report its end: the fork server can hold a copy of the writer's end.)"""
    try:
        while conn.poll(0):
            into.append(conn.recv_bytes().decode())
    except (EOFError, OSError):
        return


def _rounds(
    ctx: ForkServerContext,
    target: Callable[..., None],
    args: tuple[Any, ...],
    rounds: int,
    check: Callable[[list[str]], tuple[int, int]],
    database: Path,
    tally: Tally,
    rng: random.Random,
    longest: float,
    top_up: Callable[[], None],
) -> None:
    reported: list[str] = []
    for _ in range(rounds):
        top_up()
        receiver, sender = ctx.Pipe(duplex=False)
        process = ctx.Process(target=target, args=(*args, sender))
        process.start()
        sender.close()
        assert receiver.poll(60) and receiver.recv_bytes() == b"ready"
        messages: list[str] = []
        _receive(receiver, time.monotonic() + rng.uniform(0.0, longest), messages)
        assert process.pid is not None
        with contextlib.suppress(ProcessLookupError):  # it ended by itself (see below)
            os.kill(process.pid, signal.SIGKILL)
        process.join()
        _drain(receiver, messages)
        receiver.close()
        assert "finished" not in messages, "the writer ran out of work before it was killed"
        tally.kills += 1
        reported += messages
        tally.reported += len(messages)
        with sqlite3.connect(database) as conn:
            sound = conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            sound = sound and not conn.execute("PRAGMA foreign_key_check").fetchall()
        store = open_store(f"sqlite:///{database}", migrate=False)
        try:
            with UnitOfWork(store) as uow:
                sound = sound and audit_log.verify(uow.session).ok
        finally:
            store.dispose()
        tally.corrupt += not sound
        partial, lost = check(reported)
        tally.partial += partial
        tally.lost += lost


def _checker(database: Path, kind: str) -> Callable[[list[str]], tuple[int, int]]:
    def rows(sql: str, *params: Any) -> list[tuple[Any, ...]]:
        with sqlite3.connect(database) as conn:
            return conn.execute(sql, params).fetchall()

    def check_imports(reported: list[str]) -> tuple[int, int]:
        batches = [r[0] for r in rows("SELECT file_name FROM import_batch")]
        partial = 0
        for name in batches:
            prefix = crash_writers.import_prefix(name)
            permits = rows("SELECT count(*) FROM permit WHERE permit_number LIKE ?", prefix + "%")
            cases = rows(
                "SELECT count(*) FROM review_case c JOIN permit p ON c.permit_id = p.id "
                "WHERE p.permit_number LIKE ?",
                prefix + "%",
            )
            partial += permits[0][0] != crash_writers.ROWS_PER_IMPORT
            partial += cases[0][0] != crash_writers.ROWS_PER_IMPORT
        stray = rows("SELECT count(*) FROM permit WHERE permit_number LIKE 'I%'")[0][0]
        partial += stray != len(batches) * crash_writers.ROWS_PER_IMPORT
        done = {m.split()[1] for m in reported}
        return partial, len(done - set(batches))

    def check_decisions(reported: list[str]) -> tuple[int, int]:
        states = dict(rows("SELECT case_number, state FROM review_case"))
        decided = rows(
            "SELECT c.case_number, c.state, d.status, "
            "(SELECT count(*) FROM signoff s WHERE s.decision_id = d.id) "
            "FROM review_case c LEFT JOIN decision d ON d.case_id = c.id"
        )
        partial = 0
        for _, state, status, signoffs in decided:
            expected = {
                "in_assessment": (None, 0),
                "awaiting_signoff": ("proposed", 0),
                "closed_retained": ("approved", 1),
            }[state]
            partial += (status, signoffs) != expected
        lost = 0
        for message in reported:
            action, ref = message.split()
            wanted = (
                ("awaiting_signoff", "closed_retained")
                if action == "proposed"
                else ("closed_retained",)
            )
            lost += states.get(ref) not in wanted
        return partial, lost

    def check_letters(reported: list[str]) -> tuple[int, int]:
        per_case = rows(
            "SELECT c.case_number, c.state, count(l.id) FROM review_case c "
            "LEFT JOIN letter l ON l.case_id = c.id GROUP BY c.id"
        )
        partial = sum(
            (state == "letters_issued") != (count == 2) or count not in (0, 2)
            for _, state, count in per_case
        )
        sequences = sorted(r[0] for r in rows("SELECT sequence FROM letter"))
        last = rows("SELECT coalesce(max(last_number), 0) FROM registration_counter")[0][0]
        partial += sequences != list(range(1, len(sequences) + 1)) or last != len(sequences)
        issued = {ref for ref, state, _ in per_case if state == "letters_issued"}
        return partial, len({m.split()[1] for m in reported} - issued)

    return {"import": check_imports, "decision": check_decisions, "letters": check_letters}[kind]


# Work left for the writer before each round: more than the fastest machine gets through in
# the longest run, so that no writer ends by itself however fast it is.
FLOOR = {"decision": 300, "letters": 150}
TOP_UP = {"decision": 400, "letters": 200}


def _top_up(database: Path, kind: str, users: dict[str, Actor]) -> Callable[[], None]:
    def remaining(sql: str) -> int:
        with sqlite3.connect(database) as conn:
            return int(conn.execute(sql).fetchone()[0])

    def top_up() -> None:
        if kind == "import":
            return  # every import writes a new file: its work never ends
        if kind == "decision":
            left = remaining(
                "SELECT count(*) FROM review_case "
                "WHERE state IN ('in_assessment', 'awaiting_signoff')"
            )
        else:
            left = remaining("SELECT count(*) FROM review_case WHERE state = 'awaiting_letters'")
        if left >= FLOOR[kind]:
            return
        made = remaining("SELECT count(*) FROM review_case")
        store = open_store(f"sqlite:///{database}", migrate=False)
        try:
            if kind == "decision":
                for n in range(made, made + TOP_UP[kind]):
                    add_case(
                        store,
                        f"D{n:07d}",
                        Person(),
                        state="in_assessment",
                        officer_id=users["olga"].user_id,
                    )
            else:
                bulk_revoked(store, TOP_UP[kind], start=made)
        finally:
            store.dispose()

    return top_up


@pytest.mark.parametrize("kind", list(KILLS))
def test_sigkill_loses_nothing_reported(
    kind: str,
    store: Store,
    users: dict[str, Actor],
    tmp_path: Path,
    forkserver: ForkServerContext,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with store.session() as session:
        assert session.scalar(select(Campaign).where(Campaign.name == "Review 2024"))
    database = store.sqlite_path
    assert database is not None
    store.dispose()
    url = f"sqlite:///{database}"
    writers: dict[str, tuple[Callable[..., None], tuple[Any, ...]]] = {
        "import": (crash_writers.import_writer, (url, str(tmp_path))),
        "decision": (crash_writers.decision_writer, (url,)),
        "letters": (crash_writers.letter_writer, (url,)),
    }
    target, args = writers[kind]
    tally = Tally()
    started = time.monotonic()
    _rounds(
        forkserver,
        target,
        args,
        KILLS[kind],
        _checker(database, kind),
        database,
        tally,
        random.Random(f"crash-{kind}"),
        LONGEST_RUN[kind],
        _top_up(database, kind, users),
    )
    seconds = time.monotonic() - started
    with capsys.disabled():
        print(
            f"\ncrash safety, {kind} writer: {tally.kills} SIGKILLs in {seconds:.0f} s, "
            f"{tally.reported} actions reported done; corrupt stores {tally.corrupt}, "
            f"partial batches {tally.partial}, lost reported actions {tally.lost}"
        )
    assert tally.kills == KILLS[kind]
    assert tally.reported > 0
    assert Counter(corrupt=tally.corrupt, partial=tally.partial, lost=tally.lost) == Counter()


def test_the_checks_see_a_half_written_batch_and_a_lost_action(store: Store) -> None:
    database = store.sqlite_path
    assert database is not None
    store.dispose()
    with sqlite3.connect(database) as conn:
        conn.execute(
            "INSERT INTO import_batch (kind, file_name, file_sha256, file_format, started_at, "
            "counts) VALUES ('registry', 'registry-1-0001.csv', '', 'csv', '2026-01-01', '{}')"
        )
    partial, lost = _checker(database, "import")(["import registry-1-0002.csv"])
    assert partial > 0 and lost == 1
    partial, lost = _checker(database, "letters")(["issued PR24-999999"])
    assert partial == 0 and lost == 1
