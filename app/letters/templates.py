"""Letter templates: JSON text with `$placeholder` fields, one file per document and language.

The shipped templates live in resources/letters/ (`decision.lt.json`, ...). An
admin may override any of them; the override is kept in the `setting` table
under `template:<document>:<language>`. Every template is checked before a
letter is issued: its shape, the placeholders it uses (each must be known for
that place) and the placeholders the document cannot do without.
"""

from __future__ import annotations

import hashlib
import json
import re
import string
from collections.abc import Iterator
from typing import Any

import resources
from app.domain.errors import ValidationError

DOCUMENTS = ("decision", "appeal_notice")
LANGUAGES = ("lt", "ru", "en")
TRANSLATIONS = ("ru", "en")
DEFAULT_TRANSLATION = "ru"

DATE_FIELDS = frozenset({"yyyy", "mm", "dd", "d", "month_name"})
FOOTER_FIELDS = frozenset({"registration_number", "page", "pages"})
SUPERSEDES_FIELDS = frozenset({"supersedes_number", "supersedes_date"})
COMMON_FIELDS = frozenset(
    {
        "department_name",
        "department_address",
        "department_code",
        "department_phone",
        "department_email",
        "data_protection_contact",
        "place",
        "registration_number",
        "issue_date",
        "case_number",
        "addressee",
        "addressee_name",
        "addressee_name_native",
        "addressee_address",
        "date_of_birth",
        "citizenship",
        "permit_number",
        "permit_issued_on",
        "court_name",
        "court_address",
        "appeal_days",
        "departure_months",
        "signatory_name",
        "signatory_title",
    }
)
BODY_FIELDS = {
    "decision": COMMON_FIELDS | {"legal_bases", "reasons"},
    "appeal_notice": COMMON_FIELDS | {"decision_number", "decision_date"},
}
# What DOMAIN.md says each document must show and only a placeholder can bring.
REQUIRED_FIELDS = {
    "decision": frozenset(
        {
            "permit_number",
            "permit_issued_on",
            "legal_bases",
            "reasons",
            "departure_months",
            "court_name",
            "court_address",
            "appeal_days",
        }
    ),
    "appeal_notice": frozenset(
        {
            "court_name",
            "court_address",
            "appeal_days",
            "decision_number",
            "department_name",
            "data_protection_contact",
        }
    ),
}
LABELS = (
    "registration_number",
    "date",
    "place",
    "addressee",
    "department_code",
    "phone",
    "email",
    "signatory",
    "footer",
    "supersedes_note",
    "translation_heading",
)
LABEL_FIELDS = {"footer": FOOTER_FIELDS, "supersedes_note": SUPERSEDES_FIELDS}
VERSION = re.compile(r"^[A-Za-z0-9._-]{1,24}$")

Template = dict[str, Any]


def translation_language(preferred: str | None) -> str:
    """The language of the translation that follows the Lithuanian text."""
    return preferred if preferred in TRANSLATIONS else DEFAULT_TRANSLATION


def setting_key(document: str, language: str) -> str:
    return f"template:{document}:{language}"


def shipped_source(document: str, language: str) -> str:
    return f"resources/letters/{document}.{language}.json"


def check_name(document: str, language: str) -> None:
    if document not in DOCUMENTS:
        raise ValidationError(
            "document", f"unknown document {document!r} (one of {', '.join(DOCUMENTS)})"
        )
    if language not in LANGUAGES:
        raise ValidationError(
            "language", f"unknown language {language!r} (one of {', '.join(LANGUAGES)})"
        )


