"""Idempotent appends: an event id is written to its stream at most once."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from redis.asyncio import Redis

from execwatch.schemas import Event, entry_fields

from .streams import as_text

_APPEND_LUA = resources.files(__package__).joinpath("append.lua").read_text(encoding="utf-8")


@dataclass(frozen=True)
class AppendResult:
    """What an append did: whether the event was new, and its entry id."""

    appended: bool
    entry_id: str


class StreamAppender:
    """Appends events to streams through the append-once Lua script."""

    def __init__(self, client: Redis) -> None:
        self._script = client.register_script(_APPEND_LUA)

    async def append(self, stream: str, ids_key: str, event: Event, event_id: str) -> AppendResult:
        """Append ``event`` to ``stream`` unless ``event_id`` is already there."""
        args: list[bytes | str] = [event_id]
        for name, value in entry_fields(event, event_id).items():
            args.extend((name, value))
        appended, entry_id = await self._script(keys=[stream, ids_key], args=args)
        return AppendResult(appended=bool(appended), entry_id=as_text(entry_id))
