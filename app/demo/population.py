"""Permit holders: people, their permits and where they live.

People do not depend on the day the demo is made: dates of birth and permits
are drawn against a fixed reference date, so the same seed gives the same
people on any day.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from app.demo.addresses import Address, address
from app.demo.names import Name, Weighted, belarusian_citizen, russian_citizen

# The real population: 58,000 citizens of Belarus and 16,000 of Russia.
CITIZENSHIP_SPLIT = {"BY": 58_000, "RU": 16_000}
REFERENCE_DATE = dt.date(2024, 9, 1)
EARLIEST_PERMIT = dt.date(2006, 1, 1)
FEMALE_SHARE = 0.55
EU_LONG_TERM_SHARE = 0.12
PERMIT_YEARS = 5
LANGUAGES = {
    "BY": Weighted([("ru", 72.0), ("lt", 10.0), ("be", 12.0), ("en", 6.0)]),
    "RU": Weighted([("ru", 84.0), ("lt", 10.0), ("en", 6.0)]),
}


@dataclass(frozen=True, slots=True)
class Holder:
    name: Name
    female: bool
    date_of_birth: dt.date
    citizenship: str
    address: Address
    preferred_language: str
    permit_number: str
    permit_type: str
    issued_on: dt.date
    valid_until: dt.date


def citizenships(rng: random.Random, n: int) -> list[str]:
    """`n` citizenships in the real population's proportion, in random order."""
    total = sum(CITIZENSHIP_SPLIT.values())
    belarus = round(n * CITIZENSHIP_SPLIT["BY"] / total)
    out = ["BY"] * belarus + ["RU"] * (n - belarus)
    rng.shuffle(out)
    return out


def permit_numbers(rng: random.Random, n: int) -> list[str]:
    """Distinct 8-digit numbers; about one in ten starts with 0, so they are text."""
    return [f"{k:08d}" for k in rng.sample(range(100_000_000), n)]


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def holder(rng: random.Random, citizenship: str, permit_number: str) -> Holder:
    female = rng.random() < FEMALE_SHARE
    name = (belarusian_citizen if citizenship == "BY" else russian_citizen)(rng, female)
    age_days = int(rng.triangular(21, 90, 52) * 365.25)
    born = REFERENCE_DATE - dt.timedelta(days=age_days)
    adult = add_years(born, 18)
    first = max(adult, EARLIEST_PERMIT)
    # The card in hand is the latest one: issued within the last five years for most.
    latest = REFERENCE_DATE - dt.timedelta(days=20)
    if rng.random() < 0.9:
        first = max(first, latest - dt.timedelta(days=PERMIT_YEARS * 365))
    issued = first + dt.timedelta(days=rng.randint(0, max((latest - first).days, 0)))
    valid_until = add_years(issued, PERMIT_YEARS) - dt.timedelta(days=1)
    permit_type = "eu_long_term" if rng.random() < EU_LONG_TERM_SHARE else "permanent"
    return Holder(
        name,
        female,
        born,
        citizenship,
        address(rng),
        LANGUAGES[citizenship].draw(rng),
        permit_number,
        permit_type,
        issued,
        valid_until,
    )
