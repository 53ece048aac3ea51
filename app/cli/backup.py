"""Safekeeping: `backup create|verify|list|restore|settings`, `store check|encrypt`,
`retention run` and `subject export`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app import integrity
from app.cli.common import Workspace, actor, emit, table
from app.domain.errors import ValidationError
from app.services import backups, encryption, retention, subject_access


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    group = sub.add_parser("backup", parents=[common], help="back up and restore the store")
    acts = group.add_subparsers(dest="backup_command", metavar="ACTION")
    p = acts.add_parser("create", parents=[common], help="back up now (checked before and after)")
    p.add_argument("--to", metavar="DIR", help="folder to write to (default: the backup folder)")
    p.set_defaults(handler=create)
    p = acts.add_parser("verify", parents=[common], help="check a backup file")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=verify)
    p = acts.add_parser("list", parents=[common], help="list backups, newest first")
    p.set_defaults(handler=list_)
    p = acts.add_parser(
        "restore",
        parents=[common],
        help="replace the store with a verified backup (the current store is kept first)",
    )
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=restore)
    p = acts.add_parser("settings", parents=[common], help="backup folder and copies kept")
    p.add_argument("--folder", metavar="DIR", help="e.g. removable media; '' for the local one")
    p.add_argument("--keep", type=int, metavar="N", help="automatic copies to keep")
    p.set_defaults(handler=settings)

    group = sub.add_parser("store", parents=[common], help="check or encrypt the store")
    acts = group.add_subparsers(dest="store_command", metavar="ACTION")
    p = acts.add_parser(
        "check", parents=[common], help="integrity_check and foreign_key_check of the store"
    )
    p.set_defaults(handler=check)
    p = acts.add_parser("encrypt", parents=[common], help="encrypt a plain store in place (admins)")
    p.add_argument(
        "--delete-plain-backups",
        action="store_true",
        help="also delete the unencrypted backups made before",
    )
    p.set_defaults(handler=encrypt)

    group = sub.add_parser("retention", parents=[common], help="anonymise old closed cases")
    acts = group.add_subparsers(dest="retention_command", metavar="ACTION")
    p = acts.add_parser("run", parents=[common], help="anonymise closed cases past retention")
    p.add_argument("--dry-run", action="store_true", help="count only; change nothing")
    p.add_argument("--years", type=int, metavar="N", help="a longer period for this run")
    p.set_defaults(handler=retention_run)

    group = sub.add_parser("subject", parents=[common], help="subject access requests")
    acts = group.add_subparsers(dest="subject_command", metavar="ACTION")
    p = acts.add_parser(
        "export", parents=[common], help="everything held about one person (JSON and PDF)"
    )
    p.add_argument("ref", metavar="REF", help="a permit number or case number of the person")
    p.add_argument("--out", required=True, metavar="DIR")
    p.set_defaults(handler=subject_export)


def _backup_rows(items: list[Any]) -> str:
    return table(
        [
            {
                "made": b.made_local,
                "kind": b.kind,
                "size": f"{b.size / 1_048_576:.1f} MB",
                "encrypted": "yes" if b.encrypted else "no",
                "file": str(b.path),
            }
            for b in items
        ],
        [
            ("made", "made"),
            ("kind", "kind"),
            ("size", "size"),
            ("encrypted", "encrypted"),
            ("file", "file"),
        ],
    )


def create(ws: Workspace, args: argparse.Namespace) -> int:
    to = Path(args.to).expanduser() if args.to else None
    info = backups.create(ws.uow(), actor(ws, args), to)
    emit(ws, info.as_dict(), f"Backup written and verified: {info.path}")
    return 0


def verify(ws: Workspace, args: argparse.Namespace) -> int:
    report = backups.verify(ws.uow(), actor(ws, args), Path(args.file).expanduser())
    text = (
        f"{args.file}: sound (integrity_check and foreign_key_check passed)."
        if report.ok
        else f"{args.file}: DAMAGED: " + "; ".join(report.problems[:5])
    )
    emit(ws, report.as_dict(), text)
    return 0 if report.ok else 1


def list_(ws: Workspace, args: argparse.Namespace) -> int:
    items = backups.list_all(ws.uow(), actor(ws, args))
    emit(ws, [b.as_dict() for b in items], lambda: _backup_rows(items))
    return 0


def settings(ws: Workspace, args: argparse.Namespace) -> int:
    changed = backups.save_settings(ws.uow(), actor(ws, args), folder=args.folder, keep=args.keep)
    emit(ws, changed.details, "Backup settings saved.")
    return 0


def restore(ws: Workspace, args: argparse.Namespace) -> int:
    """Restore; when the store is too damaged to log in to, the admin is checked against
    the backup itself (the state about to be restored)."""
    file = Path(args.file).expanduser()
    damaged = False
    try:
        store = ws.store
        who = actor(ws, args)
    except integrity.StoreDamaged:
        damaged = True
        store = ws.open_store(check=False, migrate=False)
        ws._store = store
        username, password = ws.credentials()
        who = backups.authenticate_on_backup(file, ws.key, username, password)
    result = backups.restore(ws.uow(), who, file, current_damaged=damaged)
    kept = "copied aside" if result.current_was_damaged else "backed up"
    emit(
        ws,
        result.as_dict(),
        f"Restored {result.restored_from.path.name}; the store as it was is {kept} at "
        f"{result.kept_as}. Audit head now {result.audit_head[0]}.",
    )
    return 0


def check(ws: Workspace, args: argparse.Namespace) -> int:
    store = ws.open_store(check=False, migrate=False)
    ws._store = store
    report = integrity.check_store(store, full=True)
    if report.ok:
        emit(ws, report.as_dict(), f"{report.path}: sound (integrity_check, foreign_key_check).")
        return 0
    advice = integrity.advice(store.sqlite_path, store.backups)
    data = dict(report.as_dict(), advice=advice)
    emit(
        ws,
        data,
        f"{report.path}: DAMAGED:\n  " + "\n  ".join(report.problems) + f"\n{advice}",
    )
    return 1


def encrypt(ws: Workspace, args: argparse.Namespace) -> int:
    who = actor(ws, args)
    _, password = ws.credentials()
    done = encryption.encrypt_store(ws.uow(), who, password)
    ws.close()
    ws._store = None
    ws.key = done.key
    deleted = []
    if args.delete_plain_backups:
        for path in done.plain_backups:
            try:
                path.unlink()
                deleted.append(path)
            except OSError as exc:
                raise ValidationError("backup", f"{path} could not be deleted ({exc}).") from None
    lines = ["The store is now encrypted; your password unlocks it."]
    if done.users_without_slots:
        lines.append(
            "These users cannot open it until an admin resets their password: "
            + ", ".join(done.users_without_slots)
        )
    left = [p for p in done.plain_backups if p not in deleted]
    if left:
        lines.append(
            f"{len(left)} earlier backup(s) are NOT encrypted; delete them "
            "(--delete-plain-backups) or keep them locked away:"
        )
        lines += [f"  {p}" for p in left]
    emit(ws, dict(done.as_dict(), deleted=[str(p) for p in deleted]), "\n".join(lines))
    return 0


def retention_run(ws: Workspace, args: argparse.Namespace) -> int:
    result = retention.run(ws.uow(), actor(ws, args), dry_run=args.dry_run, years=args.years)
    verb = "would be anonymised" if result.dry_run else "anonymised"
    count = result.due if result.dry_run else result.anonymised
    emit(
        ws,
        result.as_dict(),
        f"{count} closed case(s) last changed before {result.cutoff} "
        f"({result.years} years) {verb}.",
    )
    return 0


def subject_export(ws: Workspace, args: argparse.Namespace) -> int:
    done = subject_access.export(ws.uow(), actor(ws, args), args.ref, Path(args.out))
    emit(
        ws,
        done.as_dict(),
        f"Exported {done.cases} case(s) into {done.folder}: "
        + ", ".join(p.name for p in done.files),
    )
    return 0
