"""`execwatch dead list | retry | drop` on a real dead-letter stream."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from redis.asyncio import Redis

from execwatch.services.core.deadletter import record_dead
from execwatch.services.core.streams import StreamNames

pytestmark = pytest.mark.integration


def _dead(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "execwatch.services", "dead", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


async def test_dead_letters_can_be_listed_retried_and_dropped(
    redis_client: Redis, redis_url: str, prefix: str
) -> None:
    names = StreamNames(prefix)
    env = {**os.environ, "REDIS_URL": redis_url, "EXECWATCH_PREFIX": prefix}
    for n in (1, 2):
        await record_dead(
            redis_client,
            names.dead,
            source_stream=names.articles,
            source_id=f"{n}-0",
            reason=f"not a valid ArticleReceived ({n})",
            payload=b"\xc1" * n,
            event="ArticleReceived",
            event_id=f"art-{n}",
            version="1",
        )
    listed = _dead(env, "list", "--json")
    assert listed.returncode == 0, listed.stderr
    items = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [i["reason"] for i in items] == [
        "not a valid ArticleReceived (1)",
        "not a valid ArticleReceived (2)",
    ]
    first, second = (i["dead_id"] for i in items)

    assert _dead(env, "retry", first).returncode == 0
    ((_, fields),) = await redis_client.xrange(names.articles)
    assert fields[b"body"] == b"\xc1" and fields[b"id"] == b"art-1"

    assert _dead(env, "drop", second).returncode == 0
    assert await redis_client.xlen(names.dead) == 0

    missing = _dead(env, "drop", second)
    assert missing.returncode == 1 and f"no dead letter {second}" in missing.stderr
