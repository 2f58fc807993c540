"""Broker faults: Redis restarted mid-run, and Redis emptied under a running service."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from redis.asyncio import Redis
from structlog.testing import capture_logs

from execwatch.schemas import ArticleReceived
from execwatch.services.core.connect import RedisUnavailable, connect, wait_for_redis
from execwatch.services.core.progress import group_has_finished
from execwatch.services.core.streams import EXTRACTION_GROUP, StreamNames
from execwatch.services.ingest.publisher import ArticlePublisher
from execwatch.services.registry import SERVICES
from tests.pipeline import alerts, ingest_and_wait, running
from tests.redis_servers import free_port, redis_server

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def _story(n: int) -> ArticleReceived:
    return ArticleReceived(
        article_id=f"story-{n}",
        text=f"Harriet Vane{n} has resigned as chief executive of Shrewsbury Mills {n}.",
        published="2024-02-06",
        received_at="2024-02-06T09:00Z",
    )


async def test_services_survive_a_redis_restart_and_lose_nothing_acknowledged(
    make_settings, tmp_path: Path
) -> None:
    durable = ("--appendonly", "yes", "--appendfsync", "always")
    watch = tmp_path / "w.yaml"
    watch.write_text("people:\n  - name: Harriet Vane1\n  - name: Harriet Vane2\n")
    with redis_server(tmp_path, *durable) as server:
        url = f"redis://127.0.0.1:{server.port}/0"
        settings = make_settings(redis_url=url, watchlists=(watch,), claim_idle_ms=500)
        client = connect(url)
        async with running(settings, list(SERVICES.values())) as app:
            await ingest_and_wait(client, settings, [_story(1)], app)
            before = await client.xlen(StreamNames(settings.prefix).moves)
            server.stop()  # the server goes away under the running services ...
            server.start()  # ... and comes back on the same port and data folder
            await ingest_and_wait(client, settings, [_story(2)], app)
        names = StreamNames(settings.prefix)
        assert await client.xlen(names.moves) == 2 * before
        assert sorted(a.article_id for a in await alerts(client, settings)) == [
            "story-1", "story-2"
        ]
        await client.aclose()


async def test_a_deleted_stream_stops_the_service_with_a_clear_error_not_a_hot_loop(
    redis_client: Redis, make_settings, caplog: pytest.LogCaptureFixture
) -> None:
    """Redis emptied under a running service (NOGROUP): it stops and says why; a restart
    recreates the groups and carries on."""
    settings = make_settings()
    names = StreamNames(settings.prefix)
    async with running(settings, [SERVICES["extraction"]]) as app:
        await _extracted(redis_client, names, _story(1))
        await redis_client.delete(names.articles)  # what FLUSHALL does to our keys
        async with asyncio.timeout(30):
            await asyncio.shield(app)  # the app ends by itself
    assert "no longer exists" in caplog.text
    async with running(settings, [SERVICES["extraction"]]):
        await _extracted(redis_client, names, _story(2))
    assert await redis_client.xlen(names.moves) == 2


async def _extracted(client: Redis, names: StreamNames, article: ArticleReceived) -> None:
    publisher = ArticlePublisher(client, names)
    await publisher.prepare()
    _, entry_id = await publisher.publish(article)
    async with asyncio.timeout(30):
        while not await group_has_finished(client, names.articles, EXTRACTION_GROUP, entry_id):
            await asyncio.sleep(0.05)


async def test_an_unreachable_redis_at_start_is_retried_then_reported_in_one_line() -> None:
    port = free_port()  # nothing listens there
    url = f"redis://app:topsecret@127.0.0.1:{port}/0"
    with capture_logs() as logs, pytest.raises(RedisUnavailable) as caught:
        await wait_for_redis(url, timeout=1.0, first_delay=0.1)
    message = str(caught.value)
    assert f"127.0.0.1:{port}" in message and "unreachable after" in message
    assert "topsecret" not in message
    retries = [e for e in logs if e["event"] == "redis unreachable; retrying"]
    assert len(retries) >= 2 and all("topsecret" not in e["url"] for e in retries)
