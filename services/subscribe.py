"""Following execwatch's streams from a program: ``async for alert in subscribe(...)``.

    import asyncio
    from execwatch.services.subscribe import subscribe

    async def main() -> None:
        async for alert in subscribe("redis://localhost:6379/0", group="my-app"):
            print(alert.person, alert.type, alert.org, alert.evidence)

    asyncio.run(main())

Each consumer group sees every entry once; an entry is acknowledged when the
loop asks for the next one, so one that the program did not finish with (it
crashed) is handed out again on the next start.
"""

from __future__ import annotations

import os
import socket
from collections.abc import AsyncIterator
from typing import Literal, TypeVar, overload

from redis.exceptions import ResponseError

from execwatch.schemas import AlertRaised, MoveReported, decode
from execwatch.services.core.connect import connect
from execwatch.services.core.streams import StreamNames

StreamName = Literal["alerts", "moves"]


@overload
def subscribe(
    redis_url: str, *, stream: Literal["alerts"] = ..., group: str, **options: object
) -> AsyncIterator[AlertRaised]: ...
@overload
def subscribe(
    redis_url: str, *, stream: Literal["moves"], group: str, **options: object
) -> AsyncIterator[MoveReported]: ...
def subscribe(
    redis_url: str, *, stream: StreamName = "alerts", group: str, **options: object
) -> AsyncIterator[AlertRaised] | AsyncIterator[MoveReported]:
    """Events of ``stream`` for consumer ``group``.

    Options: ``prefix`` (default "execwatch"), ``consumer`` (default host-pid),
    ``from_start`` (a new group starts at the first entry instead of new ones
    only), ``block_ms`` (how long one read waits), ``limit`` (stop after so many).
    """
    if stream == "moves":
        return _follow(redis_url, stream, MoveReported, group=group, **options)  # type: ignore[arg-type]
    return _follow(redis_url, stream, AlertRaised, group=group, **options)  # type: ignore[arg-type]


E = TypeVar("E", AlertRaised, MoveReported)


async def _follow(
    redis_url: str,
    stream: StreamName,
    event_type: type[E],
    *,
    group: str,
    prefix: str = "execwatch",
    consumer: str | None = None,
    from_start: bool = False,
    block_ms: int = 5000,
    limit: int | None = None,
) -> AsyncIterator[E]:
    key = getattr(StreamNames(prefix), stream)
    me = consumer or f"{socket.gethostname()}-{os.getpid()}"
    client = connect(redis_url)
    try:
        try:
            await client.xgroup_create(key, group, id="0" if from_start else "$", mkstream=True)
        except ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise
        delivered = 0
        cursor = "0"  # first what this consumer was given but never acknowledged
        while limit is None or delivered < limit:
            count = None if limit is None else limit - delivered
            reply = await client.xreadgroup(group, me, {key: cursor}, count=count, block=block_ms)
            entries = reply[0][1] if reply else []
            if cursor == "0" and not entries:
                cursor = ">"
                continue
            for entry_id, fields in entries:
                if fields:  # a pending entry deleted from the stream comes back empty
                    yield decode(fields[b"body"], event_type)
                    delivered += 1
                await client.xack(key, group, entry_id)
    finally:
        await client.aclose()
