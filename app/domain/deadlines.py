"""Legal deadlines that service of a decision starts: pure date arithmetic, no store.

The rules are those of DOMAIN.md: a period in days starts on the day after
service; "one month from D" ends on the same day number of the next month, or
on that month's last day where the day number does not exist; a last day on a
Saturday, Sunday or public holiday moves to the next working day. Public
holidays are Lithuania's (the `holidays` package) plus the department's own
list of extra non-working days.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import holidays
from dateutil.relativedelta import relativedelta

from app.domain.errors import ValidationError

COUNTRY = "LT"
SATURDAY = 5


@cache
def _public_holidays(country: str) -> holidays.HolidayBase:
    # The table fills in the years it is asked about, so one object per country serves all.
    return holidays.country_holidays(country)


@dataclass(frozen=True, slots=True)
class WorkingCalendar:
    """Which days are working days: not weekends, public holidays or extra days off."""

    extra_non_working: frozenset[dt.date] = frozenset()
    country: str = COUNTRY

    def holiday_name(self, day: dt.date) -> str | None:
        if day in self.extra_non_working:
            return "extra non-working day"
        name = _public_holidays(self.country).get(day)
        return str(name) if name else None

    def is_working_day(self, day: dt.date) -> bool:
        return day.weekday() < SATURDAY and self.holiday_name(day) is None

    def on_or_after(self, day: dt.date) -> dt.date:
        """`day` itself if it is a working day, else the next working day."""
        while not self.is_working_day(day):
            day += dt.timedelta(days=1)
        return day


def parse_extra_days(
    values: Iterable[object], source: str = "extra_non_working_days"
) -> frozenset[dt.date]:
    """The department's extra non-working days from their ISO-date setting."""
    days = set()
    for position, value in enumerate(values, start=1):
        try:
            days.add(dt.date.fromisoformat(str(value)))
        except ValueError:
            raise ValidationError(
                source, f"entry {position} ({value!r}) is not a date in the form YYYY-MM-DD"
            ) from None
    return frozenset(days)


def end_of_days_period(served_on: dt.date, days: int) -> dt.date:
    """The last day of a period of `days` calendar days counted from the day after service."""
    if days < 1:
        raise ValueError("a period has at least one day")
    return served_on + dt.timedelta(days=days)


def end_of_months_period(served_on: dt.date, months: int) -> dt.date:
    """The last day of a period of `months` months from service (clipped to the month's end)."""
    if months < 1:
        raise ValueError("a period has at least one month")
    end: dt.date = served_on + relativedelta(months=months)
    return end


def appeal_deadline(served_on: dt.date, days: int, calendar: WorkingCalendar) -> dt.date:
    return calendar.on_or_after(end_of_days_period(served_on, days))


def departure_deadline(served_on: dt.date, months: int, calendar: WorkingCalendar) -> dt.date:
    return calendar.on_or_after(end_of_months_period(served_on, months))


def departure_after_dismissal(
    decided_on: dt.date, onward_deadline: dt.date | None, months: int, calendar: WorkingCalendar
) -> dt.date:
    """The departure deadline once a suspensive appeal is dismissed.

    The obligation to leave resumes when the dismissal is final: on the day of
    the judgment when no onward appeal lies (`onward_deadline` is None, the
    higher court's), else on the day after the onward-appeal deadline. The
    departure period then runs from that day as it ran from service. To be
    verified against the Law on the Legal Status of Aliens (verify).
    """
    resumes_on = decided_on if onward_deadline is None else onward_deadline + dt.timedelta(days=1)
    return departure_deadline(resumes_on, months, calendar)


@dataclass(frozen=True, slots=True)
class ServiceDeadlines:
    served_on: dt.date
    appeal: dt.date
    departure: dt.date


def deadlines_after_service(
    served_on: dt.date, *, appeal_days: int, departure_months: int, calendar: WorkingCalendar
) -> ServiceDeadlines:
    return ServiceDeadlines(
        served_on=served_on,
        appeal=appeal_deadline(served_on, appeal_days, calendar),
        departure=departure_deadline(served_on, departure_months, calendar),
    )


def days_left(deadline: dt.date, today: dt.date) -> int:
    """Whole days from `today` to `deadline`: 0 on the day itself, negative once passed."""
    return (deadline - today).days
