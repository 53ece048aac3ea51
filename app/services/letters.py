"""Letters: issue, reprint and correction; batches with their dispatch register; dispatch,
service and the deadlines it starts; the letter templates.

Issuing a case's letters is one transaction: the registration numbers are
taken from the year's counter row (locked; on SQLite the write transaction
is BEGIN IMMEDIATE, so issuers queue), the date and signatory are fixed, both
PDFs are rendered and stored with their SHA-256, and the case moves on. An
issued letter is never changed: a reprint returns its stored bytes, and a
correction is a new letter that supersedes it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import aliased

from app.db.models import (
    Appeal,
    Case,
    Decision,
    Dispatch,
    Letter,
    Permit,
    RegistrationCounter,
    Resident,
    Service,
    Setting,
    SignOff,
    User,
)
from app.domain import deadlines as dl
from app.domain.errors import (
    InvalidTransition,
    NotFound,
    PermitReviewError,
    StoreError,
    ValidationError,
)
from app.domain.lifecycle import Action, State, transition
from app.domain.roles import Role
from app.domain.text import search_terms
from app.letters import templates as tpl
from app.letters.facts import Addressee, LetterFacts, Localized
from app.letters.pool import RenderPool, default_workers
from app.letters.register import DispatchRegister, RegisterEntry, make_register
from app.letters.render import RenderedLetter, render
from app.letters.rules import TemplateBook, choose_court, registration_number, working_calendar
from app.services import deadlines as board
from app.services.cases import find_case
from app.services.context import Actor, Changed, UnitOfWork

KINDS = ("decision", "appeal_notice")
SERVICE_METHODS = ("registered_mail", "in_person", "other")
READERS = (Role.CLERK, Role.SUPERVISOR)
# Below this many cases, starting worker processes costs more than it saves.
PARALLEL_FROM = 24
DEPARTURE_STATES = (
    State.SERVED,
    State.UNDER_APPEAL,
    State.APPEAL_DISMISSED,
    State.REVOCATION_FINAL,
)

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


# --- templates ------------------------------------------------------------------------


def read_template(uow: UnitOfWork, actor: Actor, document: str, language: str) -> dict[str, Any]:
    tpl.check_name(document, language)
    with uow:
        uow.require(actor, Role.ADMIN)
        book = TemplateBook(uow.settings)
        template = book.get(document, language)
        return {
            "document": document,
            "language": language,
            "source": book.source(document, language),
            "version": template["version"],
            "template": template,
        }


def save_template(
    uow: UnitOfWork, actor: Actor, document: str, language: str, template: tpl.Template
) -> Changed:
    """An admin's edit of a template; it is checked in full before it is kept."""
    key = tpl.setting_key(document, language)
    tpl.validate(template, document, language, f"setting {key}")
    with uow:
        uow.require(actor, Role.ADMIN)
        row = uow.session.get(Setting, key)
        before = row.value["value"].get("version") if row else None
        if row is None:
            row = Setting(key=key, value={"value": template})
            uow.session.add(row)
        else:
            row.value = {"value": template}
        row.updated_at = uow.clock.now()
        body = json.dumps(template, sort_keys=True, ensure_ascii=False).encode("utf-8")
        digest = hashlib.sha256(body).hexdigest()
        uow.audit(
            actor,
            "template_saved",
            "setting",
            key,
            before={"version": before},
            after={"version": template["version"], "sha256": digest},
        )
        uow.commit()
        return Changed("template_saved", details={"key": key, "version": template["version"]})


def reset_template(uow: UnitOfWork, actor: Actor, document: str, language: str) -> Changed:
    """Drop an admin's override; the shipped template applies again."""
    tpl.check_name(document, language)
    key = tpl.setting_key(document, language)
    with uow:
        uow.require(actor, Role.ADMIN)
        row = uow.session.get(Setting, key)
        if row is None:
            raise NotFound(f"The template {document}.{language} has no local changes.")
        uow.session.delete(row)
        uow.audit(actor, "template_reset", "setting", key)
        uow.commit()
        return Changed("template_reset", details={"key": key})


def check_templates(uow: UnitOfWork, actor: Actor) -> list[dict[str, Any]]:
    """Every template in force, each with its problem if it has one."""
    with uow:
        uow.require(actor, Role.ADMIN, Role.CLERK)
        book = TemplateBook(uow.settings)
        report = []
        for document in tpl.DOCUMENTS:
            for language in tpl.LANGUAGES:
                row: dict[str, Any] = {
                    "document": document,
                    "language": language,
                    "source": book.source(document, language),
                }
                try:
                    row["version"] = book.get(document, language)["version"]
                    row["problem"] = ""
                except ValidationError as exc:
                    row["version"] = ""
                    row["problem"] = exc.message
                report.append(row)
        return report


# --- what a letter says -----------------------------------------------------------------


