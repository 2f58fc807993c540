"""Putting articles on the articles stream, once each."""

from __future__ import annotations

from collections.abc import Iterable

import structlog
from redis.asyncio import Redis

from execwatch.schemas import ArticleReceived
from execwatch.services.core.appender import StreamAppender
from execwatch.services.core.streams import StreamNames, ensure_groups, entry_key

log = structlog.get_logger(__name__)


class ArticlePublisher:
    """Publishes ArticleReceived events; an article id already published is skipped."""

    def __init__(self, client: Redis, names: StreamNames) -> None:
        self._client = client
        self._names = names
        self._appender = StreamAppender(client)

    async def prepare(self) -> None:
        """Create the consumer groups, so no article published now is missed later."""
        await ensure_groups(self._client, self._names)

    async def publish(self, article: ArticleReceived) -> tuple[bool, str]:
        """Publish one article; return (whether it was new, its entry id)."""
        stream = self._names.articles
        result = await self._appender.append(
            stream, self._names.ids(stream), article, article.article_id
        )
        log.info(
            "article published" if result.appended else "article already published",
            article_id=article.article_id,
            entry_id=result.entry_id,
        )
        return result.appended, result.entry_id

    async def publish_all(self, articles: Iterable[ArticleReceived]) -> tuple[int, str | None]:
        """Publish articles in order; return how many were new and the last entry id."""
        new, last = 0, None
        for article in articles:
            appended, entry_id = await self.publish(article)
            new += appended
            last = entry_id if last is None or entry_key(entry_id) > entry_key(last) else last
        return new, last
