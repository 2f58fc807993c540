"""What the streams promise: late consumers see old entries, bad input is dead-lettered,
and the same article twice writes nothing twice."""

from __future__ import annotations

import asyncio
from pathlib import Path

import msgspec
import pytest
from redis.asyncio import Redis

from execwatch.schemas import ArticleReceived, encode
from execwatch.services.core.progress import group_has_finished, wait_until_processed
from execwatch.services.core.streams import StreamNames, ensure_groups
from execwatch.services.registry import SERVICES
from tests.pipeline import alerts, ingest_and_wait, running

pytestmark = pytest.mark.integration

STORY = (
    "Harriet Vane has resigned as chief executive of Shrewsbury Mills, the textile group said "
    "on Tuesday. Vane said she had no intention of returning to the company."
)


def _article(article_id: str = "story-1", text: str = STORY) -> ArticleReceived:
    return ArticleReceived(
        article_id=article_id, text=text, published="2024-02-06", received_at="2024-02-06T09:00Z"
    )


def _watching(tmp_path: Path, name: str) -> tuple[Path, ...]:
    path = tmp_path / "w.yaml"
    path.write_text(f"people:\n  - name: {name}\n", encoding="utf-8")
    return (path,)


async def test_an_article_published_before_the_services_started_is_processed(
    redis_client: Redis, make_settings, tmp_path: Path
) -> None:
    settings = make_settings(watchlists=_watching(tmp_path, "Harriet Vane"))
    names = StreamNames(settings.prefix)
    entry_id = await redis_client.xadd(
        names.articles,
        {"event": "ArticleReceived", "v": "1", "id": "early", "body": encode(_article("early"))},
    )
    async with running(settings, list(SERVICES.values())):
        await wait_until_processed(redis_client, names, entry_id.decode(), timeout=30)
    raised = await alerts(redis_client, settings)
    assert {a.type for a in raised} >= {"departed"}
    assert all(a.article_id == "early" for a in raised)


async def test_the_same_article_twice_gives_each_move_and_alert_once(
    redis_client: Redis, make_settings, tmp_path: Path
) -> None:
    settings = make_settings(watchlists=_watching(tmp_path, "Harriet Vane"))
    names = StreamNames(settings.prefix)
    async with running(settings, list(SERVICES.values())) as app:
        first = await ingest_and_wait(redis_client, settings, [_article()], app)
        second = await ingest_and_wait(redis_client, settings, [_article()], app)
    assert (first, second) == (1, 0)
    moves = await redis_client.xrange(names.moves)
    event_ids = [fields[b"id"] for _, fields in moves]
    assert moves and len(event_ids) == len(set(event_ids))
    raised = await alerts(redis_client, settings)
    assert raised and len(raised) == len({a.alert_id for a in raised})


POISON = {
    "undecodable bytes": (b"\xc1junk", b"not a valid ArticleReceived"),
    "another event type": (
        msgspec.msgpack.encode({"event": "MoveRetracted", "schema_version": 1}),
        b"Invalid value 'MoveRetracted'",
    ),
    "a future schema version": (
        msgspec.msgpack.encode({**msgspec.to_builtins(_article()), "schema_version": 9}),
        b"schema version 9 is newer than this reader's 1",
    ),
}


@pytest.mark.parametrize("kind", list(POISON))
async def test_a_poison_article_goes_to_the_dead_letter_stream_with_its_reason(
    redis_client: Redis, make_settings, kind: str
) -> None:
    body, reason = POISON[kind]
    settings = make_settings()
    names = StreamNames(settings.prefix)
    await ensure_groups(redis_client, names)
    bad_id = await redis_client.xadd(
        names.articles, {"event": "ArticleReceived", "v": "1", "id": "bad", "body": body}
    )
    good_id = await redis_client.xadd(
        names.articles,
        {"event": "ArticleReceived", "v": "1", "id": "ok", "body": encode(_article())},
    )
    async with running(settings, [SERVICES["extraction"]]):
        await _wait_for_group(redis_client, names, good_id.decode())
    (dead_entry,) = await redis_client.xrange(names.dead)
    fields = dead_entry[1]
    assert fields[b"source"] == names.articles.encode()
    assert fields[b"source_id"] == bad_id
    assert reason in fields[b"reason"]
    assert fields[b"body"] == body
    assert await redis_client.xlen(names.moves) > 0  # the stream kept flowing


async def _wait_for_group(client: Redis, names: StreamNames, entry_id: str) -> None:
    for _ in range(600):
        if await group_has_finished(client, names.articles, "extraction", entry_id):
            return
        await asyncio.sleep(0.05)
    raise AssertionError("extraction never acknowledged the bad entry")