def _signatory(
    uow: UnitOfWork, case: Case, decision: Decision, language: str
) -> tuple[User, Localized]:
    signoff = uow.session.scalar(
        select(SignOff)
        .where(SignOff.decision_id == decision.id, SignOff.verdict == "approved")
        .order_by(SignOff.id.desc())
        .limit(1)
    )
    if signoff is None:
        raise InvalidTransition(
            f"The decision on case {case.case_number} has no approval; it cannot be sent."
        )
    user = uow.session.get(User, signoff.supervisor_id)
    if user is None:
        raise NotFound(f"The supervisor who approved case {case.case_number} is not in the store.")
    titles: dict[str, Any] = uow.settings["department"].get("signatory_titles", {})
    own: dict[str, str] = titles.get(user.username, {})
    by_role: dict[str, str] = titles.get("supervisor", {})
    if user.title:
        lt_title = own.get("lt") or user.title
        tr_title = own.get(language) or user.title
    else:
        lt_title = own.get("lt") or by_role.get("lt", "")
        tr_title = own.get(language) or by_role.get(language) or lt_title
    return user, Localized(lt_title, tr_title)


def _approved_revocation(uow: UnitOfWork, case: Case) -> Decision:
    decision = uow.session.scalar(
        select(Decision)
        .where(Decision.case_id == case.id, Decision.status == "approved")
        .order_by(Decision.id.desc())
        .limit(1)
    )
    if decision is None or decision.outcome != "revoke":
        raise InvalidTransition(f"Case {case.case_number} has no approved revocation.")
    return decision


@dataclass(frozen=True)
class _CaseFacts:
    """What the letters of one case share, before numbers and date are given."""

    case_id: int
    decision_id: int
    signatory_id: int
    language: str
    base: dict[str, Any]
    templates: dict[str, tuple[tpl.Template, tpl.Template]]

    def letter(self, kind: str, number: str, issued_on: dt.date, **more: Any) -> LetterFacts:
        lt, tr = self.templates[kind]
        return LetterFacts(
            kind=kind,
            registration_number=number,
            issued_on=issued_on,
            templates=(lt, tr),
            template_version=tpl.template_version(lt, tr),
            **self.base,
            **more,
        )


def _case_facts(uow: UnitOfWork, book: TemplateBook, case: Case, decision: Decision) -> _CaseFacts:
    """Everything the letters show, read from the store. Only the disclosed parts of the
    decision (legal bases and reasons) are read: never the assessment or restricted items."""
    settings = uow.settings
    resident = uow.session.get(Resident, case.resident_id)
    permit = uow.session.get(Permit, case.permit_id)
    if resident is None or permit is None:
        raise NotFound(f"Case {case.case_number} has lost its resident or permit record.")
    language = tpl.translation_language(resident.preferred_language)
    signatory, title = _signatory(uow, case, decision, language)
    bases = []
    for code in decision.legal_bases:
        basis = settings.legal_basis(code)
        if basis is None:
            raise ValidationError(
                "legal basis", f"case {case.case_number}: the code {code!r} is no longer configured"
            )
        bases.append(Localized(basis.in_language("lt"), basis.in_language(language)))
    department: dict[str, Any] = settings["department"]
    names: dict[str, str] = department["name"]
    court = choose_court(settings, resident.city)
    base = {
        "translation": language,
        "case_number": case.case_number,
        "addressee": Addressee(
            surname=resident.surname,
            given_names=resident.given_names,
            surname_native=resident.surname_native,
            given_names_native=resident.given_names_native,
            address_line1=resident.address_line1,
            address_line2=resident.address_line2,
            postal_code=resident.postal_code,
            city=resident.city,
        ),
        "date_of_birth": resident.date_of_birth,
        "citizenship": resident.citizenship,
        "permit_number": permit.permit_number,
        "permit_issued_on": permit.issued_on,
        "legal_bases": tuple(bases),
        "reasons": decision.reasons,
        "court_name": Localized(
            court.name.get("lt", court.code),
            court.name.get(language) or court.name.get("lt", court.code),
        ),
        "court_address": court.address,
        "appeal_days": settings.period("appeal_days"),
        "departure_months": settings.period("departure_months"),
        "signatory_name": signatory.full_name,
        "signatory_title": title,
        "department_name": Localized(names["lt"], names.get(language) or names["lt"]),
        "department_address": str(department.get("address", "")),
        "department_code": str(department.get("code", "")),
        "department_phone": str(department.get("phone", "")),
        "department_email": str(department.get("email", "")),
        "data_protection_contact": str(department.get("data_protection_contact", "")),
        "place": str(department.get("place", "")),
    }
    templates = {kind: (book.get(kind, "lt"), book.get(kind, language)) for kind in KINDS}
    return _CaseFacts(case.id, decision.id, signatory.id, language, base, templates)


