"""Rebuilding the projections from the log (or an exported file), up to a record time.

The log is read in large XRANGE batches and folded in memory by surname; sources are
written batch by batch and people once at the end. Memory holds the drafts (one per
move per name form), not the events. Replay never writes to the alerts stream.
"""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from redis.asyncio import Redis

from execwatch.schemas import MoveReported, decode

from .dates import entry_millis
from .fold import Bucket, Folder, Person, people_of
from .identity import mention
from .store import ProjectionStore
from .transfer import read_export

BATCH = 10_000
# Sources are recorded for this many events at a time: a draft reported several times
# in them costs one write, not several. It bounds the memory they take (about 16 MB).
SOURCES_BATCH = 250_000
Entries = list[tuple[str, bytes]]  # (stream entry id, MessagePack body)
Progress = Callable[[int], None]


@dataclass(frozen=True)
class ReplayReport:
    """What a replay read and built, and how long it took."""

    events: int
    facts: int
    people: int
    seconds: float
    last_entry: str | None

    @property
    def rate(self) -> float:
        """Events read per second."""
        return self.events / self.seconds if self.seconds > 0 else 0.0


def raw_reader(client: Redis) -> Redis:
    """A client on the same connections whose XRANGE replies skip redis-py's reshaping."""
    reader = Redis(connection_pool=client.connection_pool)
    reader.response_callbacks.pop("XRANGE", None)
    return reader


async def log_batches(
    client: Redis, stream: str, *, until_ms: int | None = None, batch: int = BATCH
) -> AsyncIterator[Entries]:
    """The log's entries in order, ``batch`` at a time, up to a record time."""
    reader = raw_reader(client)
    end = str(until_ms) if until_ms is not None else "+"
    start = "-"
    while True:
        rows = await reader.execute_command("XRANGE", stream, start, end, "COUNT", batch)
        if not rows:
            return
        yield [(_text(entry), _body(fields)) for entry, fields in rows]
        if len(rows) < batch:
            return
        start = "(" + _text(rows[-1][0])


async def file_batches(
    path: Path, *, until_ms: int | None = None, batch: int = BATCH
) -> AsyncIterator[Entries]:
    """An exported file's entries in order, ``batch`` at a time, up to a record time."""
    chunk: Entries = []
    for entry in read_export(path):
        if until_ms is not None and entry_millis(entry.id) > until_ms:
            break
        chunk.append((entry.id, entry.body))
        if len(chunk) >= batch:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


async def replay(
    store: ProjectionStore, batches: AsyncIterator[Entries], progress: Progress | None = None
) -> ReplayReport:
    """Drop the projections and rebuild them from ``batches`` of log entries (in log order)."""
    started = time.perf_counter()
    await store.drop()
    folder = Folder()
    last: str | None = None
    writing: asyncio.Future[None] | None = None
    # The fold makes many objects and no cycles: the cyclic collector would only
    # rescan the growing drafts again and again.
    collecting = gc.isenabled()
    gc.disable()
    sources: dict[str, list[str]] = {}
    pending = 0
    try:
        async for entries in _read_ahead(batches):
            for entry_id, body in entries:
                draft = folder.add(decode(body, MoveReported), entry_id)
                if draft is not None:
                    ids = sources.get(draft.id)
                    if ids is None:
                        ids = sources[draft.id] = []
                    ids.append(entry_id)
            if entries:
                last = entries[-1][0]
            pending += len(entries)
            if pending >= SOURCES_BATCH:
                if writing is not None:
                    await writing
                # Redis records these sources while the next batches are folded.
                writing = asyncio.ensure_future(store.add_sources(sources))
                sources, pending = {}, 0
            if progress is not None:
                progress(folder.events)
        if writing is not None:
            await writing
        await store.add_sources(sources)
    finally:
        if writing is not None and not writing.done():
            writing.cancel()
        if collecting:
            gc.enable()
    counts = [0, 0]  # facts, people

    def resolved() -> Iterator[tuple[Bucket, dict[str, Person]]]:
        for bucket in folder.buckets().values():
            found = people_of(bucket)
            counts[0] += sum(len(p.facts) for p in found.values())
            counts[1] += len(found)
            yield bucket, found

    await store.write_buckets(resolved())
    facts, people = counts
    seconds = time.perf_counter() - started
    await store.set_meta(
        {
            "events": folder.events,
            "facts": facts,
            "people": people,
            "last_entry": last or "",
            "seconds": round(seconds, 3),
        }
    )
    return ReplayReport(folder.events, facts, people, seconds, last)


async def _read_ahead(batches: AsyncIterator[Entries], depth: int = 2) -> AsyncIterator[Entries]:
    """The same batches, the next ones already requested while the current one is folded
    (so that Redis serves the read and the previous batch's writes meanwhile)."""
    queue: asyncio.Queue[Entries | None] = asyncio.Queue(maxsize=depth)

    async def pull() -> None:
        try:
            async for entries in batches:
                await queue.put(entries)
        finally:
            await queue.put(None)

    reader = asyncio.ensure_future(pull())
    try:
        while (entries := await queue.get()) is not None:
            yield entries
        await reader  # re-raises a failed read
    finally:
        reader.cancel()


async def bucket_known_at(batches: AsyncIterator[Entries], name: str) -> Bucket | None:
    """The bucket of ``name``'s surname built only from the given entries (record time)."""
    found = mention(name)
    if found is None:
        return None
    folder = Folder()
    async for entries in batches:
        for entry_id, body in entries:
            move = decode(body, MoveReported)
            found_here = mention(move.person)
            if found_here is not None and found_here.surname == found.surname:
                folder.add(move, entry_id)
    return folder.buckets().get(found.surname)


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


def _body(flat: list[bytes]) -> bytes:
    if len(flat) == 8 and flat[6] == b"body":  # execwatch's own layout: body is last
        return flat[7]
    for index in range(0, len(flat) - 1, 2):
        if flat[index] == b"body":
            return flat[index + 1]
    return b""
