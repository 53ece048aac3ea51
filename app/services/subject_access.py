"""A subject access request: everything held about one person, as JSON and a readable PDF.

The person is found by a permit number or case number of theirs. Restricted
security assessments and restricted information items are withheld (their
existence is stated, their content is not); everything else held about the
person is included, with the letters sent to them as separate PDF files.
The export is audited with counts and file names only.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from sqlalchemy import Select, select

from app.db import crypto
from app.db.models import (
    Answer,
    Appeal,
    AuditEvent,
    Case,
    Decision,
    Departure,
    Dispatch,
    InformationItem,
    InformationRequest,
    Letter,
    Permit,
    Question,
    Resident,
    Response,
    Service,
)
from app.domain.errors import ValidationError
from app.domain.roles import Role
from app.services.cases import find_case
from app.services.context import Actor, UnitOfWork

WITHHELD = "withheld: restricted security information"


def _of_case(model: Any, case_id: int) -> Select[Any]:
    return select(model).where(model.case_id == case_id)


def _iso(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _case_record(uow: UnitOfWork, case: Case) -> dict[str, Any]:
    session = uow.session
    answers = []
    for response in session.scalars(_of_case(Response, case.id).order_by(Response.id)):
        rows = session.execute(
            select(Question.path, Question.labels, Answer.value)
            .join(Answer, Answer.question_id == Question.id)
            .where(Answer.response_id == response.id)
            .order_by(Question.position)
        )
        answers.append(
            {
                "submitted_at": _iso(response.submitted_at),
                "current": response.current,
                "answers": [
                    {"question": path, "label": labels, "answer": value}
                    for path, labels, value in rows
                ],
            }
        )
    decisions = [
        {
            "outcome": d.outcome,
            "status": d.status,
            "legal_bases": list(d.legal_bases),
            "reasons": d.reasons,
            "assessment": WITHHELD if d.assessment else "",
            "proposed_at": _iso(d.proposed_at),
        }
        for d in session.scalars(_of_case(Decision, case.id).order_by(Decision.id))
    ]
    items = [
        {
            "source": i.source,
            "received_on": _iso(i.received_on),
            "classification": i.classification,
            "title": i.title if i.classification == "public" else WITHHELD,
            "content": i.content if i.classification == "public" else WITHHELD,
        }
        for i in session.scalars(_of_case(InformationItem, case.id).order_by(InformationItem.id))
    ]
    requests = [
        {
            "authority": r.authority,
            "question": r.question,
            "requested_on": _iso(r.requested_on),
            "due_on": _iso(r.due_on),
            "answer": r.answer,
            "answered_on": _iso(r.answered_on),
        }
        for r in session.scalars(
            _of_case(InformationRequest, case.id).order_by(InformationRequest.id)
        )
    ]
    letters = []
    for letter in session.scalars(_of_case(Letter, case.id).order_by(Letter.id)):
        dispatches = session.scalars(select(Dispatch).where(Dispatch.letter_id == letter.id))
        letters.append(
            {
                "registration_number": letter.registration_number,
                "kind": letter.kind,
                "language": letter.language,
                "issued_on": _iso(letter.issued_on),
                "pages": letter.pages,
                "dispatched": [
                    {"on": _iso(d.dispatched_on), "tracking_number": d.tracking_number}
                    for d in dispatches
                ],
            }
        )
    services = [
        {
            "served_on": _iso(s.served_on),
            "method": s.method,
            "appeal_deadline": _iso(s.appeal_deadline),
            "departure_deadline": _iso(s.departure_deadline),
        }
        for s in session.scalars(_of_case(Service, case.id).order_by(Service.id))
    ]
    appeals = [
        {
            "court": a.court_code,
            "court_case_number": a.court_case_number,
            "lodged_on": _iso(a.lodged_on),
            "outcome": a.outcome,
            "outcome_on": _iso(a.outcome_on),
        }
        for a in session.scalars(_of_case(Appeal, case.id).order_by(Appeal.id))
    ]
    departures = [
        {"departed_on": _iso(d.departed_on), "evidence": d.evidence, "note": d.note}
        for d in session.scalars(_of_case(Departure, case.id).order_by(Departure.id))
    ]
    history = [
        {"at": _iso(e.at), "action": e.action}
        for e in session.scalars(
            select(AuditEvent).where(AuditEvent.case_id == case.id).order_by(AuditEvent.seq)
        )
    ]
    return {
        "case_number": case.case_number,
        "campaign": case.campaign.name,
        "state": case.state,
        "opened_at": _iso(case.created_at),
        "state_changed_at": _iso(case.state_changed_at),
        "questionnaire_responses": answers,
        "decisions": decisions,
        "information_items": items,
        "information_requests": requests,
        "letters": letters,
        "service": services,
        "appeals": appeals,
        "departures": departures,
        "processing_history": history,
    }


def gather(uow: UnitOfWork, resident: Resident) -> dict[str, Any]:
    permits = list(
        uow.session.scalars(
            select(Permit).where(Permit.resident_id == resident.id).order_by(Permit.id)
        )
    )
    cases = list(
        uow.session.scalars(select(Case).where(Case.resident_id == resident.id).order_by(Case.id))
    )
    return {
        "prepared_on": uow.clock.today().isoformat(),
        "person": {
            "surname": resident.surname,
            "given_names": resident.given_names,
            "surname_native": resident.surname_native,
            "given_names_native": resident.given_names_native,
            "date_of_birth": _iso(resident.date_of_birth),
            "citizenship": resident.citizenship,
            "preferred_language": resident.preferred_language,
            "address": {
                "line1": resident.address_line1,
                "line2": resident.address_line2,
                "postal_code": resident.postal_code,
                "city": resident.city,
            },
        },
        "permits": [
            {
                "permit_number": p.permit_number,
                "type": p.permit_type,
                "issued_on": _iso(p.issued_on),
                "valid_until": _iso(p.valid_until),
                "status": p.status,
            }
            for p in permits
        ],
        "cases": [_case_record(uow, c) for c in cases],
        "withheld": (
            "Restricted security assessments and restricted information items are not "
            "included; where they exist, the export says so."
        ),
    }


@dataclass(frozen=True)
class SubjectExport:
    folder: Path
    files: list[Path]
    cases: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "folder": str(self.folder),
            "files": [str(f) for f in self.files],
            "cases": self.cases,
        }


def export(uow: UnitOfWork, actor: Actor, ref: str, out: Path) -> SubjectExport:
    """Write `subject-<ref>.json`, `subject-<ref>.pdf` and the letters into the folder `out`."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise ValidationError("--out", f"{out} is a file; name a folder")
    with uow:
        uow.require(actor, Role.ADMIN)
        case = find_case(uow, ref)
        resident = uow.session.get(Resident, case.resident_id)
        assert resident is not None
        data = gather(uow, resident)
        label = case.case_number.replace("/", "-")
        out.mkdir(parents=True, exist_ok=True)
        written = []
        json_path = out / f"subject-{label}.json"
        crypto.atomic_write(
            json_path, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
        )
        written.append(json_path)
        pdf_path = out / f"subject-{label}.pdf"
        crypto.atomic_write(pdf_path, render_pdf(data))
        written.append(pdf_path)
        case_ids = [
            c for c in uow.session.scalars(select(Case.id).where(Case.resident_id == resident.id))
        ]
        for letter in uow.session.scalars(
            select(Letter).where(Letter.case_id.in_(case_ids)).order_by(Letter.id)
        ):
            if letter.pdf:
                name = f"letter-{letter.registration_number}.pdf".replace("/", "-")
                crypto.atomic_write(out / name, letter.pdf)
                written.append(out / name)
        for case_id in case_ids:
            uow.audit(
                actor,
                "subject_access_export",
                "resident",
                resident.id,
                case_id=case_id,
                after={"files": [p.name for p in written], "cases": len(case_ids)},
            )
        uow.commit()
        return SubjectExport(out, written, len(case_ids))


