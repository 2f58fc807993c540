"""kill -9 a service in the middle of a stream, restart it: nothing lost, nothing twice."""

from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from redis.asyncio import Redis

from execwatch.schemas import ArticleReceived
from execwatch.services.core.appender import StreamAppender
from execwatch.services.core.progress import wait_until_processed
from execwatch.services.core.streams import StreamNames, ensure_groups
from execwatch.services.extraction.engine import extract_moves
from execwatch.services.extraction.moves import to_events

pytestmark = [pytest.mark.integration, pytest.mark.slow]

FIRST = ["Harriet", "Peter", "Miriam", "Tomasz", "Ingrid", "Rafael", "Noor", "Callum"]
LAST = ["Vane", "Wimsey", "Okafor", "Lindqvist", "Brandt", "Moreau", "Castillo", "Haddad"]
ORGS = ["Shrewsbury Mills", "Northgate Savings", "Harbourline Shipping", "Ferrow Foods"]


def _articles(count: int) -> list[ArticleReceived]:
    articles = []
    for n in range(count):
        name = f"{FIRST[n % 8]} {LAST[(n // 8) % 8]}"
        org = ORGS[n % 4]
        text = (
            f"{name} has resigned as chief executive of {org}, the company said on Monday. "
            f"{name.split()[1]} joined {org} in 2015."
        )
        articles.append(
            ArticleReceived(
                article_id=f"crash-{n}",
                text=text,
                published="2024-05-06",
                received_at="2024-05-06T08:00Z",
            )
        )
    return articles


def _expected_event_ids(articles: list[ArticleReceived]) -> set[str]:
    return {
        event.event_id
        for article in articles
        for event in to_events(article, extract_moves(article.text, published=article.published))
    }


def _start(service: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "execwatch.services", "run", "--service", service],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


async def _delivered(client: Redis, stream: str, group: str) -> int:
    pending = (await client.xpending(stream, group))["pending"]
    groups = await client.xinfo_groups(stream)
    info = next(g for g in groups if g["name"].decode() == group)
    done = len(await client.xrange(stream, max=info["last-delivered-id"])) - pending
    return done


@pytest.mark.parametrize(
    ("victim", "stream_of"), [("extraction", "articles"), ("notifier", "moves")]
)
async def test_kill_9_mid_stream_then_restart_loses_and_doubles_nothing(
    victim: str, stream_of: str, redis_client: Redis, redis_url: str, prefix: str, tmp_path: Path
) -> None:
    names = StreamNames(prefix)
    articles = _articles(600)
    expected = _expected_event_ids(articles)
    watchlist = tmp_path / "w.yaml"
    watchlist.write_text(
        "people:\n" + "".join(f"  - name: {f} {s}\n" for f in FIRST for s in LAST[:2]),
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "REDIS_URL": redis_url,
        "EXECWATCH_PREFIX": prefix,
        "EXECWATCH_WATCHLISTS": str(watchlist),
        "EXECWATCH_CLAIM_IDLE_MS": "500",
        "EXECWATCH_READ_BATCH": "1",
    }
    await ensure_groups(redis_client, names)
    appender = StreamAppender(redis_client)  # straight onto the stream: no de-duplication
    for article in articles:
        last = (
            await appender.append(
                names.articles, names.ids(names.articles), article, article.article_id
            )
        ).entry_id
    others = [_start(s, env) for s in ("extraction", "notifier") if s != victim]
    doomed = _start(victim, env)
    try:
        stream, group = getattr(names, stream_of), dict(names.groups())[getattr(names, stream_of)]
        async with asyncio.timeout(60):
            while await _delivered(redis_client, stream, group) < 50:
                await asyncio.sleep(0.02)
        doomed.send_signal(signal.SIGKILL)
        doomed.wait(timeout=10)
        total = len(articles) if victim == "extraction" else len(expected)
        assert await _delivered(redis_client, stream, group) < total, "killed too late"
        others.append(_start(victim, env))
        await wait_until_processed(redis_client, names, last, timeout=120)
    finally:
        for process in others:
            process.send_signal(signal.SIGTERM)
        for process in others:
            process.wait(timeout=30)

    logged = [fields[b"id"].decode() for _, fields in await redis_client.xrange(names.moves)]
    assert len(logged) == len(set(logged)), "a move was logged twice"
    assert set(logged) == expected, "a move was lost"
    raised = [fields[b"id"].decode() for _, fields in await redis_client.xrange(names.alerts)]
    assert raised and len(raised) == len(set(raised)), "an alert was raised twice"
    assert await redis_client.xlen(names.dead) == 0


async def test_kill_9_of_ingest_mid_inbox_then_restart_publishes_each_file_once(
    redis_client: Redis, redis_url: str, prefix: str, tmp_path: Path
) -> None:
    names = StreamNames(prefix)
    words = [f"w{n:03d}" for n in range(800)]
    rng = random.Random(11)
    inbox = tmp_path / "data" / "inbox"
    inbox.mkdir(parents=True)
    count = 400
    for n in range(count):
        body = " ".join(rng.choice(words) for _ in range(80))
        (inbox / f"story-{n:04d}.txt").write_text(f"date 2024-05-06\n{body}.\n", encoding="utf-8")
    env = {
        **os.environ,
        "REDIS_URL": redis_url,
        "EXECWATCH_PREFIX": prefix,
        "EXECWATCH_DATA_DIR": str(tmp_path / "data"),
    }
    doomed = _start("ingest", env)
    async with asyncio.timeout(60):
        while await redis_client.xlen(names.articles) < 20:
            await asyncio.sleep(0.01)
    doomed.send_signal(signal.SIGKILL)
    doomed.wait(timeout=10)
    assert len(list(inbox.glob("*.txt"))) > 0, "killed too late"
    again = _start("ingest", env)
    try:
        async with asyncio.timeout(120):
            while list(inbox.glob("*.txt")):
                await asyncio.sleep(0.05)
    finally:
        again.send_signal(signal.SIGTERM)
        again.wait(timeout=30)
    published = [fields[b"id"].decode() for _, fields in await redis_client.xrange(names.articles)]
    assert sorted(published) == sorted(f"story-{n:04d}.txt" for n in range(count))
