"""The department's rules that letters follow, read from the settings: which templates
are in force, how registration numbers look, which court hears an appeal, and which
days are not working days."""

from __future__ import annotations

import string

from app.domain import deadlines as dl
from app.domain.errors import ValidationError
from app.domain.text import fold
from app.letters import templates as tpl
from app.settings import Court, Settings

NUMBER_FIELDS = frozenset({"year", "seq"})


class TemplateBook:
    """The templates in force in one unit of work: admin overrides, else the shipped ones."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._checked: dict[tuple[str, str], tpl.Template] = {}

    def source(self, document: str, language: str) -> str:
        key = tpl.setting_key(document, language)
        if key in self.settings.data:
            return f"setting {key}"
        return tpl.shipped_source(document, language)

    def get(self, document: str, language: str) -> tpl.Template:
        found = self._checked.get((document, language))
        if found is None:
            override = self.settings.data.get(tpl.setting_key(document, language))
            raw = override if isinstance(override, dict) else tpl.load_shipped(document, language)
            found = tpl.validate(raw, document, language, self.source(document, language))
            self._checked[(document, language)] = found
        return found

    def check_all(self) -> None:
        """Raise on the first bad template, before any letter is issued."""
        for document in tpl.DOCUMENTS:
            for language in tpl.LANGUAGES:
                self.get(document, language)


def registration_number(fmt: str, year: int, seq: int) -> str:
    """A registration number in the configured format, e.g. "{year}-RS-{seq:05d}"."""
    try:
        fields = {name for _, name, _, _ in string.Formatter().parse(fmt) if name is not None}
    except ValueError as exc:
        raise ValidationError("registration_number_format", f"{fmt!r}: {exc}") from None
    if "seq" not in fields or not fields <= NUMBER_FIELDS:
        raise ValidationError(
            "registration_number_format",
            f"{fmt!r} must use {{seq}} and may use {{year}}, nothing else",
        )
    try:
        number = fmt.format(year=year, seq=seq)
    except (ValueError, KeyError, IndexError) as exc:
        raise ValidationError("registration_number_format", f"{fmt!r}: {exc}") from None
    if not 0 < len(number) <= 64:
        raise ValidationError("registration_number_format", "gives numbers over 64 characters")
    return number


def choose_court(settings: Settings, city: str) -> Court:
    """The first-instance chamber for the addressee's place of residence.

    An explicit `court_by_city` setting wins; else the chamber whose address is
    in the addressee's town; else the first first-instance court listed.
    """
    first = [c for c in settings.courts if c.level == "first"]
    if not first:
        raise ValidationError("courts", "no first-instance court is configured")
    town = fold(city.strip())
    mapping = {fold(k): v for k, v in dict(settings.data.get("court_by_city", {})).items()}
    if town in mapping:
        chosen = next((c for c in first if c.code == mapping[town]), None)
        if chosen is None:
            raise ValidationError(
                "court_by_city", f"{city!r} names an unknown court {mapping[town]!r}"
            )
        return chosen
    for court in first:
        if town and fold(court.address.rsplit(" ", 1)[-1]) == town:
            return court
    return first[0]


def working_calendar(settings: Settings) -> dl.WorkingCalendar:
    extra = dl.parse_extra_days(settings.data.get("extra_non_working_days", []))
    return dl.WorkingCalendar(extra)
