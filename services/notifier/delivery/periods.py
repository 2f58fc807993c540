"""Digest periods: which hour, day or ISO week a moment falls in, and when it ends."""

from __future__ import annotations

from datetime import datetime, timedelta

from execwatch.services.notifier.watchlist_schema import Period


def period_of(moment: datetime, period: Period) -> tuple[str, datetime]:
    """The period's key (e.g. "2024-03-04T09", "2024-03-04", "2024-W10") and its end."""
    if period == "hourly":
        start = moment.replace(minute=0, second=0, microsecond=0)
        return start.strftime("%Y-%m-%dT%H"), start + timedelta(hours=1)
    day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    if period == "daily":
        return day.strftime("%Y-%m-%d"), day + timedelta(days=1)
    monday = day - timedelta(days=day.weekday())
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}", monday + timedelta(weeks=1)
