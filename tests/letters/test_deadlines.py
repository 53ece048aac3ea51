"""The deadline rules of DOMAIN.md on hard dates: month ends, 29 February, weekends, holidays."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain import deadlines as dl
from app.domain.errors import ValidationError

D = dt.date.fromisoformat
LT = dl.WorkingCalendar()

# (served on, last day to appeal, why)
APPEAL_14_DAYS = [
    ("2026-01-31", "2026-02-17", "day 14 is Sat 02-14; Mon 02-16 is Restoration of the State"),
    ("2026-03-04", "2026-03-18", "day 14 is a Wednesday"),
    ("2026-03-23", "2026-04-07", "day 14 is Easter Monday 2026-04-06"),
    ("2026-12-11", "2026-12-28", "day 14 is Christmas; then Sat, Sun"),
    ("2025-12-10", "2025-12-29", "Christmas Eve, Christmas, 2nd day, then a weekend"),
    ("2024-02-15", "2024-02-29", "day 14 is 29 February, a Thursday"),
    ("2026-02-02", "2026-02-17", "day 14 is Mon 02-16, a public holiday"),
    ("2026-10-19", "2026-11-03", "day 14 is All Souls' Day, Mon 11-02"),
    ("2026-02-20", "2026-03-06", "day 14 is a Friday"),
    ("2024-12-18", "2025-01-02", "across the year end: New Year's Day, Wed 01-01"),
]

# (served on, departure deadline, why)
DEPARTURE_ONE_MONTH = [
    ("2026-01-31", "2026-03-02", "no 31 February: Sat 02-28, then Sunday"),
    ("2024-01-31", "2024-02-29", "leap year: 29 February, a Thursday"),
    ("2024-02-29", "2024-03-29", "from 29 February: Good Friday is a working day in Lithuania"),
    ("2025-01-31", "2025-02-28", "no 31 February: Fri 02-28"),
    ("2026-03-31", "2026-04-30", "no 31 April"),
    ("2026-03-06", "2026-04-07", "Easter Monday 2026-04-06"),
    ("2026-11-24", "2026-12-28", "Christmas Eve, Christmas, 2nd day, then a weekend"),
    ("2026-05-31", "2026-06-30", "no 31 June"),
    ("2026-01-16", "2026-02-17", "Mon 02-16 is a public holiday"),
    ("2025-12-01", "2026-01-02", "New Year's Day"),
    ("2026-08-31", "2026-09-30", "no 31 September"),
    ("2026-12-31", "2027-02-01", "next year: 31 January 2027 is a Sunday"),
    ("2026-06-06", "2026-07-07", "Statehood Day, Mon 07-06"),
]


@pytest.mark.parametrize(("served", "expected", "why"), APPEAL_14_DAYS)
def test_appeal_deadline(served: str, expected: str, why: str) -> None:
    assert dl.appeal_deadline(D(served), 14, LT) == D(expected), why


@pytest.mark.parametrize(("served", "expected", "why"), DEPARTURE_ONE_MONTH)
def test_departure_deadline(served: str, expected: str, why: str) -> None:
    assert dl.departure_deadline(D(served), 1, LT) == D(expected), why


def test_the_worked_example_of_domain_md() -> None:
    due = dl.deadlines_after_service(
        D("2026-01-31"), appeal_days=14, departure_months=1, calendar=LT
    )
    assert (due.appeal, due.departure) == (D("2026-02-17"), D("2026-03-02"))


def test_periods_are_parameters() -> None:
    assert dl.appeal_deadline(D("2026-01-31"), 30, LT) == D("2026-03-02")
    assert dl.departure_deadline(D("2026-01-31"), 2, LT) == D("2026-03-31")
    assert dl.end_of_months_period(D("2024-01-31"), 13) == D("2025-02-28")


def test_extra_non_working_days_move_a_deadline() -> None:
    extra = dl.parse_extra_days(["2026-03-02", "2026-03-03"])
    calendar = dl.WorkingCalendar(extra)
    assert dl.departure_deadline(D("2026-01-31"), 1, calendar) == D("2026-03-04")
    assert calendar.holiday_name(D("2026-03-02")) == "extra non-working day"


def test_working_days() -> None:
    assert LT.is_working_day(D("2026-02-17"))
    assert not LT.is_working_day(D("2026-02-16"))  # Restoration of the State of Lithuania
    assert not LT.is_working_day(D("2026-04-06"))  # Easter Monday
    assert not LT.is_working_day(D("2026-12-24"))  # Christmas Eve
    assert not LT.is_working_day(D("2026-02-14"))  # Saturday
    assert LT.on_or_after(D("2026-02-17")) == D("2026-02-17")


def test_bad_extra_day_names_the_setting_and_entry() -> None:
    with pytest.raises(ValidationError) as caught:
        dl.parse_extra_days(["2026-03-02", "2026-02-30"])
    assert caught.value.field == "extra_non_working_days"
    assert "entry 2" in caught.value.message and "2026-02-30" in caught.value.message


def test_days_left() -> None:
    assert dl.days_left(D("2026-02-17"), D("2026-02-10")) == 7
    assert dl.days_left(D("2026-02-17"), D("2026-02-17")) == 0
    assert dl.days_left(D("2026-02-17"), D("2026-02-20")) == -3
