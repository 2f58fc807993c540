"""The sources file is followed: good edits take effect, bad ones leave the feeds running."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

import pytest
from redis.asyncio import Redis

from execwatch.schemas import ArticleReceived
from execwatch.services.core.reader import read_events
from execwatch.services.core.streams import StreamNames
from execwatch.services.ingest.feeds import FeedStore
from execwatch.services.ingest.fetch import Fetcher, FetchPolicy
from execwatch.services.ingest.live_sources import follow_sources
from execwatch.services.ingest.publisher import ArticlePublisher
from tests.ingest.samples import FOLLOW_UP, OTHER_STORY, WIRE_STORY, Entry, rss
from tests.ingest.server import LocalServer, Route
from tests.ingest.waiting import until

pytestmark = pytest.mark.integration

MILLS = Entry("wire-1", "Mills chief to step down", WIRE_STORY, "http://wire.example/1")
HALVARD = Entry("wire-2", "Halvard names CTO", OTHER_STORY, "http://wire.example/2")
FOLLOW = Entry("wire-3", "New CEO hires CFO", FOLLOW_UP, "http://wire.example/3")


async def test_a_good_edit_adds_a_feed_and_a_bad_one_keeps_the_feeds_running(
    redis_client: Redis, prefix: str, tmp_path: Path, server: LocalServer,
    loopback_policy: FetchPolicy,
) -> None:
    server.routes["/a.xml"] = Route(rss([MILLS]), "application/rss+xml", etag='"a1"')
    server.routes["/b.xml"] = Route(rss([HALVARD]), "application/rss+xml", etag='"b1"')
    sources = tmp_path / "sources.yaml"
    one_feed = f"interval: 1s\nfeeds:\n  - url: {server.url('/a.xml')}\n"
    sources.write_text(one_feed, encoding="utf-8")
    names = StreamNames(prefix)
    publisher = ArticlePublisher(redis_client, names)
    await publisher.prepare()

    async def has(title: str) -> bool:
        events = await read_events(redis_client, names.articles, ArticleReceived)
        return title in [a.title for a in events]

    async with Fetcher(loopback_policy) as fetcher:
        following = asyncio.create_task(
            follow_sources(sources, fetcher, FeedStore(redis_client, prefix), publisher)
        )
        try:
            await until(lambda: has("Mills chief to step down"), "the first feed")
            assert server.hits.get("/b.xml", 0) == 0
            sources.write_text(one_feed + f"  - url: {server.url('/b.xml')}\n", encoding="utf-8")
            await until(lambda: has("Halvard names CTO"), "the feed added by the edit")

            sources.write_text("interval: soon\nfeeds: [1]\n", encoding="utf-8")  # bad edit
            server.routes["/a.xml"] = Route(
                rss([FOLLOW, MILLS]), "application/rss+xml", etag='"a2"'
            )
            await until(lambda: has("New CEO hires CFO"), "the feed in force after a bad edit")
        finally:
            following.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await following
