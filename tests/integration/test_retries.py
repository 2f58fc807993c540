"""A handler that fails is retried a bounded number of times, then dead-lettered."""

from __future__ import annotations

import asyncio

import pytest
from faststream.redis import RedisRouter
from faststream.redis.annotations import RedisStreamMessage
from redis.asyncio import Redis

from execwatch.services.core.bootstrap import Runtime, Service, ServiceParts
from execwatch.services.core.consuming import consume
from execwatch.services.core.progress import group_has_finished
from execwatch.services.core.streams import EXTRACTION_GROUP, StreamNames, ensure_groups
from tests.pipeline import running

pytestmark = pytest.mark.integration


def _flaky_service(failures: int, calls: list[bytes], fails_on: bytes = b"") -> Service:
    """A service on the articles stream whose handler fails its first ``failures`` calls
    on bodies starting with ``fails_on``."""

    def build(runtime: Runtime) -> ServiceParts:
        router = RedisRouter()

        async def handler(body: bytes, message: RedisStreamMessage) -> None:
            calls.append(body)
            if body.startswith(fails_on) and calls.count(body) <= failures:
                raise RuntimeError(f"boom {len(calls)}")

        consume(router, runtime, runtime.names.articles, EXTRACTION_GROUP, handler)
        return ServiceParts(router=router)

    return Service("flaky", build)


async def _settle(client: Redis, names: StreamNames, entry_id: str) -> None:
    async with asyncio.timeout(30):
        while not await group_has_finished(client, names.articles, EXTRACTION_GROUP, entry_id):
            await asyncio.sleep(0.05)


async def test_a_transient_failure_is_retried_until_it_succeeds(
    redis_client: Redis, make_settings
) -> None:
    settings = make_settings(max_deliveries=5, claim_idle_ms=100)
    names = StreamNames(settings.prefix)
    await ensure_groups(redis_client, names)
    entry_id = (await redis_client.xadd(names.articles, {"body": b"x"})).decode()
    calls: list[bytes] = []
    async with running(settings, [_flaky_service(2, calls)]):
        await _settle(redis_client, names, entry_id)
    assert len(calls) == 3
    assert await redis_client.xlen(names.dead) == 0


async def test_a_message_that_always_fails_is_dead_lettered_after_the_limit(
    redis_client: Redis, make_settings
) -> None:
    settings = make_settings(max_deliveries=3, claim_idle_ms=100)
    names = StreamNames(settings.prefix)
    await ensure_groups(redis_client, names)
    entry_id = (await redis_client.xadd(names.articles, {"event": "X", "body": b"poison"})).decode()
    later = (await redis_client.xadd(names.articles, {"body": b"fine"})).decode()
    calls: list[bytes] = []
    async with running(settings, [_flaky_service(10**6, calls, fails_on=b"poison")]):
        await _settle(redis_client, names, later)
        await _settle(redis_client, names, entry_id)
    assert calls.count(b"poison") == 3
    assert calls.count(b"fine") == 1  # the stream kept flowing past the poison
    (dead,) = await redis_client.xrange(names.dead)
    fields = dead[1]
    assert fields[b"source_id"].decode() == entry_id
    assert b"handler failed 3 times" in fields[b"reason"] and b"boom" in fields[b"reason"]
    assert fields[b"body"] == b"poison"
