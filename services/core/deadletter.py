"""The dead-letter stream: what could not be handled, with why, never lost."""

from __future__ import annotations

from datetime import UTC, datetime

import structlog
from faststream.redis.message import RedisStreamMessage
from redis.asyncio import Redis

log = structlog.get_logger(__name__)


def entry_id_of(message: RedisStreamMessage) -> str:
    """The stream entry id a FastStream message was read from."""
    first = message.raw_message["message_ids"][0]
    return first.decode() if isinstance(first, bytes) else str(first)


async def record_dead(
    client: Redis,
    dead_stream: str,
    *,
    source_stream: str,
    source_id: str,
    reason: str,
    payload: bytes,
    event: str = "",
    event_id: str = "",
    version: str = "",
) -> str:
    """Append a dead letter: where it came from, why, and the original payload."""
    fields: dict[str, str | bytes] = {
        "source": source_stream,
        "source_id": source_id,
        "reason": reason,
        "event": event,
        "v": version,
        "id": event_id,
        "body": payload,
        "at": datetime.now(UTC).isoformat(),
    }
    dead_id = await client.xadd(dead_stream, fields)
    log.warning("dead-lettered", source=source_stream, source_id=source_id, reason=reason)
    return dead_id.decode() if isinstance(dead_id, bytes) else str(dead_id)


async def dead_letter(
    client: Redis,
    dead_stream: str,
    *,
    source_stream: str,
    message: RedisStreamMessage,
    payload: bytes,
    reason: str,
) -> str:
    """Dead-letter a message read from a stream, keeping its event fields."""
    headers = message.headers
    return await record_dead(
        client,
        dead_stream,
        source_stream=source_stream,
        source_id=entry_id_of(message),
        reason=reason,
        payload=payload,
        event=headers.get("event", ""),
        event_id=headers.get("id", ""),
        version=headers.get("v", ""),
    )
