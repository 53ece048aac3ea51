"""Words shown for the values the services return (states, outcomes, history actions,
citizenships), and the local day and time of a stored moment.

The tables hold the English source texts; every lookup translates at call time, so a
label follows the language in use when it is shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui import i18n

LOCAL_TZ = ZoneInfo("Europe/Vilnius")
CONTEXT = "Labels"


class Labels(Mapping[str, str]):
    """Codes to their English words; reading one gives it in the language in use."""

    def __init__(self, sources: dict[str, object]) -> None:
        # QT_TRANSLATE_NOOP gives back its text, typed as an object.
        self.sources = {code: str(text) for code, text in sources.items()}

    def __getitem__(self, code: str) -> str:
        return QCoreApplication.translate(CONTEXT, self.sources[code])

    def __iter__(self) -> Iterator[str]:
        return iter(self.sources)

    def __len__(self) -> int:
        return len(self.sources)


STATES = Labels(
    {
        "imported": QT_TRANSLATE_NOOP("Labels", "Imported"),
        "assigned": QT_TRANSLATE_NOOP("Labels", "Assigned"),
        "in_assessment": QT_TRANSLATE_NOOP("Labels", "In assessment"),
        "awaiting_information": QT_TRANSLATE_NOOP("Labels", "Awaiting information"),
        "awaiting_signoff": QT_TRANSLATE_NOOP("Labels", "Awaiting signoff"),
        "decided": QT_TRANSLATE_NOOP("Labels", "Decided"),
        "closed_retained": QT_TRANSLATE_NOOP("Labels", "Closed retained"),
        "awaiting_letters": QT_TRANSLATE_NOOP("Labels", "Awaiting letters"),
        "letters_issued": QT_TRANSLATE_NOOP("Labels", "Letters issued"),
        "dispatched": QT_TRANSLATE_NOOP("Labels", "Dispatched"),
        "served": QT_TRANSLATE_NOOP("Labels", "Served"),
        "under_appeal": QT_TRANSLATE_NOOP("Labels", "Under appeal"),
        "appeal_dismissed": QT_TRANSLATE_NOOP("Labels", "Appeal dismissed"),
        "decision_annulled": QT_TRANSLATE_NOOP("Labels", "Decision annulled"),
        "closed_reinstated": QT_TRANSLATE_NOOP("Labels", "Closed reinstated"),
        "remitted": QT_TRANSLATE_NOOP("Labels", "Remitted"),
        "revocation_final": QT_TRANSLATE_NOOP("Labels", "Revocation final"),
        "closed_departed": QT_TRANSLATE_NOOP("Labels", "Closed departed"),
        "closed_withdrawn": QT_TRANSLATE_NOOP("Labels", "Closed withdrawn"),
    }
)
OUTCOMES = Labels(
    {
        "retain": QT_TRANSLATE_NOOP("Labels", "Retain the permit"),
        "revoke": QT_TRANSLATE_NOOP("Labels", "Revoke the permit"),
        "request_information": QT_TRANSLATE_NOOP("Labels", "Request information"),
    }
)
# The court's outcome of an appeal.
APPEAL_OUTCOMES = Labels(
    {
        "dismissed": QT_TRANSLATE_NOOP("Labels", "Appeal dismissed"),
        "annulled": QT_TRANSLATE_NOOP("Labels", "Decision annulled by the court"),
        "remitted": QT_TRANSLATE_NOOP("Labels", "Remitted for a new assessment"),
    }
)
CITIZENSHIPS = Labels(
    {
        "BY": QT_TRANSLATE_NOOP("Labels", "Belarus"),
        "RU": QT_TRANSLATE_NOOP("Labels", "Russia"),
    }
)
DECISION_STATUSES = Labels(
    {
        "draft": QT_TRANSLATE_NOOP("Labels", "draft"),
        "proposed": QT_TRANSLATE_NOOP("Labels", "proposed"),
        "returned": QT_TRANSLATE_NOOP("Labels", "returned"),
        "approved": QT_TRANSLATE_NOOP("Labels", "approved"),
        "superseded": QT_TRANSLATE_NOOP("Labels", "superseded"),
    }
)
PERMIT_TYPES = Labels(
    {
        "permanent": QT_TRANSLATE_NOOP("Labels", "permanent residence permit"),
        "eu_long_term": QT_TRANSLATE_NOOP("Labels", "EU long-term resident's permit"),
    }
)
PERMIT_STATUSES = Labels(
    {
        "valid": QT_TRANSLATE_NOOP("Labels", "valid"),
        "revoked": QT_TRANSLATE_NOOP("Labels", "revoked"),
    }
)
CLASSIFICATIONS = Labels(
    {
        "public": QT_TRANSLATE_NOOP("Labels", "Public"),
        "restricted": QT_TRANSLATE_NOOP("Labels", "Restricted"),
    }
)
WITHDRAWAL_REASONS = Labels(
    {
        "left_country": QT_TRANSLATE_NOOP("Labels", "left the country"),
        "deceased": QT_TRANSLATE_NOOP("Labels", "deceased"),
        "naturalised": QT_TRANSLATE_NOOP("Labels", "naturalised"),
        "duplicate": QT_TRANSLATE_NOOP("Labels", "duplicate case"),
        "other": QT_TRANSLATE_NOOP("Labels", "other"),
    }
)
# What a reading of restricted content read.
READ_WHAT = Labels(
    {
        "information item": QT_TRANSLATE_NOOP("Labels", "information item"),
        "case detail": QT_TRANSLATE_NOOP("Labels", "case detail"),
        "internal assessment": QT_TRANSLATE_NOOP("Labels", "internal assessment"),
    }
)
# The kinds of record an audit event concerns.
RECORDS = Labels(
    {
        "appeal": QT_TRANSLATE_NOOP("Labels", "appeal"),
        "audit_log": QT_TRANSLATE_NOOP("Labels", "audit log"),
        "backup": QT_TRANSLATE_NOOP("Labels", "backup"),
        "campaign": QT_TRANSLATE_NOOP("Labels", "campaign"),
        "case": QT_TRANSLATE_NOOP("Labels", "case"),
        "deadline_board": QT_TRANSLATE_NOOP("Labels", "deadline board"),
        "decision": QT_TRANSLATE_NOOP("Labels", "decision"),
        "departure": QT_TRANSLATE_NOOP("Labels", "departure"),
        "import_batch": QT_TRANSLATE_NOOP("Labels", "import"),
        "information_item": QT_TRANSLATE_NOOP("Labels", "information item"),
        "letter": QT_TRANSLATE_NOOP("Labels", "letter"),
        "permit": QT_TRANSLATE_NOOP("Labels", "permit"),
        "report": QT_TRANSLATE_NOOP("Labels", "report"),
        "resident": QT_TRANSLATE_NOOP("Labels", "resident"),
        "retention": QT_TRANSLATE_NOOP("Labels", "retention"),
        "setting": QT_TRANSLATE_NOOP("Labels", "setting"),
        "store": QT_TRANSLATE_NOOP("Labels", "store"),
        "user": QT_TRANSLATE_NOOP("Labels", "user"),
    }
)
# The actions the audit log records, as a case's history and the audit view name them.
ACTIONS = Labels(
    {
        # the case lifecycle
        "assign": QT_TRANSLATE_NOOP("Labels", "Assigned"),
        "take_next": QT_TRANSLATE_NOOP("Labels", "Taken from the queue"),
        "start": QT_TRANSLATE_NOOP("Labels", "Assessment started"),
        "request_information": QT_TRANSLATE_NOOP("Labels", "Information requested"),
        "record_information": QT_TRANSLATE_NOOP("Labels", "Answer to a request recorded"),
        "draft_saved": QT_TRANSLATE_NOOP("Labels", "Draft decision saved"),
        "propose": QT_TRANSLATE_NOOP("Labels", "Submitted for sign-off"),
        "approve": QT_TRANSLATE_NOOP("Labels", "Signed off"),
        "return": QT_TRANSLATE_NOOP("Labels", "Returned to the officer"),
        "close_retained": QT_TRANSLATE_NOOP("Labels", "Closed: permit retained"),
        "await_letters": QT_TRANSLATE_NOOP("Labels", "Waiting for letters"),
        "await_information": QT_TRANSLATE_NOOP("Labels", "Waiting for information"),
        "withdraw": QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
        "information_added": QT_TRANSLATE_NOOP("Labels", "Information added"),
        "restricted_read": QT_TRANSLATE_NOOP("Labels", "Restricted content read"),
        "issue_letters": QT_TRANSLATE_NOOP("Labels", "Letters issued"),
        "dispatch": QT_TRANSLATE_NOOP("Labels", "Letters dispatched"),
        "serve": QT_TRANSLATE_NOOP("Labels", "Decision served"),
        "lodge_appeal": QT_TRANSLATE_NOOP("Labels", "Appeal lodged"),
        "dismiss_appeal": QT_TRANSLATE_NOOP("Labels", "Appeal dismissed"),
        "annul_decision": QT_TRANSLATE_NOOP("Labels", "Decision annulled by the court"),
        "reinstate": QT_TRANSLATE_NOOP("Labels", "Closed: permit reinstated"),
        "remit": QT_TRANSLATE_NOOP("Labels", "Remitted for a new assessment"),
        "resume_assessment": QT_TRANSLATE_NOOP("Labels", "Assessment resumed"),
        "confirm_final": QT_TRANSLATE_NOOP("Labels", "Revocation confirmed final"),
        "record_departure": QT_TRANSLATE_NOOP("Labels", "Departure recorded"),
        "reopen": QT_TRANSLATE_NOOP("Labels", "Reopened"),
        # appeals, letters and closing
        "appeal_updated": QT_TRANSLATE_NOOP("Labels", "Appeal details changed"),
        "appeal_hearing": QT_TRANSLATE_NOOP("Labels", "Court hearing recorded"),
        "appeal_document": QT_TRANSLATE_NOOP("Labels", "Court document recorded"),
        "appeal_outcome": QT_TRANSLATE_NOOP("Labels", "Appeal outcome recorded"),
        "permit_status": QT_TRANSLATE_NOOP("Labels", "Permit status changed"),
        "decision_superseded": QT_TRANSLATE_NOOP("Labels", "Decision superseded"),
        "permit_card_returned": QT_TRANSLATE_NOOP("Labels", "Permit card returned"),
        "letter_issued": QT_TRANSLATE_NOOP("Labels", "Letter issued"),
        "letter_corrected": QT_TRANSLATE_NOOP("Labels", "Letter corrected"),
        "letters_dispatched_again": QT_TRANSLATE_NOOP("Labels", "Letters dispatched again"),
        "template_saved": QT_TRANSLATE_NOOP("Labels", "Letter template saved"),
        "template_reset": QT_TRANSLATE_NOOP("Labels", "Letter template reset"),
        "deadlines_exported": QT_TRANSLATE_NOOP("Labels", "Deadline board exported"),
        "deadlines_printed": QT_TRANSLATE_NOOP("Labels", "Deadline board printed"),
        # people and sessions
        "login": QT_TRANSLATE_NOOP("Labels", "Logged in"),
        "logout": QT_TRANSLATE_NOOP("Labels", "Logged out"),
        "login_failed": QT_TRANSLATE_NOOP("Labels", "Login failed"),
        "login_refused": QT_TRANSLATE_NOOP("Labels", "Login refused"),
        "account_locked": QT_TRANSLATE_NOOP("Labels", "Account locked"),
        "session_locked": QT_TRANSLATE_NOOP("Labels", "Session locked"),
        "session_unlocked": QT_TRANSLATE_NOOP("Labels", "Session unlocked"),
        "unlock_failed": QT_TRANSLATE_NOOP("Labels", "Unlock failed"),
        "user_added": QT_TRANSLATE_NOOP("Labels", "User added"),
        "user_roles_changed": QT_TRANSLATE_NOOP("Labels", "User's roles changed"),
        "user_disabled": QT_TRANSLATE_NOOP("Labels", "User disabled"),
        "user_enabled": QT_TRANSLATE_NOOP("Labels", "User enabled"),
        "user_unlocked": QT_TRANSLATE_NOOP("Labels", "User unlocked"),
        "password_reset": QT_TRANSLATE_NOOP("Labels", "Password reset"),
        "password_changed": QT_TRANSLATE_NOOP("Labels", "Password changed"),
        # the store, imports, reports and retention
        "store_initialised": QT_TRANSLATE_NOOP("Labels", "Store set up"),
        "store_encrypted": QT_TRANSLATE_NOOP("Labels", "Store encrypted"),
        "store_restored": QT_TRANSLATE_NOOP("Labels", "Store restored from a backup"),
        "restore_started": QT_TRANSLATE_NOOP("Labels", "Restore started"),
        "backup_created": QT_TRANSLATE_NOOP("Labels", "Backup made"),
        "backup_verified": QT_TRANSLATE_NOOP("Labels", "Backup verified"),
        "settings_changed": QT_TRANSLATE_NOOP("Labels", "Settings changed"),
        "import_questionnaire": QT_TRANSLATE_NOOP("Labels", "Questionnaire imported"),
        "import_registry": QT_TRANSLATE_NOOP("Labels", "Registry extract imported"),
        "import_responses": QT_TRANSLATE_NOOP("Labels", "Answers imported"),
        "audit_exported": QT_TRANSLATE_NOOP("Labels", "Audit log exported"),
        "audit_verified": QT_TRANSLATE_NOOP("Labels", "Audit log verified"),
        "report_exported": QT_TRANSLATE_NOOP("Labels", "Report exported"),
        "subject_access_export": QT_TRANSLATE_NOOP("Labels", "Personal data exported"),
        "retention_previewed": QT_TRANSLATE_NOOP("Labels", "Retention previewed"),
        "retention_run": QT_TRANSLATE_NOOP("Labels", "Retention run"),
        "case_anonymised": QT_TRANSLATE_NOOP("Labels", "Case anonymised"),
        "demo_filled": QT_TRANSLATE_NOOP("Labels", "Demonstration data filled in"),
    }
)


def _plain(code: str) -> str:
    return code.replace("_", " ").capitalize()


def state_label(state: str) -> str:
    return STATES.get(state) or _plain(state)


def outcome_label(outcome: str) -> str:
    """A decision's outcome, or an appeal's."""
    for table in (OUTCOMES, APPEAL_OUTCOMES):
        if outcome in table:
            return table[outcome]
    return outcome


def citizenship_label(code: str) -> str:
    return CITIZENSHIPS.get(code, code)


def label(table: Labels, code: str) -> str:
    """A coded value's words, or the code itself when the table does not know it."""
    return table.get(code, code)


