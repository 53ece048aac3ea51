"""Campaigns and their questionnaire versions in the store."""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Campaign, Choice, Question, Questionnaire
from app.imports.problems import ImportRefused, Problem
from app.imports.xlsform import FormChoice, FormDefinition, FormQuestion, Marker

CODE_LENGTH = 16


def campaign_code(name: str, taken: set[str]) -> str:
    """An upper-case code of at most 16 letters and digits, unique among `taken`.

    'Review 2024' -> 'REVIEW2024'; 'Peržiūra 2025 (antra)' -> 'PERZIURA2025ANTR'.
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    base = re.sub(r"[^A-Z0-9]", "", ascii_name.upper())[:CODE_LENGTH] or "CAMPAIGN"
    code, n = base, 1
    while code in taken:
        n += 1
        suffix = str(n)
        code = base[: CODE_LENGTH - len(suffix)] + suffix
    return code


def find_campaign(session: Session, name: str) -> Campaign | None:
    name = name.strip()
    return session.scalar(select(Campaign).where(Campaign.name == name)) or session.scalar(
        select(Campaign).where(Campaign.code == name.upper())
    )


def ensure_campaign(session: Session, name: str) -> tuple[Campaign, bool]:
    """The campaign called `name` (or with that code); created when new. Returns (campaign,
    created)."""
    name = " ".join(name.split())
    if not name:
        raise ImportRefused("A campaign needs a name.", [Problem(None, "campaign", "", "empty")])
    found = find_campaign(session, name)
    if found is not None:
        return found, False
    taken = set(session.scalars(select(Campaign.code)))
    campaign = Campaign(name=name, code=campaign_code(name, taken))
    session.add(campaign)
    session.flush()
    return campaign, True


def current_questionnaire(
    session: Session, campaign: Campaign, version: str | None = None
) -> Questionnaire | None:
    """The campaign's questionnaire of that form version, else its latest one."""
    query = select(Questionnaire).where(Questionnaire.campaign_id == campaign.id)
    if version:
        found = session.scalar(
            query.where(Questionnaire.form_version == version)
            .order_by(Questionnaire.id.desc())
            .limit(1)
        )
        if found is not None:
            return found
    return session.scalar(query.order_by(Questionnaire.id.desc()).limit(1))


def store_form(
    session: Session, campaign: Campaign, form: FormDefinition
) -> tuple[Questionnaire, bool]:
    """Store a parsed questionnaire version for `campaign`. Returns (questionnaire, created).

    The same form id and version again is accepted only with the same content.
    """
    existing = session.scalar(
        select(Questionnaire).where(
            Questionnaire.campaign_id == campaign.id,
            Questionnaire.form_id == form.form_id,
            Questionnaire.form_version == form.version,
        )
    )
    if existing is not None:
        if existing.source_sha256 == form.source_sha256:
            return existing, False
        reason = (
            f"the campaign already has version {form.version!r} of {form.form_id!r} with "
            "different content; give the changed questionnaire a new version in its "
            "settings sheet"
        )
        raise ImportRefused(
            f"Questionnaire refused: {reason}.",
            [Problem(None, "settings: version", form.version, reason)],
        )
    questionnaire = Questionnaire(
        campaign_id=campaign.id,
        form_id=form.form_id,
        form_version=form.version,
        title=form.title,
        default_language=form.default_language,
        languages=list(form.languages),
        link_question=form.link_question,
        markers=[m.as_dict() for m in form.markers],
        settings=dict(form.settings),
        source_sha256=form.source_sha256,
    )
    session.add(questionnaire)
    session.flush()
    session.add_all(
        Question(
            questionnaire_id=questionnaire.id,
            position=i,
            name=q.name,
            path=q.path,
            kind=q.kind,
            list_name=q.list_name,
            required=q.required,
            relevant=q.relevant,
            labels=dict(q.labels),
            hints=dict(q.hints),
        )
        for i, q in enumerate(form.questions, start=1)
    )
    session.add_all(
        Choice(
            questionnaire_id=questionnaire.id,
            list_name=c.list_name,
            position=i,
            name=c.name,
            labels=dict(c.labels),
        )
        for entries in form.choices.values()
        for i, c in enumerate(entries, start=1)
    )
    session.flush()
    return questionnaire, True


def load_form(
    session: Session, questionnaire: Questionnaire
) -> tuple[FormDefinition, dict[str, int]]:
    """The stored questionnaire as a form definition, and the question id of each path."""
    rows = session.scalars(
        select(Question)
        .where(Question.questionnaire_id == questionnaire.id)
        .order_by(Question.position)
    ).all()
    conditional_groups: set[str] = set()
    questions: list[FormQuestion] = []
    for row in rows:
        parents = row.path.split("/")[:-1]
        conditional = bool(row.relevant) or any(
            "/".join(parents[: i + 1]) in conditional_groups for i in range(len(parents))
        )
        if row.kind == "group" and conditional:
            conditional_groups.add(row.path)
        questions.append(
            FormQuestion(
                name=row.name,
                path=row.path,
                kind=row.kind,
                list_name=row.list_name,
                required=row.required,
                relevant=row.relevant,
                labels=dict(row.labels),
                hints=dict(row.hints),
                conditional=conditional,
            )
        )
    choices: dict[str, list[FormChoice]] = {}
    for choice in session.scalars(
        select(Choice).where(Choice.questionnaire_id == questionnaire.id).order_by(Choice.id)
    ):
        choices.setdefault(choice.list_name, []).append(
            FormChoice(choice.list_name, choice.name, dict(choice.labels))
        )
    form = FormDefinition(
        form_id=questionnaire.form_id,
        version=questionnaire.form_version,
        title=questionnaire.title,
        default_language=questionnaire.default_language,
        languages=tuple(questionnaire.languages),
        questions=tuple(questions),
        choices={k: tuple(v) for k, v in choices.items()},
        link_question=questionnaire.link_question,
        markers=tuple(
            Marker(m["question"], tuple(m.get("choices", ()))) for m in questionnaire.markers
        ),
        settings=dict(questionnaire.settings),
        source_sha256=questionnaire.source_sha256,
    )
    return form, {row.path: row.id for row in rows}
