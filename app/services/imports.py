"""Imports, an admin's action: the questionnaire, the resident registry, the responses.

Every import checks the whole file before writing anything and runs in one
transaction. A file with bad rows is refused whole (ImportRefused, with every
problem by row and column) unless `valid_only` is asked for; `dry_run` does
all the checking and counting and writes nothing. Each import is one audit
event holding counts only.

For a wizard: `detect` says what a file is, `preview` shows its first rows
and (with `check`) the result of a dry run; the import functions take a
`progress(done, total)` callback and a `cancel()` flag.

A file of more than 250,000 rows (the department setting `imports.max_rows`)
is refused while it is read: several times the review's population, it can
only be a wrong or hostile file.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.db.models import Campaign, ImportBatch
from app.domain.errors import NotFound
from app.domain.roles import Role
from app.imports.load_registry import RegistryLoad
from app.imports.load_responses import ResponsesLoad
from app.imports.outcome import (
    Cancel,
    ImportResult,
    Meter,
    Preview,
    Problems,
    Progress,
)
from app.imports.problems import ImportRefused, Problem, file_problem
from app.imports.questionnaires import (
    current_questionnaire,
    ensure_campaign,
    find_campaign,
    load_form,
    store_form,
)
from app.imports.registry import RegistryReader, normal_column
from app.imports.responses import ResponseReader
from app.imports.sources import SourceInfo, Table, open_json, open_table, sniff
from app.imports.workbook import cell_text, open_workbook
from app.imports.xlsform import parse_xlsform
from app.services.context import Actor, UnitOfWork

KINDS = ("questionnaire", "registry", "responses")
DEFAULT_MAX_ROWS = 250_000
PREVIEW_ROWS = 10


def _max_rows(uow: UnitOfWork) -> int:
    imports: dict[str, Any] = uow.settings.data.get("imports", {})
    return int(imports.get("max_rows", DEFAULT_MAX_ROWS))


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _campaign_for_responses(uow: UnitOfWork, name: str) -> Campaign:
    campaign = find_campaign(uow.session, name)
    if campaign is None:
        raise NotFound(
            f"There is no campaign {name!r}; import its questionnaire and registry first."
        )
    return campaign


def _result(kind: str, info: SourceInfo, campaign: str, dry_run: bool) -> ImportResult:
    return ImportResult(
        kind=kind,
        file_name=info.name,
        campaign=campaign,
        file_format=info.file_format,
        encoding=info.encoding,
        delimiter=info.delimiter,
        dry_run=dry_run,
    )


def _refuse_or_continue(result: ImportResult, problems: Problems, valid_only: bool) -> None:
    result.problems = problems.sorted()
    result.problems_not_shown = problems.dropped
    if problems.errors and not valid_only:
        first = next(p for p in result.problems if p.severity == "error")
        raise ImportRefused(
            f"{result.file_name}: {problems.errors:,} row(s) have problems, so nothing was "
            f"imported. First: {first.describe()}. Fix the file, or import only the valid rows.",
            result.problems,
            result,
        )


def _record(
    uow: UnitOfWork,
    actor: Actor,
    result: ImportResult,
    campaign: Campaign,
    sha256: str,
    started: float,
    batch: ImportBatch | None,
) -> None:
    result.seconds = time.perf_counter() - started
    if batch is not None:
        batch.finished_at = uow.clock.now()
        batch.counts = dict(result.counts)
        result.batch_id = batch.id
    uow.audit(
        actor,
        f"import_{result.kind}",
        "import_batch",
        batch.id if batch else "",
        after={
            "campaign": campaign.code,
            "format": result.file_format,
            "file_sha256": sha256,
            "counts": dict(result.counts),
        },
    )


def _batch(
    uow: UnitOfWork, actor: Actor, result: ImportResult, campaign: Campaign, sha256: str
) -> ImportBatch:
    batch = ImportBatch(
        kind=result.kind,
        campaign_id=campaign.id,
        file_name=result.file_name,
        file_sha256=sha256,
        file_format=result.file_format,
        imported_by_id=actor.user_id,
        started_at=uow.clock.now(),
        counts=dict(result.counts),
    )
    uow.session.add(batch)
    uow.session.flush()
    return batch


# --- the questionnaire ---------------------------------------------------------------


def import_questionnaire(
    uow: UnitOfWork,
    actor: Actor,
    path: Path | str,
    campaign: str,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportResult:
    """Store an XLSForm questionnaire as a version of `campaign` (created if new)."""
    path = Path(path)
    meter = Meter(progress, cancel)
    started = time.perf_counter()
    with uow:
        uow.require(actor, Role.ADMIN)
        meter.phase(0.0, 0.5)
        form = parse_xlsform(path)
        meter.phase(0.5, 1.0)
        target, _created = ensure_campaign(uow.session, campaign)
        _questionnaire, created = store_form(uow.session, target, form)
        result = ImportResult(
            kind="questionnaire",
            file_name=path.name,
            campaign=target.name,
            file_format="xlsform",
            dry_run=dry_run,
        )
        result.counts.update(
            read=len(form.questions),
            imported=len(form.questions) if created else 0,
            unchanged=0 if created else len(form.questions),
        )
        result.counts["choices"] = sum(len(c) for c in form.choices.values())
        result.counts["markers"] = len(form.markers)
        meter.report(1.0, force=True)
        if dry_run:
            result.seconds = time.perf_counter() - started
            return result
        batch = _batch(uow, actor, result, target, form.source_sha256) if created else None
        _record(uow, actor, result, target, form.source_sha256, started, batch)
        uow.commit()
        meter.done()
        return result


# --- the registry ----------------------------------------------------------------------


def import_registry(
    uow: UnitOfWork,
    actor: Actor,
    path: Path | str,
    campaign: str,
    *,
    dry_run: bool = False,
    valid_only: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportResult:
    """Residents and permits from a registry extract; one case per resident in `campaign`.

    A resident already stored (by permit number) is updated where the extract
    differs, and each changed field is reported; nobody is ever deleted.
    """
    meter = Meter(progress, cancel)
    started = time.perf_counter()
    info = sniff(path)
    if info.file_format == "json":
        raise file_problem(info.name, "a registry extract is a CSV or Excel file, not JSON")
    with uow:
        uow.require(actor, Role.ADMIN)
        target, _created = ensure_campaign(uow.session, campaign)
        result = _result("registry", info, target.name, dry_run)
        load = RegistryLoad(
            uow.session,
            target,
            info,
            today=uow.clock.today(),
            now=uow.clock.now(),
            case_number_format=str(uow.settings["case_number_format"]),
            max_rows=_max_rows(uow),
            meter=meter,
        )
        meter.phase(0.0, 0.5)
        load.check()
        result.counts.update(load.counts)
        result.ignored_columns = load.ignored_columns
        _refuse_or_continue(result, load.problems, valid_only)
        if dry_run:
            result.seconds = time.perf_counter() - started
            return result
        sha256 = file_sha256(info.path)
        meter.phase(0.5, 1.0)
        writes = (
            result.counts["imported"] + result.counts["updated"] + result.counts["cases_opened"]
        )
        batch = _batch(uow, actor, result, target, sha256) if writes else None
        load.write()
        result.changes = load.changes
        _record(uow, actor, result, target, sha256, started, batch)
        meter.report(1.0, force=True)
        uow.commit()
        meter.done()
        return result


# --- responses -------------------------------------------------------------------------


def import_responses(
    uow: UnitOfWork,
    actor: Actor,
    path: Path | str,
    campaign: str,
    *,
    dry_run: bool = False,
    valid_only: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportResult:
    """Questionnaire responses into the cases of `campaign`, matched by permit number."""
    meter = Meter(progress, cancel)
    started = time.perf_counter()
    info = sniff(path)
    with uow:
        uow.require(actor, Role.ADMIN)
        target = _campaign_for_responses(uow, campaign)
        questionnaire = current_questionnaire(uow.session, target)
        if questionnaire is None:
            raise NotFound(
                f"The campaign {target.name!r} has no questionnaire yet; import it first."
            )
        form, question_ids = load_form(uow.session, questionnaire)
        result = _result("responses", info, target.name, dry_run)
        load = ResponsesLoad(
            uow.session,
            target,
            questionnaire,
            form,
            question_ids,
            info,
            now=uow.clock.now(),
            max_rows=_max_rows(uow),
            meter=meter,
        )
        meter.phase(0.0, 0.5)
        load.check()
        result.file_format = load.layout
        result.counts.update(load.counts)
        result.ignored_columns = load.ignored_columns
        _refuse_or_continue(result, load.problems, valid_only)
        if dry_run:
            result.seconds = time.perf_counter() - started
            return result
        sha256 = file_sha256(info.path)
        meter.phase(0.5, 1.0)
        writes = result.counts["imported"] + result.counts["updated"]
        batch = _batch(uow, actor, result, target, sha256) if writes else None
        load.write(batch.id if batch else None)
        _record(uow, actor, result, target, sha256, started, batch)
        meter.report(1.0, force=True)
        uow.commit()
        meter.done()
        return result


# --- for the wizard -----------------------------------------------------------------------


def detect(path: Path | str) -> tuple[str, SourceInfo]:
    """What a file holds (questionnaire, registry or responses) and how it is encoded."""
    info = sniff(path)
    if info.file_format == "json":
        return "responses", info
    if info.file_format == "xlsx":
        workbook = open_workbook(info.path)
        try:
            names = {ws.title.strip().lower() for ws in workbook.worksheets}
        finally:
            workbook.close()
        if "survey" in names:
            return "questionnaire", info
    with open_table(info, formulas=False) as table:
        columns = {normal_column(c) for c in table.columns}
    if {"permit_number", "surname", "given_names"} <= columns:
        return "registry", info
    return "responses", info


IMPORTERS = {
    "questionnaire": import_questionnaire,
    "registry": import_registry,
    "responses": import_responses,
}


def preview(
    uow: UnitOfWork,
    actor: Actor,
    path: Path | str,
    *,
    campaign: str | None = None,
    kind: str | None = None,
    rows: int = PREVIEW_ROWS,
    check: bool = True,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Preview:
    """The detected kind, encoding and delimiter, the first rows, and (with `check`) a dry
    run's counts and every problem. A file that cannot be read at all gives a preview whose
    only problem says why."""
    with uow:
        uow.require(actor, Role.ADMIN)
    path = Path(path)
    try:
        detected, info = detect(path)
    except ImportRefused as exc:
        return Preview(kind=kind or "", file_name=path.name, file_format="", problems=exc.problems)
    kind = kind or detected
    if kind not in KINDS:
        raise NotFound(f"There is no import of {kind!r}; choose one of {', '.join(KINDS)}.")
    shown = Preview(
        kind=kind,
        file_name=info.name,
        file_format=info.file_format,
        encoding=info.encoding,
        delimiter=info.delimiter,
    )
    try:
        _first_rows(uow, shown, info, kind, campaign, rows)
    except ImportRefused as exc:
        shown.problems = exc.problems
        return shown
    if check and campaign:
        try:
            shown.dry_run = IMPORTERS[kind](
                uow, actor, path, campaign, dry_run=True, progress=progress, cancel=cancel
            )
            shown.problems = shown.dry_run.problems
        except ImportRefused as exc:
            shown.dry_run = exc.result
            shown.problems = exc.problems
        except NotFound as exc:
            shown.problems = [Problem(None, "", "", exc.message)]
    return shown


def _first_rows(
    uow: UnitOfWork, shown: Preview, info: SourceInfo, kind: str, campaign: str | None, limit: int
) -> None:
    if kind == "questionnaire":
        form = parse_xlsform(info.path)
        shown.layout = "xlsform"
        shown.columns = ["path", "type", "required", "label"]
        shown.rows = [
            [q.path, q.kind, "yes" if q.required else "", q.label(form.default_language)]
            for q in form.questions[:limit]
        ]
        return
    if kind == "registry":
        with open_table(info, formulas=False) as table:
            RegistryReader(table, uow.clock.today())
            shown.layout = "registry"
            shown.columns = list(table.columns)
            shown.rows = _take(table.rows(), limit)
        return
    if info.file_format == "json":
        records = open_json(info)
        try:
            shown.layout = "json"
            first = [r for _, r in zip(range(limit), records.records(), strict=False)]
            keys = list(dict.fromkeys(k for _, r in first if isinstance(r, dict) for k in r))
            shown.columns = keys
            shown.rows = [
                [cell_text(r.get(k)) if isinstance(r, dict) else "" for k in keys] for _, r in first
            ]
        finally:
            records.close()
    else:
        with open_table(info, formulas=True) as table:
            shown.columns = list(table.columns)
            shown.rows = _take(table.rows(), limit)
            if campaign:
                _describe_layout(uow, shown, table, campaign)


def _describe_layout(uow: UnitOfWork, shown: Preview, table: Table, campaign: str) -> None:
    with uow:
        target = find_campaign(uow.session, campaign)
        questionnaire = current_questionnaire(uow.session, target) if target else None
        if questionnaire is None:
            return
        form, _ = load_form(uow.session, questionnaire)
    reader = ResponseReader(form, table)
    shown.layout = reader.layout.name
    shown.language = reader.layout.language or ""
    shown.ignored_columns = reader.layout.ignored


def _take(stream: Iterator[tuple[int, list[Any]]], limit: int) -> list[list[str]]:
    out: list[list[str]] = []
    for _, values in stream:
        out.append([cell_text(v) for v in values])
        if len(out) >= limit:
            break
    return out


def campaigns(uow: UnitOfWork, actor: Actor) -> list[dict[str, Any]]:
    """Campaigns to import into, for the wizard's choice."""
    with uow:
        uow.require(actor, Role.ADMIN)
        return [
            {"name": c.name, "code": c.code}
            for c in uow.session.scalars(select(Campaign).order_by(Campaign.id))
        ]