def action_label(action: str) -> str:
    return ACTIONS.get(action) or _plain(action)


def local(moment: dt.datetime | str | None) -> dt.datetime | None:
    if moment is None:
        return None
    if isinstance(moment, str):
        moment = dt.datetime.fromisoformat(moment)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(LOCAL_TZ)


# English windows write days the ISO way, as the department's English papers do (Qt's
# English locale would write 11/25/26); other languages write them as QLocale does.
def date_text(day: dt.date | str | None) -> str:
    """A calendar date (or its ISO text) in the language in use."""
    if not day:
        return ""
    if isinstance(day, str):
        day = dt.date.fromisoformat(day[:10])
    return day.isoformat() if i18n.current() == "en" else i18n.date_text(day)


def day_text(moment: dt.datetime | str | None) -> str:
    """The local day of a stored moment."""
    found = local(moment)
    return date_text(found.date()) if found else ""


def time_text(moment: dt.datetime | str | None) -> str:
    """The local day and time, to the minute, of a stored moment."""
    found = local(moment)
    if found is None:
        return ""
    if i18n.current() == "en":
        return found.strftime("%Y-%m-%d %H:%M")
    return i18n.datetime_text(found)


def change_summary(before: dict[str, Any], after: dict[str, Any]) -> str:
    """The fields an audit event changed, in a line ('state: assigned → in assessment')."""
    parts = []
    if "state" in after and before.get("state") != after["state"]:
        if before.get("state"):
            parts.append(f"{state_label(before['state'])} → {state_label(after['state'])}")
        else:
            parts.append(state_label(after["state"]))
    if after.get("outcome"):
        parts.append(outcome_label(after["outcome"]))
    if after.get("legal_bases"):
        parts.append(
            QCoreApplication.translate("Labels", "legal basis {bases}").format(
                bases=", ".join(after["legal_bases"])
            )
        )
    if after.get("due_on"):
        due = date_text(str(after["due_on"]))
        parts.append(QCoreApplication.translate("Labels", "due {day}").format(day=due))
    if after.get("classification"):
        parts.append(label(CLASSIFICATIONS, after["classification"]).lower())
    if after.get("reason"):
        reason = str(after["reason"])
        parts.append(WITHDRAWAL_REASONS.get(reason) or reason.replace("_", " "))
    if after.get("what"):
        parts.append(label(READ_WHAT, str(after["what"])))
    return "; ".join(parts)
