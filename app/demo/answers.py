"""Answers to the campaign's questionnaire, consistent with who is answering.

Works for any stored form: each question gets a value of its type (choices
from its list, dates, numbers, text), `relevant` conditions are followed, and
`select_multiple` lists keep an exclusive choice such as `no_trips` alone. The
example questionnaire's questions get plausible weights; a few people, and
most of those whose permits are revoked, give the answers its markers point at.
"""

from __future__ import annotations

import datetime as dt
import random
from bisect import bisect
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from app.demo.names import Weighted
from app.demo.population import add_years
from app.demo.relevance import Test, compile_relevant
from app.imports.xlsform import GROUP, METADATA, SELECT_MULTIPLE, SELECT_ONE, FormDefinition

LOCAL_TZ = ZoneInfo("Europe/Vilnius")
MARKER_BOOST = 12.0
# Share of people who give their name in Latin letters rather than in Cyrillic.
LATIN_SHARE = 0.7

# Relative weights of choices, by question name (first) or list name.
CHOICE_WEIGHTS: dict[str, dict[str, float]] = {
    "dwelling_kinds": {
        "own_flat": 45,
        "rented_flat": 30,
        "own_house": 12,
        "with_relatives": 8,
        "rented_room": 4,
        "dormitory": 1,
        "other_home": 4,
    },
    "work_kinds": {
        "employed": 55,
        "full_time": 45,
        "part_time": 10,
        "own_business": 8,
        "job_seeking": 6,
        "pensioner": 22,
        "studying": 3,
        "caring": 6,
    },
    "lt_levels": {"none": 10, "basic": 35, "good": 40, "native": 15},
    "trip_places": {
        "no_trips": 60,
        "eu": 55,
        "latvia": 25,
        "poland": 25,
        "other_eu": 30,
        "belarus": 35,
        "russia": 12,
        "occupied_ua": 0.5,
        "elsewhere": 12,
    },
    "trip_purposes": {
        "family": 60,
        "property": 15,
        "medical": 15,
        "work": 8,
        "official": 1,
        "other_purpose": 10,
    },
    "war_views": {"condemn": 50, "neutral": 22, "justified": 4, "support": 2, "refuse": 22},
    "crimea_views": {"ukraine": 45, "russia": 8, "no_opinion": 27, "refuse": 20},
    "agree_scale": {"agree": 35, "partly": 25, "disagree": 15, "no_opinion": 25},
    "news_sources": {
        "lt_media": 50,
        "eu_media": 30,
        "ru_independent": 30,
        "ru_state_media": 12,
        "social": 55,
    },
    "home_langs": {
        "russian": 80,
        "lithuanian": 30,
        "belarusian": 12,
        "ukrainian": 4,
        "polish": 6,
        "english": 8,
        "other_lang": 2,
    },
    "family_in_lt": {"yes": 75, "no": 25},
    "long_stay": {"yes": 5, "no": 95},
    "relatives_in_service": {"yes": 3, "no": 97},
    "property_ru_by": {"yes": 12, "no": 88},
    "declaration": {"yes": 99, "no": 1},
    "state_contacts": {"no": 88, "yes": 3, "refuse": 9},
    "military_service": {"no": 86, "yes": 4, "refuse": 10},
    "helped_ukraine": {"yes": 30, "no": 50, "refuse": 20},
}
EXCLUSIVE_CHOICES = frozenset({"no_trips", "none", "no", "never", "nothing", "refuse"})

