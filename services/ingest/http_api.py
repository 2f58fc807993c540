"""``POST /articles``: articles pushed over HTTP, behind a bearer token.

aiohttp serves it: its server runs inside the service's own event loop without
touching signal handlers, and it enforces the body size limit itself.

Answers: 202 with the article id (and its story's, when it repeats one), 400 with
the reason for input that is not an article, 401 without the right token, 413 for
a body over the limit.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import structlog
from aiohttp import web

from execwatch.services.ingest.publisher import ArticlePublisher
from execwatch.services.ingest.records import (
    ArticleInputError,
    article_from_record,
    article_from_text,
)

log = structlog.get_logger(__name__)

MAX_BODY_BYTES = 1024 * 1024
SOURCE = "http"


def _error(status: int, message: str, **headers: str) -> web.Response:
    return web.json_response({"error": message}, status=status, headers=headers or None)


class ArticleEndpoint:
    """The HTTP front of the ingest service."""

    def __init__(
        self, publisher: ArticlePublisher, token: str, max_bytes: int = MAX_BODY_BYTES
    ) -> None:
        if not token:
            raise ValueError("the HTTP endpoint needs a bearer token")
        self._publisher = publisher
        self._token = token.encode()
        self._max_bytes = max_bytes

    def application(self) -> web.Application:
        """The aiohttp application serving ``POST /articles``."""
        app = web.Application(client_max_size=self._max_bytes)
        app.router.add_post("/articles", self.post_article)
        return app

    def _authorised(self, request: web.Request) -> bool:
        scheme, _, given = request.headers.get("Authorization", "").partition(" ")
        return scheme.lower() == "bearer" and hmac.compare_digest(
            given.strip().encode(), self._token
        )

    async def post_article(self, request: web.Request) -> web.Response:
        """Validate, de-duplicate and publish one article (JSON object or plain text)."""
        if not self._authorised(request):
            return _error(401, "missing or invalid bearer token", **{"WWW-Authenticate": "Bearer"})
        if request.content_length is not None and request.content_length > self._max_bytes:
            return _error(413, f"body is over the {self._max_bytes}-byte limit")
        try:
            raw = await request.read()
        except web.HTTPRequestEntityTooLarge:
            return _error(413, f"body is over the {self._max_bytes}-byte limit")
        try:
            text = raw.decode("utf-8")
            if request.content_type == "application/json":
                article = article_from_record(json.loads(text), where="body", source=SOURCE)
            elif request.content_type == "text/plain":
                article = article_from_text(text, name=None, source=SOURCE)
            else:
                raise ArticleInputError(
                    f"unsupported content type {request.content_type!r}: "
                    "send application/json or text/plain"
                )
        except UnicodeDecodeError:
            return _error(400, "the body is not UTF-8 text")
        except json.JSONDecodeError as exc:
            return _error(400, f"the body is not JSON: {exc.msg} at line {exc.lineno}")
        except ArticleInputError as exc:
            return _error(400, str(exc).removeprefix(f"{SOURCE}: "))
        outcome = await self._publisher.submit(article)
        log.info("article received over http", article_id=article.article_id, match=outcome.kind)
        return web.json_response(
            {
                "article_id": article.article_id,
                "story_id": outcome.story_id,
                "status": "published" if outcome.new else "duplicate",
                "match": outcome.kind,
            },
            status=202,
        )


@asynccontextmanager
async def serving(endpoint: ArticleEndpoint, host: str, port: int) -> AsyncIterator[int]:
    """Serve the endpoint on ``host:port`` for the duration of the block; yield the port."""
    runner = web.AppRunner(endpoint.application(), access_log=None)
    await runner.setup()
    try:
        site = web.TCPSite(runner, host, port)
        await site.start()
        bound = runner.addresses[0][1]
        log.info("http endpoint listening", host=host, port=bound)
        yield bound
    finally:
        await runner.cleanup()
