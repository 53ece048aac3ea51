"""Encryption at rest: an SQLCipher store whose key is wrapped once per user.

The store is encrypted with a random 256-bit key. Each user holds a key slot:
the store key encrypted (AES-256-GCM) under a key derived from their password
with Argon2id. The slots live beside the store in `<store>.keyslots.json`,
outside the encrypted file, because they are needed to open it. Logging in
unwraps the key; a password change re-wraps only that user's slot.

A stolen disk shows the encrypted store, its encrypted `-wal` and backups,
and the slots: nothing is readable without one user's password.
"""

from __future__ import annotations

import base64
import hmac
import json
import os
import secrets
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.domain.errors import AuthenticationFailed, StoreError

KEY_BYTES = 32
SLOTS_SUFFIX = ".keyslots.json"
FORMAT = "permit-review keyslots 1"
# RFC 9106's second recommended option: Argon2id, 3 passes over 64 MiB.
ARGON2_TIME = 3
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_LANES = 4
SQLITE_HEADER = b"SQLite format 3\x00"


# --- the key slots ------------------------------------------------------------


def slots_path(database: Path) -> Path:
    return database.with_name(database.name + SLOTS_SUFFIX)


def is_encrypted(database: Path) -> bool:
    """An encrypted store has key slots beside it (a new store has nothing yet)."""
    return slots_path(database).exists()


def looks_encrypted(database: Path) -> bool:
    """True when a non-empty file lacks SQLite's plain header, i.e. it is ciphertext."""
    try:
        with database.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return False
    return bool(head) and head != SQLITE_HEADER


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class KeySlot:
    username: str
    salt: bytes
    nonce: bytes
    wrapped: bytes
    time_cost: int = ARGON2_TIME
    memory_kib: int = ARGON2_MEMORY_KIB
    lanes: int = ARGON2_LANES

    def as_dict(self) -> dict[str, Any]:
        return {
            "kdf": "argon2id",
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "lanes": self.lanes,
            "salt": _b64(self.salt),
            "cipher": "aes-256-gcm",
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped),
        }

    @classmethod
    def from_dict(cls, username: str, data: dict[str, Any]) -> KeySlot:
        if data.get("kdf") != "argon2id" or data.get("cipher") != "aes-256-gcm":
            raise StoreError(f"The key slot of {username!r} uses an unknown method.")
        return cls(
            username=username,
            salt=_unb64(data["salt"]),
            nonce=_unb64(data["nonce"]),
            wrapped=_unb64(data["wrapped_key"]),
            time_cost=int(data["time_cost"]),
            memory_kib=int(data["memory_kib"]),
            lanes=int(data["lanes"]),
        )


def _kek(password: str, salt: bytes, time_cost: int, memory_kib: int, lanes: int) -> bytes:
    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=time_cost,
        memory_cost=memory_kib,
        parallelism=lanes,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def _aad(username: str) -> bytes:
    # Binds a slot to its user: a slot copied under another name does not open.
    return f"{FORMAT}|{username}".encode()


def wrap(key: bytes, username: str, password: str) -> KeySlot:
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    kek = _kek(password, salt, ARGON2_TIME, ARGON2_MEMORY_KIB, ARGON2_LANES)
    wrapped = AESGCM(kek).encrypt(nonce, key, _aad(username))
    return KeySlot(username, salt, nonce, wrapped)


def unwrap(slot: KeySlot, password: str) -> bytes | None:
    kek = _kek(password, slot.salt, slot.time_cost, slot.memory_kib, slot.lanes)
    try:
        return AESGCM(kek).decrypt(slot.nonce, slot.wrapped, _aad(slot.username))
    except InvalidTag:
        return None


def read_slots(database: Path) -> dict[str, KeySlot]:
    path = slots_path(database)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise StoreError(
            f"The key slots {path} cannot be read ({exc}); restore them from the copy "
            "kept beside the newest backup."
        ) from exc
    if data.get("format") != FORMAT:
        raise StoreError(f"{path} is not a Permit Review key slot file.")
    return {name: KeySlot.from_dict(name, slot) for name, slot in data["slots"].items()}


def key_check(key: bytes) -> bytes:
    """A value that tells whether a key is the store's, and nothing about the key."""
    return hmac.digest(key, b"permit-review key check", "sha256")