def _pair(
    facts: _CaseFacts, fmt: str, first_seq: int, issued_on: dt.date
) -> tuple[LetterFacts, LetterFacts]:
    decision_no = registration_number(fmt, issued_on.year, first_seq)
    notice_no = registration_number(fmt, issued_on.year, first_seq + 1)
    return (
        facts.letter("decision", decision_no, issued_on),
        facts.letter(
            "appeal_notice",
            notice_no,
            issued_on,
            decision_number=decision_no,
            decision_date=issued_on,
        ),
    )


# --- registration numbers ---------------------------------------------------------------


def _take_numbers(uow: UnitOfWork, year: int, count: int) -> int:
    """Reserve `count` consecutive numbers of `year` in this transaction; returns the first.

    The counter row is locked (FOR UPDATE on PostgreSQL; SQLite's write
    transaction already excludes other writers), so numbers are never given
    twice, and since the letters are written in the same transaction a
    rollback returns them: no gaps.
    """
    session = uow.session
    query = select(RegistrationCounter).where(RegistrationCounter.year == year).with_for_update()
    counter = session.scalar(query)
    if counter is None:
        try:
            with session.begin_nested():
                session.add(RegistrationCounter(year=year, last_number=0))
        except IntegrityError:
            pass  # another issuer created the year's row first; lock theirs
        counter = session.scalar(query)
        if counter is None:
            raise StoreError(f"The registration counter for {year} cannot be created.")
    first = counter.last_number + 1
    counter.last_number += count
    return first


def _peek_next(uow: UnitOfWork, year: int) -> int:
    last = uow.session.scalar(
        select(RegistrationCounter.last_number).where(RegistrationCounter.year == year)
    )
    return (last or 0) + 1


# --- issuing ------------------------------------------------------------------------------


def _roles(user: User) -> frozenset[Role]:
    return frozenset(Role(r) for r in user.roles)


def _move(
    uow: UnitOfWork, actor: Actor, user: User, case: Case, action: Action, **after: Any
) -> None:
    row = transition(case.state, action, _roles(user))
    before = case.state
    case.state = row.next_state.value
    case.state_changed_at = uow.clock.now()
    uow.audit(
        actor,
        action.value,
        "case",
        case.id,
        case_id=case.id,
        before={"state": before},
        after={"state": case.state, **after},
    )


def _letter_row(
    facts: LetterFacts,
    rendered: RenderedLetter,
    *,
    case: Case,
    decision_id: int,
    seq: int,
    user: User,
    signatory_id: int,
    supersedes: Letter | None = None,
    reason: str = "",
) -> Letter:
    return Letter(
        case_id=case.id,
        decision_id=decision_id,
        kind=facts.kind,
        registration_number=facts.registration_number,
        year=facts.issued_on.year,
        sequence=seq,
        language=facts.translation,
        template_version=facts.template_version,
        issued_on=facts.issued_on,
        issued_by_id=user.id,
        signatory_id=signatory_id,
        pdf=rendered.pdf,
        sha256=rendered.sha256,
        pages=rendered.pages,
        supersedes_id=supersedes.id if supersedes else None,
        correction_reason=reason,
    )


def _summary(letter: Letter) -> dict[str, Any]:
    return {
        "registration_number": letter.registration_number,
        "kind": letter.kind,
        "language": letter.language,
        "issued_on": letter.issued_on.isoformat(),
        "pages": letter.pages,
        "sha256": letter.sha256,
        "template_version": letter.template_version,
    }


@dataclass
class _Issued:
    case_number: str
    letters: list[Letter]
    facts: tuple[LetterFacts, LetterFacts]
    rendered_here: int


def _issue(
    uow: UnitOfWork,
    actor: Actor,
    user: User,
    case: Case,
    prepared: Sequence[tuple[LetterFacts, RenderedLetter]] = (),
) -> _Issued:
    """Issue the two letters of one case inside the caller's transaction.

    `prepared` are letters rendered ahead (by a batch's workers) from the facts
    then expected; each is used only if the facts found now are the same, so
    a number taken meanwhile by another clerk or an edit made meanwhile is
    rendered again here.
    """
    transition(case.state, Action.ISSUE_LETTERS, _roles(user))
    decision = _approved_revocation(uow, case)
    facts = _case_facts(uow, TemplateBook(uow.settings), case, decision)
    issued_on = uow.clock.today()
    first = _take_numbers(uow, issued_on.year, 2)
    pair = _pair(facts, uow.settings["registration_number_format"], first, issued_on)
    ready = dict((f.registration_number, (f, r)) for f, r in prepared)
    letters, rendered_here = [], 0
    for offset, letter_facts in enumerate(pair):
        found = ready.get(letter_facts.registration_number)
        if found is not None and found[0] == letter_facts:
            rendered = found[1]
        else:
            rendered = render(letter_facts)
            rendered_here += 1
        letter = _letter_row(
            letter_facts,
            rendered,
            case=case,
            decision_id=decision.id,
            seq=first + offset,
            user=user,
            signatory_id=facts.signatory_id,
        )
        uow.session.add(letter)
        letters.append(letter)
    uow.session.flush()
    for letter in letters:
        uow.audit(
            actor, "letter_issued", "letter", letter.id, case_id=case.id, after=_summary(letter)
        )
    _move(
        uow,
        actor,
        user,
        case,
        Action.ISSUE_LETTERS,
        letters=[x.registration_number for x in letters],
    )
    return _Issued(case.case_number, letters, pair, rendered_here)


