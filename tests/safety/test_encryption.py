"""Encryption at rest: canaries never reach the disk in the clear; only a password opens."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.db import crypto
from app.db.models import Campaign
from app.db.store import open_store
from app.domain.errors import AuthenticationFailed, StoreError
from app.paths import Paths
from app.services import accounts, backups, encryption
from app.services.context import UnitOfWork
from tests.factories import make_case

PASSWORD = "correct horse battery"
CANARIES = [f"KANARĖLĖ-{n:03d}-Жёлтый-{n * 7919:06d}" for n in range(100)]


def _run(data: Path, *args: str, password: str = PASSWORD, user: str | None = "admin") -> int:
    argv = ["--data-dir", str(data), *args] + (["--user", user] if user else [])
    import os

    os.environ["PERMIT_REVIEW_PASSWORD"] = password
    try:
        return main(argv)
    finally:
        del os.environ["PERMIT_REVIEW_PASSWORD"]


@pytest.fixture
def encrypted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Paths:
    monkeypatch.delenv("PERMIT_REVIEW_DB_URL", raising=False)
    data = tmp_path / "data"
    assert _run(data, "init", "--admin", "admin", "--full-name", "Ada", "--encrypt", user=None) == 0
    return Paths.from_environment(data)


def _scan(folder: Path) -> dict[str, int]:
    """How many canaries appear in each file under `folder`, as UTF-8 or UTF-16."""
    hits = {}
    for path in folder.rglob("*"):
        if path.is_file():
            blob = path.read_bytes()
            hits[str(path.relative_to(folder))] = sum(
                (c.encode() in blob) or (c.encode("utf-16-le") in blob) for c in CANARIES
            )
    return hits


def test_canaries_are_found_in_no_file_and_a_wrong_password_opens_nothing(
    encrypted: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    database = encrypted.database
    key = encryption.unlock(database, "admin", PASSWORD)
    store = open_store(encrypted.database_url(), backups=encrypted.backups, key=key, check=True)
    admin = accounts.authenticate(UnitOfWork(store), "admin", PASSWORD)
    with store.session() as session:
        session.add(Campaign(name="Review 2024", code="PR24"))
        session.commit()
    for n, canary in enumerate(CANARIES):
        make_case(store, f"{n:08d}", surname=canary, given_names=canary[::-1])
    wal = database.with_name(database.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the canaries passed through the WAL
    hits_open = _scan(encrypted.data)
    exit_backup = backups.backup_on_exit(store, admin)
    manual = backups.create(UnitOfWork(store), admin, encrypted.data / "usb")
    assert exit_backup is not None and exit_backup.encrypted and manual.encrypted
    with store.reading() as session:
        from sqlalchemy import text

        found = session.execute(text("SELECT count(*) FROM resident WHERE surname LIKE 'KANAR%'"))
        assert found.scalar() == 100  # stored, and readable with the key
    store.dispose()
    hits = _scan(encrypted.data)
    assert sum(hits_open.values()) == 0 and sum(hits.values()) == 0, hits
    files = sorted(hits)
    assert any(f.endswith("-exit.sqlite3") for f in files)
    assert any(f.startswith("usb/") for f in files)

    with pytest.raises(AuthenticationFailed):
        encryption.unlock(database, "admin", "wrong horse battery")
    with pytest.raises(AuthenticationFailed):
        encryption.unlock(database, "mallory", PASSWORD)
    with pytest.raises(StoreError):  # a made-up key does not open the file either
        crypto.connect(database, crypto.new_key())
    assert _run(encrypted.data, "case", "show", "PR24-000001", password="wrong horse battery") == 1
    err = capsys.readouterr().err
    assert "Wrong user name or password" in err
    with capsys.disabled():
        print(
            f"\nencryption: {len(CANARIES)} canaries stored; found in {sum(hits.values())} "
            f"places across {len(files)} files (store, -wal, backups, key slots); "
            "wrong password and wrong key open nothing"
        )


def test_a_password_change_rewraps_only_that_users_slot(encrypted: Paths, tmp_path: Path) -> None:
    pw = tmp_path / "pw.txt"
    pw.write_text(PASSWORD + "\n", encoding="utf-8")
    assert (
        _run(
            encrypted.data,
            "user",
            "add",
            "olga",
            "--role",
            "officer",
            "--full-name",
            "Olga",
            "--password-file",
            str(pw),
        )
        == 0
    )
    slots = json.loads(crypto.slots_path(encrypted.database).read_text())["slots"]
    assert set(slots) == {"admin", "olga"}
    new = tmp_path / "new.txt"
    new.write_text("a much newer passphrase\n", encoding="utf-8")
    assert _run(encrypted.data, "passwd", "--new-password-file", str(new), user="olga") == 0
    after = json.loads(crypto.slots_path(encrypted.database).read_text())["slots"]
    assert after["admin"] == slots["admin"]
    assert after["olga"] != slots["olga"]
    with pytest.raises(AuthenticationFailed):
        encryption.unlock(encrypted.database, "olga", PASSWORD)
    key = encryption.unlock(encrypted.database, "olga", "a much newer passphrase")
    assert key == encryption.unlock(encrypted.database, "admin", PASSWORD)


def test_a_plain_store_is_converted_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("PERMIT_REVIEW_DB_URL", raising=False)
    data = tmp_path / "data"
    assert _run(data, "init", "--admin", "admin", "--full-name", "Ada", user=None) == 0
    paths = Paths.from_environment(data)
    store = open_store(paths.database_url())

    with store.session() as session:
        session.add(Campaign(name="Review 2024", code="PR24"))
        session.commit()
    make_case(store, "01234567", surname=CANARIES[0])
    store.dispose()
    assert _run(data, "backup", "create") == 0
    assert CANARIES[0].encode() in paths.database.read_bytes()
    capsys.readouterr()
    assert _run(data, "store", "encrypt", "--delete-plain-backups", "--json") == 0
    result = json.loads(capsys.readouterr().out)
    assert result["encrypted"] and len(result["deleted"]) == 1
    assert crypto.looks_encrypted(paths.database)
    assert sum(_scan(data).values()) == 0
    assert _run(data, "audit", "verify") == 0  # the chain survived the conversion
    assert _run(data, "case", "show", "PR24-234567") == 0
