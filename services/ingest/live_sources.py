"""A sources file that is followed: a good edit restarts the feeds, a bad one is ignored.

The feeds in force keep running while the file is edited. When a saved version loads
cleanly and differs from the one in force, the feeds are stopped and started again
from it (each feed's state, its ETag and next poll time, lives in Redis, so a feed
that stays in the file carries on where it was). A version with problems is logged,
line by line, and the last good one stays in force, as with watchlists.
"""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

import structlog
from watchfiles import awatch

from execwatch.services.ingest.config import SourcesError, SourcesFile, load_sources
from execwatch.services.ingest.feeds import FeedStore, follow_feeds
from execwatch.services.ingest.fetch import Fetcher
from execwatch.services.ingest.publisher import ArticlePublisher

log = structlog.get_logger(__name__)


async def _stop(task: asyncio.Task[None] | None) -> None:
    if task is not None:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


def _load(path: Path) -> SourcesFile | None:
    try:
        return load_sources(path)
    except SourcesError as exc:
        log.error("sources edit rejected; the feeds in force go on", problem=str(exc))
        return None


async def follow_sources(
    path: Path, fetcher: Fetcher, store: FeedStore, publisher: ArticlePublisher
) -> None:
    """Follow the feeds of the sources file at ``path`` and its later good edits, until
    cancelled. A file that is bad from the start follows no feed until it is fixed."""
    path = path.resolve()
    in_force = _load(path)
    running: asyncio.Task[None] | None = None

    def start(sources: SourcesFile) -> asyncio.Task[None]:
        log.info("following feeds", feeds=len(sources.feeds), file=str(path))
        return asyncio.create_task(follow_feeds(sources, fetcher, store, publisher))

    try:
        if in_force is not None:
            running = start(in_force)
        async for changes in awatch(path.parent, debounce=200, step=50):
            if path not in {Path(name).resolve() for _, name in changes}:
                continue
            edited = _load(path)
            if edited is None or edited == in_force:
                continue
            await _stop(running)
            in_force, running = edited, start(edited)
    finally:
        await _stop(running)
