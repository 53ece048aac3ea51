"""The world the role table's calls run in: a store with the team, a fixed day, and the
cases each call needs, made when the call asks for them.

A call expected to succeed gets preconditions of its own. A call expected to be
refused changes nothing, so its preconditions are made once per world and reused;
that keeps cases that go through letters and service to a few per service.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy import select

from app.db.models import Case, User
from app.db.store import Store, open_store, sqlite_backup
from app.domain.roles import Role
from app.letters import templates as tpl
from app.services import appeals, backups, cases, closing, imports, information, letters
from app.services.context import Actor, Changed, UnitOfWork
from tests.appeals.helpers import MovableClock, dispatched_case, issued_case, served_case
from tests.factories import make_case
from tests.letters.population import revoked_case
from tests.pg.databases import TestDatabases, test_db_url

T = TypeVar("T")

TODAY = dt.date(2026, 3, 4)  # a Wednesday; letters are issued a week before
ISSUED_ON = TODAY - dt.timedelta(days=7)
BASIS = ["ULTP-51-1-2"]
PASSWORD = "correct horse battery"
NEW_PASSWORD = "a brand new password"
COURT = "RAT-V"
IMPORT_CAMPAIGN = "Role table imports"
SAMPLES = Path(__file__).resolve().parents[3].parent / "shared" / "samples"
# Restricted text put on cases; a clerk or an admin must never be shown it.
SECRET_ASSESSMENT = "ASSESSMENT-SECRET-7731"
SECRET_TITLE = "TITLE-SECRET-9902"
SECRET_CONTENT = "CONTENT-SECRET-4410"
SECRETS = (SECRET_ASSESSMENT, SECRET_TITLE, SECRET_CONTENT)


def team(store: Store) -> dict[str, Actor]:
    """Logged-in actors by user name, as tests/conftest.py's `users` gives them."""
    with store.reading() as session:
        return {
            u.username: Actor(u.id, u.username, u.full_name, frozenset(Role(r) for r in u.roles))
            for u in session.scalars(select(User))
        }


@dataclass(frozen=True)
class Sensitive:
    """A case awaiting sign-off with an internal assessment, a public and a restricted item."""

    ref: str
    case_id: int
    public_item: int
    restricted_item: int


