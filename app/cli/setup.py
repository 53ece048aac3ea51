"""`init`, `demo` and `legal-bases`."""

from __future__ import annotations

import argparse
import json
import secrets
from typing import Any

from app.cli.common import Workspace, emit, read_password, table
from app.domain.errors import ValidationError
from app.services import accounts, encryption


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[common], help="create the store and its first admin")
    p.add_argument("--admin", required=True, metavar="NAME", help="user name of the first admin")
    p.add_argument("--full-name", required=True, metavar="TEXT")
    p.add_argument(
        "--department",
        metavar="JSON",
        help="department settings for letters, as a JSON object "
        "(name, address, code, place, signatory_titles)",
    )
    p.add_argument(
        "--encrypt",
        action="store_true",
        help="encrypt the store at rest (SQLCipher); each user's password unlocks it",
    )
    p.set_defaults(handler=init)

    p = sub.add_parser(
        "demo",
        parents=[common],
        help="fill a new store with a synthetic population for trying things out",
    )
    p.add_argument("--residents", type=int, default=2000, metavar="N")
    p.add_argument("--seed", type=int, default=2024, metavar="S")
    p.add_argument(
        "--password",
        metavar="P",
        help="one password for every demo user (default: a random one each, printed once)",
    )
    p.set_defaults(handler=demo)

    p = sub.add_parser(
        "legal-bases", parents=[common], help="list the configured legal basis codes and texts"
    )
    p.set_defaults(handler=legal_bases)


def init(ws: Workspace, args: argparse.Namespace) -> int:
    password = read_password(args)
    department = None
    if args.department:
        try:
            department = json.loads(args.department)
        except json.JSONDecodeError as exc:
            raise ValidationError("--department", f"not valid JSON ({exc.msg})") from None
        if not isinstance(department, dict):
            raise ValidationError("--department", "must be a JSON object")
    if args.encrypt:
        database = encryption.database_of(ws.paths.database_url(ws.db_url))
        if database is None:
            raise ValidationError("--encrypt", "only an SQLite store file can be encrypted")
        ws.key = encryption.prepare_new(database, args.admin, password)
    admin = accounts.initialise(
        ws.uow(),
        username=args.admin,
        full_name=args.full_name,
        password=password,
        department=department,
    )
    emit(
        ws,
        {"store": ws.store.describe(), "admin": admin.username},
        f"Store ready at {ws.store.describe()}; first admin: {admin.username}",
    )
    return 0


def demo(ws: Workspace, args: argparse.Namespace) -> int:
    from app.demo import DemoOptions, fill_demo

    if args.residents < 1:
        raise ValidationError("--residents", "must be at least 1")
    password = args.password
    if password is not None:
        accounts.check_password_rules(password)
    result = fill_demo(
        ws.uow(),
        DemoOptions(
            residents=args.residents,
            seed=args.seed,
            password=password,
            random_password=lambda: secrets.token_urlsafe(12),
        ),
    )

    def text() -> str:
        lines = [
            f"Demo workspace in {ws.store.describe()}: {result['residents']} residents, "
            f"{result['responses']} responses, {result['cases']} cases "
            f"in {result['seconds']:.1f} s.",
            "",
            "Users (passwords shown only now):",
        ]
        lines.append(
            table(
                result["users"], [("username", "user"), ("role", "role"), ("password", "password")]
            )
        )
        return "\n".join(lines)

    emit(ws, result, text)
    return 0


def legal_bases(ws: Workspace, args: argparse.Namespace) -> int:
    with ws.uow() as uow:
        bases = uow.settings.legal_bases
    emit(
        ws,
        [{"code": b.code, "text": b.text} for b in bases],
        lambda: "\n".join(f"{b.code}\t{b.in_language('lt')}" for b in bases),
    )
    return 0
