"""The `permit-review` command: with no subcommand it starts the GUI.

Each command group lives in its own module with a `register(subparsers)`
function; handlers take the workspace and the parsed arguments and return
the exit status. Exit 0 on success, 1 on a refused action or bad input (one
line on stderr), 2 on usage errors.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from app import __version__

if TYPE_CHECKING:
    from app.paths import Paths

log = logging.getLogger(__name__)

# Imported when a command is parsed, so that `--version` answers at once.
COMMAND_MODULES = ["app.cli.setup", "app.cli.users", "app.cli.cases"]
OPTIONAL_MODULES = [
    "app.cli.imports",
    "app.cli.letters",
    "app.cli.audit",
    "app.cli.reports",
    "app.cli.backup",
    "app.cli.appeals",
]


def global_options() -> argparse.ArgumentParser:
    """Options accepted before or after the subcommand."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help="folder for the store, backups and logs "
        "(default: PERMIT_REVIEW_DATA_DIR or the user data folder)",
    )
    common.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        metavar="URL",
        help="database URL (default: PERMIT_REVIEW_DB_URL or the SQLite file)",
    )
    common.add_argument("--user", default=argparse.SUPPRESS, metavar="NAME", help="the acting user")
    common.add_argument(
        "--password-stdin",
        action="store_true",
        default=argparse.SUPPRESS,
        help="read the password from the first line of standard input "
        "(else PERMIT_REVIEW_PASSWORD)",
    )
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print machine-readable JSON"
    )
    common.add_argument("--verbose", action="store_true", default=argparse.SUPPRESS)
    return common


def build_parser() -> argparse.ArgumentParser:
    common = global_options()
    parser = argparse.ArgumentParser(
        prog="permit-review",
        parents=[common],
        description="Review of permanent residence permits. With no command, starts the "
        "application window.",
    )
    parser.add_argument("--version", action="version", version=f"permit-review {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation in a temporary folder (store, letters, window) and exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules = [importlib.import_module(name) for name in COMMAND_MODULES]
    for name in OPTIONAL_MODULES:
        try:
            modules.append(importlib.import_module(name))
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    for module in modules:
        module.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--version"]:
        print(f"permit-review {__version__}")
        return 0
    from app.cli.common import UsageError, Workspace
    from app.domain.errors import PermitReviewError
    from app.logs import configure_logging
    from app.paths import Paths

    if "--self-test" in argv:
        return int(importlib.import_module("app.selftest").run_checks())
    # With only global options, start the window without loading every command module.
    only_globals, rest = argparse.ArgumentParser(
        add_help=False, parents=[global_options()]
    ).parse_known_args(argv)
    if not rest:
        return _start_gui(
            Paths.from_environment(getattr(only_globals, "data_dir", None)),
            getattr(only_globals, "db", None),
        )
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    paths = Paths.from_environment(getattr(args, "data_dir", None))
    ws = Workspace(
        paths, getattr(args, "db", None), json_output=getattr(args, "json", False), args=args
    )
    handler = getattr(args, "handler", None)
    if handler is None:
        if args.command:
            print(
                f"permit-review: '{args.command}' needs a subcommand; "
                f"see 'permit-review {args.command} --help'",
                file=sys.stderr,
            )
            return 2
        return _start_gui(paths, getattr(args, "db", None))
    try:
        paths.ensure()
        configure_logging(paths, verbose=getattr(args, "verbose", False))
        return int(handler(ws, args))
    except UsageError as exc:
        print(f"permit-review: {exc}", file=sys.stderr)
        return 2
    except PermitReviewError as exc:
        log.info("refused: %s: %s", args.command, type(exc).__name__)
        print(f"permit-review: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("permit-review: interrupted", file=sys.stderr)
        return 130
    finally:
        ws.close()


def _start_gui(paths: Paths, db_url: str | None) -> int:
    gui = importlib.import_module("ui.main")
    return int(gui.run(paths, db_url))


if __name__ == "__main__":
    sys.exit(main())
