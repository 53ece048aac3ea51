"""One application window per store: a lock file held for as long as the window is open.

The operating system releases the lock when the process ends, however it
ends, so a crash never leaves a stale lock behind; the process id written in
the file only serves the message. Command-line writers do not take this lock:
they queue on SQLite's busy timeout instead.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
from pathlib import Path
from types import TracebackType
from typing import IO

from app.domain.errors import PermitReviewError

LOCK_SUFFIX = ".lock"


class StoreInUse(PermitReviewError):
    """Another process holds the store's lock."""


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + LOCK_SUFFIX)


def _try_lock(fh: IO[str]) -> bool:
    if os.name == "nt":  # pragma: no cover - Windows
        import msvcrt

        try:
            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fh: IO[str]) -> None:
    if os.name == "nt":  # pragma: no cover - Windows
        import msvcrt

        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        return
    import fcntl

    fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def holder(database: Path) -> str:
    """Who holds the lock, as written in the file (best effort)."""
    try:
        return lock_path(database).read_text(encoding="utf-8").strip()
    except OSError:
        return ""


class StoreLock:
    """`with StoreLock(path):` or acquire()/release(); refuses at once when held elsewhere."""

    def __init__(self, database: Path, purpose: str = "the application window") -> None:
        self.database = database
        self.purpose = purpose
        self._fh: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._fh is not None

    def acquire(self) -> StoreLock:
        if self._fh is not None:
            return self
        path = lock_path(self.database)
        path.parent.mkdir(parents=True, exist_ok=True)
        # Opened without truncating: the holder's details stay readable until we own it.
        fh = open(path, "a+", encoding="utf-8")  # noqa: SIM115 (held open on purpose)
        if not _try_lock(fh):
            fh.close()
            who = holder(self.database)
            raise StoreInUse(
                f"The store {self.database} is already open in another copy of Permit Review"
                + (f" ({who})" if who else "")
                + ". Switch to that window, or close it first; only one copy may work on a "
                "store at a time."
            )
        fh.seek(0)
        fh.truncate()
        stamp = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        fh.write(
            f"process {os.getpid()} on {socket.gethostname()}, {self.purpose}, since {stamp}\n"
        )
        fh.flush()
        self._fh = fh
        return self

    def release(self) -> None:
        fh, self._fh = self._fh, None
        if fh is None:
            return
        try:
            fh.seek(0)
            fh.truncate()
            fh.flush()
            _unlock(fh)
        finally:
            fh.close()

    def __enter__(self) -> StoreLock:
        return self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
