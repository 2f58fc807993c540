"""The ingest service as deployed: inbox, followed feeds and the HTTP endpoint together."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx
import pytest
from redis.asyncio import Redis

from execwatch.schemas import ArticleReceived
from execwatch.services.core.bootstrap import Service, ServiceParts
from execwatch.services.core.reader import read_events
from execwatch.services.core.settings import Settings
from execwatch.services.core.streams import StreamNames
from execwatch.services.ingest.fetch import FetchPolicy
from execwatch.services.ingest.service import IngestSettings, policy_from, run_ingest
from tests.ingest.samples import FOLLOW_UP, OTHER_STORY, WIRE_STORY, Entry, rss
from tests.ingest.server import LocalServer, Route
from tests.ingest.waiting import until
from tests.pipeline import running

pytestmark = pytest.mark.integration

MILLS = Entry("wire-1", "Mills chief to step down", WIRE_STORY, "http://wire.example/1")
FOLLOW = Entry("wire-3", "New CEO hires CFO", FOLLOW_UP, "http://wire.example/3")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_feeds_inbox_and_http_all_feed_the_articles_stream(
    redis_client: Redis,
    make_settings: Callable[..., Settings],
    prefix: str,
    tmp_path: Path,
    server: LocalServer,
    loopback_policy: FetchPolicy,
) -> None:
    server.routes["/feed.xml"] = Route(rss([MILLS]), "application/rss+xml", etag='"1"')
    server.routes["/broken.xml"] = Route(b"down", status=500)
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        f"interval: 1s\nfeeds:\n  - url: {server.url('/broken.xml')}\n"
        f"  - url: {server.url('/feed.xml')}\n",
        encoding="utf-8",
    )
    port = _free_port()
    ingest = IngestSettings(sources=sources, token="t0ken", http_port=port, policy=loopback_policy)
    service = Service(
        "ingest", lambda rt: ServiceParts(background=(lambda: run_ingest(rt, ingest),))
    )
    settings = make_settings()

    async def titles() -> list[str | None]:
        events = await read_events(redis_client, StreamNames(prefix).articles, ArticleReceived)
        return [a.title for a in events]

    async with running(settings, [service]):
        await until(lambda: _has(titles, "Mills chief to step down"), "the first feed entry")
        server.routes["/feed.xml"] = Route(rss([FOLLOW, MILLS]), "application/rss+xml", etag='"2"')
        await until(lambda: _has(titles, "New CEO hires CFO"), "the entry added later")

        inbox = settings.data_dir / "inbox"
        await until(lambda: _true(inbox.is_dir()), "the inbox")
        (inbox / "halvard.txt").write_text(OTHER_STORY, encoding="utf-8")
        await until(lambda: _has(titles, None), "the inbox file")

        async with httpx.AsyncClient() as http:
            answer = await _post_when_listening(http, port, {"text": OTHER_STORY, "title": "dup"})
        assert answer.status_code == 202 and answer.json()["match"] == "same-text"
        assert server.hits["/broken.xml"] >= 1

    assert await titles() == ["Mills chief to step down", "New CEO hires CFO", None]


async def _has(titles: Callable[[], Awaitable[list[str | None]]], title: str | None) -> bool:
    return title in await titles()


async def _true(value: bool) -> bool:
    return value


async def _post_when_listening(
    http: httpx.AsyncClient, port: int, body: dict[str, str]
) -> httpx.Response:
    url = f"http://127.0.0.1:{port}/articles"
    deadline = time.monotonic() + 20
    while True:
        try:
            return await http.post(url, json=body, headers={"Authorization": "Bearer t0ken"})
        except httpx.ConnectError:
            assert time.monotonic() < deadline, "the HTTP endpoint never listened"
            await asyncio.sleep(0.05)


def test_settings_come_from_the_environment_and_hide_the_token() -> None:
    settings = IngestSettings.from_env(
        {
            "EXECWATCH_SOURCES": "feeds.yaml",
            "EXECWATCH_INGEST_TOKEN": "hunter2",
            "EXECWATCH_HTTP_PORT": "9090",
            "EXECWATCH_ALLOW_PRIVATE": "10.0.0.0/8, 127.0.0.1/32",
        }
    )
    assert settings.sources == Path("feeds.yaml") and settings.http_port == 9090
    assert settings.policy.refusal("10.2.3.4") is None
    assert settings.policy.refusal("192.168.0.1") is not None
    assert "hunter2" not in repr(settings)


@pytest.mark.parametrize(("value", "anything"), [("1", True), ("yes", True), ("", False)])
def test_allow_private_takes_yes_or_no(value: str, anything: bool) -> None:
    assert (policy_from(value).refusal("192.168.0.1") is None) is anything
