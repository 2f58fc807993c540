"""Events built for tests."""

from __future__ import annotations

from execwatch.schemas import AlertRaised, AlertSource


def an_alert(alert_id: str = "al-1", raised_at: str = "2024-03-04T09:15:00+00:00") -> AlertRaised:
    """An alert about Harriet Vane leaving Shrewsbury Mills, with the given id and time."""
    return AlertRaised(
        alert_id=alert_id,
        event_id=f"m-{alert_id}",
        article_id=f"a-{alert_id}",
        person="Harriet Vane",
        watched_name="Harriet Vane",
        watchlist="team",
        type="departed",
        org="Shrewsbury Mills",
        evidence="Harriet Vane has resigned as chief executive of Shrewsbury Mills.",
        sources=[AlertSource(article_id=f"a-{alert_id}", evidence="Harriet Vane has resigned.")],
        confidence=0.9,
        raised_at=raised_at,
    )
