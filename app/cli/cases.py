"""`cases` and `case show|assign|take-next|start|propose|approve|return|withdraw|...`."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import Workspace, actor, emit, parse_date, read_text_file, table
from app.services import cases, queries
from app.services.context import Changed

LIST_COLUMNS = [
    ("case_number", "case"),
    ("permit_number", "permit"),
    ("state", "state"),
    ("assigned_to", "officer"),
    ("name", "name"),
    ("citizenship", "cit."),
]


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("cases", parents=[common], help="list the cases you may see")
    p.add_argument("--state", metavar="S")
    p.add_argument("--assigned-to", metavar="USER")
    p.add_argument("--search", metavar="TEXT", help="names in either script or permit number")
    p.add_argument("--citizenship", metavar="CC")
    p.add_argument("--no-response", action="store_true", help="only cases without a response")
    p.add_argument("--limit", type=int, metavar="N")
    p.set_defaults(handler=list_cases)

    case = sub.add_parser("case", parents=[common], help="work on one case")
    acts = case.add_subparsers(dest="case_command", metavar="ACTION")

    def ref_parser(name: str, help_text: str, *, many: bool = False) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = acts.add_parser(name, parents=[common], help=help_text)
        parser.add_argument(
            "ref", metavar="REF", nargs="+" if many else None, help="case number or permit number"
        )
        return parser

    p = ref_parser("show", "show a case")
    p.set_defaults(handler=show)

    p = ref_parser("assign", "assign cases to an officer (supervisors)", many=True)
    p.add_argument("--to", required=True, metavar="USER")
    p.set_defaults(handler=assign)

    p = acts.add_parser("take-next", parents=[common], help="take the oldest unassigned case")
    p.set_defaults(handler=take_next)

    p = ref_parser("start", "start the assessment of an assigned case")
    p.set_defaults(handler=start)

    p = ref_parser("propose", "submit a decision for sign-off")
    p.add_argument("--outcome", required=True, choices=["revoke", "retain", "request_information"])
    p.add_argument(
        "--basis",
        action="append",
        default=[],
        metavar="CODE",
        help="legal basis code (repeat for several; see legal-bases)",
    )
    p.add_argument(
        "--reasons-file",
        required=True,
        metavar="F",
        help="statement of reasons, disclosed to the person (UTF-8 text)",
    )
    p.add_argument(
        "--assessment-file", metavar="F", help="internal assessment, restricted (UTF-8 text)"
    )
    p.add_argument("--rely-on-answer", action="append", default=[], metavar="QUESTION")
    p.add_argument("--rely-on-item", action="append", default=[], type=int, metavar="ID")
    p.add_argument("--authority", default="", help="with request_information: who is asked")
    p.add_argument("--question", default="", help="with request_information: what is asked")
    p.add_argument("--due", type=parse_date, metavar="D", help="with request_information")
    p.add_argument(
        "--expected-version",
        type=int,
        metavar="V",
        help="refuse if the case changed since version V",
    )
    p.set_defaults(handler=propose)

    p = ref_parser("approve", "sign off a proposal (supervisors; never your own)", many=True)
    p.set_defaults(handler=approve)

    p = ref_parser("return", "return a proposal to its officer with a comment")
    p.add_argument("--comment", required=True, metavar="TEXT")
    p.set_defaults(handler=return_)

    p = ref_parser("withdraw", "close a case as withdrawn (supervisors)")
    p.add_argument(
        "--reason",
        required=True,
        metavar="TEXT",
        help=f"one of {', '.join(cases.WITHDRAWAL_REASONS)}, or free text (recorded as 'other')",
    )
    p.set_defaults(handler=withdraw)

    p = ref_parser("request-info", "ask another authority for information")
    p.add_argument("--authority", required=True)
    p.add_argument("--question", required=True)
    p.add_argument("--due", type=parse_date, metavar="D")
    p.set_defaults(handler=request_info)

    p = ref_parser("record-info", "record the answer to an information request")
    p.add_argument("--answer-file", required=True, metavar="F")
    p.add_argument("--date", type=parse_date, metavar="D")
    p.set_defaults(handler=record_info)


def _report(ws: Workspace, changed: Changed, verb: str) -> int:
    def text() -> str:
        return "\n".join(
            f"{c['case_number']}: {verb} (now {c['state']})" for c in changed.details["cases"]
        )

    emit(ws, {"action": changed.action, **changed.details}, text)
    return 0


def list_cases(ws: Workspace, args: argparse.Namespace) -> int:
    flt = queries.CaseFilter(
        state=args.state,
        assigned_to=args.assigned_to,
        search=args.search,
        citizenship=args.citizenship,
        no_response=args.no_response,
        limit=args.limit,
    )
    rows = queries.list_cases(ws.uow(), actor(ws, args), flt)

    def text() -> str:
        shown = [
            {
                **r,
                "name": f"{r['surname']} {r['given_names']}"
                + (
                    f" / {r['surname_native']} {r['given_names_native']}"
                    if r["surname_native"]
                    else ""
                ),
            }
            for r in rows
        ]
        return f"{table(shown, LIST_COLUMNS)}\n{len(rows)} case(s)"

    emit(ws, rows, text)
    return 0


def show(ws: Workspace, args: argparse.Namespace) -> int:
    detail = queries.case_detail(ws.uow(), actor(ws, args), args.ref)

    def text() -> str:
        r = detail["resident"]
        lines = [
            f"Case {detail['case_number']}  permit {detail['permit_number']}  "
            f"state {detail['state']}  officer {detail['assigned_to'] or '-'}",
            f"{r['surname']} {r['given_names']}"
            + (f" ({r['surname_native']} {r['given_names_native']})" if r["surname_native"] else "")
            + f", {r['citizenship']}, born {r['date_of_birth'] or '?'}",
            "Address: "
            + ", ".join(
                v
                for v in (
                    r["address"]["line1"],
                    r["address"]["line2"],
                    r["address"]["postal_code"],
                    r["address"]["city"],
                )
                if v
            ),
            f"Answers: {len(detail['answers'])}"
            + ("" if detail["response_received"] else " (no response received)"),
        ]
        d = detail["decision"]
        if d:
            lines.append(
                f"Decision: {d['outcome']} ({d['status']}) by {d['proposed_by']}, "
                f"bases {', '.join(d['legal_bases']) or '-'}"
            )
        s = detail["signoff"]
        if s:
            lines.append(
                f"Sign-off: {s['verdict']} by {s['by']}"
                + (f": {s['comment']}" if s["comment"] else "")
            )
        return "\n".join(lines)

    emit(ws, detail, text)
    return 0


def assign(ws: Workspace, args: argparse.Namespace) -> int:
    return _report(
        ws, cases.assign(ws.uow(), actor(ws, args), args.ref, args.to), f"assigned to {args.to}"
    )


def take_next(ws: Workspace, args: argparse.Namespace) -> int:
    return _report(ws, cases.take_next(ws.uow(), actor(ws, args)), "taken")


def start(ws: Workspace, args: argparse.Namespace) -> int:
    return _report(ws, cases.start(ws.uow(), actor(ws, args), args.ref), "started")


def propose(ws: Workspace, args: argparse.Namespace) -> int:
    reasons = read_text_file(args.reasons_file, "--reasons-file")
    assessment = (
        read_text_file(args.assessment_file, "--assessment-file") if args.assessment_file else ""
    )
    request = None
    if args.outcome == "request_information":
        request = {"authority": args.authority, "question": args.question, "due_on": args.due}
    changed = cases.propose(
        ws.uow(),
        actor(ws, args),
        args.ref,
        outcome=args.outcome,
        legal_bases=args.basis,
        reasons=reasons,
        assessment=assessment,
        relied_answers=args.rely_on_answer,
        relied_items=args.rely_on_item,
        request=request,
        expected_version=args.expected_version,
    )
    return _report(ws, changed, f"proposed '{args.outcome}' for sign-off")


def approve(ws: Workspace, args: argparse.Namespace) -> int:
    me = actor(ws, args)
    if len(args.ref) == 1:
        return _report(ws, cases.approve(ws.uow(), me, args.ref[0]), "approved")
    return _report(ws, cases.approve_many(ws.uow(), me, args.ref), "approved")


def return_(ws: Workspace, args: argparse.Namespace) -> int:
    return _report(
        ws,
        cases.return_case(ws.uow(), actor(ws, args), args.ref, args.comment),
        "returned to its officer",
    )


def withdraw(ws: Workspace, args: argparse.Namespace) -> int:
    reason, note = args.reason, ""
    if reason not in cases.WITHDRAWAL_REASONS:
        reason, note = "other", args.reason
    return _report(
        ws,
        cases.withdraw(ws.uow(), actor(ws, args), args.ref, reason=reason, note=note),
        "withdrawn",
    )


def request_info(ws: Workspace, args: argparse.Namespace) -> int:
    changed = cases.request_information(
        ws.uow(),
        actor(ws, args),
        args.ref,
        authority=args.authority,
        question=args.question,
        due_on=args.due,
    )
    return _report(ws, changed, f"information requested, due {changed.details['due_on']}")


def record_info(ws: Workspace, args: argparse.Namespace) -> int:
    answer = read_text_file(args.answer_file, "--answer-file")
    return _report(
        ws,
        cases.record_information(
            ws.uow(), actor(ws, args), args.ref, answer=answer, answered_on=args.date
        ),
        "answer recorded",
    )
