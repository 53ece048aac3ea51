"""What only the PostgreSQL store has: its schema objects, the application role of
docs/postgresql.md, the writer lock, transient refusals, and trigram name search."""

from __future__ import annotations

import os
import re
import subprocess
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, ProgrammingError

from app.audit import log as audit_log
from app.cli import main
from app.db import engine as engine_mod
from app.db import postgres
from app.db.engine import is_transient, retrying
from app.db.models import AuditEvent, Case
from app.db.store import Store, head_revision, open_store, sqlite_backup
from app.domain.errors import StoreBusy, StoreError
from app.services import cases, queries
from app.services.context import Actor, UnitOfWork
from tests.conftest import PASSWORD
from tests.factories import make_case
from tests.pg import cluster
from tests.pg.databases import TestDatabases

pytestmark = pytest.mark.postgresql

DOCS = Path(__file__).resolve().parents[2] / "docs" / "postgresql.md"
Uow = Callable[[], UnitOfWork]


@pytest.fixture
def pg_store(pg_url: str, store: Store) -> Store:
    assert not store.is_sqlite
    return store


@pytest.fixture
def empty_database(pg_url: str, pg_databases: TestDatabases) -> Iterator[str]:
    url = pg_databases.create(empty=True)
    yield url
    pg_databases.drop(url)


def _scalar(url: str, sql: str) -> object:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql)).scalar()
    finally:
        engine.dispose()


# --- schema and the command line ------------------------------------------------------


