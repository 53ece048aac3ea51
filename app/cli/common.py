"""What every command shares: the workspace, authentication and output."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.db.store import Store, open_store
from app.domain.errors import AuthenticationFailed, ValidationError
from app.paths import Paths
from app.services import accounts, encryption
from app.services.context import Actor, Clock, UnitOfWork

PASSWORD_ENV = "PERMIT_REVIEW_PASSWORD"

Handler = Callable[["Workspace", argparse.Namespace], int]


class UsageError(Exception):
    """Wrong use of the command line (exit status 2)."""


@dataclass
class Workspace:
    """The store and paths of one command-line run; opened on first use."""

    paths: Paths
    db_url: str | None
    json_output: bool = False
    _store: Store | None = field(default=None, repr=False)
    _actor: Actor | None = field(default=None, repr=False)
    clock: Clock = field(default_factory=Clock)
    args: argparse.Namespace | None = field(default=None, repr=False)
    # The key of an encrypted store (app.services.encryption); None for a plain one.
    key: bytes | None = field(default=None, repr=False)
    _credentials: tuple[str, str] | None = field(default=None, repr=False)

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = self.open_store()
        return self._store

    def open_store(self, *, check: bool = True, migrate: bool = True) -> Store:
        """Open the store (quick_check first); an encrypted one is unlocked with the acting
        user's password before anything else is read."""
        self.paths.ensure()
        url = self.paths.database_url(self.db_url)
        if self.key is None:
            self.key = encryption.key_for(url, self.credentials)
        return open_store(
            url, backups=self.paths.backups, key=self.key, check=check, migrate=migrate
        )

    def credentials(self) -> tuple[str, str]:
        """`--user` and its password, read once (stdin can be read only once)."""
        if self._credentials is None:
            args = self.args or argparse.Namespace()
            username = getattr(args, "user", None) or os.environ.get("PERMIT_REVIEW_USER")
            if not username:
                raise UsageError("name the acting user with --user NAME")
            self._credentials = (username, read_password(args))
        return self._credentials

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.store, self.clock)

    def close(self) -> None:
        if self._store is not None:
            self._store.dispose()


def read_password(args: argparse.Namespace, *, prompt: str = "Password: ") -> str:
    """The password from stdin (`--password-stdin`) or PERMIT_REVIEW_PASSWORD."""
    if getattr(args, "password_stdin", False):
        line = sys.stdin.readline()
        password = line.rstrip("\r\n")
        if not password:
            raise ValidationError("--password-stdin", "no password was given on standard input")
        return password
    password = os.environ.get(PASSWORD_ENV)
    if password:
        return password
    raise UsageError(f"give the password with --password-stdin or {PASSWORD_ENV}")


def actor(ws: Workspace, args: argparse.Namespace) -> Actor:
    """Log in as `--user`, exactly as the GUI does."""
    if ws._actor is None:
        if ws.args is None:
            ws.args = args
        username, password = ws.credentials()
        ws._actor = accounts.authenticate(ws.uow(), username, password)
        if ws._actor is None:
            raise AuthenticationFailed("Wrong user name or password.")
    return ws._actor


def read_text_file(path: str, label: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValidationError(label, f"file not found: {path}") from None
    except UnicodeDecodeError:
        raise ValidationError(label, f"{path} is not UTF-8 text") from None
    except OSError as exc:
        raise ValidationError(label, f"{path}: {exc.strerror}") from None


def parse_date(value: str) -> dt.date:
    """argparse type for dates: ISO (2026-01-31) or Lithuanian (31.01.2026)."""
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(value.strip(), fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"not a date: {value!r} (use YYYY-MM-DD)")


def _default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"cannot print {type(value).__name__}")


def emit(ws: Workspace, data: Any, text: str | Callable[[], str] | None = None) -> None:
    """Print `data` as JSON with --json, else the human text (or a plain rendering)."""
    if ws.json_output:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=_default)
        sys.stdout.write("\n")
        return
    if callable(text):
        text = text()
    if text is None:
        text = json.dumps(data, ensure_ascii=False, indent=2, default=_default)
    if text:
        print(text)


def table(rows: list[dict[str, Any]], columns: list[tuple[str, str]]) -> str:
    """A plain text table: columns are (key, heading)."""
    if not rows:
        return "(none)"
    cells = [[("" if r.get(k) is None else str(r.get(k))) for k, _ in columns] for r in rows]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, (_, h) in enumerate(columns)]
    lines = ["  ".join(h.ljust(w) for (_, h), w in zip(columns, widths, strict=True)).rstrip()]
    lines += [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    return "\n".join(lines)


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", action="store_true", dest="json_local", help="print machine-readable JSON"
    )
