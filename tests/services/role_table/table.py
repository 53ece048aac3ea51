"""The role table as tested: every service a user calls, who may call it, and how to call it.

The roles allowed are those of DOMAIN.md: officers work on their own cases;
supervisors assign, sign off, withdraw, reopen and watch the deadlines; clerks
issue and send letters and record service, appeals and departures, and never see
restricted content; admins keep users, settings, templates, imports, backups,
the audit log, retention and subject access, and decide no case.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from app.domain.roles import Role
from app.reports.export import Table
from app.services import (
    accounts,
    appeals,
    audit,
    audit_events,
    backups,
    cases,
    closing,
    deadlines,
    encryption,
    import_history,
    imports,
    information,
    letters,
    queries,
    queue,
    reports,
    retention,
    settings,
    subject_access,
)
from app.services.context import Actor
from tests.services.role_table.world import (
    BASIS,
    COURT,
    IMPORT_CAMPAIGN,
    NEW_PASSWORD,
    PASSWORD,
    TODAY,
    World,
)

ROLES = ("admin", "officer", "supervisor", "clerk")
Call = Callable[[World, Actor], object]


@dataclass(frozen=True)
class Entry:
    allowed: frozenset[str]
    call: Call
    # role -> why the service answers otherwise than DOMAIN.md (tested as a strict xfail)
    differs: dict[str, str] = field(default_factory=dict)
    sqlite_only: bool = False  # the service works on the SQLite file itself
    own_world: bool = False  # the call replaces the store: a new world for each test
    accounts_too: bool = True  # also called as a disabled, a locked and an idle-locked user


def entry(
    roles: str,
    call: Call,
    *,
    differs: dict[str, str] | None = None,
    sqlite_only: bool = False,
    own_world: bool = False,
    accounts_too: bool = True,
) -> Entry:
    """A row: `roles` is "all" or the allowed roles separated by spaces ("" for none)."""
    allowed = frozenset(roles.split()) if roles != "all" else frozenset(ROLES)
    assert allowed <= set(ROLES), allowed
    return Entry(allowed, call, differs or {}, sqlite_only, own_world, accounts_too)


def exported_view(w: World, a: Actor, view: str) -> str:
    """A report view written to CSV with a case holding restricted content in the store."""
    w.sensitive()
    return w.unrestricted(
        a, w.written(reports.export_view(w.uow(), a, view, "csv", w.scratch(f"{view}.csv")))
    )


SERVICES: dict[str, Entry] = {
    # --- accounts and settings -----------------------------------------------------------------
    "accounts.list_users": entry("admin supervisor", lambda w, a: accounts.list_users(w.uow(), a)),
    "accounts.add_user": entry(
        "admin",
        lambda w, a: accounts.add_user(
            w.uow(),
            a,
            username=f"newbie{w.serial()}",
            full_name="New Colleague",
            roles=frozenset({Role.CLERK}),
            password=NEW_PASSWORD,
        ),
    ),
    "accounts.set_roles": entry(
        "admin",
        lambda w, a: accounts.set_roles(w.uow(), a, "oleg", frozenset({Role.OFFICER, Role.CLERK})),
    ),
    "accounts.disable_user": entry("admin", lambda w, a: accounts.disable_user(w.uow(), a, "oleg")),
    "accounts.unlock_user": entry("admin", lambda w, a: accounts.unlock_user(w.uow(), a, "oleg")),
    "accounts.reset_password": entry(
        "admin", lambda w, a: accounts.reset_password(w.uow(), a, "oleg", NEW_PASSWORD)
    ),
    "accounts.change_password": entry(
        "all", lambda w, a: accounts.change_password(w.uow(), a, PASSWORD, NEW_PASSWORD)
    ),
    "accounts.my_account": entry("all", lambda w, a: accounts.my_account(w.uow(), a)),
    "accounts.set_language": entry("all", lambda w, a: accounts.set_language(w.uow(), a, "en")),
    "settings.department": entry("all", lambda w, a: settings.department(w.uow(), a)),
    "settings.save_settings": entry(
        "admin", lambda w, a: settings.save_settings(w.uow(), a, idle_lock_minutes=15)
    ),
    # --- the audit log -------------------------------------------------------------------------
    "audit.verify": entry("admin", lambda w, a: audit.verify(w.uow(), a)),
    "audit.anchor": entry("admin", lambda w, a: audit.anchor(w.uow(), a)),
    "audit_events.page": entry(
        "admin",
        lambda w, a: w.unrestricted(
            a, (w.sensitive(), audit_events.page(w.uow(), a, audit_events.EventFilter()))[1]
        ),
    ),
    "audit_events.actions": entry("admin", lambda w, a: audit_events.actions(w.uow(), a)),
    "audit_events.export_csv": entry(
        "admin",
        lambda w, a: audit_events.export_csv(
            w.uow(), a, audit_events.EventFilter(), w.scratch("audit.csv")
        ),
    ),
    # --- reading cases -------------------------------------------------------------------------
    "queries.list_cases": entry(
        "all",
        lambda w, a: w.unrestricted(
            a, (w.sensitive(), queries.list_cases(w.uow(), a, queries.CaseFilter()))[1]
        ),
    ),
    "queries.count_by_state": entry("all", lambda w, a: queries.count_by_state(w.uow(), a)),
    "queries.case_detail": entry(
        "all",
        lambda w, a: w.unrestricted(a, queries.case_detail(w.uow(), a, w.sensitive().ref)),
    ),
    "queries.case_detail (another officer's case)": entry(
        "admin supervisor clerk",
        lambda w, a: w.unrestricted(a, queries.case_detail(w.uow(), a, w.sensitive("oleg").ref)),
        accounts_too=False,
    ),
    "queries.case_file": entry(
        "all",
        lambda w, a: w.unrestricted(a, queries.case_file(w.uow(), a, w.sensitive().ref)),
    ),
    "queries.case_file (another officer's case)": entry(
        "admin supervisor clerk",
        lambda w, a: w.unrestricted(a, queries.case_file(w.uow(), a, w.sensitive("oleg").ref)),
        accounts_too=False,
    ),
    "queries.case_answers": entry(
        "all",
        lambda w, a: w.unrestricted(a, queries.case_answers(w.uow(), a, w.sensitive().ref)),
    ),
    "queries.case_answers (another officer's case)": entry(
        "admin supervisor clerk",
        lambda w, a: queries.case_answers(w.uow(), a, w.sensitive("oleg").ref),
        accounts_too=False,
    ),
    "queries.case_history": entry(
        "all",
        lambda w, a: w.unrestricted(a, queries.case_history(w.uow(), a, w.sensitive().ref)),
    ),
    "queries.case_history (another officer's case)": entry(
        "admin supervisor clerk",
        lambda w, a: queries.case_history(w.uow(), a, w.sensitive("oleg").ref),
        accounts_too=False,
    ),
    # --- information items -----------------------------------------------------------------------
    "information.add_item": entry(
        "officer supervisor",
        lambda w, a: information.add_item(
            w.uow(),
            a,
            w.case("in_assessment"),
            source="Registry",
            received_on=TODAY,
            classification="public",
            title="Address",
            content="Moved within Vilnius.",
        ),
    ),
    "information.add_item (another officer's case)": entry(
        "supervisor",
        lambda w, a: information.add_item(
            w.uow(),
            a,
            w.case("in_assessment", assigned="oleg"),
            source="Registry",
            received_on=TODAY,
            classification="public",
            title="Address",
            content="Moved within Vilnius.",
        ),
        accounts_too=False,
    ),
    "information.list_items": entry(
        "all",
        lambda w, a: w.unrestricted(a, information.list_items(w.uow(), a, w.sensitive().ref)),
    ),
    "information.list_items (another officer's case)": entry(
        "admin supervisor clerk",
        lambda w, a: w.unrestricted(a, information.list_items(w.uow(), a, w.sensitive("oleg").ref)),
        accounts_too=False,
    ),
    "information.open_item (public)": entry(
        "all", lambda w, a: information.open_item(w.uow(), a, w.item("public"))
    ),
    "information.open_item (restricted)": entry(
        "officer supervisor",
        lambda w, a: information.open_item(w.uow(), a, w.item("restricted")),
    ),
    "information.open_item (restricted, another officer's case)": entry(
        "supervisor",
        lambda w, a: information.open_item(w.uow(), a, w.item("restricted", "oleg")),
        accounts_too=False,
    ),
    # --- the officers' queue and the supervisors' sign-off queue ---------------------------------
    "queue.case_ids": entry(
        "officer supervisor", lambda w, a: queue.case_ids(w.uow(), a, queue.QueueQuery())
    ),
    "queue.rows": entry(
        "officer supervisor",
        lambda w, a: queue.rows(w.uow(), a, [w.case_id(w.case("assigned"))]),
    ),
    "queue.first_page": entry(
        "officer supervisor",
        lambda w, a: queue.first_page(w.uow(), a, queue.QueueQuery(), 50),
    ),
    "queue.head": entry(
        "officer supervisor",
        lambda w, a: queue.head(w.uow(), a, queue.QueueQuery(), 50),
    ),
    "queue.case_numbers": entry(
        "officer supervisor",
        lambda w, a: queue.case_numbers(w.uow(), a, [w.case_id(w.case("assigned"))]),
    ),
    "queue.workload": entry("officer supervisor", lambda w, a: queue.workload(w.uow(), a)),
    "queue.unassigned_count": entry(
        "officer supervisor", lambda w, a: queue.unassigned_count(w.uow(), a)
    ),
    "queue.marks_stale": entry("officer supervisor", lambda w, a: queue.marks_stale(w.uow(), a)),
    "queue.refresh_marks": entry(
        "officer supervisor",
        lambda w, a: (w.case("imported", assigned=None), queue.refresh_marks(w.uow(), a)),
    ),
    "queue.citizenships": entry("officer supervisor", lambda w, a: queue.citizenships(w.uow(), a)),
    "queue.proposals": entry(
        "supervisor", lambda w, a: (w.proposed(), queue.proposals(w.uow(), a))
    ),
    # --- the case lifecycle up to the decision ---------------------------------------------------
    "cases.assign": entry(
        "supervisor",
        lambda w, a: cases.assign(w.uow(), a, [w.case("imported", assigned=None)], "olga"),
    ),
    "cases.take_next": entry(
        "officer", lambda w, a: (w.case("imported", assigned=None), cases.take_next(w.uow(), a))
    ),
    "cases.start": entry("officer", lambda w, a: cases.start(w.uow(), a, w.case("assigned"))),
    "cases.start (another officer's case)": entry(
        "",
        lambda w, a: cases.start(w.uow(), a, w.case("assigned", assigned="oleg")),
        accounts_too=False,
    ),
    "cases.request_information": entry(
        "officer",
        lambda w, a: cases.request_information(
            w.uow(), a, w.case("in_assessment"), authority="VSD", question="Anything known?"
        ),
    ),
    "cases.record_information": entry(
        "officer supervisor",
        lambda w, a: cases.record_information(
            w.uow(), a, w.awaiting_information(), answer="Nothing known."
        ),
    ),
    "cases.save_draft": entry(
        "officer",
        lambda w, a: cases.save_draft(
            w.uow(), a, w.case("in_assessment"), outcome="retain", reasons="Draft."
        ),
    ),
    "cases.propose": entry(
        "officer",
        lambda w, a: cases.propose(
            w.uow(),
            a,
            w.case("in_assessment"),
            outcome="revoke",
            legal_bases=BASIS,
            reasons="Stated in public.",
        ),
    ),
    "cases.approve": entry("supervisor", lambda w, a: cases.approve(w.uow(), a, w.proposed())),
    "cases.approve_many": entry(
        "supervisor",
        lambda w, a: cases.approve_many(w.uow(), a, [w.proposed("retain"), w.proposed("retain")]),
    ),
    "cases.return_case": entry(
        "supervisor",
        lambda w, a: cases.return_case(w.uow(), a, w.proposed(), "Please cite the answers."),
    ),
    "cases.withdraw": entry(
        "supervisor",
        lambda w, a: cases.withdraw(w.uow(), a, w.case("in_assessment"), reason="left_country"),
    ),
    # --- letters ---------------------------------------------------------------------------------
    "letters.read_template": entry(
        "admin", lambda w, a: letters.read_template(w.uow(), a, "decision", "lt")
    ),
    "letters.save_template": entry(
        "admin",
        lambda w, a: letters.save_template(w.uow(), a, "decision", "lt", w.edited_template()),
    ),
    "letters.reset_template": entry(
        "admin", lambda w, a: letters.reset_template(w.uow(), a, *w.template_saved())
    ),
    "letters.check_templates": entry(
        "admin clerk", lambda w, a: letters.check_templates(w.uow(), a)
    ),
    "letters.letters_queue": entry(
        "supervisor clerk",
        lambda w, a: (w.awaiting_letters(), letters.letters_queue(w.uow(), a))[1],
    ),
    "letters.issue_letters": entry(
        "clerk", lambda w, a: letters.issue_letters(w.uow(), a, w.awaiting_letters())
    ),
    "letters.issue_batch": entry(
        "clerk",
        lambda w, a: w.batch_issued(
            letters.issue_batch(w.uow, a, [w.awaiting_letters()], workers=1)
        ),
    ),
    "letters.issued_letters": entry(
        "supervisor clerk",
        lambda w, a: (w.issued(), letters.issued_letters(w.uow(), a))[1],
    ),
    "letters.case_letters": entry(
        "supervisor clerk", lambda w, a: letters.case_letters(w.uow(), a, w.issued()[0])
    ),
    "letters.letter_pdf": entry(
        "supervisor clerk", lambda w, a: letters.letter_pdf(w.uow(), a, w.letter())
    ),
    "letters.correct_letter": entry(
        "clerk",
        lambda w, a: letters.correct_letter(w.uow(), a, w.letter(), reason="Address corrected."),
    ),
    "letters.dispatch_register": entry(
        "clerk", lambda w, a: letters.dispatch_register(w.uow(), a, [w.letter()])
    ),
    "letters.record_dispatch": entry(
        "clerk",
        lambda w, a: letters.record_dispatch(
            w.uow(), a, w.letter(), dispatched_on=TODAY, tracking_number="RR123456789LT"
        ),
    ),
    "letters.record_service": entry(
        "clerk",
        lambda w, a: letters.record_service(
            w.uow(), a, w.dispatched(), served_on=TODAY, method="registered_mail"
        ),
    ),
    "letters.service_deadlines": entry(
        "supervisor clerk", lambda w, a: letters.service_deadlines(w.uow(), a, TODAY)
    ),
    "letters.list_deadlines": entry(
        "supervisor clerk",
        lambda w, a: (w.served(), letters.list_deadlines(w.uow(), a))[1],
    ),
    # --- appeals, finality, departure, reopening -------------------------------------------------
    "appeals.list_courts": entry("all", lambda w, a: appeals.list_courts(w.uow(), a)),
    "appeals.case_appeals": entry(
        "supervisor clerk", lambda w, a: appeals.case_appeals(w.uow(), a, w.served())
    ),
    "appeals.lodge_appeal": entry(
        "clerk",
        lambda w, a: appeals.lodge_appeal(
            w.uow(), a, w.served(), court_code=COURT, lodged_on=TODAY
        ),
    ),
    "appeals.update_appeal": entry(
        "clerk",
        lambda w, a: appeals.update_appeal(
            w.uow(), a, w.under_appeal(), court_case_number="eI3-1234-2026"
        ),
    ),
    "appeals.add_hearing": entry(
        "clerk",
        lambda w, a: appeals.add_hearing(
            w.uow(), a, w.under_appeal(), hearing_on=TODAY + dt.timedelta(days=30)
        ),
    ),
    "appeals.add_document": entry(
        "clerk",
        lambda w, a: appeals.add_document(
            w.uow(), a, w.under_appeal(), reference="Court order 1", received_on=TODAY
        ),
    ),
    "appeals.record_outcome": entry(
        "clerk",
        lambda w, a: appeals.record_outcome(
            w.uow(), a, w.under_appeal(), outcome="dismissed", decided_on=TODAY
        ),
    ),
    "appeals.confirm_final": entry(
        "clerk", lambda w, a: appeals.confirm_final(w.uow(), a, [w.final()])
    ),
    "closing.record_departure": entry(
        "clerk",
        lambda w, a: closing.record_departure(
            w.uow(), a, w.served(), departed_on=TODAY, evidence="border_record"
        ),
    ),
    "closing.record_card_returned": entry(
        "clerk", lambda w, a: closing.record_card_returned(w.uow(), a, w.departed())
    ),
    "closing.reopen": entry(
        "supervisor",
        lambda w, a: closing.reopen(
            w.uow(), a, w.case("closed_withdrawn"), reason="The person came back."
        ),
    ),
    # --- the deadlines board ---------------------------------------------------------------------
    "deadlines.board": entry(
        "supervisor clerk", lambda w, a: (w.served(), deadlines.board(w.uow(), a))[1]
    ),
    "deadlines.list_deadlines": entry(
        "supervisor clerk", lambda w, a: deadlines.list_deadlines(w.uow(), a)
    ),
    "deadlines.attention_today": entry(
        "supervisor clerk", lambda w, a: deadlines.attention_today(w.uow(), a)
    ),
    "deadlines.finality_review": entry(
        "supervisor clerk", lambda w, a: (w.final(), deadlines.finality_review(w.uow(), a))[1]
    ),
    "deadlines.export_csv": entry(
        "supervisor clerk",
        lambda w, a: deadlines.export_csv(
            w.uow(), a, deadlines.BoardFilter(), w.scratch("deadlines.csv")
        ),
    ),
    "deadlines.record_printed": entry(
        "supervisor clerk",
        lambda w, a: deadlines.record_printed(w.uow(), a, deadlines.BoardFilter(), 0),
    ),
    # --- imports ---------------------------------------------------------------------------------
    "imports.campaigns": entry("admin", lambda w, a: imports.campaigns(w.uow(), a)),
    "imports.preview": entry(
        "admin", lambda w, a: imports.preview(w.uow(), a, w.sample("registry.csv"))
    ),
    "imports.import_questionnaire": entry(
        "admin",
        lambda w, a: imports.import_questionnaire(
            w.uow(), a, w.sample("form.xlsx"), IMPORT_CAMPAIGN
        ),
    ),
    "imports.import_registry": entry(
        "admin",
        lambda w, a: imports.import_registry(w.uow(), a, w.sample("registry.csv"), IMPORT_CAMPAIGN),
    ),
    "imports.import_responses": entry(
        "admin",
        lambda w, a: imports.import_responses(
            w.uow(), a, w.sample("kobo.csv"), w.questionnaire(), valid_only=True
        ),
    ),
    "import_history.list_batches": entry(
        "admin", lambda w, a: import_history.list_batches(w.uow(), a)
    ),
    # --- reports ---------------------------------------------------------------------------------
    "reports.dashboard": entry("admin supervisor", lambda w, a: reports.dashboard(w.uow(), a)),
    "reports.export_view (cases)": entry(
        "admin supervisor", lambda w, a: exported_view(w, a, "cases")
    ),
    "reports.export_view (audit)": entry("admin", lambda w, a: exported_view(w, a, "audit")),
    "reports.export_table": entry(
        "admin supervisor",
        lambda w, a: reports.export_table(
            w.uow(),
            a,
            Table("Figures", [("n", "Number")], [[1], [2]]),
            "xlsx",
            w.scratch("table.xlsx"),
            view="states",
        ),
    ),
    "reports.weekly_report": entry(
        "admin supervisor",
        lambda w, a: reports.weekly_report(w.uow(), a, w.scratch("weekly.pdf")),
    ),
    # --- safety: backups, encryption, retention, subject access ----------------------------------
    "backups.list_all": entry("admin", lambda w, a: backups.list_all(w.uow(), a), sqlite_only=True),
    "backups.create": entry(
        "admin",
        lambda w, a: backups.create(w.uow(), a, w.scratch("backups")),
        sqlite_only=True,
    ),
    "backups.verify": entry(
        "admin", lambda w, a: backups.verify(w.uow(), a, w.backup()), sqlite_only=True
    ),
    "backups.save_settings": entry(
        "admin", lambda w, a: backups.save_settings(w.uow(), a, keep=5), sqlite_only=True
    ),
    "backups.restore": entry(
        "admin",
        lambda w, a: backups.restore(w.uow(), a, w.backup()),
        sqlite_only=True,
        own_world=True,
    ),
    "encryption.encrypt_store": entry(
        "admin",
        lambda w, a: encryption.encrypt_store(w.uow(), a, PASSWORD),
        sqlite_only=True,
        own_world=True,
    ),
    "retention.run": entry("admin", lambda w, a: retention.run(w.uow(), a)),
    "subject_access.export": entry(
        "admin",
        lambda w, a: w.unrestricted(
            a,
            [
                path.read_text(encoding="utf-8")
                for path in subject_access.export(
                    w.uow(), a, w.sensitive().ref, w.scratch("subject")
                ).files
                if path.suffix == ".json"
            ],
        ),
    ),
}
