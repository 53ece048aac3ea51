"""The store: typed SQLAlchemy models for the whole domain of the review.

Tables that people edit carry a `version` column used for optimistic locking
(SQLAlchemy's `version_id_col`): an UPDATE that finds another version raises
`StaleDataError`, which the unit of work turns into `StaleCase`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timestamps stored as UTC and always returned timezone-aware."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dt.datetime: UTCDateTime(), dict[str, Any]: JSON, list[Any]: JSON}


# --- people -----------------------------------------------------------------


class User(Base):
    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str] = mapped_column(String(255))
    roles: Mapped[list[Any]] = mapped_column(default=list)
    language: Mapped[str] = mapped_column(String(8), default="lt")
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_logins: Mapped[list[Any]] = mapped_column(default=list)
    locked_until: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_login_at: Mapped[dt.datetime | None]
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


# --- the campaign and its questionnaire --------------------------------------


class Campaign(Base):
    __tablename__ = "campaign"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Questionnaire(Base):
    __tablename__ = "questionnaire"
    __table_args__ = (UniqueConstraint("campaign_id", "form_id", "form_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id"))
    form_id: Mapped[str] = mapped_column(String(120))
    form_version: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(300))
    default_language: Mapped[str] = mapped_column(String(64), default="")
    languages: Mapped[list[Any]] = mapped_column(default=list)
    link_question: Mapped[str] = mapped_column(String(120), default="permit_number")
    markers: Mapped[list[Any]] = mapped_column(default=list)
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    source_sha256: Mapped[str] = mapped_column(String(64), default="")
    imported_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    questions: Mapped[list[Question]] = relationship(
        order_by="Question.position", cascade="all, delete-orphan"
    )
    choices: Mapped[list[Choice]] = relationship(
        order_by="Choice.position", cascade="all, delete-orphan"
    )


class Question(Base):
    __tablename__ = "question"
    __table_args__ = (UniqueConstraint("questionnaire_id", "path"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    questionnaire_id: Mapped[int] = mapped_column(ForeignKey("questionnaire.id"))
    position: Mapped[int]
    name: Mapped[str] = mapped_column(String(120))
    path: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(40))
    list_name: Mapped[str | None] = mapped_column(String(120))
    required: Mapped[bool] = mapped_column(Boolean, default=False)
    relevant: Mapped[str] = mapped_column(Text, default="")
    labels: Mapped[dict[str, Any]] = mapped_column(default=dict)
    hints: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Choice(Base):
    __tablename__ = "choice"
    __table_args__ = (UniqueConstraint("questionnaire_id", "list_name", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    questionnaire_id: Mapped[int] = mapped_column(ForeignKey("questionnaire.id"))
    list_name: Mapped[str] = mapped_column(String(120))
    position: Mapped[int]
    name: Mapped[str] = mapped_column(String(120))
    labels: Mapped[dict[str, Any]] = mapped_column(default=dict)


# --- residents, permits and their answers -------------------------------------


class Resident(Base):
    __tablename__ = "resident"

    id: Mapped[int] = mapped_column(primary_key=True)
    surname: Mapped[str] = mapped_column(String(120))
    given_names: Mapped[str] = mapped_column(String(200))
    surname_native: Mapped[str] = mapped_column(String(120), default="")
    given_names_native: Mapped[str] = mapped_column(String(200), default="")
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date)
    citizenship: Mapped[str] = mapped_column(String(2))
    address_line1: Mapped[str] = mapped_column(String(300), default="")
    address_line2: Mapped[str] = mapped_column(String(300), default="")
    postal_code: Mapped[str] = mapped_column(String(16), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    preferred_language: Mapped[str] = mapped_column(String(8), default="ru")
    # Case- and diacritic-folded names in both scripts and the permit number.
    search_text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    permits: Mapped[list[Permit]] = relationship(back_populates="resident")

    __mapper_args__ = {"version_id_col": version}


class Permit(Base):
    __tablename__ = "permit"

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"), index=True)
    permit_number: Mapped[str] = mapped_column(String(32), unique=True)
    permit_type: Mapped[str] = mapped_column(String(32))
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    valid_until: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="valid")

    resident: Mapped[Resident] = relationship(back_populates="permits")


class ImportBatch(Base):
    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaign.id"))
    file_name: Mapped[str] = mapped_column(String(500))
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    file_format: Mapped[str] = mapped_column(String(64), default="")
    imported_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    started_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[dt.datetime | None]
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Response(Base):
    __tablename__ = "response"

    id: Mapped[int] = mapped_column(primary_key=True)
    instance_id: Mapped[str] = mapped_column(String(120), unique=True)
    questionnaire_id: Mapped[int] = mapped_column(ForeignKey("questionnaire.id"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("review_case.id"), index=True)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))
    submitted_at: Mapped[dt.datetime | None]
    source: Mapped[str] = mapped_column(String(32), default="")
    current: Mapped[bool] = mapped_column(Boolean, default=True)


class Answer(Base):
    __tablename__ = "answer"

    response_id: Mapped[int] = mapped_column(ForeignKey("response.id"), primary_key=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("question.id"), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# --- the case -----------------------------------------------------------------


class Case(Base):
    __tablename__ = "review_case"
    __table_args__ = (
        UniqueConstraint("campaign_id", "permit_id"),
        Index("ix_review_case_state_created", "state", "created_at"),
        Index("ix_review_case_assignee_state", "assigned_to_id", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_number: Mapped[str] = mapped_column(String(32), unique=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id"))
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"), index=True)
    permit_id: Mapped[int] = mapped_column(ForeignKey("permit.id"))
    state: Mapped[str] = mapped_column(String(32))
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    response_received_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    state_changed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    resident: Mapped[Resident] = relationship()
    permit: Mapped[Permit] = relationship()
    campaign: Mapped[Campaign] = relationship()
    assigned_to: Mapped[User | None] = relationship()

    __mapper_args__ = {"version_id_col": version}


class InformationItem(Base):
    __tablename__ = "information_item"
    __table_args__ = (
        CheckConstraint("classification IN ('public', 'restricted')", name="classification"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("review_case.id"), index=True)
    source: Mapped[str] = mapped_column(String(300))
    received_on: Mapped[dt.date] = mapped_column(Date)
    classification: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(300))
    content: Mapped[str] = mapped_column(Text)
    added_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    added_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Decision(Base):
    """A proposed decision; approved ones carry the sign-off that approved them."""

    __tablename__ = "decision"
    __table_args__ = (
        CheckConstraint("outcome IN ('retain', 'revoke', 'request_information')", name="outcome"),
        CheckConstraint(
            "status IN ('draft', 'proposed', 'approved', 'returned', 'withdrawn', 'superseded')",
            name="status",
        ),
        # Target of the sign-off's composite key that enforces four-eyes.
        UniqueConstraint("id", "proposed_by_id", name="uq_decision_id_proposer"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("review_case.id"), index=True)
    outcome: Mapped[str] = mapped_column(String(32))
    legal_bases: Mapped[list[Any]] = mapped_column(default=list)
    reasons: Mapped[str] = mapped_column(Text, default="")
    assessment: Mapped[str] = mapped_column(Text, default="")
    relied_answers: Mapped[list[Any]] = mapped_column(default=list)
    relied_items: Mapped[list[Any]] = mapped_column(default=list)
    request: Mapped[dict[str, Any]] = mapped_column(default=dict)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    proposed_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    proposed_at: Mapped[dt.datetime | None]
    version: Mapped[int] = mapped_column(Integer, default=1)

    proposed_by: Mapped[User] = relationship(foreign_keys=[proposed_by_id])
    signoffs: Mapped[list[SignOff]] = relationship(order_by="SignOff.id", back_populates="decision")

    __mapper_args__ = {"version_id_col": version}


class SignOff(Base):
    """A supervisor's approval or return of a proposal.

    `proposer_id` repeats the proposal's author, tied to it by a composite
    foreign key, so that the CHECK below enforces four-eyes in the database
    itself, whoever writes to it.
    """

    __tablename__ = "signoff"
    __table_args__ = (
        ForeignKeyConstraint(
            ["decision_id", "proposer_id"],
            ["decision.id", "decision.proposed_by_id"],
            name="fk_signoff_decision_proposer",
        ),
        CheckConstraint("supervisor_id <> proposer_id", name="four_eyes"),
        CheckConstraint("verdict IN ('approved', 'returned')", name="verdict"),
        CheckConstraint("verdict <> 'returned' OR length(comment) > 0", name="return_comment"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = mapped_column(index=True)
    proposer_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    supervisor_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    verdict: Mapped[str] = mapped_column(String(16))
    comment: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    decision: Mapped[Decision] = relationship(back_populates="signoffs")
    supervisor: Mapped[User] = relationship(foreign_keys=[supervisor_id])


class InformationRequest(Base):
    __tablename__ = "information_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("review_case.id"), index=True)
    authority: Mapped[str] = mapped_column(String(300))
    question: Mapped[str] = mapped_column(Text)
    requested_on: Mapped[dt.date] = mapped_column(Date)
    due_on: Mapped[dt.date] = mapped_column(Date, index=True)
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    answer: Mapped[str | None] = mapped_column(Text)
    answered_on: Mapped[dt.date | None] = mapped_column(Date)
    answer_recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


# --- letters, dispatch, service and appeals -----------------------------------


class RegistrationCounter(Base):
    """The next registration number per year; its row is locked while issuing."""

    __tablename__ = "registration_counter"

    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class Letter(Base):
    __tablename__ = "letter"
    __table_args__ = (
        UniqueConstraint("year", "sequence"),
        CheckConstraint("kind IN ('decision', 'appeal_notice')", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("review_case.id"), index=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decision.id"))
    kind: Mapped[str] = mapped_column(String(16))
    registration_number: Mapped[str] = mapped_column(String(64), unique=True)
    year: Mapped[int]
    sequence: Mapped[int]
    language: Mapped[str] = mapped_column(String(8))
    template_version: Mapped[str] = mapped_column(String(64))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    issued_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    signatory_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    pages: Mapped[int] = mapped_column(Integer, default=0)
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("letter.id"))
    correction_reason: Mapped[str] = mapped_column(Text, default="")


class Dispatch(Base):
    __tablename__ = "dispatch"

    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letter.id"), index=True)
    dispatched_on: Mapped[dt.date] = mapped_column(Date)
    tracking_number: Mapped[str] = mapped_column(String(64))
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Service(Base):
    """Service of the decision on the person, and the deadlines it starts."""

    __tablename__ = "service"
    __table_args__ = (
        CheckConstraint("method IN ('registered_mail', 'in_person', 'other')", name="method"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("review_case.id"), index=True)
    served_on: Mapped[dt.date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(32))
    appeal_deadline: Mapped[dt.date] = mapped_column(Date, index=True)
    departure_deadline: Mapped[dt.date] = mapped_column(Date, index=True)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Appeal(Base):
    __tablename__ = "appeal"
    __table_args__ = (
        CheckConstraint(
            "outcome IS NULL OR outcome IN ('dismissed', 'annulled', 'remitted')", name="outcome"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("review_case.id"), index=True)
    court_code: Mapped[str] = mapped_column(String(32))
    court_case_number: Mapped[str] = mapped_column(String(64), default="")
    lodged_on: Mapped[dt.date] = mapped_column(Date)
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    suspensive: Mapped[bool] = mapped_column(Boolean, default=False)
    hearings: Mapped[list[Any]] = mapped_column(default=list)
    documents: Mapped[list[Any]] = mapped_column(default=list)
    outcome: Mapped[str | None] = mapped_column(String(16))
    outcome_on: Mapped[dt.date | None] = mapped_column(Date)
    # Last day for an onward appeal against a dismissal (revision 0007); none when final.
    onward_deadline: Mapped[dt.date | None] = mapped_column(Date, index=True)
    # Last day to leave once a suspensive appeal's dismissal is final (revision 0009); none
    # for other appeals and outcomes, whose case keeps the service's departure deadline.
    departure_deadline: Mapped[dt.date | None] = mapped_column(Date)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class Departure(Base):
    __tablename__ = "departure"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("review_case.id"), index=True)
    departed_on: Mapped[dt.date] = mapped_column(Date)
    evidence: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")
    card_returned: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))


# --- settings and the audit log ------------------------------------------------


class Setting(Base):
    """A department setting that overrides the default shipped in resources/."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class AuditEvent(Base):
    """One entry of the append-only, hash-chained audit log."""

    __tablename__ = "audit_event"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime]
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64), index=True)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)
    before: Mapped[dict[str, Any]] = mapped_column(default=dict)
    after: Mapped[dict[str, Any]] = mapped_column(default=dict)
    justification: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