def load_shipped(document: str, language: str) -> Template:
    check_name(document, language)
    source = shipped_source(document, language)
    try:
        text = resources.path("letters", f"{document}.{language}.json").read_text("utf-8")
        data = json.loads(text)
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(source, f"cannot be read ({exc})") from None
    except json.JSONDecodeError as exc:
        raise ValidationError(source, f"line {exc.lineno}: not valid JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise ValidationError(source, "must be a JSON object")
    return data


def parse_text(text: str, source: str) -> Template:
    """A template typed or uploaded by an admin, as JSON text."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(source, f"line {exc.lineno}: not valid JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise ValidationError(source, "must be a JSON object")
    return data


# --- checking ---------------------------------------------------------------------


def placeholders(text: str, source: str, where: str) -> list[str]:
    """The placeholder names in `text`; a `$` that starts none is an error."""
    names = []
    for match in string.Template.pattern.finditer(text):
        if match.group("invalid") is not None:
            snippet = text[match.start("invalid") : match.start("invalid") + 12]
            raise ValidationError(
                source,
                f"{where}: '$' not followed by a placeholder name near {snippet!r} "
                "(write $$ for a dollar sign)",
            )
        name = match.group("named") or match.group("braced")
        if name:
            names.append(name)
    return names


def _check_fields(text: object, source: str, where: str, allowed: frozenset[str]) -> set[str]:
    if not isinstance(text, str):
        raise ValidationError(source, f"{where}: must be text")
    used = set()
    for name in placeholders(text, source, where):
        if name not in allowed:
            known = ", ".join(f"${n}" for n in sorted(allowed)) or "none"
            raise ValidationError(
                source, f"{where}: unknown placeholder ${name} (allowed here: {known})"
            )
        used.add(name)
    return used


def _strings(value: object, source: str, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValidationError(source, f"{where}: must be a list of texts")
    return list(value)


def _body_texts(template: Template, source: str) -> Iterator[tuple[str, object]]:
    yield "title", template.get("title")
    sections = template.get("sections")
    if not isinstance(sections, list) or not sections:
        raise ValidationError(source, "sections: must be a non-empty list")
    for i, section in enumerate(sections):
        where = f"sections[{i}]"
        if not isinstance(section, dict):
            raise ValidationError(source, f"{where}: must be an object")
        unknown = set(section) - {"heading", "text", "items", "fill_in"}
        if unknown:
            raise ValidationError(source, f"{where}: unknown key {sorted(unknown)[0]!r}")
        if not {"text", "items", "fill_in"} & set(section):
            raise ValidationError(source, f"{where}: needs 'text', 'items' or 'fill_in'")
        yield f"{where}.heading", section.get("heading", "")
        if "text" in section:
            yield f"{where}.text", section["text"]
        for key in ("items", "fill_in"):
            if key in section:
                for j, item in enumerate(_strings(section[key], source, f"{where}.{key}")):
                    yield f"{where}.{key}[{j}]", item


def validate(template: Template, document: str, language: str, source: str) -> Template:
    """Check a template; raise ValidationError naming the source, the place and the name."""
    check_name(document, language)
    if template.get("document") != document:
        raise ValidationError(source, f"document: must be {document!r}")
    if template.get("language") != language:
        raise ValidationError(source, f"language: must be {language!r}")
    version = template.get("version")
    if not isinstance(version, str) or not VERSION.match(version):
        raise ValidationError(source, "version: 1 to 24 letters, digits, '.', '_' or '-'")
    date_fields = _check_fields(template.get("date_format"), source, "date_format", DATE_FIELDS)
    months = _strings(template.get("month_names", []), source, "month_names")
    if "month_name" in date_fields and len(months) != 12:
        raise ValidationError(
            source, "month_names: the date format uses $month_name, so give the 12 month names"
        )
    countries = template.get("countries", {})
    if not isinstance(countries, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in countries.items()
    ):
        raise ValidationError(source, "countries: must map country codes to names")
    labels = template.get("labels")
    if not isinstance(labels, dict):
        raise ValidationError(source, "labels: must be an object")
    for key in LABELS:
        if key not in labels:
            raise ValidationError(source, f"labels.{key}: is missing")
        _check_fields(labels[key], source, f"labels.{key}", LABEL_FIELDS.get(key, frozenset()))
    used: set[str] = set()
    for where, text in _body_texts(template, source):
        used |= _check_fields(text, source, where, BODY_FIELDS[document])
    missing = REQUIRED_FIELDS[document] - used
    if missing:
        raise ValidationError(
            source, "the text must show " + ", ".join(f"${n}" for n in sorted(missing))
        )
    return template


def template_version(lithuanian: Template, translation: Template) -> str:
    """The version recorded on a letter: the declared versions and a digest of both texts.

    The digest changes with any edit, so two letters with the same recorded
    version were made from the same words.
    """
    body = json.dumps([lithuanian, translation], sort_keys=True, ensure_ascii=False)
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()[:8]
    lt_version, tr_version = str(lithuanian["version"]), str(translation["version"])
    declared = lt_version if lt_version == tr_version else f"{lt_version}/{tr_version}"
    return f"{declared}+{digest}"
