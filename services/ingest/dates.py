"""Published dates from whatever a source offers, as ISO "YYYY-MM-DD"."""

from __future__ import annotations

import time
from datetime import date, datetime

from dateutil import parser as date_parser

# A date far outside this range is a parsing accident, not a publication date.
EARLIEST_YEAR = 1900
LATEST_YEAR = 2200


def iso_date(value: object) -> str | None:
    """The calendar date in ``value`` (text, date, datetime or struct_time), or None.

    Text is parsed leniently ("2022-10-31", "31 October 2022", "Mon, 31 Oct 2022
    09:00:00 GMT", "Oct 31, 2022"); the date is taken as written, time zones aside.
    """
    if isinstance(value, time.struct_time):
        value = date(value.tm_year, value.tm_mon, value.tm_mday)
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat() if EARLIEST_YEAR <= value.year <= LATEST_YEAR else None
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = date_parser.parse(value.strip(), fuzzy=False, dayfirst=False)
    except (ValueError, OverflowError):
        return None
    return iso_date(parsed.date())
