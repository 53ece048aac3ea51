"""Words shown for the values the services return (states, outcomes, history actions)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

LOCAL_TZ = ZoneInfo("Europe/Vilnius")

OUTCOMES = {
    "retain": "Retain the permit",
    "revoke": "Revoke the permit",
    "request_information": "Request information",
}
CITIZENSHIPS = {"BY": "Belarus", "RU": "Russia"}
ACTIONS = {
    "assign": "Assigned",
    "take_next": "Taken from the queue",
    "start": "Assessment started",
    "request_information": "Information requested",
    "record_information": "Answer to a request recorded",
    "draft_saved": "Draft decision saved",
    "propose": "Submitted for sign-off",
    "approve": "Signed off",
    "return": "Returned to the officer",
    "close_retained": "Closed: permit retained",
    "await_letters": "Waiting for letters",
    "await_information": "Waiting for information",
    "withdraw": "Withdrawn",
    "information_added": "Information added",
    "restricted_read": "Restricted content read",
    "issue_letters": "Letters issued",
    "dispatch": "Letters dispatched",
    "serve": "Decision served",
}


def state_label(state: str) -> str:
    return state.replace("_", " ").capitalize()


def action_label(action: str) -> str:
    return ACTIONS.get(action, action.replace("_", " ").capitalize())


def local(moment: dt.datetime | str | None) -> dt.datetime | None:
    if moment is None:
        return None
    if isinstance(moment, str):
        moment = dt.datetime.fromisoformat(moment)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(LOCAL_TZ)


def day_text(moment: dt.datetime | str | None) -> str:
    found = local(moment)
    return found.date().isoformat() if found else ""


def time_text(moment: dt.datetime | str | None) -> str:
    found = local(moment)
    return found.strftime("%Y-%m-%d %H:%M") if found else ""


def change_summary(before: dict[str, Any], after: dict[str, Any]) -> str:
    """The fields an audit event changed, in a line ('state: assigned → in assessment')."""
    parts = []
    if "state" in after and before.get("state") != after["state"]:
        if before.get("state"):
            parts.append(f"{state_label(before['state'])} → {state_label(after['state'])}")
        else:
            parts.append(state_label(after["state"]))
    if after.get("outcome"):
        parts.append(OUTCOMES.get(after["outcome"], after["outcome"]))
    if after.get("legal_bases"):
        parts.append("legal basis " + ", ".join(after["legal_bases"]))
    if after.get("due_on"):
        parts.append(f"due {after['due_on']}")
    if after.get("classification"):
        parts.append(after["classification"])
    if after.get("reason"):
        parts.append(str(after["reason"]).replace("_", " "))
    if after.get("what"):
        parts.append(str(after["what"]))
    return "; ".join(parts)
