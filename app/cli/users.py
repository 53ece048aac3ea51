"""`user add|list|disable|enable|unlock|reset-password|roles` and `passwd`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import UsageError, Workspace, actor, emit, read_password, table
from app.domain.errors import ValidationError
from app.domain.roles import parse_roles
from app.services import accounts

USER_COLUMNS = [("username", "user"), ("full_name", "name"), ("roles", "roles"), ("state", "state")]


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    user = sub.add_parser("user", parents=[common], help="manage user accounts (admins)")
    users = user.add_subparsers(dest="user_command", metavar="ACTION")

    p = users.add_parser("add", parents=[common], help="create a user")
    p.add_argument("name", metavar="NAME")
    p.add_argument(
        "--role",
        action="append",
        required=True,
        help="officer, supervisor, clerk or admin (repeat for several)",
    )
    p.add_argument("--full-name", required=True, metavar="TEXT")
    p.add_argument("--title", default="", metavar="TEXT", help="job title printed on letters")
    p.add_argument(
        "--password-file",
        required=True,
        metavar="F",
        help="file whose first line is the new user's initial password",
    )
    p.set_defaults(handler=add)

    p = users.add_parser("list", parents=[common], help="list users")
    p.set_defaults(handler=list_)

    for name, help_text, fn in [
        ("disable", "disable a user (users are never deleted)", disable),
        ("enable", "enable a disabled user", enable),
        ("unlock", "unlock a user locked after failed logins", unlock),
    ]:
        p = users.add_parser(name, parents=[common], help=help_text)
        p.add_argument("name", metavar="NAME")
        p.set_defaults(handler=fn)

    p = users.add_parser("roles", parents=[common], help="set a user's roles")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--role", action="append", required=True)
    p.set_defaults(handler=roles)

    p = users.add_parser(
        "reset-password",
        parents=[common],
        help="set a new password that the user must change at next login",
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("--password-file", required=True, metavar="F")
    p.set_defaults(handler=reset_password)

    p = sub.add_parser("passwd", parents=[common], help="change your own password")
    p.add_argument(
        "--new-password-file",
        required=True,
        metavar="F",
        help="file whose first line is the new password",
    )
    p.set_defaults(handler=passwd)


def _password_from(path: str, label: str) -> str:
    try:
        first = Path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise ValidationError(label, f"file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(label, f"cannot read {path}: {exc}") from None
    if not first or not first[0]:
        raise ValidationError(label, f"{path} is empty")
    return first[0]


def _with_state(row: dict[str, Any]) -> dict[str, Any]:
    state = "disabled" if row["disabled"] else "locked" if row["locked_until"] else "active"
    return {**row, "state": state, "roles": ",".join(row["roles"])}


def add(ws: Workspace, args: argparse.Namespace) -> int:
    changed = accounts.add_user(
        ws.uow(),
        actor(ws, args),
        username=args.name,
        full_name=args.full_name,
        roles=parse_roles(args.role),
        password=_password_from(args.password_file, "--password-file"),
        title=args.title,
    )
    emit(
        ws,
        changed.details,
        f"User {args.name} added; they must change the password at first login.",
    )
    return 0


def list_(ws: Workspace, args: argparse.Namespace) -> int:
    rows = accounts.list_users(ws.uow(), actor(ws, args))
    emit(ws, rows, lambda: table([_with_state(r) for r in rows], USER_COLUMNS))
    return 0


def disable(ws: Workspace, args: argparse.Namespace) -> int:
    changed = accounts.disable_user(ws.uow(), actor(ws, args), args.name)
    emit(ws, changed.details, f"User {args.name} disabled.")
    return 0


def enable(ws: Workspace, args: argparse.Namespace) -> int:
    changed = accounts.disable_user(ws.uow(), actor(ws, args), args.name, disabled=False)
    emit(ws, changed.details, f"User {args.name} enabled.")
    return 0


def unlock(ws: Workspace, args: argparse.Namespace) -> int:
    changed = accounts.unlock_user(ws.uow(), actor(ws, args), args.name)
    emit(ws, changed.details, f"User {args.name} unlocked.")
    return 0


def roles(ws: Workspace, args: argparse.Namespace) -> int:
    changed = accounts.set_roles(ws.uow(), actor(ws, args), args.name, parse_roles(args.role))
    emit(ws, changed.details, f"User {args.name} now holds: {', '.join(changed.details['roles'])}.")
    return 0


def reset_password(ws: Workspace, args: argparse.Namespace) -> int:
    changed = accounts.reset_password(
        ws.uow(), actor(ws, args), args.name, _password_from(args.password_file, "--password-file")
    )
    emit(ws, changed.details, f"Password of {args.name} reset; they must change it at next login.")
    return 0


def passwd(ws: Workspace, args: argparse.Namespace) -> int:
    if not getattr(args, "user", None):
        raise UsageError("name yourself with --user NAME")
    current = read_password(args)
    me = accounts.authenticate(ws.uow(), args.user, current)
    changed = accounts.change_password(
        ws.uow(), me, current, _password_from(args.new_password_file, "--new-password-file")
    )
    emit(ws, changed.details, "Password changed.")
    return 0
