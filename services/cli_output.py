"""How the CLI shows alerts: one readable line each, or one JSON object per line."""

from __future__ import annotations

from execwatch.schemas import AlertRaised, MoveReported, to_json


def alert_json(alert: AlertRaised) -> str:
    """One alert as a single JSON line."""
    return to_json(alert).decode()


def alert_line(alert: AlertRaised) -> str:
    """One alert as a line a person reads."""
    where = alert.org or "unknown organisation"
    role = f" ({alert.role})" if alert.role else ""
    when = f" {alert.when}" if alert.when else ""
    watched = f' [watching "{alert.watched_name}" in {alert.watchlist}]'
    return (
        f"{alert.type:<17} {alert.person} — {where}{role}{when}{watched}\n"
        f"{'':17} “{alert.evidence}” ({alert.article_id})"
    )


def move_line(move: MoveReported) -> str:
    """One move from the log as a line a person reads."""
    org = move.org or "unknown organisation"
    when = f" {move.when}" if move.when else ""
    return f"{move.type:<17} {move.person} — {org}{when} ({move.article_id})"
