"""What alerts and digests say when they are delivered."""

from __future__ import annotations

import msgspec

from execwatch.schemas import AlertRaised, to_builtins, to_json
from execwatch.services.notifier.delivery.senders import Message

_json = msgspec.json.Encoder()


def _summary(alert: AlertRaised) -> str:
    org = f" {alert.org}" if alert.org else ""
    when = f" ({alert.when})" if alert.when else ""
    return f"{alert.person}: {alert.type.replace('_', ' ')}{org}{when}"


def alert_message(alert: AlertRaised) -> Message:
    """One alert, on its own."""
    sources = ", ".join(s.url or s.article_id for s in alert.sources)
    text = f"{_summary(alert)}\n“{alert.evidence}”\nSources: {sources}"
    return Message(title=f"execwatch: {_summary(alert)}", text=text, json=to_json(alert))


def digest_message(route: str, period: str, alerts: list[AlertRaised]) -> Message:
    """One message listing a period's alerts."""
    lines = [f"- {_summary(a)}: “{a.evidence}”" for a in alerts]
    body = {
        "digest": period,
        "route": route,
        "count": len(alerts),
        "alerts": [to_builtins(a) for a in alerts],
    }
    return Message(
        title=f"execwatch digest {period}: {len(alerts)} alert(s)",
        text="\n".join(lines),
        json=_json.encode(body),
    )