def issue_letters(
    uow: UnitOfWork, actor: Actor, ref: str, *, expected_version: int | None = None
) -> Changed:
    """A clerk issues the decision letter and the appeal-rights notice of one case."""
    with uow:
        user = uow.require(actor, Role.CLERK)
        case = find_case(uow, ref)
        uow.check_version(f"Case {case.case_number}", case.version, expected_version)
        TemplateBook(uow.settings).check_all()
        issued = _issue(uow, actor, user, case)
        uow.commit()
        return Changed(
            "issue_letters",
            (case.id,),
            {
                "case_number": case.case_number,
                "state": case.state,
                "letters": [_summary(x) for x in issued.letters],
            },
        )


@dataclass
class BatchResult:
    """What a batch did: issued cases in order, refusals, and whether it was cancelled."""

    issued: list[dict[str, Any]] = field(default_factory=list)
    failed: list[dict[str, str]] = field(default_factory=list)
    cancelled: bool = False
    register: DispatchRegister | None = None
    rendered_in_writer: int = 0
    case_ids: list[int] = field(default_factory=list)

    @property
    def registration_numbers(self) -> list[str]:
        return [x["registration_number"] for case in self.issued for x in case["letters"]]

    def changed(self) -> Changed:
        return Changed(
            "issue_letters",
            tuple(self.case_ids),
            {"issued": self.issued, "failed": self.failed, "cancelled": self.cancelled},
        )


@dataclass(frozen=True)
class PlannedCase:
    """A case of a batch, with its two letters as they are expected to be issued."""

    ref: str
    pair: tuple[LetterFacts, LetterFacts]


def plan_batch(
    uow_factory: Callable[[], UnitOfWork], actor: Actor, refs: Sequence[str], result: BatchResult
) -> list[PlannedCase]:
    """Read what every letter will say and guess its number, to render ahead of storing."""
    plans = []
    with uow_factory() as uow:
        user = uow.require(actor, Role.CLERK)
        book = TemplateBook(uow.settings)
        book.check_all()
        fmt = uow.settings["registration_number_format"]
        today = uow.clock.today()
        registration_number(fmt, today.year, 1)
        seq = _peek_next(uow, today.year)
        for ref in refs:
            try:
                case = find_case(uow, ref)
                transition(case.state, Action.ISSUE_LETTERS, _roles(user))
                facts = _case_facts(uow, book, case, _approved_revocation(uow, case))
            except PermitReviewError as exc:
                result.failed.append({"ref": ref, "message": exc.message})
                continue
            plans.append(PlannedCase(ref, _pair(facts, fmt, seq, today)))
            seq += 2
    return plans


def issue_batch(
    uow_factory: Callable[[], UnitOfWork],
    actor: Actor,
    refs: Sequence[str],
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    *,
    workers: int | None = None,
) -> BatchResult:
    """Issue the letters of many cases, one case per transaction, and make their register.

    Letters are rendered ahead by `workers` processes while this process stores
    them; cancelling stops before the next case, and every case issued until
    then stays issued, complete and in the register.
    """
    wanted = list(dict.fromkeys(r.strip() for r in refs if r.strip()))
    if not wanted:
        raise ValidationError("cases", "name at least one case")
    result = BatchResult()
    plans = plan_batch(uow_factory, actor, wanted, result)
    total = len(plans)
    if workers is None:
        workers = default_workers() if total >= PARALLEL_FROM else 1
    entries: list[RegisterEntry] = []
    department = ""
    done = 0
    if progress:
        progress(0, total)
    with RenderPool(workers) as pool:
        rendered = pool.render(plan.pair for plan in plans)
        for plan in plans:
            if cancel is not None and cancel():
                result.cancelled = True
                break
            letters = next(rendered)
            try:
                with uow_factory() as uow:
                    user = uow.require(actor, Role.CLERK)
                    case = find_case(uow, plan.ref)
                    issued = _issue(
                        uow, actor, user, case, list(zip(plan.pair, letters, strict=True))
                    )
                    uow.commit()
                    department = issued.facts[0].department_name.lt
            except PermitReviewError as exc:
                result.failed.append({"ref": plan.ref, "message": exc.message})
            else:
                result.case_ids.append(case.id)
                result.rendered_in_writer += issued.rendered_here
                result.issued.append(
                    {
                        "case_number": issued.case_number,
                        "letters": [_summary(x) for x in issued.letters],
                    }
                )
                entries.append(
                    RegisterEntry(
                        tuple(x.registration_number for x in issued.letters),
                        issued.facts[0].addressee,
                    )
                )
            done += 1
            if progress:
                progress(done, total)
    if entries:
        with uow_factory() as uow:
            made_on = uow.clock.today()
        result.register = make_register(entries, department=department, made_on=made_on)
    return result


