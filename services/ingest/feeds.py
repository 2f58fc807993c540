"""Following RSS/Atom feeds: conditional GETs, per-feed state in Redis, backoff on errors.

Per feed (keyed by a digest of its URL) Redis keeps a hash
``{prefix}:feeds:{key}`` (etag, last_modified, failures, next_due, last_error,
last_ok) and a set ``{prefix}:feeds:{key}:seen`` of entry ids already handled,
so a restart neither re-reads old entries nor polls early.
"""

from __future__ import annotations

import asyncio
import io
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import feedparser
import msgspec
import structlog
from redis.asyncio import Redis

from execwatch.schemas import ArticleReceived
from execwatch.services.core.ids import article_id_for, digest
from execwatch.services.ingest.config import Feed, SourcesFile, feed_interval
from execwatch.services.ingest.dates import iso_date
from execwatch.services.ingest.fetch import Fetcher, FetchError, FetchResult
from execwatch.services.ingest.pages import article_from_html, html_to_text
from execwatch.services.ingest.publisher import ArticlePublisher
from execwatch.services.ingest.records import ArticleInputError, Rejected, now_iso

log = structlog.get_logger(__name__)

MAX_BACKOFF = 6 * 3600.0
FEED_TYPES = ("xml", "rss", "atom")


@dataclass
class FeedState:
    """What is remembered about one feed between polls and across restarts."""

    etag: str = ""
    last_modified: str = ""
    failures: int = 0
    next_due: float = 0.0
    last_error: str = ""
    last_ok: str = ""


@dataclass(frozen=True)
class PollReport:
    """What one poll of one feed did."""

    feed: str
    status: Literal["ok", "not-modified", "error"]
    new: int = 0
    duplicates: int = 0
    skipped: tuple[Rejected, ...] = ()
    error: str = ""


class FeedStore:
    """Per-feed state and seen entries, in Redis."""

    def __init__(self, client: Redis, prefix: str) -> None:
        self._client = client
        self._prefix = prefix

    def key(self, url: str) -> str:
        """The hash holding ``url``'s state."""
        return f"{self._prefix}:feeds:{digest('feed', url, length=16)}"

    async def load(self, url: str) -> FeedState:
        """The stored state of the feed at ``url`` (a fresh one when never polled)."""
        raw = {
            k.decode(): v.decode() for k, v in (await self._client.hgetall(self.key(url))).items()
        }
        return FeedState(
            etag=raw.get("etag", ""),
            last_modified=raw.get("last_modified", ""),
            failures=int(raw.get("failures", 0)),
            next_due=float(raw.get("next_due", 0.0)),
            last_error=raw.get("last_error", ""),
            last_ok=raw.get("last_ok", ""),
        )

    async def save(self, url: str, state: FeedState) -> None:
        """Store the feed's state."""
        await self._client.hset(self.key(url), mapping={**vars(state), "url": url})

    async def unseen(self, url: str, entry_ids: Sequence[str]) -> list[str]:
        """The ids in ``entry_ids`` not handled before, in the given order."""
        if not entry_ids:
            return []
        flags = await self._client.smismember(f"{self.key(url)}:seen", list(entry_ids))
        return [entry for entry, seen in zip(entry_ids, flags, strict=True) if not seen]

    async def mark_seen(self, url: str, entry_id: str) -> None:
        """Remember that ``entry_id`` of the feed was handled."""
        await self._client.sadd(f"{self.key(url)}:seen", entry_id)


def backoff(interval: float, failures: int) -> float:
    """Seconds to wait after ``failures`` failures in a row: doubling, capped at 6 hours."""
    return min(interval * 2 ** min(failures, 20), max(MAX_BACKOFF, interval))


async def poll_feed(
    feed: Feed,
    interval: float,
    fetcher: Fetcher,
    store: FeedStore,
    publisher: ArticlePublisher,
) -> PollReport:
    """Poll ``feed`` once and publish its unseen entries; never raises for a bad feed."""
    state = await store.load(feed.url)
    headers = {"if-none-match": state.etag} if state.etag else {}
    if state.last_modified:
        headers["if-modified-since"] = state.last_modified
    try:
        response = await fetcher.get(feed.url, headers)
        report = await _handle(feed, response, fetcher, store, publisher)
    except (FetchError, ArticleInputError) as exc:
        state.failures += 1
        state.last_error = str(exc)
        state.next_due = time.time() + backoff(interval, state.failures)
        await store.save(feed.url, state)
        log.warning("feed failed", feed=feed.label, error=str(exc), failures=state.failures)
        return PollReport(feed.label, "error", error=str(exc))
    if response.status == 200:
        state.etag = response.headers.get("etag", "")
        state.last_modified = response.headers.get("last-modified", "")
    state.failures, state.last_error, state.last_ok = 0, "", now_iso()
    state.next_due = time.time() + interval
    await store.save(feed.url, state)
    log.info("feed polled", feed=feed.label, status=report.status, new=report.new)
    return report


