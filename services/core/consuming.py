"""Consuming a stream through a consumer group, with bounded retries and claiming.

A handler that raises leaves its entry pending. A second subscriber on the same
group claims entries left pending longer than the claim idle time (XAUTOCLAIM),
whether their handler failed or their worker died, and hands them to the handler
again. After ``max_deliveries`` the entry goes to the dead-letter stream with the
reason, and is acknowledged: the stream keeps flowing.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import TypeVar

import structlog
from faststream.redis import RedisRouter, StreamSub
from faststream.redis.annotations import RedisStreamMessage

from execwatch.schemas import Event, EventDecodeError, decode

from .bootstrap import Runtime
from .deadletter import dead_letter, entry_id_of
from .entries import parse_plain_entry

log = structlog.get_logger(__name__)

Handler = Callable[[bytes, RedisStreamMessage], Awaitable[None]]
E = TypeVar("E", bound=Event)


async def delivery_count(runtime: Runtime, stream: str, group: str, entry_id: str) -> int:
    """How many times the group has handed out this entry (0 when it is not pending)."""
    pending = await runtime.client.xpending_range(stream, group, entry_id, entry_id, 1)
    return int(pending[0]["times_delivered"]) if pending else 0


async def _dead_letter(
    runtime: Runtime, stream: str, message: RedisStreamMessage, body: bytes, reason: str
) -> None:
    await dead_letter(
        runtime.client,
        runtime.names.dead,
        source_stream=stream,
        message=message,
        payload=body,
        reason=reason,
    )


def consume(
    router: RedisRouter, runtime: Runtime, stream: str, group: str, handler: Handler
) -> None:
    """Register ``handler`` on ``stream`` for ``group``: new entries, and claimed ones."""
    settings = runtime.settings

    async def guarded(body: bytes, message: RedisStreamMessage) -> None:
        try:
            await handler(body, message)
        except Exception as exc:
            entry_id = entry_id_of(message)
            deliveries = await delivery_count(runtime, stream, group, entry_id)
            if deliveries < settings.max_deliveries:
                log.warning(
                    "handler failed; the entry will be retried",
                    stream=stream,
                    entry_id=entry_id,
                    deliveries=deliveries,
                    error=repr(exc),
                )
                raise
            reason = f"handler failed {deliveries} times, last with {exc!r}"
            await _dead_letter(runtime, stream, message, body, reason)

    consumer = settings.consumer
    router.subscriber(
        stream=StreamSub(
            stream, group=group, consumer=consumer, max_records=settings.read_batch
        ),
        parser=parse_plain_entry,
    )(guarded)
    router.subscriber(
        stream=StreamSub(
            stream,
            group=group,
            consumer=f"{consumer}-claim",
            min_idle_time=settings.claim_idle_ms,
        ),
        parser=parse_plain_entry,
    )(guarded)


KeyedHandler = Callable[[str, str], Awaitable[None]]  # (the entry's "id" field, entry id)


def consume_events(
    router: RedisRouter,
    runtime: Runtime,
    stream: str,
    group: str,
    event_type: type[E],
    handler: Callable[[E, str], Awaitable[None]],
    *,
    keyed: Mapping[str, KeyedHandler] | None = None,
) -> None:
    """Like ``consume``, for handlers of one event type: an entry that does not decode to
    ``event_type`` goes to the dead-letter stream at once (retrying cannot fix it); the
    handler gets the event and its entry id. An entry whose ``event`` field names one of
    ``keyed`` is handed, by its ``id`` field, to that handler instead (a record that only
    points at state kept elsewhere, such as a digest to send again)."""

    async def decoding(body: bytes, message: RedisStreamMessage) -> None:
        other = (keyed or {}).get(message.headers.get("event", ""))
        if other is not None:
            await other(message.headers.get("id", ""), entry_id_of(message))
            return
        try:
            event = decode(body, event_type)
        except EventDecodeError as exc:
            await _dead_letter(runtime, stream, message, body, str(exc))
            return
        await handler(event, entry_id_of(message))

    consume(router, runtime, stream, group, decoding)