def test_init_on_the_command_line_creates_the_schema_and_the_search_objects(
    empty_database: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PERMIT_REVIEW_PASSWORD", PASSWORD)
    data = str(tmp_path / "data")
    init = ["init", "--admin", "admin", "--full-name", "Ada Admin", "--json"]
    code = main(["--data-dir", data, "--db", empty_database, *init])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert PASSWORD not in out and make_url(empty_database).password not in out
    store = open_store(empty_database, migrate=False)
    try:
        assert store.current_revision() == head_revision()
    finally:
        store.dispose()
    extensions = _scalar(
        empty_database,
        "SELECT string_agg(extname, ',' ORDER BY extname) FROM pg_extension "
        "WHERE extname IN ('pg_trgm', 'unaccent')",
    )
    assert extensions == "pg_trgm,unaccent"
    index = _scalar(
        empty_database,
        "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_resident_search_words'",
    )
    assert "USING gin (search_words gin_trgm_ops)" in str(index)
    triggers = _scalar(
        empty_database,
        "SELECT string_agg(tgname, ',' ORDER BY tgname) FROM pg_trigger "
        "WHERE tgrelid = 'audit_event'::regclass AND NOT tgisinternal",
    )
    assert triggers == "audit_event_no_change,audit_event_no_truncate"

    # The same command line, pointed at the server by the environment variable.
    monkeypatch.setenv("PERMIT_REVIEW_DB_URL", empty_database)
    secret = tmp_path / "pw.txt"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    add = ["user", "add", "olga", "--role", "officer", "--full-name", "Olga"]
    code = main(["--data-dir", data, *add, "--password-file", str(secret), "--user", "admin"])
    assert code == 0, capsys.readouterr().err
    store = open_store(empty_database)
    try:
        from app.db.models import Campaign

        with store.session() as session:
            session.add(Campaign(name="Review 2024", code="PR24"))
            session.commit()
        make_case(store, "01234567", surname="Žukauskas", surname_native="Жукаускас")
    finally:
        store.dispose()
    capsys.readouterr()
    assert main(["--data-dir", data, "case", "take-next", "--user", "olga", "--json"]) == 0
    assert (
        main(["--data-dir", data, "cases", "--search", "жукаус", "--user", "olga", "--json"]) == 0
    )
    out = capsys.readouterr().out
    assert '"state": "assigned"' in out and "01234567" in out
    assert main(["--data-dir", data, "audit", "verify", "--user", "admin"]) == 0
    assert "Audit log intact" in capsys.readouterr().out


# --- the audit log ----------------------------------------------------------------------


def test_the_trigger_refuses_changes_to_the_audit_log_even_from_its_owner(
    pg_store: Store, users: dict[str, Actor]
) -> None:
    statements = [
        update(AuditEvent).values(actor="mallory"),
        text("DELETE FROM audit_event"),
        text("TRUNCATE audit_event"),
    ]
    for statement in statements:
        with pg_store.session() as session, pytest.raises(IntegrityError, match="append-only"):
            session.execute(statement)


def _application_role_sql(database: str, role: str) -> list[str]:
    """The grant block of docs/postgresql.md, for `database` and `role`."""
    document = DOCS.read_text(encoding="utf-8")
    block = re.search(r"-- BEGIN application role\n(.*?)-- END application role", document, re.S)
    assert block, "docs/postgresql.md has lost its application role block"
    sql = block.group(1).replace("permit_review", f'"{database}"').replace("permit_app", role)
    lines = [line for line in sql.splitlines() if line and not line.startswith("--")]
    return [s.strip() for s in " ".join(lines).split(";") if s.strip()]


def test_the_documented_application_role_works_but_cannot_touch_the_audit_log(
    pg_store: Store, users: dict[str, Actor]
) -> None:
    owner_url = make_url(pg_store.url)
    role, secret = f"permit_app_{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
    with pg_store.engine.begin() as conn:
        conn.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD '{secret}'"))
        for statement in _application_role_sql(owner_url.database or "", role):
            conn.execute(text(statement))
    app_url = owner_url.set(username=role, password=secret)
    app_store = open_store(app_url.render_as_string(hide_password=False))
    try:
        # Day-to-day work, audited, with the application's rights only.
        ref = make_case(app_store, "01234567")
        cases.assign(UnitOfWork(app_store), users["sam"], [ref], "olga")
        cases.start(UnitOfWork(app_store), users["olga"], ref, expected_version=2)
        with app_store.reading() as session:
            assert session.scalar(select(Case.state)) == "in_assessment"
        refused = [
            "UPDATE audit_event SET actor = 'mallory'",
            "DELETE FROM audit_event",
            "TRUNCATE audit_event",
            "ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_change",
            "DROP TRIGGER audit_event_no_change ON audit_event",
            "CREATE TABLE smuggled (id int)",
        ]
        for statement in refused:
            with app_store.session() as session:
                with pytest.raises(ProgrammingError) as caught:
                    session.execute(text(statement))
                assert caught.value.orig.sqlstate == "42501", statement  # type: ignore[union-attr]
    finally:
        app_store.dispose()
        with pg_store.engine.begin() as conn:
            conn.execute(text(f"GRANT {role} TO CURRENT_USER"))  # DROP OWNED needs it
            conn.execute(text(f"DROP OWNED BY {role}"))
            conn.execute(text(f"DROP ROLE {role}"))


def test_the_application_role_cannot_migrate_and_says_who_can(
    empty_database: str, pg_store: Store
) -> None:
    owner_url = make_url(empty_database)
    role, secret = f"permit_app_{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
    with pg_store.engine.begin() as conn:
        conn.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD '{secret}'"))
    owner = create_engine(empty_database)
    try:
        with owner.begin() as conn:
            conn.execute(text(f'GRANT CONNECT ON DATABASE "{owner_url.database}" TO {role}'))
            conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {role}"))
        app_url = owner_url.set(username=role, password=secret)
        with pytest.raises(StoreError, match="an administrator must upgrade the store first"):
            open_store(app_url.render_as_string(hide_password=False))
    finally:
        with owner.begin() as conn:
            conn.execute(text(f"GRANT {role} TO CURRENT_USER"))
            conn.execute(text(f"DROP OWNED BY {role}"))
            conn.execute(text(f"DROP ROLE {role}"))
        owner.dispose()


# --- writers take turns -----------------------------------------------------------------


def _lock_is_free(url: str) -> bool:
    return bool(_scalar(url, f"SELECT pg_try_advisory_xact_lock({postgres.WRITER_LOCK_KEY})"))


def test_writers_take_the_writer_lock_up_front_and_readers_do_not(pg_store: Store) -> None:
    assert _lock_is_free(pg_store.url)
    with pg_store.session() as writer:
        writer.execute(select(AuditEvent.seq)).all()
        assert not _lock_is_free(pg_store.url)
    assert _lock_is_free(pg_store.url)
    with pg_store.reading() as reader:
        reader.execute(select(AuditEvent.seq)).all()
        assert _lock_is_free(pg_store.url)
    # Opening the store (reading its schema revision) does not wait for a writer.
    with pg_store.session() as writer:
        writer.execute(select(AuditEvent.seq)).all()
        began = time.perf_counter()
        open_store(pg_store.url).dispose()
        assert time.perf_counter() - began < 5


def test_a_writer_kept_waiting_is_refused_cleanly_and_retrying_gets_it_through(
    pg_store: Store, users: dict[str, Actor], monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = make_case(pg_store, "01234567")
    monkeypatch.setattr(engine_mod, "BUSY_TIMEOUT_MS", 300)
    impatient = Store(pg_store.url)
    holder = create_engine(pg_store.url)
    try:
        with holder.connect() as conn:
            conn.execute(text(f"SELECT pg_advisory_xact_lock({postgres.WRITER_LOCK_KEY})"))
            with pytest.raises(StoreBusy, match="nothing was saved"):
                cases.assign(UnitOfWork(impatient), users["sam"], [ref], "olga")
            release = threading.Timer(0.4, conn.rollback)
            release.start()
            changed = retrying(
                lambda: cases.assign(UnitOfWork(impatient), users["sam"], [ref], "olga")
            )
            release.join()
        assert changed.details["cases"][0]["state"] == "assigned"
    finally:
        holder.dispose()
        impatient.dispose()


def test_a_deadlock_between_other_sessions_counts_as_transient(pg_store: Store) -> None:
    with pg_store.engine.begin() as conn:
        conn.execute(text("CREATE TABLE scratch (id int PRIMARY KEY)"))
        conn.execute(text("INSERT INTO scratch VALUES (1), (2)"))
    engine = create_engine(pg_store.url)
    errors: list[BaseException] = []
    both_hold = threading.Barrier(2)

    def lock(first: int, second: int) -> None:
        try:
            with engine.begin() as conn:
                conn.execute(text("SELECT 1 FROM scratch WHERE id = :i FOR UPDATE"), {"i": first})
                both_hold.wait(timeout=10)
                conn.execute(text("SELECT 1 FROM scratch WHERE id = :i FOR UPDATE"), {"i": second})
        except DBAPIError as exc:
            errors.append(exc)

    try:
        threads = [threading.Thread(target=lock, args=pair) for pair in ((1, 2), (2, 1))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    finally:
        engine.dispose()
    assert len(errors) == 1
    assert errors[0].orig.sqlstate == "40P01"  # type: ignore[union-attr]
    assert is_transient(errors[0])


# --- name search ------------------------------------------------------------------------

PEOPLE = [
    ("10000001", "Kazlauskaitė-Petrauskienė", "Rūta", "", ""),
    ("10000002", "O'Brien", "Seán", "", ""),
    ("10000003", "Žukauskas", "Pavel", "Жукаускас", "Павел"),
    ("10000004", "Ivanova", "Anna", "Иванова", "Анна"),
    ("10000005", "Abramovič", "Piotr", "Абрамович", "Пётр"),
    ("10000006", "Łukaszewicz", "Józef", "", ""),
]
TYPED = [
    "petrausk",
    "kazlauskaite",
    "auskait",  # inside a word: not a match, as on SQLite
    "o'brien",
    "brien sean",
    "ŽUKAUSK",
    "жукаус павел",
    "иванова анна",
    "пётр",
    "петр",
    "abramovic",
    "1000000",
    "0000005",
    "lukaszewicz",
    "a",
    "nobody",
]


def _found(uow_factory: Uow, actor: Actor, typed: str) -> list[str]:
    rows = queries.list_cases(uow_factory(), actor, queries.CaseFilter(search=typed))
    return sorted(r["permit_number"] for r in rows)


def test_name_search_finds_what_the_sqlite_store_finds(
    pg_store: Store,
    uow_factory: Uow,
    users: dict[str, Actor],
    template_store: Path,
    tmp_path: Path,
) -> None:
    sqlite_path = tmp_path / "same.sqlite3"
    sqlite_backup(template_store, sqlite_path)
    sqlite_store = open_store(f"sqlite:///{sqlite_path}")
    try:
        for store in (pg_store, sqlite_store):
            for number, surname, given, surname_native, given_native in PEOPLE:
                make_case(
                    store,
                    number,
                    surname=surname,
                    given_names=given,
                    surname_native=surname_native,
                    given_names_native=given_native,
                )
        sam = users["sam"]
        on_pg = {t: _found(uow_factory, sam, t) for t in TYPED}
        on_sqlite = {t: _found(lambda: UnitOfWork(sqlite_store), sam, t) for t in TYPED}
    finally:
        sqlite_store.dispose()
    # Łukaszewicz: unaccent folds ł, which the SQLite index keeps; all else agrees.
    assert on_pg.pop("lukaszewicz") == ["10000006"]
    on_sqlite.pop("lukaszewicz")
    assert on_pg == on_sqlite
    assert on_pg["petrausk"] == ["10000001"]
    assert on_pg["auskait"] == []
    assert on_pg["brien sean"] == ["10000002"]
    assert on_pg["жукаус павел"] == ["10000003"]
    assert on_pg["петр"] == on_pg["пётр"] == ["10000005"]
    assert on_pg["0000005"] == []


def test_name_search_reads_the_trigram_index(pg_store: Store, uow_factory: Uow) -> None:
    condition = queries.search_condition(uow_factory(), "жукаус")
    with pg_store.session() as session:
        sql = (
            select(Case.id)
            .where(condition)
            .compile(dialect=session.get_bind().dialect, compile_kwargs={"literal_binds": True})
        )
        session.execute(text("SET LOCAL enable_seqscan = off"))
        plan = session.execute(text(f"EXPLAIN {sql}")).scalars().all()
    assert any("ix_resident_search_words" in line for line in plan), plan


# --- backups as docs/postgresql.md gives them ------------------------------------------


def _libpq(url: str) -> tuple[list[str], dict[str, str]]:
    """Connection options for the server's command-line tools, the password in the env."""
    parts = make_url(url)
    options = [f"--host={parts.host}", f"--port={parts.port}", f"--username={parts.username}"]
    return options, {**os.environ, "PGPASSWORD": parts.password or ""}


def test_pg_dump_and_pg_restore_give_back_the_same_store_with_a_sound_audit_log(
    pg_store: Store,
    pg_databases: TestDatabases,
    uow_factory: Uow,
    users: dict[str, Actor],
    tmp_path: Path,
) -> None:
    ref = make_case(pg_store, "01234567", surname="Žukauskas", surname_native="Жукаускас")
    cases.assign(uow_factory(), users["sam"], [ref], "olga")
    cases.start(uow_factory(), users["olga"], ref, expected_version=2)
    dump = tmp_path / "permit_review.dump"
    options, env = _libpq(pg_store.url)
    source = make_url(pg_store.url).database or ""
    pgbin = cluster.bin_dir()
    subprocess.run(
        [str(pgbin / "pg_dump"), "--format=custom", f"--file={dump}", *options, source],
        env=env, check=True, capture_output=True,
    )  # fmt: skip
    target = pg_databases.create(empty=True)
    try:
        subprocess.run(
            [str(pgbin / "pg_restore"), "--exit-on-error", "--no-owner", *options,
             f"--dbname={make_url(target).database}", str(dump)],
            env=env, check=True, capture_output=True,
        )  # fmt: skip
        restored = open_store(target)
        try:
            assert restored.current_revision() == head_revision()
            with pg_store.reading() as before, restored.reading() as after:
                assert audit_log.verify(after).ok
                assert audit_log.head(after) == audit_log.head(before)
            # Searching, and carrying on with the work, on the restored store.
            sam = users["sam"]
            found = queries.list_cases(
                UnitOfWork(restored), sam, queries.CaseFilter(search="жукаус")
            )
            assert [r["case_number"] for r in found] == [ref]
            ref2 = make_case(restored, "07654321")
            cases.assign(UnitOfWork(restored), sam, [ref2], "oleg")
        finally:
            restored.dispose()
    finally:
        pg_databases.drop(target)
