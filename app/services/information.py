"""Information items on a case: what is known besides the answers, and who read it.

An item has a source, the date it was received and a classification. Restricted
items (a conclusion of the state security service, say) are listed to everyone
who may see the case, but their title and content only to officers and
supervisors; each opening of a restricted item is audited.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app.db.models import Case, InformationItem, User
from app.domain.errors import NotFound, PermissionDenied, ValidationError
from app.domain.lifecycle import CLOSED_STATES, State
from app.domain.roles import Role
from app.services.cases import find_case
from app.services.context import Actor, Changed, UnitOfWork

CLASSIFICATIONS = ("public", "restricted")
RESTRICTED_READERS = (Role.OFFICER, Role.SUPERVISOR)
WRITERS = (Role.OFFICER, Role.SUPERVISOR)
HIDDEN_TITLE = "Restricted information"


@dataclass(frozen=True, slots=True)
class ItemSummary:
    """One line of a case's information; `content` is None when it must be opened."""

    id: int
    source: str
    received_on: dt.date
    classification: str
    title: str
    added_by: str
    added_at: dt.datetime
    content: str | None
    readable: bool

    @property
    def restricted(self) -> bool:
        return self.classification == "restricted"


@dataclass(frozen=True, slots=True)
class ItemContent:
    id: int
    title: str
    content: str
    classification: str
    source: str
    received_on: dt.date


def may_read_restricted(actor: Actor) -> bool:
    return actor.has(*RESTRICTED_READERS)


def _check_case_access(uow: UnitOfWork, actor: Actor, user: User, case: Case) -> None:
    """Officers who are only officers see their own cases and unassigned ones."""
    if actor.roles <= {Role.OFFICER} and case.assigned_to_id not in (None, user.id):
        raise PermissionDenied(f"Case {case.case_number} is assigned to another officer.")


def add_item(
    uow: UnitOfWork,
    actor: Actor,
    ref: str,
    *,
    source: str,
    received_on: dt.date,
    classification: str,
    title: str,
    content: str,
) -> Changed:
    """Record what the department learnt about the person, on their case."""
    source, title, content = source.strip(), title.strip(), content.strip()
    if classification not in CLASSIFICATIONS:
        raise ValidationError("classification", f"must be one of {', '.join(CLASSIFICATIONS)}")
    if not source:
        raise ValidationError("source", "say where the information comes from")
    if not title:
        raise ValidationError("title", "give the item a short title")
    if not content:
        raise ValidationError("content", "write what the information says")
    with uow:
        user = uow.require(actor, *WRITERS)
        case = find_case(uow, ref)
        if Role.SUPERVISOR not in actor.roles and case.assigned_to_id != user.id:
            raise PermissionDenied(
                f"Case {case.case_number} is not assigned to you; take it before adding to it."
            )
        if State(case.state) in CLOSED_STATES:
            raise ValidationError("case", f"case {case.case_number} is closed")
        if received_on > uow.clock.today():
            raise ValidationError("date received", "cannot be in the future")
        item = InformationItem(
            case_id=case.id,
            source=source,
            received_on=received_on,
            classification=classification,
            title=title,
            content=content,
            added_by_id=user.id,
            added_at=uow.clock.now(),
        )
        uow.session.add(item)
        uow.session.flush()
        # The title and content stay out of the log: the log is read more widely.
        uow.audit(
            actor,
            "information_added",
            "information_item",
            item.id,
            case_id=case.id,
            after={"classification": classification, "received_on": received_on},
        )
        uow.commit()
        return Changed(
            "information_added",
            (case.id,),
            {"case_number": case.case_number, "item_id": item.id},
        )


def list_items(uow: UnitOfWork, actor: Actor, ref: str) -> list[ItemSummary]:
    """The case's information items, oldest first. Restricted content is never in the
    list: it is read with `open_item`, which audits the reading."""
    with uow:
        user = uow.require(actor)
        case = find_case(uow, ref, for_update=False)
        _check_case_access(uow, actor, user, case)
        return _summaries(uow, actor, case.id)


def _summaries(uow: UnitOfWork, actor: Actor, case_id: int) -> list[ItemSummary]:
    reader = may_read_restricted(actor)
    rows = uow.session.execute(
        select(InformationItem, User.username)
        .join(User, User.id == InformationItem.added_by_id)
        .where(InformationItem.case_id == case_id)
        .order_by(InformationItem.received_on, InformationItem.id)
    )
    out = []
    for item, username in rows:
        restricted = item.classification == "restricted"
        out.append(
            ItemSummary(
                id=item.id,
                source=item.source,
                received_on=item.received_on,
                classification=item.classification,
                title=item.title if reader or not restricted else HIDDEN_TITLE,
                added_by=username,
                added_at=item.added_at,
                content=None if restricted else item.content,
                readable=reader or not restricted,
            )
        )
    return out


def open_item(uow: UnitOfWork, actor: Actor, item_id: int) -> ItemContent:
    """One item in full. Reading a restricted item is allowed to officers and
    supervisors only, and each reading is audited in the same transaction."""
    with uow:
        user = uow.require(actor)
        item = uow.session.get(InformationItem, item_id)
        if item is None:
            raise NotFound(f"There is no information item {item_id}.")
        case = uow.session.get(Case, item.case_id)
        assert case is not None
        _check_case_access(uow, actor, user, case)
        restricted = item.classification == "restricted"
        if restricted:
            if not may_read_restricted(actor):
                raise PermissionDenied(
                    "This item is restricted; only officers and supervisors may read it."
                )
            uow.audit(
                actor,
                "restricted_read",
                "information_item",
                item.id,
                case_id=case.id,
                after={"what": "information item"},
            )
        content = ItemContent(
            id=item.id,
            title=item.title,
            content=item.content,
            classification=item.classification,
            source=item.source,
            received_on=item.received_on,
        )
        if restricted:
            uow.commit()
        return content
