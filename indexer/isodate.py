"""ISO dates that may be partial ("2024", "2024-09", "2024-09-07") and the spans they cover."""

from __future__ import annotations

import calendar
import re

_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?\s*$")
_GERMAN = re.compile(r"^\s*(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\s*$")
_MONTH_YEAR = re.compile(r"^\s*(\d{1,2})[./](\d{4})\s*$")

MIN_YEAR, MAX_YEAR = 1800, 2200


def normalise_date(value: str) -> str | None:
    """Return an ISO (possibly partial) date for common written forms, else ``None``."""
    match = _ISO.match(value)
    if match:
        year, month, day = match.groups()
        return compose(int(year), _int(month), _int(day))
    match = _GERMAN.match(value)
    if match:
        day, month, year = match.groups()
        return compose(int(year), int(month), int(day))
    match = _MONTH_YEAR.match(value)
    if match:
        month, year = match.groups()
        return compose(int(year), int(month), None)
    return None


def date_span(iso: str) -> tuple[int, int] | None:
    """First and last day covered by a partial ISO date, as ``yyyymmdd`` integers."""
    normalised = normalise_date(iso)
    if normalised is None:
        return None
    parts = [int(p) for p in normalised.split("-")]
    year = parts[0]
    if len(parts) == 1:
        return year * 10000 + 101, year * 10000 + 1231
    month = parts[1]
    if len(parts) == 2:
        last = calendar.monthrange(year, month)[1]
        return year * 10000 + month * 100 + 1, year * 10000 + month * 100 + last
    day = parts[2]
    value = year * 10000 + month * 100 + day
    return value, value


def bound(value: str, *, end: bool) -> int | None:
    """A ``--from``/``--to`` bound: the first (or last) day of a partial date."""
    span = date_span(value)
    if span is None:
        return None
    return span[1] if end else span[0]


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def compose(
    year: int | None,
    month: int | None,
    day: int | None,
    years: tuple[int, int] = (MIN_YEAR, MAX_YEAR),
) -> str | None:
    """ISO date of the given precision, or None when it is not a real calendar date."""
    if year is None or not years[0] <= year <= years[1]:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"
