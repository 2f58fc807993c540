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


async def dead_letter(
    client: Redis,
    dead_stream: str,
    *,
    source_stream: str,
    message: RedisStreamMessage,
    payload: bytes,
    reason: str,
) -> str:
    """Copy a message to the dead-letter stream with its reason; return the new entry id."""
    headers = message.headers
    entry_id = entry_id_of(message)
    fields: dict[str, str | bytes] = {
        "source": source_stream,
        "source_id": entry_id,
        "reason": reason,
        "event": headers.get("event", ""),
        "v": headers.get("v", ""),
        "id": headers.get("id", ""),
        "body": payload,
        "at": datetime.now(UTC).isoformat(),
    }
    dead_id = await client.xadd(dead_stream, fields)
    log.warning("dead-lettered", source=source_stream, source_id=entry_id, reason=reason)
    return dead_id.decode() if isinstance(dead_id, bytes) else str(dead_id)
