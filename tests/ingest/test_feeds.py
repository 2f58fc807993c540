"""Following feeds from a local server: new entries once, 304s, failures, restarts."""

from __future__ import annotations

import dataclasses
import time

import pytest
from redis.asyncio import Redis

from execwatch.schemas import ArticleReceived
from execwatch.services.core.reader import read_events
from execwatch.services.core.streams import StreamNames
from execwatch.services.ingest.config import Feed, SourcesFile
from execwatch.services.ingest.feeds import FeedStore, backoff, poll_all, poll_feed
from execwatch.services.ingest.fetch import Fetcher, FetchPolicy
from execwatch.services.ingest.publisher import ArticlePublisher
from tests.ingest.samples import (
    FOLLOW_UP,
    OTHER_STORY,
    SYNDICATED,
    WIRE_STORY,
    Entry,
    atom,
    page,
    rss,
)
from tests.ingest.server import LocalServer, Route

pytestmark = pytest.mark.integration

MILLS = Entry("wire-1", "Mills chief to step down", WIRE_STORY, "http://wire.example/1")
HALVARD = Entry("wire-2", "Halvard names CTO", OTHER_STORY, "http://wire.example/2")
FOLLOW = Entry("wire-3", "New CEO hires CFO", FOLLOW_UP, "http://wire.example/3")


class Parts:
    """What a poll needs, built on the test's Redis prefix."""

    def __init__(self, client: Redis, prefix: str, fetcher: Fetcher) -> None:
        self.store = FeedStore(client, prefix)
        self.publisher = ArticlePublisher(client, StreamNames(prefix))
        self.fetcher = fetcher

    async def poll(self, feed: Feed, interval: float = 60.0):  # type: ignore[no-untyped-def]
        return await poll_feed(feed, interval, self.fetcher, self.store, self.publisher)


async def _titles(client: Redis, prefix: str) -> list[str | None]:
    events = await read_events(client, StreamNames(prefix).articles, ArticleReceived)
    return [a.title for a in events]


async def test_new_entries_are_published_once_as_the_feed_grows(
    redis_client: Redis, prefix: str, server: LocalServer, loopback_policy: FetchPolicy
) -> None:
    server.routes["/feed.xml"] = Route(rss([HALVARD, MILLS]), "application/rss+xml")
    feed = Feed(url=server.url("/feed.xml"))
    async with Fetcher(loopback_policy) as fetcher:
        parts = Parts(redis_client, prefix, fetcher)
        first = await parts.poll(feed)
        server.routes["/feed.xml"] = Route(rss([FOLLOW, HALVARD, MILLS]), "application/rss+xml")
        second = await parts.poll(feed)
    assert (first.status, first.new, second.new, second.duplicates) == ("ok", 2, 1, 0)
    assert await _titles(redis_client, prefix) == [
        "Mills chief to step down",
        "Halvard names CTO",
        "New CEO hires CFO",
    ]


async def test_entries_carry_the_feed_date_link_and_source(
    redis_client: Redis, prefix: str, server: LocalServer, loopback_policy: FetchPolicy
) -> None:
    server.routes["/atom.xml"] = Route(atom([HALVARD]), "application/atom+xml")
    feed = Feed(url=server.url("/atom.xml"))
    async with Fetcher(loopback_policy) as fetcher:
        await Parts(redis_client, prefix, fetcher).poll(feed)
    (article,) = await read_events(redis_client, StreamNames(prefix).articles, ArticleReceived)
    assert (article.published, article.url, article.source) == (
        "2024-03-05",
        "http://wire.example/2",
        feed.url,
    )
    assert article.text == OTHER_STORY


async def test_an_unchanged_feed_answers_304_and_publishes_nothing(
    redis_client: Redis, prefix: str, server: LocalServer, loopback_policy: FetchPolicy
) -> None:
    server.routes["/feed.xml"] = Route(rss([MILLS]), "application/rss+xml", etag='"v1"')
    feed = Feed(url=server.url("/feed.xml"))
    async with Fetcher(loopback_policy) as fetcher:
        parts = Parts(redis_client, prefix, fetcher)
        await parts.poll(feed)
        again = await parts.poll(feed)
    assert (again.status, again.new) == ("not-modified", 0)
    assert server.conditional["/feed.xml"] == 1
    assert len(await _titles(redis_client, prefix)) == 1


