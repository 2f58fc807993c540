"""Rebuilding the projections from the log (or an exported file), up to a record time.

The log is read in XRANGE batches, decoded for the fold and folded in memory by wording
(``folder.py``); sources are written every SOURCES_BATCH events and people once at the
end. Memory holds the drafts and wordings, not the events. Replay never writes to the
alerts stream.
"""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from redis.asyncio import Redis

from .dates import entry_millis
from .fold import Bucket, Person, people_of
from .folder import Folder
from .held import held_connection
from .identity import mention
from .reading import Report, decode_reports
from .store import ProjectionStore
from .transfer import read_export

BATCH = 2_000
# The entry ids of this many events are gathered, then written as sources (while the
# next ones are read): a draft reported several times in them costs one write. It
# bounds the memory they take.
SOURCES_BATCH = 250_000
Batch = tuple[list[bytes], list[bytes]]  # stream entry ids and MessagePack bodies, in order
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


async def log_batches(
    client: Redis, stream: str, *, until_ms: int | None = None, batch: int = BATCH
) -> AsyncIterator[Batch]:
    """The log's entries in order, ``batch`` at a time, up to a record time.

    The next batch is asked for before this one is handed over, so Redis serves it
    while this one is folded.
    """
    end = str(until_ms) if until_ms is not None else "+"
    async with held_connection(client) as connection:
        await connection.send(("XRANGE", stream, "-", end, "COUNT", batch))
        while connection.unread:
            rows: list[tuple[bytes, list[bytes]]] = await connection.reply()
            if len(rows) == batch:
                await connection.send(("XRANGE", stream, b"(" + rows[-1][0], end, "COUNT", batch))
            if rows:
                yield (
                    [entry for entry, _ in rows],
                    # execwatch's own layout (event, v, id, body) has the body last.
                    [f[7] if len(f) == 8 and f[6] == b"body" else _body(f) for _, f in rows],
                )


async def file_batches(
    path: Path, *, until_ms: int | None = None, batch: int = BATCH
) -> AsyncIterator[Batch]:
    """An exported file's entries in order, ``batch`` at a time, up to a record time."""
    ids: list[bytes] = []
    bodies: list[bytes] = []
    for entry in read_export(path):
        if until_ms is not None and entry_millis(entry.id) > until_ms:
            break
        ids.append(entry.id.encode())
        bodies.append(entry.body)
        if len(ids) >= batch:
            yield ids, bodies
            ids, bodies = [], []
    if ids:
        yield ids, bodies


async def replay(
    store: ProjectionStore, batches: AsyncIterator[Batch], progress: Progress | None = None
) -> ReplayReport:
    """Drop the projections and rebuild them from ``batches`` of log entries (in log order)."""
    started = time.perf_counter()
    folder = Folder()
    last: bytes | None = None
    counts = [0, 0]  # facts, people

    def resolved() -> Iterator[tuple[Bucket, dict[str, Person]]]:
        for bucket in folder.buckets().values():
            found = people_of(bucket)
            counts[0] += sum(len(p.facts) for p in found.values())
            counts[1] += len(found)
            yield bucket, found

    # Redis drops the old projections, then records sources, while the next batches are
    # read and folded; every write waits for the drop.
    dropping = asyncio.ensure_future(store.drop())
    writing: list[asyncio.Future[None]] = []
    # The fold makes many objects and no cycles: the cyclic collector would only
    # rescan the growing drafts again and again.
    collecting = gc.isenabled()
    gc.disable()
    try:
        gathered = 0
        async for ids, bodies in batches:
            folder.add(ids, decode_reports(bodies))
            if ids:
                last = ids[-1]
            gathered += len(ids)
            if gathered >= SOURCES_BATCH:
                sources = folder.take_sources()
                await asyncio.gather(dropping, *writing)  # one batch of sources at a time
                writing = [asyncio.ensure_future(store.add_sources(sources))]
                gathered = 0
            if progress is not None:
                progress(folder.events)
            await asyncio.sleep(0)  # the writer of sources goes on
        await dropping
        writing.append(asyncio.ensure_future(store.add_sources(folder.take_sources())))
        # People are resolved while Redis still records the last sources.
        await store.write_buckets(resolved())
        await asyncio.gather(*writing)
    finally:
        dropping.cancel()  # when the replay failed; a finished task ignores it
        for task in writing:
            task.cancel()
        if collecting:
            gc.enable()
    facts, people = counts
    seconds = time.perf_counter() - started
    entry = last.decode() if last else None
    await store.set_meta(
        {
            "events": folder.events,
            "facts": facts,
            "people": people,
            "last_entry": entry or "",
            "seconds": round(seconds, 3),
        }
    )
    return ReplayReport(folder.events, facts, people, seconds, entry)


async def bucket_known_at(batches: AsyncIterator[Batch], name: str) -> Bucket | None:
    """The bucket of ``name``'s surname built only from the given entries (record time)."""
    found = mention(name)
    if found is None:
        return None
    folder = Folder()
    async for ids, bodies in batches:
        reports = decode_reports(bodies)
        mine = [n for n, report in enumerate(reports) if _surname(report) == found.surname]
        folder.add([ids[n] for n in mine], [reports[n] for n in mine])
        folder.take_sources()  # only the bucket is wanted: sources are not kept
    return folder.buckets().get(found.surname)


def _surname(report: Report) -> str | None:
    found = mention(report.person)
    return found.surname if found else None


def _body(flat: list[bytes]) -> bytes:
    for index in range(0, len(flat) - 1, 2):
        if flat[index] == b"body":
            return flat[index + 1]
    return b""