# --- reading, reprinting and correcting ------------------------------------------------------


@dataclass(frozen=True)
class StoredLetter:
    registration_number: str
    kind: str
    case_number: str
    pdf: bytes
    sha256: str
    pages: int

    @property
    def file_name(self) -> str:
        return (
            "".join(c if c.isalnum() or c in "-_" else "_" for c in self.registration_number)
            + ".pdf"
        )


def _letter(uow: UnitOfWork, number: str) -> Letter:
    letter = uow.session.scalar(select(Letter).where(Letter.registration_number == number.strip()))
    if letter is None:
        raise NotFound(f"There is no letter with the registration number {number!r}.")
    return letter


def letter_pdf(uow: UnitOfWork, actor: Actor, number: str) -> StoredLetter:
    """The stored bytes of an issued letter, for preview, reprint or export; checked first."""
    with uow:
        uow.require(actor, *READERS)
        letter = _letter(uow, number)
        if hashlib.sha256(letter.pdf).hexdigest() != letter.sha256:
            raise StoreError(
                f"The stored letter {letter.registration_number} does not match its "
                "SHA-256; it was damaged or altered. Restore it from a backup."
            )
        case = uow.session.get(Case, letter.case_id)
        return StoredLetter(
            letter.registration_number,
            letter.kind,
            case.case_number if case else "",
            letter.pdf,
            letter.sha256,
            letter.pages,
        )


def _superseded_ids(uow: UnitOfWork, case_id: int) -> set[int]:
    return {
        i
        for i in uow.session.scalars(
            select(Letter.supersedes_id).where(
                Letter.case_id == case_id, Letter.supersedes_id.is_not(None)
            )
        )
        if i is not None
    }


def case_letters(uow: UnitOfWork, actor: Actor, ref: str) -> list[dict[str, Any]]:
    """The letters of a case, oldest first, with their dispatch and what replaced what."""
    with uow:
        uow.require(actor, *READERS)
        case = find_case(uow, ref)
        rows = uow.session.scalars(
            select(Letter).where(Letter.case_id == case.id).order_by(Letter.id)
        ).all()
        numbers = {x.id: x.registration_number for x in rows}
        replaced_by = {x.supersedes_id: x.registration_number for x in rows if x.supersedes_id}
        out = []
        for letter in rows:
            sent = uow.session.scalar(
                select(Dispatch)
                .where(Dispatch.letter_id == letter.id)
                .order_by(Dispatch.id.desc())
                .limit(1)
            )
            out.append(
                {
                    **_summary(letter),
                    "case_number": case.case_number,
                    "supersedes": numbers.get(letter.supersedes_id or 0),
                    "correction_reason": letter.correction_reason,
                    "superseded_by": replaced_by.get(letter.id),
                    "dispatched_on": sent.dispatched_on.isoformat() if sent else None,
                    "tracking_number": sent.tracking_number if sent else None,
                }
            )
        return out


def correct_letter(uow: UnitOfWork, actor: Actor, number: str, *, reason: str) -> Changed:
    """Issue a new letter that supersedes `number`, from the data as it is now."""
    if not reason.strip():
        raise ValidationError("reason", "say what the correction corrects")
    with uow:
        user = uow.require(actor, Role.CLERK)
        old = _letter(uow, number)
        case = uow.session.get(Case, old.case_id)
        if case is None:
            raise NotFound(f"The case of letter {old.registration_number} is not in the store.")
        if case.state not in (State.LETTERS_ISSUED, State.DISPATCHED):
            raise InvalidTransition(
                f"Case {case.case_number} is '{case.state}'; letters can be corrected only "
                "before service."
            )
        if old.id in _superseded_ids(uow, case.id):
            raise InvalidTransition(
                f"Letter {old.registration_number} was already replaced; "
                "correct the letter that replaced it."
            )
        decision = uow.session.get(Decision, old.decision_id)
        if decision is None:
            raise NotFound(f"The decision of letter {old.registration_number} is missing.")
        facts = _case_facts(uow, TemplateBook(uow.settings), case, decision)
        issued_on = uow.clock.today()
        seq = _take_numbers(uow, issued_on.year, 1)
        new_number = registration_number(
            uow.settings["registration_number_format"], issued_on.year, seq
        )
        more: dict[str, Any] = {
            "supersedes_number": old.registration_number,
            "supersedes_date": old.issued_on,
        }
        if old.kind == "appeal_notice":
            current = _current_letter(uow, case.id, "decision")
            more |= {
                "decision_number": current.registration_number,
                "decision_date": current.issued_on,
            }
        letter_facts = facts.letter(old.kind, new_number, issued_on, **more)
        rendered = render(letter_facts)
        letter = _letter_row(
            letter_facts,
            rendered,
            case=case,
            decision_id=decision.id,
            seq=seq,
            user=user,
            signatory_id=facts.signatory_id,
            supersedes=old,
            reason=reason.strip(),
        )
        uow.session.add(letter)
        uow.session.flush()
        uow.audit(
            actor,
            "letter_corrected",
            "letter",
            letter.id,
            case_id=case.id,
            before={"registration_number": old.registration_number},
            after=_summary(letter),
            justification=reason.strip(),
        )
        uow.commit()
        return Changed(
            "letter_corrected",
            (case.id,),
            {
                "case_number": case.case_number,
                "supersedes": old.registration_number,
                "letter": _summary(letter),
            },
        )


