"""`report stats`, `report export VIEW` and `report weekly` (supervisors and admins)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import Workspace, actor, emit, parse_date, table
from app.services import reports
from app.services.reports import Dashboard, Figure


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    group = sub.add_parser(
        "report", parents=[common], help="dashboard figures and exports (supervisors, admins)"
    )
    acts = group.add_subparsers(dest="report_command", metavar="ACTION")

    p = acts.add_parser(
        "stats",
        parents=[common],
        help="every figure of the dashboard: cases by state, outcomes by citizenship, "
        "workload, decisions per week, times, appeals, deadlines",
    )
    _period(p)
    p.set_defaults(handler=stats)

    views = ", ".join((*reports.TABLE_VIEWS, *reports.FIGURES))
    p = acts.add_parser(
        "export",
        parents=[common],
        help="write a table view or a dashboard figure to a CSV or XLSX file",
    )
    p.add_argument("view", metavar="VIEW", help=f"one of: {views}")
    p.add_argument("--format", required=True, choices=("csv", "xlsx"))
    p.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    _period(p, "(decisions per week, times and the audit log)")
    p.set_defaults(handler=export)

    p = acts.add_parser(
        "weekly", parents=[common], help="the weekly statistics report as a PDF file"
    )
    p.add_argument("--out", required=True, metavar="FILE", help="the PDF file to write")
    _period(p, "(default: last week, Monday to Sunday)")
    p.set_defaults(handler=weekly)


def _period(parser: argparse.ArgumentParser, what: str = "") -> None:
    parser.add_argument(
        "--from",
        dest="date_from",
        type=parse_date,
        metavar="D",
        help=f"first day of the period {what}".strip(),
    )
    parser.add_argument(
        "--to", dest="date_to", type=parse_date, metavar="D", help="last day (default: today)"
    )


def _asked_period(ws: Workspace, args: argparse.Namespace) -> reports.Period | None:
    if args.date_from is None and args.date_to is None:
        return None
    return reports.Period.of(ws.clock.today(), args.date_from, args.date_to)


def _cell(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.1f}"
    return str(value)


def _figure_text(figure: Figure) -> str:
    columns = list(figure.columns)
    rows = [
        {key: _cell(value) for (key, _), value in zip(columns, row, strict=True)}
        for row in figure.rows
    ]
    lines = [figure.title, "-" * len(figure.title), table(rows, columns)]
    if figure.note:
        lines.append(figure.note)
    return "\n".join(lines)


def _text(board: Dashboard) -> str:
    parts = [
        f"Figures as of {board.today.isoformat()}; period {board.period.label}.",
        board.headline,
    ]
    parts += [_figure_text(f) for f in board.figures]
    return "\n\n".join(parts)


def stats(ws: Workspace, args: argparse.Namespace) -> int:
    board = reports.dashboard(ws.uow(), actor(ws, args), _asked_period(ws, args))
    emit(ws, board.as_dict(), lambda: _text(board))
    return 0


def export(ws: Workspace, args: argparse.Namespace) -> int:
    view = reports.check_view(args.view)
    done = reports.export_view(
        ws.uow(), actor(ws, args), view, args.format, Path(args.out), _asked_period(ws, args)
    )
    rows = done.details["rows"]
    emit(ws, done.details, f"Wrote {rows:,} row{'' if rows == 1 else 's'} to {args.out}.")
    return 0


def weekly(ws: Workspace, args: argparse.Namespace) -> int:
    done = reports.weekly_report(ws.uow(), actor(ws, args), Path(args.out), _asked_period(ws, args))
    emit(ws, done.details, f"Wrote the weekly report to {args.out}.")
    return 0
