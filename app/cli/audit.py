"""`audit verify [--anchor SEQ:HASH]` and `audit anchor`."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import Workspace, actor, emit
from app.services import audit


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    group = sub.add_parser("audit", parents=[common], help="check the audit log (admins)")
    acts = group.add_subparsers(dest="audit_command", metavar="ACTION")
    p = acts.add_parser(
        "verify", parents=[common], help="check the whole hash chain and name the first bad event"
    )
    p.add_argument(
        "--anchor",
        metavar="SEQ:HASH",
        help="a head kept outside the store; also detects a truncated tail",
    )
    p.set_defaults(handler=verify)
    p = acts.add_parser(
        "anchor",
        parents=[common],
        help="print the current head as SEQ:HASH, to keep outside the store",
    )
    p.set_defaults(handler=anchor)


def verify(ws: Workspace, args: argparse.Namespace) -> int:
    anchor = audit.parse_anchor(args.anchor) if args.anchor else None
    verdict = audit.verify(ws.uow(), actor(ws, args), anchor)
    if verdict.ok:
        text = f"Audit log intact: {verdict.events} events, head {verdict.head_seq}."
    else:
        text = f"Audit log BROKEN at event {verdict.first_bad_seq}: {verdict.problem}"
    emit(ws, verdict.as_dict(), text)
    return 0 if verdict.ok else 1


def anchor(ws: Workspace, args: argparse.Namespace) -> int:
    seq, digest = audit.anchor(ws.uow(), actor(ws, args))
    emit(ws, {"seq": seq, "hash": digest}, f"{seq}:{digest}")
    return 0
