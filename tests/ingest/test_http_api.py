"""POST /articles on loopback: 202, 400, 401 and 413, and what reaches the stream."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from redis.asyncio import Redis

from execwatch.schemas import ArticleReceived
from execwatch.services.core.reader import read_events
from execwatch.services.core.streams import StreamNames
from execwatch.services.ingest.http_api import ArticleEndpoint, serving
from execwatch.services.ingest.publisher import ArticlePublisher
from tests.ingest.samples import OTHER_STORY, SYNDICATED, WIRE_STORY

pytestmark = pytest.mark.integration

TOKEN = "s3cret-test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
async def client(redis_client: Redis, prefix: str) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client on an endpoint served on a free loopback port, 2 KiB body limit."""
    publisher = ArticlePublisher(redis_client, StreamNames(prefix))
    endpoint = ArticleEndpoint(publisher, TOKEN, max_bytes=2048)
    async with (
        serving(endpoint, "127.0.0.1", 0) as port,
        httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as http,
    ):
        yield http


async def _articles(redis_client: Redis, prefix: str) -> list[ArticleReceived]:
    return await read_events(redis_client, StreamNames(prefix).articles, ArticleReceived)


async def test_a_json_article_is_accepted_with_its_id(
    client: httpx.AsyncClient, redis_client: Redis, prefix: str
) -> None:
    body = {"text": OTHER_STORY, "title": "Halvard names CTO", "published": "4 March 2024"}
    answer = await client.post("/articles", json=body, headers=AUTH)
    assert answer.status_code == 202
    (article,) = await _articles(redis_client, prefix)
    assert answer.json() == {
        "article_id": article.article_id,
        "story_id": article.article_id,
        "status": "published",
        "match": "new",
    }
    assert (article.title, article.published, article.source) == (
        "Halvard names CTO",
        "2024-03-04",
        "http",
    )


async def test_plain_text_is_accepted(
    client: httpx.AsyncClient, redis_client: Redis, prefix: str
) -> None:
    answer = await client.post(
        "/articles",
        content=f"date: 2024-03-04\n{OTHER_STORY}".encode(),
        headers={**AUTH, "Content-Type": "text/plain; charset=utf-8"},
    )
    assert answer.status_code == 202
    (article,) = await _articles(redis_client, prefix)
    assert article.article_id == answer.json()["article_id"]
    assert article.published == "2024-03-04"


async def test_a_near_duplicate_is_accepted_but_not_published_again(
    client: httpx.AsyncClient, redis_client: Redis, prefix: str
) -> None:
    first = await client.post("/articles", json={"text": WIRE_STORY}, headers=AUTH)
    copy = await client.post("/articles", json={"text": SYNDICATED[1]}, headers=AUTH)
    assert copy.status_code == 202
    assert copy.json()["status"] == "duplicate"
    assert copy.json()["match"] == "near-duplicate"
    assert copy.json()["story_id"] == first.json()["article_id"]
    assert len(await _articles(redis_client, prefix)) == 1


@pytest.mark.parametrize(
    ("content", "content_type", "message"),
    [
        (b"{not json", "application/json", "not JSON"),
        (b'["a list"]', "application/json", "expected a JSON object"),
        (b'{"title": "no text"}', "application/json", "no text"),
        (b'{"text": "Osei joins.", "published": "someday"}', "application/json", "not a date"),
        (b"   ", "text/plain", "no text"),
        (b"\xff\xfe", "text/plain", "not UTF-8"),
        (b"<p>hi</p>", "application/xml", "unsupported content type"),
    ],
)
async def test_bad_input_is_a_400_with_a_clear_message(
    client: httpx.AsyncClient,
    redis_client: Redis,
    prefix: str,
    content: bytes,
    content_type: str,
    message: str,
) -> None:
    answer = await client.post(
        "/articles", content=content, headers={**AUTH, "Content-Type": content_type}
    )
    assert answer.status_code == 400
    assert message in answer.json()["error"]
    assert await _articles(redis_client, prefix) == []


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}, {"Authorization": "Basic x"}],
)
async def test_without_the_right_token_it_is_a_401(
    client: httpx.AsyncClient, redis_client: Redis, prefix: str, headers: dict[str, str]
) -> None:
    answer = await client.post("/articles", json={"text": OTHER_STORY}, headers=headers)
    assert answer.status_code == 401
    assert answer.headers["WWW-Authenticate"] == "Bearer"
    assert TOKEN not in answer.text
    assert await _articles(redis_client, prefix) == []


async def test_an_oversize_body_is_a_413(
    client: httpx.AsyncClient, redis_client: Redis, prefix: str
) -> None:
    answer = await client.post("/articles", json={"text": "word " * 1000}, headers=AUTH)
    assert answer.status_code == 413
    assert "2048-byte limit" in answer.json()["error"]
    assert await _articles(redis_client, prefix) == []


async def test_an_oversize_chunked_body_is_a_413(client: httpx.AsyncClient) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(10):
            yield b"x" * 512

    answer = await client.post(
        "/articles", content=chunks(), headers={**AUTH, "Content-Type": "text/plain"}
    )
    assert answer.status_code == 413


async def test_other_paths_and_methods_are_not_served(client: httpx.AsyncClient) -> None:
    assert (await client.get("/articles", headers=AUTH)).status_code == 405
    assert (await client.post("/other", headers=AUTH)).status_code == 404


def test_an_endpoint_without_a_token_cannot_be_built(redis_client: Redis) -> None:
    with pytest.raises(ValueError, match="token"):
        ArticleEndpoint(ArticlePublisher(redis_client, StreamNames("unused")), "")
