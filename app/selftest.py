"""`permit-review --self-test`: is this installation whole?

Run after installing a bundle on a workstation (or by `make package` on the
bundle it has just built). Everything happens in a temporary folder: the
user's store is never opened. Each check prints one line; the exit status is
0 when every check passed and 1 otherwise. Each check imports what it needs
itself, so that a library missing from a bundle fails that check by name
instead of stopping the whole run.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import resources
from app import __version__

if TYPE_CHECKING:
    from app.letters.facts import LetterFacts

# A made-up addressee: the self-test never touches anyone's data.
SAMPLE_DAY = dt.date(2026, 1, 26)
PASSWORD = "self-test passphrase 1"


@dataclass
class Run:
    """What the checks share: a scratch folder and what earlier checks produced."""

    folder: Path
    letter_pdf: bytes = b""
    letter_pages: int = 0
    found: dict[str, Any] = field(default_factory=dict)


Check = Callable[[Run], str]


def check_resources(run: Run) -> str:
    from app.db.store import MIGRATIONS
    from app.letters import fonts
    from app.letters import templates as tpl

    wanted = [resources.path("fonts", name) for name in (*fonts.FILES.values(), fonts.LICENCE)]
    wanted += [
        resources.path("letters", f"{document}.{language}.json")
        for document in tpl.DOCUMENTS
        for language in tpl.LANGUAGES
    ]
    wanted += [
        resources.path("letters", "dispatch_register.json"),
        resources.path("defaults", "settings.json"),
        resources.path("questionnaire", "review_2024.xlsx"),
        resources.path("icons", "permit-review.svg"),
        resources.path("icons", "permit-review.png"),
        MIGRATIONS / "env.py",
    ]
    missing = [str(p) for p in wanted if not p.is_file()]
    revisions = sorted(p.name for p in (MIGRATIONS / "versions").glob("[0-9]*.py"))
    if missing:
        raise AssertionError(f"missing: {', '.join(missing)}")
    if not revisions:
        raise AssertionError(f"no migration in {MIGRATIONS / 'versions'}")
    return f"{len(wanted)} files and {len(revisions)} migrations under {resources.ROOT.parent}"


def check_store(run: Run) -> str:
    from app.db.store import head_revision, open_store
    from app.services import accounts, audit
    from app.services.context import UnitOfWork

    database = run.folder / "store" / "permit-review.sqlite3"
    store = open_store(f"sqlite:///{database}", backups=run.folder / "backups")
    try:
        head = head_revision()
        current = store.current_revision()
        if current != head:
            raise AssertionError(f"migrated to {current}, expected {head}")
        admin = accounts.initialise(
            UnitOfWork(store), username="selftest", full_name="Self Test", password=PASSWORD
        )
        accounts.authenticate(UnitOfWork(store), "selftest", PASSWORD)
        verdict = audit.verify(UnitOfWork(store), admin)
        if not verdict.ok:
            raise AssertionError(f"the audit chain does not verify: {verdict}")
    finally:
        store.dispose()
    return f"new SQLite store migrated to {head}; first admin made, logged in, audit chain intact"


def check_encrypted_store(run: Run) -> str:
    from app.db import crypto
    from app.db.store import head_revision, open_store

    database = run.folder / "encrypted" / "permit-review.sqlite3"
    key = crypto.new_key()
    store = open_store(f"sqlite:///{database}", key=key)
    store.dispose()
    if not crypto.looks_encrypted(database):
        raise AssertionError(f"{database.name} is readable without its key")
    again = open_store(f"sqlite:///{database}", key=key, migrate=False)
    try:
        current = again.current_revision()
    finally:
        again.dispose()
    if current != head_revision():
        raise AssertionError(f"reopened at revision {current}")
    return "SQLCipher store made, migrated, reopened with its key"


def sample_letters() -> list[LetterFacts]:
    """The decision and appeal notice of a made-up case, in Lithuanian and English."""
    from app.letters import templates as tpl
    from app.letters.facts import Addressee, LetterFacts, Localized
    from app.letters.rules import TemplateBook, choose_court, registration_number
    from app.settings import Settings, defaults

    settings = Settings(defaults())
    book = TemplateBook(settings)
    book.check_all()
    department = settings["department"]
    basis = settings.legal_bases[0]
    court = choose_court(settings, "Vilnius")
    title = department["signatory_titles"]["supervisor"]
    number_format = settings["registration_number_format"]
    decision_number = registration_number(number_format, SAMPLE_DAY.year, 1)
    lt, en = book.get("decision", "lt"), book.get("decision", "en")
    decision = LetterFacts(
        kind="decision",
        translation="en",
        registration_number=decision_number,
        issued_on=SAMPLE_DAY,
        case_number="SELF-TEST-1",
        addressee=Addressee(
            surname="Bandomasis",
            given_names="Testas",
            address_line1="Bandymo g. 1",
            postal_code="LT-00001",
            city="Vilnius",
        ),
        date_of_birth=dt.date(1980, 1, 1),
        citizenship="XX",
        permit_number="SELFTEST01",
        permit_issued_on=dt.date(2012, 6, 18),
        legal_bases=(Localized(basis.in_language("lt"), basis.in_language("en")),),
        reasons="Self-test: ąčęėįšųūž ĄČĘĖĮŠŲŪŽ.",
        court_name=Localized(court.name["lt"], court.name.get("en", court.name["lt"])),
        court_address=court.address,
        appeal_days=settings.period("appeal_days"),
        departure_months=settings.period("departure_months"),
        signatory_name="Testas Bandomasis",
        signatory_title=Localized(title["lt"], title["en"]),
        department_name=Localized(department["name"]["lt"], department["name"]["en"]),
        department_address=department["address"],
        department_code=department["code"],
        department_phone=department["phone"],
        department_email=department["email"],
        data_protection_contact=department["data_protection_contact"],
        place=department["place"],
        templates=(lt, en),
        template_version=tpl.template_version(lt, en),
    )
    lt, en = book.get("appeal_notice", "lt"), book.get("appeal_notice", "en")
    notice = replace(
        decision,
        kind="appeal_notice",
        registration_number=registration_number(number_format, SAMPLE_DAY.year, 2),
        templates=(lt, en),
        template_version=tpl.template_version(lt, en),
        decision_number=decision_number,
        decision_date=SAMPLE_DAY,
    )
    letters = [decision, notice]
    return letters


def check_letter(run: Run) -> str:
    from app.letters.render import render

    letters = sample_letters()
    rendered = [render(facts) for facts in letters]
    for facts, letter in zip(letters, rendered, strict=True):
        if not letter.pdf.startswith(b"%PDF-") or letter.pages < 2:
            raise AssertionError(f"{facts.kind}: {letter.pages} pages, not a PDF letter")
        if b"/FontFile2" not in letter.pdf:
            raise AssertionError(f"{facts.kind}: the letter font is not embedded")
    if render(letters[0]).sha256 != rendered[0].sha256:
        raise AssertionError("the same letter rendered twice gives different bytes")
    run.letter_pdf, run.letter_pages = rendered[0].pdf, rendered[0].pages
    run.found["letters"] = rendered
    sizes = ", ".join(f"{f.kind} {r.pages} pages" for f, r in zip(letters, rendered, strict=True))
    return f"rendered with the shipped templates and fonts ({sizes})"


def check_letter_workers(run: Run) -> str:
    from app.letters.pool import RenderPool

    expected = [r.sha256 for r in run.found.get("letters", [])]
    if not expected:
        raise AssertionError("needs the letter check to pass first")
    letters = sample_letters()
    with RenderPool(workers=2, chunk=1) as pool:
        got = [r.sha256 for job in pool.render([[facts] for facts in letters]) for r in job]
    if got != expected:
        raise AssertionError("letters rendered in worker processes differ from those rendered here")
    return "2 worker processes (spawn) rendered the same bytes"


def check_deadlines(run: Run) -> str:
    from app.domain.deadlines import WorkingCalendar

    calendar = WorkingCalendar()
    holiday = calendar.holiday_name(dt.date(2026, 2, 16))
    if holiday is None:
        raise AssertionError("16 February is not known as a public holiday")
    # Saturday 14 February 2026, then Sunday, then the holiday: the next working day is the 17th.
    moved = calendar.on_or_after(dt.date(2026, 2, 14))
    if moved != dt.date(2026, 2, 17):
        raise AssertionError(f"a deadline on 14 February 2026 moved to {moved}")
    return f"public holidays known ({dt.date(2026, 2, 16)}: {holiday})"


def check_questionnaire(run: Run) -> str:
    from app.imports.xlsform import parse_xlsform

    form = parse_xlsform(resources.path("questionnaire", "review_2024.xlsx"))
    return f"example questionnaire read: {len(form.questions)} questions"


def check_window(run: Run) -> str:
    """Qt is loaded through the window layer, so that the core itself stays free of Qt."""
    gui = importlib.import_module("ui.main")
    # Every view and dialog, so that a Qt module missing from a bundle shows here.
    package = importlib.import_module("ui")
    modules = [m.name for m in pkgutil.walk_packages(package.__path__, "ui.")]
    for name in modules:
        importlib.import_module(name)
    pdf = importlib.import_module("ui.letters.pdf")
    icons = importlib.import_module("ui.icons")
    app = gui.make_application()
    platform = app.platformName()
    if icons.app_icon().isNull():
        raise AssertionError("the application icon does not load")
    if not run.letter_pdf:
        raise AssertionError("needs the letter check to pass first")
    document = pdf.open_pdf(run.letter_pdf, "the self-test letter")
    try:
        pages = document.pageCount()
        image = document.render(0, document.pagePointSize(0).toSize())
        if pages != run.letter_pages or image.isNull():
            raise AssertionError(f"QtPdf shows {pages} pages of {run.letter_pages}")
    finally:
        document.close()
    return (
        f"Qt {platform} platform, {len(modules)} window modules, icon, "
        f"QtPdf showed the letter ({pages} pages)"
    )


CHECKS: list[tuple[str, Check]] = [
    ("resources", check_resources),
    ("store", check_store),
    ("encrypted store", check_encrypted_store),
    ("letter", check_letter),
    ("letter workers", check_letter_workers),
    ("deadlines", check_deadlines),
    ("questionnaire", check_questionnaire),
    ("window", check_window),
]


def run_checks(out: TextIO = sys.stdout, checks: list[tuple[str, Check]] | None = None) -> int:
    """Run every check, printing one line each; 0 when all passed, else 1."""
    frozen = "frozen bundle" if getattr(sys, "frozen", False) else "Python installation"
    print(f"permit-review {__version__} self-test ({frozen}, {sys.executable})", file=out)
    failed = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="permit-review-selftest-") as scratch:
        run = Run(Path(scratch))
        for name, check in checks or CHECKS:
            began = time.perf_counter()
            try:
                said = check(run)
            except Exception as exc:
                failed += 1
                print(f"FAIL {name}: {type(exc).__name__}: {exc}", file=out)
                traceback.print_exc(file=sys.stderr)
                continue
            print(f"ok   {name}: {said} ({time.perf_counter() - began:.2f} s)", file=out)
    total = time.perf_counter() - started
    verdict = "passed" if not failed else f"FAILED ({failed} of {len(checks or CHECKS)} checks)"
    print(f"self-test {verdict} in {total:.1f} s", file=out, flush=True)
    return 1 if failed else 0