@dataclass
class World:
    store: Store
    clock: MovableClock
    users: dict[str, Actor]
    folder: Path
    expect_refusal: bool = False
    _kept: dict[tuple[str, int], Any] = field(default_factory=dict)
    _asked: Counter[str] = field(default_factory=Counter)
    _serial: int = 0

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.store, self.clock)

    # --- preconditions, fresh or kept --------------------------------------------------------

    def begin(self, *, refused: bool) -> None:
        """Before each call: will it be refused (so that kept preconditions will do)?"""
        self.expect_refusal = refused
        self._asked.clear()

    def forget(self) -> None:
        """A call that should have been refused went through: what was kept may be used up."""
        self._kept.clear()

    def prepared(self, kind: str, build: Callable[[], T]) -> T:
        nth = self._asked[kind]
        self._asked[kind] += 1
        if not self.expect_refusal:
            return build()
        key = (kind, nth)
        if key not in self._kept:
            self._kept[key] = build()
        found: T = self._kept[key]
        return found

    def serial(self) -> int:
        self._serial += 1
        return self._serial

    def permit_number(self) -> str:
        return f"RT{self.serial():07d}"

    @contextmanager
    def on(self, day: dt.date) -> Iterator[None]:
        """Preconditions made on an earlier day; the world's clock goes back to TODAY."""
        self.clock.set_day(day)
        try:
            yield
        finally:
            self.clock.set_day(TODAY)

    # --- cases ---------------------------------------------------------------------------------

    def case(self, state: str, *, assigned: str | None = "olga") -> str:
        def build() -> str:
            owner = self.users[assigned].user_id if assigned else None
            return make_case(self.store, self.permit_number(), state=state, assigned_to_id=owner)

        return self.prepared(f"case:{state}:{assigned}", build)

    def case_id(self, ref: str) -> int:
        with self.store.reading() as session:
            found = session.scalar(select(Case.id).where(Case.case_number == ref))
            assert found is not None
            return found

    def proposed(self, outcome: str = "revoke") -> str:
        def build() -> str:
            ref = make_case(
                self.store,
                self.permit_number(),
                state="assigned",
                assigned_to_id=self.users["olga"].user_id,
            )
            cases.propose(
                self.uow(),
                self.users["olga"],
                ref,
                outcome=outcome,
                legal_bases=BASIS if outcome == "revoke" else [],
                reasons="Reasons.",
                assessment="Assessed.",
            )
            return ref

        return self.prepared(f"proposed:{outcome}", build)

    def awaiting_information(self) -> str:
        def build() -> str:
            ref = make_case(
                self.store,
                self.permit_number(),
                state="assigned",
                assigned_to_id=self.users["olga"].user_id,
            )
            cases.request_information(
                self.uow(), self.users["olga"], ref, authority="VSD", question="Anything known?"
            )
            return ref

        return self.prepared("awaiting_information", build)

    def sensitive(self, officer: str = "olga") -> Sensitive:
        """A proposal with restricted content, on a case of `officer`."""

        def build() -> Sensitive:
            owner = self.users[officer]
            ref = make_case(
                self.store,
                self.permit_number(),
                state="in_assessment",
                assigned_to_id=owner.user_id,
            )
            items = []
            for classification, title, content in (
                ("public", "Registry extract", "Lives at the address given."),
                ("restricted", SECRET_TITLE, SECRET_CONTENT),
            ):
                added = information.add_item(
                    self.uow(),
                    owner,
                    ref,
                    source="VSD",
                    received_on=TODAY - dt.timedelta(days=30),
                    classification=classification,
                    title=title,
                    content=content,
                )
                items.append(int(added.details["item_id"]))
            cases.propose(
                self.uow(),
                owner,
                ref,
                outcome="revoke",
                legal_bases=BASIS,
                reasons="Stated in public.",
                assessment=SECRET_ASSESSMENT,
                relied_items=items,
            )
            return Sensitive(ref, self.case_id(ref), items[0], items[1])

        return self.prepared(f"sensitive:{officer}", build)

    def item(self, kind: str, officer: str = "olga") -> int:
        found = self.sensitive(officer)
        return found.restricted_item if kind == "restricted" else found.public_item

    def unrestricted(self, actor: Actor, shown: T) -> T:
        """What a clerk or an admin is shown holds none of the restricted text."""
        if not actor.has(Role.OFFICER, Role.SUPERVISOR):
            text = repr(shown)
            leaked = [s for s in SECRETS if s in text]
            assert not leaked, f"{actor.username} was shown restricted text {leaked}"
        return shown

    # --- letters, service, appeals -------------------------------------------------------------

    def awaiting_letters(self) -> str:
        def build() -> str:
            with self.on(ISSUED_ON):
                return revoked_case(self.store, self.uow, self.users, self.permit_number())

        return self.prepared("awaiting_letters", build)

    def issued(self) -> tuple[str, str]:
        """A case whose letters were issued a week ago: (case number, decision letter)."""

        def build() -> tuple[str, str]:
            with self.on(ISSUED_ON):
                return issued_case(
                    self.store, self.uow, self.users, self.clock, self.permit_number(), on=ISSUED_ON
                )

        return self.prepared("issued", build)

    def letter(self) -> str:
        return self.issued()[1]

    def dispatched(self) -> str:
        def build() -> str:
            with self.on(ISSUED_ON):
                return dispatched_case(
                    self.store,
                    self.uow,
                    self.users,
                    self.clock,
                    self.permit_number(),
                    issued_on=ISSUED_ON,
                )

        return self.prepared("dispatched", build)

    def _serve(self, days_ago: int = 2) -> str:
        day = TODAY - dt.timedelta(days=days_ago)
        with self.on(day):
            return served_case(
                self.store, self.uow, self.users, self.clock, self.permit_number(), served_on=day
            )

    def served(self, days_ago: int = 2) -> str:
        """A revocation served `days_ago` days before TODAY (its letters issued 5 days before)."""
        return self.prepared(f"served:{days_ago}", lambda: self._serve(days_ago))

    def final(self) -> str:
        """Served so long ago that its appeal period closed without an appeal."""
        return self.served(days_ago=40)

    def under_appeal(self) -> str:
        def build() -> str:
            ref = self._serve()
            appeals.lodge_appeal(
                self.uow(), self.users["cleo"], ref, court_code=COURT, lodged_on=TODAY
            )
            return ref

        return self.prepared("under_appeal", build)

    def departed(self) -> str:
        def build() -> str:
            ref = self._serve()
            closing.record_departure(
                self.uow(), self.users["cleo"], ref, departed_on=TODAY, evidence="border_record"
            )
            return ref

        return self.prepared("departed", build)

    def batch_issued(self, result: letters.BatchResult) -> letters.BatchResult:
        """A batch reports refusals per case instead of raising; an allowed batch has none."""
        assert result.issued and not result.failed, result.failed
        return result

    def template_saved(self) -> tuple[str, str]:
        def build() -> tuple[str, str]:
            document, language = "decision", "en"
            template = copy.deepcopy(tpl.load_shipped(document, language))
            template["version"] = f"2026.{self.serial()}"
            letters.save_template(self.uow(), self.users["admin"], document, language, template)
            return document, language

        return self.prepared("template_saved", build)

    def edited_template(self) -> dict[str, Any]:
        template = copy.deepcopy(tpl.load_shipped("decision", "lt"))
        template["version"] = f"2026.{self.serial()}"
        return template

    # --- files -----------------------------------------------------------------------------------

    def scratch(self, name: str) -> Path:
        """A path of its own for a file or folder a service writes."""
        return self.folder / f"{self.serial()}-{name}"

    def written(self, changed: Changed) -> str:
        """The text of the file a service wrote and named in what it returned."""
        return Path(str(changed.details["file"])).read_text(encoding="utf-8-sig")

    def sample(self, name: str) -> Path:
        path = SAMPLES / name
        if not path.is_file():
            pytest.skip(f"the shared sample files are not at {SAMPLES}")
        return path

    def questionnaire(self) -> str:
        """The sample questionnaire and registry imported: responses can follow."""

        def build() -> str:
            admin = self.users["admin"]
            imports.import_questionnaire(
                self.uow(), admin, self.sample("form.xlsx"), IMPORT_CAMPAIGN
            )
            imports.import_registry(self.uow(), admin, self.sample("registry.csv"), IMPORT_CAMPAIGN)
            return IMPORT_CAMPAIGN

        return self.prepared("questionnaire", build)

    def backup(self) -> Path:
        def build() -> Path:
            return backups.create(self.uow(), self.users["admin"], self.scratch("backups")).path

        return self.prepared("backup", build)


