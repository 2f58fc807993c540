"""One connection of a client's pool held for a run of commands whose replies are read later.

Replay sends the next command before it reads the last reply, so that Redis works while
Python does: the next XRANGE is served while a batch is folded, a chunk of people is
written while the next is resolved. redis-py's own calls would only send a command at
the event loop's next turns, after the fold.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from redis.asyncio import Redis
from redis.asyncio.connection import AbstractConnection


class HeldConnection:
    """Commands sent at once on one connection; their replies read in order, when wanted."""

    def __init__(self, connection: AbstractConnection) -> None:
        self.connection = connection
        self.unread = 0  # replies sent for and not read yet

    async def send(self, *commands: tuple[Any, ...]) -> None:
        """Send commands (each a tuple of its arguments) without reading their replies."""
        await self.connection.send_packed_command(self.connection.pack_commands(commands))
        self.unread += len(commands)

    async def reply(self) -> Any:
        """The reply of the earliest command not read yet (a Redis error is raised)."""
        self.unread -= 1
        return await self.connection.read_response()


@asynccontextmanager
async def held_connection(client: Redis) -> AsyncIterator[HeldConnection]:
    """A connection of ``client``'s pool for a while; closed rather than given back
    when replies are left unread (after an error), so nobody else reads them."""
    pool = client.connection_pool
    connection = await pool.get_connection()
    held = HeldConnection(connection)
    try:
        yield held
    finally:
        if held.unread:
            await connection.disconnect()
        await pool.release(connection)