def _current_letter(uow: UnitOfWork, case_id: int, kind: str) -> Letter:
    replaced = _superseded_ids(uow, case_id)
    for letter in uow.session.scalars(
        select(Letter)
        .where(Letter.case_id == case_id, Letter.kind == kind)
        .order_by(Letter.id.desc())
    ):
        if letter.id not in replaced:
            return letter
    raise NotFound(f"The case has no current {kind.replace('_', ' ')} letter.")


def letters_queue(
    uow: UnitOfWork, actor: Actor, *, limit: int | None = None
) -> list[dict[str, Any]]:
    """Approved revocations whose letters are not issued yet: the clerk's print queue."""
    with uow:
        uow.require(actor, *READERS)
        query = (
            select(Case, Resident, Permit.permit_number)
            .join(Resident, Case.resident_id == Resident.id)
            .join(Permit, Case.permit_id == Permit.id)
            .where(Case.state == State.AWAITING_LETTERS.value)
            .order_by(Case.state_changed_at, Case.id)
        )
        if limit:
            query = query.limit(limit)
        return [
            {
                "case_number": case.case_number,
                "permit_number": permit_number,
                "surname": person.surname,
                "given_names": person.given_names,
                "surname_native": person.surname_native,
                "given_names_native": person.given_names_native,
                "language": tpl.translation_language(person.preferred_language),
                "approved_at": case.state_changed_at.isoformat(),
                "version": case.version,
            }
            for case, person, permit_number in uow.session.execute(query)
        ]


# Cases whose letters still wait to be sent or served: the clerk's working list.
OPEN_LETTER_STATES = (State.LETTERS_ISSUED, State.DISPATCHED)


def issued_letters(
    uow: UnitOfWork,
    actor: Actor,
    *,
    only_open: bool = True,
    search: str = "",
    limit: int = 1000,
) -> list[dict[str, Any]]:
    """Issued letters, newest first, each with what became of it: dispatch, service, a
    correction that replaced it. `only_open` keeps the cases still awaiting dispatch or
    service; `search` matches a registration or case number, or the addressee's name."""
    with uow:
        uow.require(actor, *READERS)
        sent = (
            select(Dispatch.letter_id, func.max(Dispatch.id).label("dispatch_id"))
            .group_by(Dispatch.letter_id)
            .subquery()
        )
        served = (
            select(Service.case_id, func.max(Service.id).label("service_id"))
            .group_by(Service.case_id)
            .subquery()
        )
        previous, replacement = aliased(Letter), aliased(Letter)
        query = (
            select(
                Letter.registration_number,
                Letter.kind,
                Letter.language,
                Letter.issued_on,
                Letter.pages,
                Letter.correction_reason,
                previous.registration_number.label("supersedes"),
                replacement.registration_number.label("superseded_by"),
                Case.case_number,
                Case.state,
                Case.version,
                Resident.surname,
                Resident.given_names,
                Resident.surname_native,
                Resident.given_names_native,
                Dispatch.dispatched_on,
                Dispatch.tracking_number,
                Service.served_on,
                Service.method,
            )
            .join(Case, Letter.case_id == Case.id)
            .join(Resident, Case.resident_id == Resident.id)
            .outerjoin(previous, previous.id == Letter.supersedes_id)
            .outerjoin(replacement, replacement.supersedes_id == Letter.id)
            .outerjoin(sent, sent.c.letter_id == Letter.id)
            .outerjoin(Dispatch, Dispatch.id == sent.c.dispatch_id)
            .outerjoin(served, served.c.case_id == Case.id)
            .outerjoin(Service, Service.id == served.c.service_id)
            .order_by(Letter.id.desc())
            .limit(max(1, limit))
        )
        if only_open:
            query = query.where(Case.state.in_([s.value for s in OPEN_LETTER_STATES]))
        words = search_terms(search)
        for word in words:
            pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            query = query.where(
                or_(
                    func.lower(Letter.registration_number).like(pattern, escape="\\"),
                    func.lower(Case.case_number).like(pattern, escape="\\"),
                    Resident.search_text.like(pattern, escape="\\"),
                )
            )
        out = []
        for row in uow.session.execute(query):
            item = row._asdict()
            for key in ("issued_on", "dispatched_on", "served_on"):
                item[key] = item[key].isoformat() if item[key] else None
            out.append(item)
        return out


