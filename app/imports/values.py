"""Reading single values as people and export tools write them."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DOTTED_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_INTEGER = re.compile(r"^[+-]?\d+$")


class BadValue(ValueError):
    """A value that cannot be read; the message is the reason shown to the user."""


def parse_date(value: Any) -> dt.date:
    """A date from a cell or text: ISO (2024-03-18) or Lithuanian (18.03.2024)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if len(text) == 10:
        try:
            if text[4] == "-" and text[7] == "-":
                return dt.date.fromisoformat(text)
            if text[2] == "." and text[5] == "." and text.replace(".", "").isdigit():
                return dt.date(int(text[6:]), int(text[3:5]), int(text[:2]))
        except ValueError:
            if text.replace("-", "").replace(".", "").isdigit():
                raise BadValue("no such date in the calendar") from None
    iso = _ISO_DATE.match(text) or _ISO_DATE.match(text[:10] if "T" in text else "")
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    else:
        dotted = _DOTTED_DATE.match(text)
        if not dotted:
            raise BadValue("not a date (write it as YYYY-MM-DD or DD.MM.YYYY)")
        day, month, year = (int(g) for g in dotted.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise BadValue("no such date in the calendar") from None


def parse_integer(text: str) -> int:
    if not _INTEGER.match(text.strip()):
        raise BadValue("not a whole number")
    return int(text)


def parse_decimal(text: str) -> str:
    """A decimal number kept as written (a comma as decimal mark becomes a point)."""
    cleaned = text.strip().replace(",", ".")
    try:
        float(cleaned)
    except ValueError:
        raise BadValue("not a number") from None
    if cleaned.lower() in ("nan", "inf", "-inf", "+inf", "infinity", "-infinity"):
        raise BadValue("not a number")
    return cleaned


def parse_timestamp(value: Any) -> dt.datetime | None:
    """A submission time: ISO text with or without offset, or a cell; naive means UTC."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        stamp = value
    else:
        text = str(value).strip()
        if not text:
            return None
        try:
            stamp = dt.datetime.fromisoformat(text)
        except ValueError:
            raise BadValue("not a date and time (ISO 8601 expected)") from None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)
