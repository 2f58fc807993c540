"""Partial dates ("2022", "2022-07", "2022-07-15") on one comparable axis, and record times."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from functools import lru_cache

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


class DateError(ValueError):
    """A date the user gave that is not YYYY, YYYY-MM or YYYY-MM-DD."""


@lru_cache(maxsize=65536)  # a log repeats its dates: replay asks again and again
def start_of(value: str | None) -> str:
    """A partial date as the start of its period ("2022" -> "2022-00-00"); "" when unknown.

    Facts sort on this key: a year-only date comes before every dated day of that year.
    """
    if not value or not (match := _DATE.match(value)):
        return ""
    year, month, day = match.groups()
    return f"{year}-{month or '00'}-{day or '00'}"


@lru_cache(maxsize=65536)  # a log repeats its dates: replay asks again and again
def precision(value: str | None) -> int:
    """How precise a partial date is: 0 unknown, 1 year, 2 month, 3 day."""
    if not value or not (match := _DATE.match(value)):
        return 0
    return sum(1 for part in match.groups() if part)


def end_of(value: str) -> str:
    """A user's date as the end of its period ("2022" -> "2022-99-99"), for as-of queries."""
    match = _DATE.fullmatch(value.strip())
    if not match:
        raise DateError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = match.groups()
    return f"{year}-{month or '99'}-{day or '99'}"


@lru_cache(maxsize=65536)  # a log repeats its dates: replay asks again and again
def year_of(value: str | None) -> str:
    """The year of a partial date, "" when unknown."""
    return value[:4] if value and _DATE.match(value) else ""


def record_cutoff_ms(value: str) -> int:
    """The last millisecond (UTC) a record-time query includes.

    A date means the end of that day (or month, or year); an ISO timestamp means itself.
    """
    text = value.strip()
    if "T" in text or " " in text:
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError as exc:
            raise DateError(f"not a date or timestamp: {value!r}") from exc
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return int(moment.timestamp() * 1000)
    match = _DATE.fullmatch(text)
    if not match:
        raise DateError(f"not a date: {value!r} (use YYYY, YYYY-MM, YYYY-MM-DD or a timestamp)")
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    if month is None:
        end = datetime(year + 1, 1, 1, tzinfo=UTC)
    elif day is None:
        end = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=UTC)
    else:
        end = datetime(year, month, day, tzinfo=UTC) + timedelta(days=1)
    return int(end.timestamp() * 1000) - 1


def entry_millis(entry_id: str) -> int:
    """The record time of a stream entry: the millisecond part of its id."""
    return int(entry_id.partition("-")[0])
