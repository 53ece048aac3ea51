"""`import questionnaire|registry|responses FILE --campaign NAME` and `import preview FILE`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.cli.common import Workspace, actor, emit, table
from app.imports.outcome import ImportResult, Preview, write_report
from app.imports.problems import ImportRefused, Problem, shown
from app.services import imports

SHOWN_PROBLEMS = 50
COUNT_NAMES = ("read", "imported", "updated", "unchanged", "refused")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    group = sub.add_parser(
        "import", parents=[common], help="import a questionnaire, a registry extract or responses"
    )
    kinds = group.add_subparsers(dest="import_kind", metavar="KIND")
    helps = {
        "questionnaire": "an XLSForm questionnaire (.xlsx) as a version of the campaign",
        "registry": "a resident registry extract (CSV or XLSX); opens one case per resident",
        "responses": "questionnaire responses exported from KoboToolbox or ODK Central "
                     "(CSV, XLSX or JSON)",
    }  # fmt: skip
    for kind, text in helps.items():
        p = kinds.add_parser(kind, parents=[common], help=text)
        p.add_argument("file", metavar="FILE")
        p.add_argument(
            "--campaign", required=True, metavar="NAME", help="the campaign's name or code"
        )
        p.add_argument(
            "--dry-run",
            action="store_true",
            help="check everything and show what would happen; write nothing",
        )
        if kind != "questionnaire":
            p.add_argument(
                "--valid-only",
                action="store_true",
                help="import the valid rows even if others have problems",
            )
        p.add_argument(
            "--report",
            metavar="CSV",
            help="write every problem (row, column, value, reason) to this file",
        )
        p.set_defaults(handler=run_import, import_kind=kind)
    p = kinds.add_parser(
        "preview", parents=[common], help="say what a file is and show its first rows"
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--campaign", metavar="NAME", help="also check the file against this campaign")
    p.add_argument("--kind", choices=imports.KINDS, help="read it as this kind of file")
    p.add_argument("--rows", type=int, default=5, metavar="N")
    p.set_defaults(handler=run_preview)


def run_import(ws: Workspace, args: argparse.Namespace) -> int:
    who = actor(ws, args)
    options: dict[str, Any] = {"dry_run": args.dry_run}
    if args.import_kind != "questionnaire":
        options["valid_only"] = args.valid_only
    importer = imports.IMPORTERS[args.import_kind]
    try:
        result = importer(ws.uow(), who, args.file, args.campaign, **options)
    except ImportRefused as exc:
        if args.report:
            write_report(Path(args.report), exc.problems)
        refused: ImportResult | None = exc.result
        if ws.json_output:
            data = refused.as_dict() if refused else {"problems": []}
            data.update(refused=True, message=exc.message)
            if not refused:
                data["problems"] = [_plain(p) for p in exc.problems]
            json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            if refused:
                print(_counts_line(refused), file=sys.stderr)
            if exc.problems and (len(exc.problems) > 1 or exc.problems[0].row is not None):
                print(_problems_text(exc.problems), file=sys.stderr)
        print(f"permit-review: {exc.message}", file=sys.stderr)
        if args.report:
            print(f"permit-review: the report is in {args.report}", file=sys.stderr)
        return 1
    if args.report:
        write_report(Path(args.report), result.problems, result.changes)
    emit(ws, result.as_dict(), lambda: _result_text(result, args.report))
    return 0


def run_preview(ws: Workspace, args: argparse.Namespace) -> int:
    who = actor(ws, args)
    found = imports.preview(
        ws.uow(), who, args.file, campaign=args.campaign, kind=args.kind, rows=args.rows
    )
    emit(ws, found.as_dict(), lambda: _preview_text(found))
    return 1 if any(p.severity == "error" for p in found.problems) else 0


def _plain(problem: Problem) -> dict[str, Any]:
    return {
        "row": problem.row,
        "column": problem.column,
        "value": problem.value,
        "reason": problem.reason,
        "severity": problem.severity,
    }


def _counts_line(result: ImportResult) -> str:
    counts = result.counts
    line = ", ".join(f"{name} {counts.get(name, 0):,}" for name in COUNT_NAMES)
    extra = [
        f"{k.replace('_', ' ')} {v:,}" for k, v in counts.items() if k not in COUNT_NAMES and v
    ]
    return line + ("; " + ", ".join(extra) if extra else "")


def _problems_text(problems: list[Problem]) -> str:
    rows = [
        {
            "row": "" if p.row is None else p.row,
            "column": p.column,
            "value": shown(p.value),
            "reason": p.reason,
            "severity": p.severity,
        }
        for p in problems[:SHOWN_PROBLEMS]
    ]
    text = table(
        rows,
        [
            ("row", "row"),
            ("column", "column"),
            ("value", "value"),
            ("reason", "reason"),
            ("severity", ""),
        ],
    )
    if len(problems) > SHOWN_PROBLEMS:
        text += f"\n... and {len(problems) - SHOWN_PROBLEMS:,} more (see --report)"
    return text


def _result_text(result: ImportResult, report: str | None) -> str:
    how = ", ".join(
        x
        for x in (
            result.file_format,
            result.encoding,
            {"": "", ",": "comma", ";": "semicolon", "\t": "tab"}[result.delimiter],
        )
        if x
    )
    verb = "Would import" if result.dry_run else "Imported"
    lines = [
        f"{verb} {result.kind} from {result.file_name} ({how}) into {result.campaign!r} "
        f"in {result.seconds:.1f} s:",
        "  " + _counts_line(result),
    ]
    if result.ignored_columns:
        lines.append("  columns not used: " + ", ".join(result.ignored_columns))
    if result.problems:
        lines += [
            "",
            "Notes:"
            if all(p.severity == "warning" for p in result.problems)
            else "Problems (rows with errors were left out):",
            _problems_text(result.problems),
        ]
    if result.changes:
        rows = [
            {
                "row": c.row,
                "permit": c.permit_number,
                "field": c.field,
                "old": shown(c.old),
                "new": shown(c.new),
            }
            for c in result.changes[:SHOWN_PROBLEMS]
        ]
        lines += [
            "",
            f"Changed in the registry ({len(result.changes):,} field(s)):",
            table(
                rows,
                [
                    ("row", "row"),
                    ("permit", "permit"),
                    ("field", "field"),
                    ("old", "was"),
                    ("new", "now"),
                ],
            ),
        ]
    if report:
        lines += ["", f"Report written to {report}."]
    return "\n".join(lines)


def _preview_text(found: Preview) -> str:
    how = ", ".join(
        x
        for x in (
            found.file_format.upper(),
            found.encoding,
            {"": "", ",": "comma", ";": "semicolon", "\t": "tab"}[found.delimiter],
            found.layout,
            f"labels in {found.language}" if found.language else "",
        )
        if x
    )
    lines = [f"{found.file_name}: {found.kind or 'unreadable'} ({how})"]
    if found.columns:
        lines.append(
            f"{len(found.columns)} columns: "
            + ", ".join(found.columns[:12])
            + (" ..." if len(found.columns) > 12 else "")
        )
    if found.ignored_columns:
        lines.append("ignored columns: " + ", ".join(found.ignored_columns))
    if found.dry_run is not None:
        lines.append("dry run: " + _counts_line(found.dry_run))
    if found.problems:
        lines += ["", _problems_text(found.problems)]
    return "\n".join(lines)