def dispatch_register(uow: UnitOfWork, actor: Actor, numbers: Sequence[str]) -> DispatchRegister:
    """A register for letters already issued, one row per case, with today's addresses."""
    if not numbers:
        raise ValidationError("letters", "name at least one letter")
    with uow:
        uow.require(actor, Role.CLERK)
        by_case: dict[int, list[str]] = {}
        for number in numbers:
            letter = _letter(uow, number)
            by_case.setdefault(letter.case_id, []).append(letter.registration_number)
        entries = []
        for case_id, regs in by_case.items():
            case = uow.session.get(Case, case_id)
            person = uow.session.get(Resident, case.resident_id) if case else None
            if person is None:
                raise NotFound("A letter's addressee is no longer in the store.")
            entries.append(
                RegisterEntry(
                    tuple(regs),
                    Addressee(
                        person.surname,
                        person.given_names,
                        person.surname_native,
                        person.given_names_native,
                        person.address_line1,
                        person.address_line2,
                        person.postal_code,
                        person.city,
                    ),
                )
            )
        department = uow.settings["department"]["name"]["lt"]
        return make_register(entries, department=department, made_on=uow.clock.today())


# --- dispatch and service ---------------------------------------------------------------------


def record_dispatch(
    uow: UnitOfWork, actor: Actor, number: str, *, dispatched_on: dt.date, tracking_number: str
) -> Changed:
    """The envelope with the case's current letters went by registered mail."""
    tracking = tracking_number.strip()
    if not tracking:
        raise ValidationError("tracking number", "give the registered-mail number")
    if len(tracking) > 64:
        raise ValidationError("tracking number", "may be at most 64 characters")
    with uow:
        user = uow.require(actor, Role.CLERK)
        letter = _letter(uow, number)
        case = uow.session.get(Case, letter.case_id)
        if case is None:
            raise NotFound(f"The case of letter {letter.registration_number} is missing.")
        replaced = _superseded_ids(uow, case.id)
        if letter.id in replaced:
            raise InvalidTransition(
                f"Letter {letter.registration_number} was replaced by a "
                "correction; send the correction instead."
            )
        if dispatched_on > uow.clock.today():
            raise ValidationError("date", "a dispatch cannot be recorded ahead of time")
        if dispatched_on < letter.issued_on:
            raise ValidationError(
                "date",
                f"letter {letter.registration_number} was issued on "
                f"{letter.issued_on.isoformat()}, after that date",
            )
        if case.state != State.DISPATCHED:
            transition(case.state, Action.DISPATCH, _roles(user))
        sent = set(
            uow.session.scalars(
                select(Dispatch.letter_id)
                .join(Letter, Dispatch.letter_id == Letter.id)
                .where(Letter.case_id == case.id)
            )
        )
        envelope = [
            x
            for x in uow.session.scalars(
                select(Letter).where(Letter.case_id == case.id).order_by(Letter.id)
            )
            if x.id not in replaced and (x.id not in sent or x.id == letter.id)
        ]
        for item in envelope:
            uow.session.add(
                Dispatch(
                    letter_id=item.id,
                    dispatched_on=dispatched_on,
                    tracking_number=tracking,
                    recorded_by_id=user.id,
                    recorded_at=uow.clock.now(),
                )
            )
        details = {
            "letters": [x.registration_number for x in envelope],
            "dispatched_on": dispatched_on,
            "tracking_number": tracking,
        }
        if case.state == State.DISPATCHED:
            uow.audit(
                actor, "letters_dispatched_again", "case", case.id, case_id=case.id, after=details
            )
        else:
            _move(uow, actor, user, case, Action.DISPATCH, **details)
        uow.commit()
        return Changed(
            "dispatch",
            (case.id,),
            {
                "case_number": case.case_number,
                "state": case.state,
                "letters": details["letters"],
                "dispatched_on": dispatched_on.isoformat(),
                "tracking_number": tracking,
            },
        )


