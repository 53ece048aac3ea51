"""`courts`, `appeal add|outcome|hearing|document|update|list`, `case departed|card-returned|
reopen`, `deadlines` and `finality review|confirm`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import UsageError, Workspace, actor, emit, parse_date, table
from app.services import appeals, closing, deadlines
from app.services.context import Changed
from app.services.deadlines import KINDS, BoardFilter


def _subcommands(parser: argparse.ArgumentParser) -> Any:
    """The sub-command list of a command another module made (`case`), to add to it."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise RuntimeError(f"'{parser.prog}' has no sub-commands to add to")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("courts", parents=[common], help="the configured courts and their codes")
    p.set_defaults(handler=courts)

    group = sub.add_parser("appeal", parents=[common], help="appeals against served decisions")
    acts = group.add_subparsers(dest="appeal_command", metavar="ACTION")

    def ref_parser(name: str, help_text: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = acts.add_parser(name, parents=[common], help=help_text)
        parser.add_argument("ref", metavar="REF", help="case number or permit number")
        return parser

    p = ref_parser("add", "record an appeal lodged against the decision (clerks)")
    p.add_argument("--court", required=True, metavar="CODE", help="court code (see `courts`)")
    p.add_argument("--lodged", required=True, type=parse_date, metavar="D")
    p.add_argument("--case-no", default="", metavar="N", help="the court's case number")
    p.add_argument(
        "--suspensive", action="store_true", help="the appeal suspends the departure obligation"
    )
    p.set_defaults(handler=add)

    p = ref_parser("outcome", "record the court's outcome of the pending appeal (clerks)")
    p.add_argument("--outcome", required=True, choices=appeals.OUTCOMES)
    p.add_argument("--date", required=True, type=parse_date, metavar="D")
    p.set_defaults(handler=outcome)

    p = ref_parser("hearing", "add a hearing date of the pending appeal")
    p.add_argument("--date", required=True, type=parse_date, metavar="D")
    p.add_argument("--note", default="", metavar="TEXT")
    p.set_defaults(handler=hearing)

    p = ref_parser("document", "add a document received from the court")
    p.add_argument("--reference", required=True, metavar="TEXT")
    p.add_argument("--received", required=True, type=parse_date, metavar="D")
    p.set_defaults(handler=document)

    p = ref_parser("update", "set the court case number or the suspension of the pending appeal")
    p.add_argument("--case-no", metavar="N")
    suspension = p.add_mutually_exclusive_group()
    suspension.add_argument("--suspensive", dest="suspensive", action="store_true", default=None)
    suspension.add_argument("--not-suspensive", dest="suspensive", action="store_false")
    p.set_defaults(handler=update)

    p = ref_parser("list", "the appeals, service and departure of a case")
    p.set_defaults(handler=show)

    case_acts = _subcommands(sub.choices["case"])
    p = case_acts.add_parser(
        "departed", parents=[common], help="record the person's departure; closes the case"
    )
    p.add_argument("ref", metavar="REF")
    p.add_argument("--date", required=True, type=parse_date, metavar="D")
    p.add_argument(
        "--evidence", required=True, choices=closing.EVIDENCE, help="how the departure is known"
    )
    p.add_argument("--note", default="", metavar="TEXT")
    p.add_argument("--card-returned", action="store_true", help="the permit card was returned")
    p.set_defaults(handler=departed)

    p = case_acts.add_parser(
        "card-returned", parents=[common], help="the permit card came back after the departure"
    )
    p.add_argument("ref", metavar="REF")
    p.add_argument("--date", type=parse_date, metavar="D", help="default: today")
    p.set_defaults(handler=card_returned)

    p = case_acts.add_parser(
        "reopen", parents=[common], help="reopen a closed case (supervisors; a reason is required)"
    )
    p.add_argument("ref", metavar="REF")
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.set_defaults(handler=reopen)

    p = sub.add_parser(
        "deadlines",
        parents=[common],
        help="the deadline board: appeal windows, departures, information requests, "
        "letters not served",
    )
    p.add_argument(
        "--due-within",
        type=int,
        metavar="DAYS",
        help="only deadlines at most this many days away (overdue ones included)",
    )
    p.add_argument("--overdue", action="store_true", help="only deadlines that have passed")
    p.add_argument(
        "--kind", action="append", choices=KINDS, help="only this list (repeat for several)"
    )
    p.add_argument("--case", default="", metavar="REF", help="case or permit number, or its start")
    p.add_argument("--csv", metavar="FILE", help="write the rows to a CSV file")
    p.add_argument(
        "--summary", action="store_true", help="only what needs attention today, counted"
    )
    p.set_defaults(handler=board)

    group = sub.add_parser("finality", parents=[common], help="confirm revocations as final")
    acts = group.add_subparsers(dest="finality_command", metavar="ACTION")
    p = acts.add_parser(
        "review", parents=[common], help="revocations whose appeal window closed with no appeal"
    )
    p.set_defaults(handler=review)
    p = acts.add_parser("confirm", parents=[common], help="confirm revocations as final (clerks)")
    p.add_argument("refs", nargs="*", metavar="REF")
    p.add_argument("--all-due", action="store_true", help="every case on the review list")
    p.set_defaults(handler=confirm)


def _text(change: Changed) -> str:
    return ", ".join(
        f"{k}: {v}" for k, v in change.details.items() if not isinstance(v, (dict, list))
    )


def courts(ws: Workspace, args: argparse.Namespace) -> int:
    rows = appeals.list_courts(ws.uow(), actor(ws, args))
    plain = [{**r, "name": r["name"].get("lt", r["code"])} for r in rows]
    emit(
        ws,
        rows,
        lambda: table(
            plain,
            [("code", "code"), ("level", "level"), ("name", "name"), ("address", "address")],
        ),
    )
    return 0


def add(ws: Workspace, args: argparse.Namespace) -> int:
    change = appeals.lodge_appeal(
        ws.uow(),
        actor(ws, args),
        args.ref,
        court_code=args.court,
        lodged_on=args.lodged,
        court_case_number=args.case_no,
        suspensive=args.suspensive,
    )
    late = " — LATE: lodged after the deadline" if change.details["late"] else ""
    emit(ws, change.details, lambda: _text(change) + late)
    return 0


def outcome(ws: Workspace, args: argparse.Namespace) -> int:
    change = appeals.record_outcome(
        ws.uow(), actor(ws, args), args.ref, outcome=args.outcome, decided_on=args.date
    )
    emit(ws, change.details, lambda: _text(change))
    return 0


def hearing(ws: Workspace, args: argparse.Namespace) -> int:
    change = appeals.add_hearing(
        ws.uow(), actor(ws, args), args.ref, hearing_on=args.date, note=args.note
    )
    emit(ws, change.details, lambda: _text(change))
    return 0


def document(ws: Workspace, args: argparse.Namespace) -> int:
    change = appeals.add_document(
        ws.uow(), actor(ws, args), args.ref, reference=args.reference, received_on=args.received
    )
    emit(ws, change.details, lambda: _text(change))
    return 0


def update(ws: Workspace, args: argparse.Namespace) -> int:
    change = appeals.update_appeal(
        ws.uow(),
        actor(ws, args),
        args.ref,
        court_case_number=args.case_no,
        suspensive=args.suspensive,
    )
    emit(ws, change.details, lambda: _text(change))
    return 0


def _case_text(found: dict[str, Any]) -> str:
    lines = [
        f"{found['case_number']}  {found['state']}  permit {found['permit_number']} "
        f"({found['permit_status']})"
    ]
    service = found["service"]
    if service:
        lines.append(
            f"served {service['served_on']} ({service['method']}); appeal by "
            f"{service['appeal_deadline']}; departure by {found['departure_deadline']}"
        )
    for a in found["appeals"]:
        marks = (("late", a["late"]), ("suspensive", a["suspensive"]))
        flags = "".join(f" ({flag})" for flag, on in marks if on)
        result = f"{a['outcome']} on {a['outcome_on']}" if a["outcome"] else "pending"
        lines.append(
            f"appeal {a['court_code']} {a['court_case_number'] or '(no case number)'} lodged "
            f"{a['lodged_on']}{flags}: {result}"
        )
        lines += [f"  hearing {h['date']} {h.get('note', '')}".rstrip() for h in a["hearings"]]
        lines += [
            f"  document {doc['reference']} received {doc['received_on']}" for doc in a["documents"]
        ]
    if found["departure"]:
        d = found["departure"]
        card = "card returned" if d["card_returned"] else "card not returned"
        lines.append(f"departed {d['departed_on']} ({d['evidence']}); {card}")
    return "\n".join(lines)


def show(ws: Workspace, args: argparse.Namespace) -> int:
    found = appeals.case_appeals(ws.uow(), actor(ws, args), args.ref)
    emit(ws, found, lambda: _case_text(found))
    return 0


def departed(ws: Workspace, args: argparse.Namespace) -> int:
    change = closing.record_departure(
        ws.uow(),
        actor(ws, args),
        args.ref,
        departed_on=args.date,
        evidence=args.evidence,
        note=args.note,
        card_returned=args.card_returned,
    )
    emit(ws, change.details, lambda: _text(change))
    return 0


def card_returned(ws: Workspace, args: argparse.Namespace) -> int:
    change = closing.record_card_returned(
        ws.uow(), actor(ws, args), args.ref, returned_on=args.date
    )
    emit(ws, change.details, lambda: _text(change))
    return 0


def reopen(ws: Workspace, args: argparse.Namespace) -> int:
    change = closing.reopen(ws.uow(), actor(ws, args), args.ref, reason=args.reason)
    emit(ws, change.details, lambda: _text(change))
    return 0


BOARD_COLUMNS = [
    ("date", "deadline"),
    ("days_left", "days left"),
    ("deadline", "kind"),
    ("case_number", "case"),
    ("permit_number", "permit"),
    ("surname", "surname"),
    ("given_names", "given names"),
    ("state", "state"),
    ("detail", "detail"),
]


def board(ws: Workspace, args: argparse.Namespace) -> int:
    who = actor(ws, args)
    if args.summary:
        attention = deadlines.attention_today(ws.uow(), who)
        lines = attention.lines()
        emit(ws, attention.as_dict(), "\n".join(lines) if lines else "Nothing needs attention.")
        return 0
    if args.overdue and args.due_within is not None:
        raise UsageError("give --overdue or --due-within, not both")
    flt = BoardFilter(
        kinds=tuple(dict.fromkeys(args.kind or KINDS)),
        due_within=args.due_within,
        overdue_only=args.overdue,
        case=args.case,
    )
    if args.csv:
        change = deadlines.export_csv(ws.uow(), who, flt, Path(args.csv))
        emit(ws, change.details, f"wrote {change.details['rows']} rows to {args.csv}")
        return 0
    rows = [row.as_dict() for row in deadlines.board(ws.uow(), who, flt).rows]
    emit(ws, rows, lambda: table(rows, BOARD_COLUMNS))
    return 0


def review(ws: Workspace, args: argparse.Namespace) -> int:
    rows = deadlines.finality_review(ws.uow(), actor(ws, args))
    emit(
        ws,
        rows,
        lambda: table(
            rows,
            [
                ("case_number", "case"),
                ("permit_number", "permit"),
                ("surname", "surname"),
                ("given_names", "given names"),
                ("ground", "ground"),
                ("deadline", "deadline"),
                ("court_code", "court"),
                ("dismissed_on", "dismissed"),
                ("days_since", "days since"),
            ],
        ),
    )
    return 0


def confirm(ws: Workspace, args: argparse.Namespace) -> int:
    if bool(args.refs) == args.all_due:
        raise UsageError("name the cases to confirm, or give --all-due (not both)")
    change = appeals.confirm_final(ws.uow(), actor(ws, args), args.refs, all_due=args.all_due)
    confirmed = change.details["cases"]
    emit(
        ws,
        change.details,
        lambda: (
            "\n".join(f"{c['case_number']}\t{c['state']}" for c in confirmed)
            or "No revocation was due for confirmation."
        ),
    )
    return 0
