"""Following the alerts stream: the Python client, the tail command, and a plain client."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import msgspec
import pytest
from redis.asyncio import Redis

from execwatch.services.core.appender import StreamAppender
from execwatch.services.core.streams import StreamNames
from execwatch.services.subscribe import subscribe
from tests.events import an_alert

pytestmark = pytest.mark.integration


async def _publish(client: Redis, prefix: str, *numbers: int) -> None:
    names = StreamNames(prefix)
    appender = StreamAppender(client)
    for n in numbers:
        await appender.append(names.alerts, names.ids(names.alerts), an_alert(f"al-{n}"), f"al-{n}")


async def test_each_group_sees_every_alert_once(
    redis_client: Redis, redis_url: str, prefix: str
) -> None:
    await _publish(redis_client, prefix, 1, 2, 3)
    options = {"prefix": prefix, "from_start": True, "block_ms": 200}
    first = [a.alert_id async for a in subscribe(redis_url, group="g1", limit=3, **options)]
    other = [a.alert_id async for a in subscribe(redis_url, group="g2", limit=3, **options)]
    assert first == other == ["al-1", "al-2", "al-3"]
    await _publish(redis_client, prefix, 4)
    again = [a.alert_id async for a in subscribe(redis_url, group="g1", limit=1, **options)]
    assert again == ["al-4"]  # g1 resumes after what it acknowledged


async def test_an_alert_not_finished_with_is_handed_out_again(
    redis_client: Redis, redis_url: str, prefix: str
) -> None:
    await _publish(redis_client, prefix, 1, 2)
    options = {"prefix": prefix, "from_start": True, "block_ms": 200, "consumer": "c1"}
    async for alert in subscribe(redis_url, group="g", **options):
        assert alert.alert_id == "al-1"
        break  # the program stops before it asks for the next one: al-1 stays pending
    resumed = [a.alert_id async for a in subscribe(redis_url, group="g", limit=2, **options)]
    assert resumed == ["al-1", "al-2"]


async def test_a_plain_redis_client_can_read_the_documented_layout(
    redis_client: Redis, prefix: str
) -> None:
    await _publish(redis_client, prefix, 1)
    stream = f"{prefix}:alerts"
    await redis_client.xgroup_create(stream, "plain", id="0")
    reply = await redis_client.xreadgroup("plain", "me", {stream: ">"}, count=10)
    ((_, [(entry_id, fields)]),) = reply
    assert fields[b"event"] == b"AlertRaised" and fields[b"v"] == b"1"
    body = msgspec.msgpack.decode(fields[b"body"])
    assert body["alert_id"] == fields[b"id"].decode() == "al-1"
    assert await redis_client.xack(stream, "plain", entry_id) == 1


async def test_tail_prints_alerts_as_json_lines(
    redis_client: Redis, redis_url: str, prefix: str, tmp_path: Path
) -> None:
    await _publish(redis_client, prefix, 1, 2)
    env = {**os.environ, "REDIS_URL": redis_url, "EXECWATCH_PREFIX": prefix}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "execwatch.services",
            "tail",
            "alerts",
            "--from-start",
            "--json",
            "--count",
            "2",
            "--group",
            "cli",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert [json.loads(line)["alert_id"] for line in done.stdout.splitlines()] == ["al-1", "al-2"]