def record_service(
    uow: UnitOfWork,
    actor: Actor,
    ref: str,
    *,
    served_on: dt.date,
    method: str,
    expected_version: int | None = None,
) -> Changed:
    """The decision was served: the appeal and departure deadlines start to run."""
    if method not in SERVICE_METHODS:
        raise ValidationError("method", f"must be one of {', '.join(SERVICE_METHODS)}")
    with uow:
        user = uow.require(actor, Role.CLERK)
        case = find_case(uow, ref)
        uow.check_version(f"Case {case.case_number}", case.version, expected_version)
        transition(case.state, Action.SERVE, _roles(user))
        decision_letter = _current_letter(uow, case.id, "decision")
        if served_on > uow.clock.today():
            raise ValidationError("date", "service cannot be recorded ahead of time")
        if served_on < decision_letter.issued_on:
            raise ValidationError(
                "date",
                f"the decision letter was issued on "
                f"{decision_letter.issued_on.isoformat()}, after that date",
            )
        due = _deadlines(uow, served_on)
        uow.session.add(
            Service(
                case_id=case.id,
                served_on=served_on,
                method=method,
                appeal_deadline=due.appeal,
                departure_deadline=due.departure,
                recorded_by_id=user.id,
                recorded_at=uow.clock.now(),
            )
        )
        _move(
            uow,
            actor,
            user,
            case,
            Action.SERVE,
            served_on=served_on,
            method=method,
            appeal_deadline=due.appeal,
            departure_deadline=due.departure,
        )
        uow.commit()
        return Changed(
            "serve",
            (case.id,),
            {
                "case_number": case.case_number,
                "state": case.state,
                "served_on": served_on.isoformat(),
                "method": method,
                "appeal_deadline": due.appeal.isoformat(),
                "departure_deadline": due.departure.isoformat(),
            },
        )


# --- deadlines ----------------------------------------------------------------------------------


def _deadlines(uow: UnitOfWork, served_on: dt.date) -> dl.ServiceDeadlines:
    settings = uow.settings
    return dl.deadlines_after_service(
        served_on,
        appeal_days=settings.period("appeal_days"),
        departure_months=settings.period("departure_months"),
        calendar=working_calendar(settings),
    )


def service_deadlines(uow: UnitOfWork, actor: Actor, served_on: dt.date) -> dl.ServiceDeadlines:
    """The deadlines that service on `served_on` would start, shown before it is recorded."""
    with uow:
        uow.require(actor, *READERS)
        return _deadlines(uow, served_on)


def _suspended(uow: UnitOfWork, case_ids: list[int]) -> set[int]:
    """Cases whose departure obligation a pending suspensive appeal holds off."""
    if not case_ids:
        return set()
    return set(
        uow.session.scalars(
            select(Appeal.case_id).where(
                Appeal.case_id.in_(case_ids), Appeal.suspensive.is_(True), Appeal.outcome.is_(None)
            )
        )
    )


def _served_cases(uow: UnitOfWork) -> Iterator[tuple[Case, Service, Resident, str, dt.date]]:
    """Served cases with their latest service and the departure deadline in force."""
    latest = (
        select(Service.case_id, func.max(Service.id).label("service_id"))
        .group_by(Service.case_id)
        .subquery()
    )
    departure = board.departure_deadlines()
    states = [s.value for s in DEPARTURE_STATES]
    query = (
        select(Case, Service, Resident, Permit.permit_number, departure.c.due)
        .join(latest, latest.c.case_id == Case.id)
        .join(Service, Service.id == latest.c.service_id)
        .join(departure, departure.c.case_id == Case.id)
        .join(Resident, Case.resident_id == Resident.id)
        .join(Permit, Case.permit_id == Permit.id)
        .where(Case.state.in_(states))
    )
    for case, service, resident, permit_number, departure_due in uow.session.execute(query):
        yield case, service, resident, str(permit_number), departure_due


def list_deadlines(
    uow: UnitOfWork, actor: Actor, *, due_within: int | None = None
) -> list[dict[str, Any]]:
    """Appeal and departure deadlines still running, soonest first, with the days left.

    An appeal deadline counts while the case is served and no appeal is lodged;
    a departure deadline until the person's departure is recorded, unless a
    pending suspensive appeal holds it off. Overdue ones are listed too.
    """
    if due_within is not None and due_within < 0:
        raise ValidationError("--due-within", "must be zero or more days")
    with uow:
        uow.require(actor, *READERS)
        today = uow.clock.today()
        rows = list(_served_cases(uow))
        suspended = _suspended(uow, [case.id for case, *_ in rows])
        out: list[dict[str, Any]] = []
        for case, service, person, permit_number, departure_due in rows:
            due = []
            if case.state == State.SERVED:
                due.append(("appeal", service.appeal_deadline))
            if case.id not in suspended:
                due.append(("departure", departure_due))
            for kind, deadline in due:
                left = dl.days_left(deadline, today)
                if due_within is not None and left > due_within:
                    continue
                out.append(
                    {
                        "case_number": case.case_number,
                        "permit_number": permit_number,
                        "surname": person.surname,
                        "given_names": person.given_names,
                        "state": case.state,
                        "served_on": service.served_on.isoformat(),
                        "deadline": kind,
                        "date": deadline.isoformat(),
                        "days_left": left,
                    }
                )
        out.sort(key=lambda r: (r["date"], r["case_number"], r["deadline"]))
        return out