def read_key_check(database: Path) -> bytes | None:
    try:
        data = json.loads(slots_path(database).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    check = data.get("key_check")
    return _unb64(check) if check else None


def write_slots(database: Path, slots: dict[str, KeySlot], key: bytes) -> None:
    data = {
        "format": FORMAT,
        "store": database.name,
        "key_check": _b64(key_check(key)),
        "slots": {name: slots[name].as_dict() for name in sorted(slots)},
    }
    atomic_write(slots_path(database), json.dumps(data, indent=2).encode("utf-8"))


def atomic_write(path: Path, payload: bytes) -> None:
    """Write beside the target, flush to disk, then rename over it (all or nothing)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        if os.name == "posix":
            os.chmod(temp, 0o600)
        os.replace(temp, path)
        fsync_folder(path.parent)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX only; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- what logging in, adding users and changing passwords call ----------------------


def unlock(database: Path, username: str, password: str) -> bytes:
    """The store key, unwrapped with this user's password; AuthenticationFailed otherwise."""
    slots = read_slots(database)
    slot = slots.get(username)
    if slot is None:
        # Spend the same effort, so that timing does not tell which user names exist.
        unwrap(wrap(new_key(), username, "x" * 16), password)
        raise AuthenticationFailed("Wrong user name or password.")
    key = unwrap(slot, password)
    if key is None:
        raise AuthenticationFailed("Wrong user name or password.")
    return key


def create_slots(database: Path, username: str, password: str) -> bytes:
    """A new store key with its first slot; refused if the store already has slots."""
    if read_slots(database):
        raise StoreError(f"{database} already has key slots; it is already encrypted.")
    key = new_key()
    write_slots(database, {username: wrap(key, username, password)}, key)
    return key


def set_password(database: Path, key: bytes, username: str, password: str) -> None:
    """Give `username` a slot opening with `password`, replacing only their old slot."""
    slots = read_slots(database)
    if not slots:
        raise StoreError(f"{database} has no key slots; it is not an encrypted store.")
    check = read_key_check(database)
    if check is not None and not hmac.compare_digest(check, key_check(key)):
        raise StoreError("This key does not belong to the store; no slot was written.")
    slots[username] = wrap(key, username, password)
    write_slots(database, slots, key)


def remove_slot(database: Path, key: bytes, username: str) -> bool:
    """Take away a user's slot (their password no longer opens the file)."""
    slots = read_slots(database)
    if username not in slots:
        return False
    if len(slots) == 1:
        raise StoreError("The last key slot cannot be removed: nobody could open the store.")
    del slots[username]
    write_slots(database, slots, key)
    return True


# --- connections ----------------------------------------------------------------


def _sqlcipher() -> Any:
    try:
        from sqlcipher3 import dbapi2
    except ImportError as exc:  # pragma: no cover - a packaging fault
        raise StoreError(
            "This store is encrypted but SQLCipher (the sqlcipher3 package) is not installed."
        ) from exc
    return dbapi2


def key_pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("a store key is 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(database: Path | str, key: bytes, **kwargs: Any) -> sqlite3.Connection:
    """An SQLCipher connection with the key set; fails at once if the key is wrong."""
    conn: sqlite3.Connection = _sqlcipher().connect(str(database), **kwargs)
    # Failures come back as exceptions with a message; SQLCipher need not also print them.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(key_pragma(key))
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as exc:
        conn.close()
        raise StoreError(f"{database} cannot be opened with this key.") from exc
    return conn


def engine_options(database: Path, key: bytes, timeout: float) -> dict[str, Any]:
    """create_engine() arguments for an SQLCipher file: its DB-API and a keyed connector."""

    def creator() -> sqlite3.Connection:
        return connect(database, key, timeout=timeout, check_same_thread=False)

    made: Callable[[], sqlite3.Connection] = creator
    return {"module": _sqlcipher(), "creator": made}


def open_file(path: Path, key: bytes | None, *, readonly: bool = False) -> sqlite3.Connection:
    """A DB-API connection to a store or backup file, plain or encrypted."""
    if key is None:
        if readonly:
            return sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        return sqlite3.connect(path)
    if readonly:
        return connect(f"file:{path}?mode=ro", key, uri=True)
    return connect(path, key)


# --- converting a plain store ---------------------------------------------------


def encrypt_file(plain: Path, target: Path, key: bytes) -> None:
    """Write an encrypted copy of the plain store `plain` to `target` (sqlcipher_export)."""
    target.unlink(missing_ok=True)
    conn = _sqlcipher().connect(str(plain))
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(target),))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()