# --- stores ------------------------------------------------------------------------------------


class Worlds:
    """Worlds made when the first test of a group runs and shared by the group's other tests:
    each call prepares its own cases, so the store need not be copied for every call."""

    def __init__(self, request: pytest.FixtureRequest, folder: Path) -> None:
        self.request = request
        self.folder = folder
        self.current: tuple[str | None, World, Callable[[], None]] | None = None
        self.made = 0

    def world(self, group: str, *, sqlite: bool = False, own: bool = False) -> World:
        """The group's world; `own`: a new one for this test alone (the call replaces or
        encrypts the store); `sqlite`: an SQLite store whatever the run's database."""
        if self.current is not None and self.current[0] == group and not own:
            return self.current[1]
        self.close()
        world, close = self._make(sqlite)
        # A world of its own is never handed on: its store was replaced or encrypted.
        self.current = (None if own else group, world, close)
        return world

    def _make(self, sqlite: bool) -> tuple[World, Callable[[], None]]:
        self.made += 1
        folder = self.folder / f"world-{self.made}"
        folder.mkdir()
        if test_db_url() is not None and not sqlite:
            databases: TestDatabases = self.request.getfixturevalue("pg_databases")
            url = databases.create()
            store = open_store(url, backups=folder / "backups")

            def close() -> None:
                store.dispose()
                databases.drop(url)

        else:
            template: Path = self.request.getfixturevalue("template_store")
            target = folder / "store.sqlite3"
            sqlite_backup(template, target)
            store = open_store(f"sqlite:///{target}", backups=folder / "backups")
            close = store.dispose
        clock = MovableClock(TODAY)
        return World(store, clock, team(store), folder), close

    def close(self) -> None:
        if self.current is not None:
            self.current[2]()
            self.current = None
