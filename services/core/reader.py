"""Reading events back from a stream with a plain client (no consumer group)."""

from __future__ import annotations

from redis.asyncio import Redis

from execwatch.schemas import decode
from execwatch.schemas.codec import E


async def read_events(client: Redis, stream: str, event_type: type[E]) -> list[E]:
    """Every event of ``stream`` from its first entry, in stream order."""
    entries = await client.xrange(stream)
    return [decode(fields[b"body"], event_type) for _, fields in entries]
