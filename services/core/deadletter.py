"""The dead-letter stream: what could not be handled, with why, never lost."""

from __future__ import annotations

from datetime import UTC, datetime

import structlog
from faststream.redis.message import RedisStreamMessage
from redis.asyncio import Redis

from .streams import as_text

log = structlog.get_logger(__name__)


def entry_id_of(message: RedisStreamMessage) -> str:
    """The stream entry id a FastStream message was read from."""
    return as_text(message.raw_message["message_ids"][0])


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
    return as_text(dead_id)


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


class DeadLetterNotFound(LookupError):
    """No dead letter has that id."""


async def list_dead(client: Redis, dead_stream: str, count: int = 100) -> list[dict[str, str]]:
    """The oldest ``count`` dead letters, with their id and fields (the body left out)."""
    entries = await client.xrange(dead_stream, count=count)
    return [
        {"dead_id": entry_id.decode()}
        | {k.decode(): v.decode("utf-8", "replace") for k, v in fields.items() if k != b"body"}
        for entry_id, fields in entries
    ]


async def retry_dead(client: Redis, dead_stream: str, dead_id: str) -> str:
    """Put a dead letter back on the stream it came from; return its new entry id there."""
    entries = await client.xrange(dead_stream, min=dead_id, max=dead_id)
    if not entries:
        raise DeadLetterNotFound(f"no dead letter {dead_id} in {dead_stream}")
    fields = entries[0][1]
    original = {key: fields[key] for key in (b"event", b"v", b"id", b"body") if key in fields}
    async with client.pipeline(transaction=True) as pipe:
        pipe.xadd(fields[b"source"].decode(), original)
        pipe.xdel(dead_stream, dead_id)
        new_id, _ = await pipe.execute()
    return as_text(new_id)


async def drop_dead(client: Redis, dead_stream: str, dead_id: str) -> None:
    """Remove a dead letter for good."""
    if not await client.xdel(dead_stream, dead_id):
        raise DeadLetterNotFound(f"no dead letter {dead_id} in {dead_stream}")