REMARKS = [
    "Gyvenu Lietuvoje nuo vaikystės, čia mano šeima ir darbas.",
    "Живу в Литве более двадцати лет, здесь работают мои дети.",
    "Prašau susisiekti el. paštu, telefonu dažnai nepasiekiamas.",
    "Не понимаю, зачем нужны вопросы о политике.",
    "Anketą pildžiau su dukros pagalba.",
    "Ездил в Беларусь только на похороны матери.",
    "Leidimo kortelę pakeitėme 2021 m., numeris pasikeitė.",
    "Я давно осуждаю войну, у меня родственники в Украине.",
]
EMPLOYERS = [
    "UAB „Vilniaus statyba“",
    "AB „Klaipėdos nafta“",
    "UAB „Baltijos logistika“",
    "Ignalinos AE",
    "UAB „Maxima LT“",
    "Vilniaus universiteto ligoninė",
    "UAB „Transporto sprendimai“",
    "individuali veikla",
]
CONTACT_DETAILS = [
    "Kartą per metus lankausi Baltarusijos konsulate dėl dokumentų.",
    "Бывший коллега работает в посольстве.",
    "Dalyvavau Rusijos ambasados renginyje 2022 m.",
]
ORGANISATIONS = [
    "Rusų kultūros bendrija",
    "Baltarusių bendruomenė „Siabry“",
    "Sporto klubas „Žalgiris“",
    "Профсоюз работников энергетики",
]
VIEW_COMMENTS = [
    "Karas yra nusikaltimas.",
    "Не хочу отвечать на политические вопросы.",
    "Я против войны.",
    "Politika manęs nedomina.",
]


@dataclass(frozen=True, slots=True)
class Person:
    """What a person's answers depend on."""

    permit_number: str
    surname: str
    given_names: str
    surname_native: str
    given_names_native: str
    date_of_birth: dt.date
    citizenship: str
    permit_issued: dt.date
    flagged: bool


def _years(a: dt.date, b: dt.date) -> int:
    return b.year - a.year - ((b.month, b.day) < (a.month, a.day))


def _date_between(rng: random.Random, lo: dt.date, hi: dt.date) -> dt.date:
    if hi <= lo:
        return lo
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))


def _local_stamp(moment: dt.datetime) -> str:
    """A device timestamp as KoboToolbox and ODK Central export it."""
    local = moment.astimezone(LOCAL_TZ)
    return local.isoformat(timespec="milliseconds")


Profile = tuple[str, int, bool]
_AGE_BANDS = (25, 36, 55, 63)
_HOUSEHOLD = Weighted(list(zip(range(1, 8), (22.0, 32, 20, 16, 6, 3, 1), strict=True)))
_COUNT = Weighted(list(zip(range(1, 13), (30.0, 22, 14, 9, 7, 5, 4, 3, 2, 2, 1, 1), strict=True)))


@dataclass(frozen=True, slots=True)
class _Draw:
    """A choice question's draw for one kind of person."""

    draw: Weighted[str]
    extra: tuple[tuple[str, float], ...]
    order: tuple[str, ...]


@dataclass(slots=True)
class _Filling:
    """One person filling the form in."""

    rng: random.Random
    person: Person
    profile: Profile
    submitted: dt.datetime
    today: dt.date
    # Whether the person writes their name as on the permit or in Cyrillic.
    latin_names: bool


ValueMaker = Callable[[_Filling], str]


@dataclass(frozen=True, slots=True)
class _Step:
    """One question as the filler meets it, with how its value is made."""

    question_id: int
    path: str
    name: str
    conditional: bool
    shown: Test | None
    make: ValueMaker
    # A group with a condition: when it is not shown, nothing inside it is asked.
    gate: bool = False