# --- the readable PDF ------------------------------------------------------------------


_LABELS = {
    "surname": "Surname",
    "given_names": "Given names",
    "surname_native": "Surname (original script)",
    "given_names_native": "Given names (original script)",
    "date_of_birth": "Date of birth",
    "citizenship": "Citizenship",
    "preferred_language": "Preferred language",
}


def _text(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_text(v)}" for k, v in value.items() if v not in (None, ""))
    if isinstance(value, list):
        return "; ".join(_text(v) for v in value) or "—"
    return str(value)


def render_pdf(data: dict[str, Any]) -> bytes:
    """The export as an A4 document a person can read: their details, then case by case."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    try:
        from app.letters import fonts

        regular = fonts.register()
        bold = fonts.BOLD
    except (ImportError, OSError):
        regular, bold = "Helvetica", "Helvetica-Bold"
    body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12)
    heading = ParagraphStyle(
        "h", fontName=bold, fontSize=13, leading=16, spaceBefore=8, spaceAfter=4
    )
    sub = ParagraphStyle(
        "h2", fontName=bold, fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=2
    )

    def para(text: Any, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(_text(text)).replace("\n", "<br/>"), style)

    def table(rows: list[tuple[str, Any]]) -> Table:
        grid = Table([[para(k), para(v)] for k, v in rows], colWidths=[55 * mm, 110 * mm])
        grid.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, "#bbbbbb"),
                ]
            )
        )
        return grid

    person = data["person"]
    address = ", ".join(v for v in person["address"].values() if v)
    story: list[Any] = [
        para("Personal data held by the Migration Department", heading),
        para(f"Prepared on {data['prepared_on']} in answer to an access request."),
        para(data["withheld"]),
        para("The person", sub),
        table([(_LABELS[k], person[k]) for k in _LABELS] + [("Address", address)]),
        para("Permits", sub),
    ]
    for permit in data["permits"]:
        story.append(table([(k.replace("_", " ").capitalize(), v) for k, v in permit.items()]))
    for case in data["cases"]:
        story += [Spacer(1, 4 * mm), para(f"Case {case['case_number']}", heading)]
        story.append(
            table(
                [
                    ("Campaign", case["campaign"]),
                    ("State", case["state"].replace("_", " ")),
                    ("Opened", case["opened_at"]),
                    ("Last change", case["state_changed_at"]),
                ]
            )
        )
        for response in case["questionnaire_responses"]:
            story.append(
                para(f"Questionnaire answers (submitted {_text(response['submitted_at'])})", sub)
            )
            story.append(table([(a["question"], a["answer"]) for a in response["answers"]]))
        for title, key in (
            ("Decisions", "decisions"),
            ("Information", "information_items"),
            ("Requests to other authorities", "information_requests"),
            ("Letters", "letters"),
            ("Service", "service"),
            ("Appeals", "appeals"),
            ("Departure", "departures"),
        ):
            for entry in case[key]:
                story.append(para(title, sub))
                story.append(
                    table([(k.replace("_", " ").capitalize(), v) for k, v in entry.items()])
                )
        if case["processing_history"]:
            story.append(para("Processing history", sub))
            story.append(
                table(
                    [
                        (e["at"][:19].replace("T", " "), e["action"].replace("_", " "))
                        for e in case["processing_history"]
                    ]
                )
            )
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title="Access request",
        author="permit-review",
        leftMargin=20 * mm,
        rightMargin=20 * mm,
    )
    doc.build(story)
    return buffer.getvalue()