async def _handle(
    feed: Feed,
    response: FetchResult,
    fetcher: Fetcher,
    store: FeedStore,
    publisher: ArticlePublisher,
) -> PollReport:
    if response.status == 304:
        return PollReport(feed.label, "not-modified")
    by_id = feed_entries(response)
    new = duplicates = 0
    skipped: list[Rejected] = []
    for entry_id in await store.unseen(feed.url, list(by_id)):
        entry = by_id[entry_id]
        try:
            article = await entry_article(entry, feed, fetcher)
        except (ArticleInputError, FetchError) as exc:
            where = f"{feed.url} entry {entry.get('link') or entry_id}"
            skipped.append(Rejected(where, str(exc)))
            log.warning("feed entry skipped", feed=feed.label, where=where, reason=str(exc))
            continue
        outcome = await publisher.submit(article)
        new += outcome.new
        duplicates += not outcome.new
        await store.mark_seen(feed.url, entry_id)
    return PollReport(feed.label, "ok", new, duplicates, tuple(skipped))


async def entry_article(entry: Any, feed: Feed, fetcher: Fetcher) -> ArticleReceived:
    """The article of one feed entry: its own content, or its page's main text.

    The page is fetched when the feed asks for it (``fetch_pages``) or the entry has no text.
    """
    link = entry.get("link") or None
    contents = entry.get("content") or []
    html = contents[0].get("value", "") if contents else entry.get("summary", "")
    text = html_to_text(html or "")
    published = iso_date(entry.get("published_parsed") or entry.get("updated_parsed"))
    published = published or iso_date(entry.get("published") or entry.get("updated"))
    if link and (feed.fetch_pages or not text):
        page = await fetcher.get(link)
        # trafilatura is CPU-bound: keep the event loop (other feeds, HTTP) responsive
        article = await asyncio.to_thread(
            article_from_html, page.text(), url=page.url, source=feed.url
        )
        if published and not article.published:
            article = msgspec.structs.replace(article, published=published)
        return article
    if not text:
        raise ArticleInputError("the entry has no text and no link")
    return ArticleReceived(
        article_id=article_id_for(text, link),
        text=text,
        title=entry.get("title") or None,
        url=link,
        published=published,
        source=feed.url,
        received_at=now_iso(),
    )


def feed_entries(response: FetchResult) -> dict[str, Any]:
    """A fetched feed's entries by entry id, oldest first; ArticleInputError if it is no feed."""
    # A stream, never bytes or str: feedparser would treat those as a path or URL to open.
    body = io.BytesIO(response.content)
    parsed = feedparser.parse(body, response_headers=dict(response.headers))
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        problem = parsed.get("bozo_exception") or "no RSS or Atom document"
        raise ArticleInputError(f"{response.url}: not a feed: {problem}")
    return {_entry_id(entry): entry for entry in reversed(parsed.entries)}


def _entry_id(entry: Any) -> str:
    return str(
        entry.get("id") or entry.get("link") or digest(entry.get("title"), entry.get("summary"))
    )


def looks_like_feed(response: FetchResult) -> bool:
    """Whether a fetched document is a feed (by media type, else by its first tag)."""
    if "html" in response.content_type:
        return False
    if any(kind in response.content_type for kind in FEED_TYPES):
        return True
    head = response.content.lstrip()[:500].lower()
    return head.startswith(b"<?xml") or head.startswith((b"<rss", b"<feed", b"<rdf"))


async def poll_all(
    sources: SourcesFile, fetcher: Fetcher, store: FeedStore, publisher: ArticlePublisher
) -> list[PollReport]:
    """Poll every feed once, concurrently; one feed's failure is its own report."""
    return list(
        await asyncio.gather(
            *(
                poll_feed(feed, feed_interval(sources, feed), fetcher, store, publisher)
                for feed in sources.feeds
            )
        )
    )


async def follow_feeds(
    sources: SourcesFile, fetcher: Fetcher, store: FeedStore, publisher: ArticlePublisher
) -> None:
    """Poll every feed on its own schedule until cancelled; a slow feed delays only itself."""
    async with asyncio.TaskGroup() as group:
        for feed in sources.feeds:
            group.create_task(
                _follow(feed, feed_interval(sources, feed), fetcher, store, publisher),
                name=f"feed {feed.label}",
            )


async def _follow(
    feed: Feed, interval: float, fetcher: Fetcher, store: FeedStore, publisher: ArticlePublisher
) -> None:
    failures = 0
    while True:
        try:
            state = await store.load(feed.url)
            await asyncio.sleep(max(0.0, state.next_due - time.time()))
            await poll_feed(feed, interval, fetcher, store, publisher)
            failures = 0
        except Exception:  # a bug or a Redis hiccup on one feed must not stop the others
            failures += 1
            log.exception("feed poll crashed", feed=feed.label, failures=failures)
            await asyncio.sleep(backoff(interval, failures))
