"""Writing and reading logs and projections in the event-log integration tests."""

from __future__ import annotations

from collections.abc import Sequence

from redis.asyncio import Redis

from execwatch.schemas import MoveReported, entry_fields
from execwatch.services.core.appender import StreamAppender
from execwatch.services.core.streams import StreamNames
from execwatch.services.eventlog.store import Applied, ProjectionStore


async def append_and_apply(
    client: Redis, prefix: str, reports: Sequence[MoveReported]
) -> list[Applied | None]:
    """What the extraction and notifier services do: append each report, then apply it."""
    names = StreamNames(prefix)
    appender = StreamAppender(client)
    store = ProjectionStore(client, prefix)
    outcome = []
    for move in reports:
        result = await appender.append(names.moves, names.ids(names.moves), move, move.event_id)
        outcome.append(await store.apply(move, result.entry_id))
    return outcome


async def write_log_at(
    client: Redis, prefix: str, dated: Sequence[tuple[int, MoveReported]]
) -> list[str]:
    """A log as written in the past: each report appended at the given millisecond."""
    names = StreamNames(prefix)
    ids = []
    for seq, (millis, move) in enumerate(dated):
        entry = await client.xadd(
            names.moves, entry_fields(move, move.event_id), id=f"{millis}-{seq}"
        )
        await client.hset(names.ids(names.moves), move.event_id, entry)
        ids.append(entry.decode())
    return ids


async def snapshot(client: Redis, prefix: str) -> dict[bytes, object]:
    """Every projection key and its value (the rebuild's own metadata left out)."""
    found: dict[bytes, object] = {}
    async for key in client.scan_iter(match=f"{prefix}:proj:*"):
        kind = (await client.type(key)).decode()
        if key.endswith(b":meta"):
            continue
        if kind == "string":
            found[key] = await client.get(key)
        elif kind == "hash":
            found[key] = await client.hgetall(key)
        elif kind == "set":
            found[key] = await client.smembers(key)
        else:
            found[key] = kind
    return found