class AnswerMaker:
    """Fills the stored questionnaire for one person after another."""

    def __init__(self, form: FormDefinition, question_ids: dict[str, int]) -> None:
        self.markers = {m.question: set(m.choices) for m in form.markers}
        self.link = form.link_question
        self._weights: dict[str, dict[str, float]] = {}
        shaper = random.Random(f"{form.form_id}:{form.version}")
        for q in form.questions:
            if q.kind in (SELECT_ONE, SELECT_MULTIPLE) and q.list_name:
                names = form.choice_names(q.list_name)
                table = CHOICE_WEIGHTS.get(q.name) or CHOICE_WEIGHTS.get(q.list_name)
                self._weights[q.path] = {
                    n: (table.get(n, 1.0) if table else shaper.uniform(0.3, 3.0)) for n in names
                }
        self._draws: dict[tuple[str, Profile], _Draw] = {}
        self.steps = [
            _Step(
                question_ids.get(q.path, 0),
                q.path,
                q.name,
                bool(q.relevant.strip()),
                compile_relevant(q.relevant),
                self._maker(q.path, q.name, q.kind, q.required),
                gate=q.kind == GROUP,
            )
            for q in form.questions
            if (q.answered and q.path in question_ids) or (q.kind == GROUP and q.relevant.strip())
        ]

    def relied_paths(self) -> list[str]:
        """Questions a decision may cite: those with markers, else any choice question."""
        marked = [p for p in self.markers if any(s.path == p and not s.gate for s in self.steps)]
        return marked or list(self._weights)[:3]

    def answers(
        self, rng: random.Random, person: Person, submitted: dt.datetime
    ) -> list[tuple[int, str]]:
        """(question id, stored value) for every question answered."""
        values: dict[str, str] = {}
        out: list[tuple[int, str]] = []
        skipped: tuple[str, ...] = ()
        today = submitted.astimezone(LOCAL_TZ).date()
        age_band = bisect(_AGE_BANDS, _years(person.date_of_birth, today))
        profile = (person.citizenship, age_band, person.flagged)
        filling = _Filling(rng, person, profile, submitted, today, rng.random() < LATIN_SHARE)
        for step in self.steps:
            if skipped and step.path.startswith(skipped):
                continue
            if step.conditional and not _decide(rng, step.shown, values):
                if step.gate:
                    skipped += (step.path + "/",)
                continue
            if step.gate:
                continue
            value = step.make(filling)
            if value:
                values[step.name] = value
                out.append((step.question_id, value))
        return out

    # --- how each question's value is made ------------------------------------------

    def _maker(self, path: str, name: str, kind: str, required: bool) -> ValueMaker:
        if path == self.link or name == self.link:
            return lambda f: f.person.permit_number
        if kind in (SELECT_ONE, SELECT_MULTIPLE):
            if not self._weights.get(path):
                return lambda f: ""
            multiple = kind == SELECT_MULTIPLE
            if name == "citizenship":
                own = {"by", "ru"} & set(self._weights[path])
                return lambda f: (
                    f.person.citizenship.lower()
                    if f.person.citizenship.lower() in own
                    else self._choose(f.rng, path, multiple, f.profile)
                )
            return lambda f: self._choose(f.rng, path, multiple, f.profile)
        if kind in METADATA:
            return lambda f: self._metadata(f.rng, kind, f.submitted)
        if kind == "date":
            return lambda f: self._date(f.rng, name, f.person, f.today).isoformat()
        if kind in ("integer", "decimal"):
            return lambda f: str(self._number(f.rng, name, f.person, f.today))
        if kind == "text":
            return lambda f: self._text(f, name, required)
        return lambda f: ""

    def _draw_table(self, path: str, profile: Profile) -> _Draw:
        key = (path, profile)
        found = self._draws.get(key)
        if found is not None:
            return found
        citizenship, age_band, flagged = profile
        weights = dict(self._weights[path])
        if "pensioner" in weights:
            weights["pensioner"] *= (0.0, 0.0, 0.0, 1.0, 5.0)[age_band]
        if "studying" in weights:
            weights["studying"] *= (3.0, 1.0, 0.0, 0.0, 0.0)[age_band]
        if "belarus" in weights and citizenship == "BY":
            weights["belarus"] *= 2.0
        if "russia" in weights and citizenship == "RU":
            weights["russia"] *= 3.0
        if "belarusian" in weights and citizenship != "BY":
            weights["belarusian"] *= 0.1
        if flagged and path in self.markers:
            for choice in self.markers[path] or weights:
                if choice in weights:
                    weights[choice] = (weights[choice] + 1.0) * MARKER_BOOST
        names = [n for n, w in weights.items() if w > 0] or list(weights)
        draw = Weighted([(n, max(weights[n], 0.01)) for n in names])
        # The chance that each other choice joins a select_multiple answer.
        extra = tuple(
            (n, min(0.9, weights[n] / draw.total * 1.5))
            for n in names
            if n not in EXCLUSIVE_CHOICES
        )
        found = _Draw(draw, extra, tuple(self._weights[path]))
        self._draws[key] = found
        return found

    def _choose(self, rng: random.Random, path: str, multiple: bool, profile: Profile) -> str:
        table = self._draws.get((path, profile)) or self._draw_table(path, profile)
        first = table.draw.draw(rng)
        if not multiple or first in EXCLUSIVE_CHOICES:
            return first
        chosen = {first}
        for n, chance in table.extra:
            if rng.random() < chance:
                chosen.add(n)
        # Stored as the exports give it: choice names in form order, space-separated.
        return " ".join(n for n in table.order if n in chosen)

    def _metadata(self, rng: random.Random, kind: str, submitted: dt.datetime) -> str:
        if kind == "end":
            return _local_stamp(submitted - dt.timedelta(seconds=rng.randint(2, 90)))
        if kind == "start":
            return _local_stamp(submitted - dt.timedelta(seconds=rng.randint(300, 2400)))
        if kind == "today":
            return submitted.astimezone(LOCAL_TZ).date().isoformat()
        return ""

    def _date(self, rng: random.Random, name: str, person: Person, today: dt.date) -> dt.date:
        if "birth" in name:
            return person.date_of_birth
        if name in ("signed_on", "today", "date_signed"):
            return today
        if "since" in name:
            adult = add_years(person.date_of_birth, 18)
            lo = max(adult, person.permit_issued - dt.timedelta(days=365 * 8))
            return _date_between(rng, lo, today - dt.timedelta(days=30))
        return _date_between(rng, today - dt.timedelta(days=365), today - dt.timedelta(days=3))

    def _number(self, rng: random.Random, name: str, person: Person, today: dt.date) -> int:
        if name.startswith("years"):
            held = max(1, _years(person.permit_issued, today))
            return min(held + rng.randint(0, 15), max(1, _years(person.date_of_birth, today)))
        if "household" in name:
            return _HOUSEHOLD.draw(rng)
        return _COUNT.draw(rng)

    def _text(self, f: _Filling, name: str, required: bool) -> str:
        rng, person = f.rng, f.person
        if name == "surname":
            return person.surname if f.latin_names else person.surname_native
        if name in ("given_names", "given_name", "first_name"):
            return person.given_names if f.latin_names else person.given_names_native
        if "name" in name and required:
            return f"{person.given_names} {person.surname}".upper()
        if name == "phone":
            return (
                f"+370 6{rng.randint(0, 99):02d} {rng.randint(0, 99999):05d}"
                if rng.random() < 0.7
                else ""
            )
        if name == "email":
            return (
                f"{person.given_names}.{person.surname}{rng.randint(1, 99)}@gmail.com".lower()
                if rng.random() < 0.4
                else ""
            )
        if name == "employer":
            return rng.choice(EMPLOYERS) if rng.random() < 0.8 else ""
        if name.endswith("_detail"):
            return rng.choice(CONTACT_DETAILS)
        pools = {
            "organisations": (ORGANISATIONS, 0.06),
            "views_comment": (VIEW_COMMENTS, 0.1),
            "remarks": (REMARKS, 0.08),
        }
        pool, share = pools.get(name, (REMARKS, 0.05))
        if required or rng.random() < share:
            return rng.choice(pool)
        return ""


def _decide(rng: random.Random, shown: Test | None, values: dict[str, str]) -> bool:
    """Whether a question or group is shown; a coin decides where the condition is unknown."""
    if shown is None:
        return rng.random() < 0.5
    return shown(values)
