"""Stream and key names, and the consumer groups that read them."""

from __future__ import annotations

from dataclasses import dataclass

from redis.asyncio import Redis
from redis.exceptions import ResponseError

EXTRACTION_GROUP = "extraction"
NOTIFIER_GROUP = "notifier"
DELIVERY_GROUP = "delivery"


@dataclass(frozen=True)
class StreamNames:
    """Every Redis key execwatch uses, under one configurable prefix."""

    prefix: str = "execwatch"

    @property
    def articles(self) -> str:
        """ArticleReceived events from ingest."""
        return f"{self.prefix}:articles"

    @property
    def moves(self) -> str:
        """MoveReported events: the append-only log, never trimmed."""
        return f"{self.prefix}:moves"

    @property
    def alerts(self) -> str:
        """AlertRaised events for subscribers."""
        return f"{self.prefix}:alerts"

    @property
    def redeliveries(self) -> str:
        """Alerts put back for delivery only (`execwatch dead retry`): retrying a failed
        delivery must not put the alert on the alerts stream a second time."""
        return f"{self.prefix}:redeliveries"

    @property
    def dead(self) -> str:
        """Messages that could not be handled, with the reason."""
        return f"{self.prefix}:dead"

    def ids(self, stream: str) -> str:
        """Hash of event id -> entry id, guarding a stream against duplicates."""
        return f"{stream}:ids"

    def groups(self) -> dict[str, str]:
        """Each consumed stream and the group that reads it, in pipeline order."""
        return {
            self.articles: EXTRACTION_GROUP,
            self.moves: NOTIFIER_GROUP,
            self.alerts: DELIVERY_GROUP,
            self.redeliveries: DELIVERY_GROUP,
        }


async def ensure_group(client: Redis, stream: str, group: str) -> None:
    """Create ``group`` on ``stream`` from the first entry, if it does not exist yet.

    Groups start at id 0 so that entries written before a service first started
    are still delivered to it.
    """
    try:
        await client.xgroup_create(name=stream, groupname=group, id="0", mkstream=True)
    except ResponseError as exc:
        if "BUSYGROUP" not in str(exc):
            raise


async def ensure_groups(client: Redis, names: StreamNames) -> None:
    """Create every consumer group execwatch reads with."""
    for stream, group in names.groups().items():
        await ensure_group(client, stream, group)


def as_text(value: str | bytes) -> str:
    """A Redis reply value (an entry id, a field) as text."""
    return value.decode() if isinstance(value, bytes) else str(value)


def entry_key(entry_id: str | bytes) -> tuple[int, int]:
    """A stream entry id as a sortable (milliseconds, sequence) pair."""
    millis, _, seq = as_text(entry_id).partition("-")
    return int(millis), int(seq or 0)