async def test_state_survives_a_restart(
    redis_client: Redis, prefix: str, server: LocalServer, loopback_policy: FetchPolicy
) -> None:
    """A new poller on the same Redis sends the stored ETag and skips entries it has seen."""
    server.routes["/feed.xml"] = Route(rss([MILLS]), "application/rss+xml", etag='"v1"')
    feed = Feed(url=server.url("/feed.xml"))
    async with Fetcher(loopback_policy) as fetcher:
        await Parts(redis_client, prefix, fetcher).poll(feed)
    server.routes["/feed.xml"] = Route(rss([HALVARD, MILLS]), "application/rss+xml", etag='"v2"')
    async with Fetcher(loopback_policy) as fetcher:
        report = await Parts(redis_client, prefix, fetcher).poll(feed)
    assert server.conditional["/feed.xml"] == 1
    assert (report.new, report.duplicates) == (1, 0)
    assert len(await _titles(redis_client, prefix)) == 2


async def test_a_broken_feed_is_reported_and_the_others_still_publish(
    redis_client: Redis, prefix: str, server: LocalServer, loopback_policy: FetchPolicy
) -> None:
    server.routes["/good.xml"] = Route(rss([MILLS]), "application/rss+xml")
    server.routes["/error.xml"] = Route(b"oops", status=500)
    server.routes["/junk.xml"] = Route(b"this is not a feed", "text/plain")
    server.routes["/slow.xml"] = Route(hang=True)
    sources = SourcesFile(
        feeds=[Feed(url=server.url(p)) for p in ("/error.xml", "/junk.xml", "/slow.xml")]
        + [Feed(url=server.url("/good.xml"), name="good")]
    )
    policy = dataclasses.replace(loopback_policy, timeout=0.5)
    async with Fetcher(policy) as fetcher:
        parts = Parts(redis_client, prefix, fetcher)
        reports = await poll_all(sources, fetcher, parts.store, parts.publisher)
    errors = {r.feed: r.error for r in reports if r.status == "error"}
    assert "HTTP 500" in errors[server.url("/error.xml")]
    assert "not a feed" in errors[server.url("/junk.xml")]
    assert "no answer within" in errors[server.url("/slow.xml")]
    assert [r.new for r in reports if r.feed == "good"] == [1]
    assert await _titles(redis_client, prefix) == ["Mills chief to step down"]


async def test_a_failing_feed_backs_off_and_recovers(
    redis_client: Redis, prefix: str, server: LocalServer, loopback_policy: FetchPolicy
) -> None:
    server.routes["/feed.xml"] = Route(b"down", status=503)
    feed = Feed(url=server.url("/feed.xml"))
    async with Fetcher(loopback_policy) as fetcher:
        parts = Parts(redis_client, prefix, fetcher)
        for _ in range(3):
            await parts.poll(feed, interval=60.0)
        failing = await parts.store.load(feed.url)
        server.routes["/feed.xml"] = Route(rss([MILLS]), "application/rss+xml")
        await parts.poll(feed, interval=60.0)
        recovered = await parts.store.load(feed.url)
    assert failing.failures == 3 and "HTTP 503" in failing.last_error
    assert failing.next_due > time.time() + 7 * 60  # 60s doubled three times
    assert recovered.failures == 0 and recovered.last_error == ""
    assert recovered.next_due < time.time() + 61


def test_backoff_doubles_and_is_capped() -> None:
    assert [backoff(60, n) for n in (0, 1, 2, 3)] == [60, 120, 240, 480]
    assert backoff(60, 50) == 6 * 3600


async def test_fetch_pages_reads_each_entry_page(
    redis_client: Redis, prefix: str, server: LocalServer, loopback_policy: FetchPolicy
) -> None:
    server.routes["/story"] = Route(page("Halvard names CTO", OTHER_STORY))
    teaser = Entry("p-1", "Halvard names CTO", "Halvard has a new CTO.", server.url("/story"))
    server.routes["/feed.xml"] = Route(rss([teaser]), "application/rss+xml")
    async with Fetcher(loopback_policy) as fetcher:
        await Parts(redis_client, prefix, fetcher).poll(
            Feed(url=server.url("/feed.xml"), fetch_pages=True)
        )
    (article,) = await read_events(redis_client, StreamNames(prefix).articles, ArticleReceived)
    assert "Benedikt Osei" in article.text and article.published == "2024-03-04"


async def test_syndicated_entries_across_feeds_are_one_story(
    redis_client: Redis, prefix: str, server: LocalServer, loopback_policy: FetchPolicy
) -> None:
    for n, text in enumerate([WIRE_STORY, *SYNDICATED]):
        entry = Entry(f"o{n}", "Mills chief to step down", text, f"http://outlet{n}.example/x")
        server.routes[f"/o{n}.xml"] = Route(rss([entry]), "application/rss+xml")
    async with Fetcher(loopback_policy) as fetcher:
        parts = Parts(redis_client, prefix, fetcher)
        reports = [await parts.poll(Feed(url=server.url(f"/o{n}.xml"))) for n in range(4)]
    assert sum(r.new for r in reports) == 1 and sum(r.duplicates for r in reports) == 3
    assert len(await _titles(redis_client, prefix)) == 1
