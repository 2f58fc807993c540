"""Has the pipeline finished with an entry? Answered from consumer-group state."""

from __future__ import annotations

import asyncio
import time

from redis.asyncio import Redis

from .streams import StreamNames, as_text, entry_key


class PipelineTimeout(TimeoutError):
    """The pipeline did not finish in time; the message says which stage lags."""


async def group_has_finished(client: Redis, stream: str, group: str, entry_id: str) -> bool:
    """True when ``group`` has read up to ``entry_id`` and acknowledged all of it."""
    groups = await client.xinfo_groups(stream)
    info = next((g for g in groups if as_text(g["name"]) == group), None)
    if info is None or entry_key(info["last-delivered-id"]) < entry_key(entry_id):
        return False
    pending = await client.xpending_range(stream, group, min="-", max=entry_id, count=1)
    return not pending


async def last_entry_id(client: Redis, stream: str) -> str:
    """The id of the newest entry of ``stream`` ("0-0" when it is empty)."""
    newest = await client.xrevrange(stream, count=1)
    return as_text(newest[0][0]) if newest else "0-0"


async def wait_until_processed(
    client: Redis,
    names: StreamNames,
    article_entry_id: str,
    *,
    timeout: float,
    poll: float = 0.05,
) -> None:
    """Return once extraction and notifier are done with every article up to the given one.

    Each stage appends what it produces before acknowledging its input: once
    the articles are acknowledged, the moves they gave are in the log; the wait
    then follows the notifier up to the log's newest entry at that point, and
    the delivery of alerts likewise.
    """
    deadline = time.monotonic() + timeout
    stages = tuple(names.groups().items())
    target = article_entry_id
    for index, (stream, group) in enumerate(stages):
        while not await group_has_finished(client, stream, group, target):
            if time.monotonic() > deadline:
                raise PipelineTimeout(
                    f"the {group} service has not finished with {stream} up to {target} "
                    f"after {timeout:.0f}s: is it running?"
                )
            await asyncio.sleep(poll)
        if index + 1 < len(stages):
            target = await last_entry_id(client, stages[index + 1][0])
