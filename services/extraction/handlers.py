"""The extraction service: ArticleReceived in, one MoveReported per move out."""

from __future__ import annotations

import structlog
from faststream.redis import RedisRouter

from execwatch.schemas import ArticleReceived
from execwatch.services.core.appender import StreamAppender
from execwatch.services.core.bootstrap import Runtime
from execwatch.services.core.consuming import consume_events
from execwatch.services.core.streams import EXTRACTION_GROUP
from execwatch.services.extraction.engine import extract_moves
from execwatch.services.extraction.moves import to_events

log = structlog.get_logger(__name__)


def build_router(runtime: Runtime) -> RedisRouter:
    """The extraction service's router: reads articles, appends moves to the log."""
    names = runtime.names
    appender = StreamAppender(runtime.client)
    router = RedisRouter()

    async def on_article(article: ArticleReceived, entry_id: str) -> None:
        with structlog.contextvars.bound_contextvars(article_id=article.article_id):
            moves = extract_moves(article.text, published=article.published, title=article.title)
            events = to_events(article, moves)
            appended = 0
            for event in events:
                result = await appender.append(
                    names.moves, names.ids(names.moves), event, event.event_id
                )
                appended += result.appended
            log.info("article extracted", entry_id=entry_id, moves=len(events), appended=appended)

    consume_events(router, runtime, names.articles, EXTRACTION_GROUP, ArticleReceived, on_article)
    return router
