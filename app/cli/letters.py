"""`letters issue|pdf|dispatch|served|list|queue|correct|register|template` (the deadline
board, `deadlines`, is in app.cli.appeals)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.cli.common import Workspace, actor, emit, parse_date, read_text_file, table
from app.domain.errors import ValidationError
from app.letters import templates as tpl
from app.letters.register import DispatchRegister
from app.services import letters
from app.services.context import Changed


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    group = sub.add_parser(
        "letters", parents=[common], help="issue, print, dispatch and serve decision letters"
    )
    acts = group.add_subparsers(dest="letters_command", metavar="ACTION")

    p = acts.add_parser(
        "issue", parents=[common], help="issue the letters of approved revocations (clerks)"
    )
    p.add_argument("refs", nargs="+", metavar="REF", help="case number or permit number")
    p.add_argument(
        "--out",
        metavar="DIR",
        help="write each letter's PDF and the dispatch register (PDF, CSV) here",
    )
    p.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="processes that render letters (default: by batch size and cores)",
    )
    p.set_defaults(handler=issue)

    p = acts.add_parser("pdf", parents=[common], help="write an issued letter's PDF, as issued")
    p.add_argument("number", metavar="LETTER_NO", help="registration number")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(handler=pdf)

    p = acts.add_parser(
        "dispatch", parents=[common], help="record that a case's letters went by registered mail"
    )
    p.add_argument("number", metavar="LETTER_NO")
    p.add_argument("--date", required=True, type=parse_date, metavar="D")
    p.add_argument("--tracking", required=True, metavar="N", help="registered-mail number")
    p.set_defaults(handler=dispatch)

    p = acts.add_parser(
        "served", parents=[common], help="record service of the decision; computes the deadlines"
    )
    p.add_argument("ref", metavar="REF")
    p.add_argument("--date", required=True, type=parse_date, metavar="D")
    p.add_argument("--method", required=True, choices=letters.SERVICE_METHODS)
    p.set_defaults(handler=served)

    p = acts.add_parser("list", parents=[common], help="the letters of a case")
    p.add_argument("ref", metavar="REF")
    p.set_defaults(handler=list_letters)

    p = acts.add_parser(
        "queue", parents=[common], help="approved revocations whose letters are not issued yet"
    )
    p.add_argument("--limit", type=int, metavar="N")
    p.set_defaults(handler=queue)

    p = acts.add_parser(
        "correct", parents=[common], help="issue a correction that supersedes a letter"
    )
    p.add_argument("number", metavar="LETTER_NO")
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.add_argument("--out", metavar="FILE", help="write the new letter's PDF")
    p.set_defaults(handler=correct)

    p = acts.add_parser(
        "register", parents=[common], help="a dispatch register (PDF and CSV) for issued letters"
    )
    p.add_argument("numbers", nargs="+", metavar="LETTER_NO")
    p.add_argument("--out", required=True, metavar="DIR")
    p.set_defaults(handler=make_register)

    p = acts.add_parser("template", parents=[common], help="letter templates (admins)")
    steps = p.add_subparsers(dest="template_command", metavar="STEP")
    q = steps.add_parser("check", parents=[common], help="check every template in force")
    q.set_defaults(handler=template_check)
    for name, text in (
        ("show", "print a template in force as JSON"),
        ("save", "replace a template with a checked JSON file"),
        ("reset", "go back to the shipped template"),
    ):
        q = steps.add_parser(name, parents=[common], help=text)
        q.add_argument("document", choices=tpl.DOCUMENTS)
        q.add_argument("language", choices=tpl.LANGUAGES)
        if name == "save":
            q.add_argument("file", metavar="FILE", help="the template as UTF-8 JSON")
        q.set_defaults(
            handler={"show": template_show, "save": template_save, "reset": template_reset}[name]
        )


def _out_dir(path: str) -> Path:
    folder = Path(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ValidationError("--out", f"{path}: {exc.strerror}") from None
    return folder


def _write(path: Path, data: bytes | str) -> None:
    try:
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise ValidationError("--out", f"{path}: {exc.strerror}") from None


def _write_register(folder: Path, register: DispatchRegister, first: str, last: str) -> list[str]:
    stem = f"dispatch-register-{first}" + (f"--{last}" if last != first else "")
    pdf_path, csv_path = folder / f"{stem}.pdf", folder / f"{stem}.csv"
    _write(pdf_path, register.pdf)
    _write(csv_path, register.csv)
    return [str(pdf_path), str(csv_path)]


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty() and total:
        end = "\n" if done == total else ""
        print(f"\rissued {done} of {total} cases", end=end, file=sys.stderr, flush=True)


def issue(ws: Workspace, args: argparse.Namespace) -> int:
    if args.workers is not None and args.workers < 1:
        raise ValidationError("--workers", "must be at least 1")
    who = actor(ws, args)
    result = letters.issue_batch(ws.uow, who, args.refs, _progress, workers=args.workers)
    files: list[str] = []
    if args.out and result.issued:
        folder = _out_dir(args.out)
        for number in result.registration_numbers:
            stored = letters.letter_pdf(ws.uow(), who, number)
            _write(folder / stored.file_name, stored.pdf)
            files.append(str(folder / stored.file_name))
        if result.register is not None:
            numbers = result.registration_numbers
            files += _write_register(folder, result.register, numbers[0], numbers[-1])
    data = {**result.changed().details, "files": files}

    def text() -> str:
        lines = [
            f"{x['registration_number']}\t{x['kind']}\t{case['case_number']}"
            for case in result.issued
            for x in case["letters"]
        ]
        return "\n".join(lines + [f"wrote {f}" for f in files])

    emit(ws, data, text)
    for failure in result.failed:
        print(f"permit-review: {failure['ref']}: {failure['message']}", file=sys.stderr)
    return 1 if result.failed else 0


def pdf(ws: Workspace, args: argparse.Namespace) -> int:
    stored = letters.letter_pdf(ws.uow(), actor(ws, args), args.number)
    _write(Path(args.out), stored.pdf)
    emit(
        ws,
        {
            "registration_number": stored.registration_number,
            "file": args.out,
            "pages": stored.pages,
            "sha256": stored.sha256,
        },
        f"wrote {args.out} ({stored.pages} pages, SHA-256 {stored.sha256})",
    )
    return 0


def _changed_text(change: Changed) -> str:
    details = change.details
    return ", ".join(f"{k}: {v}" for k, v in details.items() if not isinstance(v, (dict, list)))


def dispatch(ws: Workspace, args: argparse.Namespace) -> int:
    change = letters.record_dispatch(
        ws.uow(),
        actor(ws, args),
        args.number,
        dispatched_on=args.date,
        tracking_number=args.tracking,
    )
    emit(ws, change.details, lambda: _changed_text(change))
    return 0


def served(ws: Workspace, args: argparse.Namespace) -> int:
    change = letters.record_service(
        ws.uow(), actor(ws, args), args.ref, served_on=args.date, method=args.method
    )
    emit(ws, change.details, lambda: _changed_text(change))
    return 0


def list_letters(ws: Workspace, args: argparse.Namespace) -> int:
    rows = letters.case_letters(ws.uow(), actor(ws, args), args.ref)
    emit(
        ws,
        rows,
        lambda: table(
            rows,
            [
                ("registration_number", "number"),
                ("kind", "kind"),
                ("issued_on", "issued"),
                ("language", "lang"),
                ("pages", "pages"),
                ("supersedes", "supersedes"),
                ("superseded_by", "replaced by"),
                ("dispatched_on", "dispatched"),
                ("tracking_number", "tracking"),
            ],
        ),
    )
    return 0


def queue(ws: Workspace, args: argparse.Namespace) -> int:
    rows = letters.letters_queue(ws.uow(), actor(ws, args), limit=args.limit)
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
                ("language", "lang"),
            ],
        ),
    )
    return 0


def correct(ws: Workspace, args: argparse.Namespace) -> int:
    who = actor(ws, args)
    change = letters.correct_letter(ws.uow(), who, args.number, reason=args.reason)
    number = change.details["letter"]["registration_number"]
    data = dict(change.details)
    if args.out:
        stored = letters.letter_pdf(ws.uow(), who, number)
        _write(Path(args.out), stored.pdf)
        data["file"] = args.out
    emit(ws, data, f"{number} replaces {change.details['supersedes']}")
    return 0


def make_register(ws: Workspace, args: argparse.Namespace) -> int:
    made = letters.dispatch_register(ws.uow(), actor(ws, args), args.numbers)
    files = _write_register(_out_dir(args.out), made, args.numbers[0], args.numbers[-1])
    emit(ws, {"entries": made.entries, "files": files}, "\n".join(f"wrote {f}" for f in files))
    return 0


def template_check(ws: Workspace, args: argparse.Namespace) -> int:
    rows = letters.check_templates(ws.uow(), actor(ws, args))
    emit(
        ws,
        rows,
        lambda: table(
            rows,
            [
                ("document", "document"),
                ("language", "lang"),
                ("version", "version"),
                ("source", "source"),
                ("problem", "problem"),
            ],
        ),
    )
    return 1 if any(r["problem"] for r in rows) else 0


def template_show(ws: Workspace, args: argparse.Namespace) -> int:
    found = letters.read_template(ws.uow(), actor(ws, args), args.document, args.language)
    emit(ws, found, lambda: json.dumps(found["template"], ensure_ascii=False, indent=2))
    return 0


def template_save(ws: Workspace, args: argparse.Namespace) -> int:
    text = read_text_file(args.file, "template file")
    template = tpl.validate(
        tpl.parse_text(text, args.file), args.document, args.language, args.file
    )
    change = letters.save_template(
        ws.uow(), actor(ws, args), args.document, args.language, template
    )
    emit(ws, change.details, f"saved {change.details['key']} version {change.details['version']}")
    return 0


def template_reset(ws: Workspace, args: argparse.Namespace) -> int:
    change = letters.reset_template(ws.uow(), actor(ws, args), args.document, args.language)
    emit(ws, change.details, f"{change.details['key']}: the shipped template applies again")
    return 0
