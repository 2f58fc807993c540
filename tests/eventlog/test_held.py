"""A connection held for commands whose replies are read later."""

from __future__ import annotations

import pytest
from redis.asyncio import Redis
from redis.exceptions import ResponseError

from execwatch.services.eventlog.held import held_connection

pytestmark = pytest.mark.integration


async def test_replies_come_in_the_order_the_commands_were_sent(
    redis_client: Redis, prefix: str
) -> None:
    async with held_connection(redis_client) as held:
        await held.send(("SET", f"{prefix}:a", "1"), ("GET", f"{prefix}:a"))
        await held.send(("GET", f"{prefix}:missing"))
        assert [await held.reply() for _ in range(3)] == [b"OK", b"1", None]
        assert held.unread == 0


async def test_a_connection_left_with_unread_replies_is_not_handed_to_anyone_else(
    redis_client: Redis, prefix: str
) -> None:
    """After an error mid-run, the next command on the client gets its own reply."""
    with pytest.raises(ResponseError):
        async with held_connection(redis_client) as held:
            await held.send(("INCR", f"{prefix}:text"), ("SET", f"{prefix}:b", "2"))
            await redis_client.set(f"{prefix}:text", "not a number")
            await held.send(("INCR", f"{prefix}:text"), ("ECHO", "stale"))
            for _ in range(4):
                await held.reply()
    assert not held.connection.is_connected
    assert await redis_client.get(f"{prefix}:b") == b"2"
    assert await redis_client.echo("mine") == b"mine"
