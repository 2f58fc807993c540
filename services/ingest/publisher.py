"""Putting articles on the articles stream, once each, duplicates collapsed into stories."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from dataclasses import dataclass

import structlog
from redis.asyncio import Redis

from execwatch.schemas import ArticleReceived
from execwatch.services.core.appender import StreamAppender
from execwatch.services.core.streams import StreamNames, ensure_groups, entry_key
from execwatch.services.ingest.dedup import Deduplicator, Kind, Verdict

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class Outcome:
    """What publishing one article did."""

    new: bool  # appended to the articles stream now
    kind: Kind | None  # the dedup verdict ("new", "same-url", ...), None when dedup is off
    story_id: str  # the article published for this story (the article itself when new)
    entry_id: str  # the story's entry on the articles stream


class ArticlePublisher:
    """Publishes ArticleReceived events once per article id and, with dedup, once per story."""

    def __init__(self, client: Redis, names: StreamNames, *, dedup: bool = True) -> None:
        self._client = client
        self._names = names
        self._appender = StreamAppender(client)
        self._dedup = Deduplicator(client, names.prefix) if dedup else None
        self._lock = asyncio.Lock()

    @property
    def deduplicator(self) -> Deduplicator | None:
        """The de-duplication state this publisher uses (None when off)."""
        return self._dedup

    async def prepare(self) -> None:
        """Create the consumer groups, so no article published now is missed later."""
        await ensure_groups(self._client, self._names)

    async def publish(self, article: ArticleReceived) -> tuple[bool, str]:
        """Publish one article; return (whether it was new, its story's entry id)."""
        outcome = await self.submit(article)
        return outcome.new, outcome.entry_id

    async def submit(self, article: ArticleReceived) -> Outcome:
        """Publish one article unless it repeats an earlier story; say what happened."""
        async with self._lock:  # check-then-record must not interleave in one process
            verdict = await self._dedup.check(article) if self._dedup else None
            if verdict is not None and verdict.kind != "new":
                entry = await self._entry_of(verdict.story_id)
                if entry is not None:
                    await self._record(article, verdict)
                    log.info(
                        "article is a duplicate",
                        article_id=article.article_id,
                        story_id=verdict.story_id,
                        match=verdict.kind,
                        similarity=round(verdict.similarity, 3),
                    )
                    return Outcome(False, verdict.kind, verdict.story_id, entry)
                verdict = Verdict("new", article.article_id)  # its story left the stream
            stream = self._names.articles
            result = await self._appender.append(
                stream, self._names.ids(stream), article, article.article_id
            )
            await self._record(article, verdict)
        log.info(
            "article published" if result.appended else "article already published",
            article_id=article.article_id,
            entry_id=result.entry_id,
        )
        kind = verdict.kind if verdict else None
        return Outcome(result.appended, kind, article.article_id, result.entry_id)

    async def publish_all(self, articles: Iterable[ArticleReceived]) -> tuple[int, str | None]:
        """Publish articles in order; return how many were new and the last entry id."""
        new, last = 0, None
        for article in articles:
            appended, entry_id = await self.publish(article)
            new += appended
            last = entry_id if last is None or entry_key(entry_id) > entry_key(last) else last
        return new, last

    async def _record(self, article: ArticleReceived, verdict: Verdict | None) -> None:
        if self._dedup is not None and verdict is not None:
            await self._dedup.record(article, verdict)

    async def _entry_of(self, article_id: str) -> str | None:
        stream = self._names.articles
        entry = await self._client.hget(self._names.ids(stream), article_id)
        return entry.decode() if isinstance(entry, bytes) else entry
