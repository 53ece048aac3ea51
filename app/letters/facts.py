"""What a letter says, as plain values: built from the store by the services, rendered here.

A LetterFacts holds every word that reaches the paper and nothing else, so
that restricted information cannot reach a letter by accident, and so that
two facts that compare equal render to the same bytes. It pickles, which
lets worker processes render it.
"""

from __future__ import annotations

import datetime as dt
import string
from dataclasses import dataclass

from app.letters.templates import Template


@dataclass(frozen=True, slots=True)
class Localized:
    """A text in Lithuanian and in the translation's language."""

    lt: str
    translation: str

    def pick(self, lithuanian: bool) -> str:
        return self.lt if lithuanian else self.translation


@dataclass(frozen=True, slots=True)
class Addressee:
    surname: str
    given_names: str
    surname_native: str = ""
    given_names_native: str = ""
    address_line1: str = ""
    address_line2: str = ""
    postal_code: str = ""
    city: str = ""

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.given_names, self.surname) if p)

    @property
    def native_name(self) -> str:
        return " ".join(p for p in (self.given_names_native, self.surname_native) if p)

    @property
    def full_name(self) -> str:
        """The name in Latin letters, with the native spelling in brackets when there is one."""
        native = self.native_name
        return f"{self.name} ({native})" if native and native != self.name else self.name

    @property
    def address_lines(self) -> list[str]:
        town = " ".join(p for p in (self.postal_code, self.city) if p)
        return [line for line in (self.address_line1, self.address_line2, town) if line]


@dataclass(frozen=True, slots=True)
class LetterFacts:
    kind: str
    translation: str
    registration_number: str
    issued_on: dt.date
    case_number: str
    addressee: Addressee
    date_of_birth: dt.date | None
    citizenship: str
    permit_number: str
    permit_issued_on: dt.date | None
    legal_bases: tuple[Localized, ...]
    reasons: str
    court_name: Localized
    court_address: str
    appeal_days: int
    departure_months: int
    signatory_name: str
    signatory_title: Localized
    department_name: Localized
    department_address: str
    department_code: str
    department_phone: str
    department_email: str
    data_protection_contact: str
    place: str
    templates: tuple[Template, Template]
    template_version: str
    decision_number: str = ""
    decision_date: dt.date | None = None
    supersedes_number: str = ""
    supersedes_date: dt.date | None = None

    def template(self, lithuanian: bool) -> Template:
        return self.templates[0 if lithuanian else 1]


def format_date(day: dt.date | None, template: Template) -> str:
    if day is None:
        return "—"
    months = template.get("month_names") or []
    fields = {
        "yyyy": f"{day.year:04d}",
        "mm": f"{day.month:02d}",
        "dd": f"{day.day:02d}",
        "d": str(day.day),
        "month_name": months[day.month - 1] if len(months) == 12 else "",
    }
    return string.Template(template["date_format"]).substitute(fields)


def values(facts: LetterFacts, lithuanian: bool) -> dict[str, str]:
    """The placeholder values for the Lithuanian part or for the translation."""
    template = facts.template(lithuanian)
    countries: dict[str, str] = template.get("countries", {})
    person = facts.addressee
    return {
        "department_name": facts.department_name.pick(lithuanian),
        "department_address": facts.department_address,
        "department_code": facts.department_code,
        "department_phone": facts.department_phone,
        "department_email": facts.department_email,
        "data_protection_contact": facts.data_protection_contact,
        "place": facts.place,
        "registration_number": facts.registration_number,
        "issue_date": format_date(facts.issued_on, template),
        "case_number": facts.case_number,
        "addressee": person.full_name,
        "addressee_name": person.name,
        "addressee_name_native": person.native_name,
        "addressee_address": ", ".join(person.address_lines),
        "date_of_birth": format_date(facts.date_of_birth, template),
        "citizenship": countries.get(facts.citizenship, facts.citizenship),
        "permit_number": facts.permit_number,
        "permit_issued_on": format_date(facts.permit_issued_on, template),
        "court_name": facts.court_name.pick(lithuanian),
        "court_address": facts.court_address,
        "appeal_days": str(facts.appeal_days),
        "departure_months": str(facts.departure_months),
        "signatory_name": facts.signatory_name,
        "signatory_title": facts.signatory_title.pick(lithuanian),
        "legal_bases": "\n".join(f"– {b.pick(lithuanian)}" for b in facts.legal_bases),
        "reasons": facts.reasons,
        "decision_number": facts.decision_number,
        "decision_date": format_date(facts.decision_date, template),
        "supersedes_number": facts.supersedes_number,
        "supersedes_date": format_date(facts.supersedes_date, template),
    }
