"""Alerts delivered along routes to real receivers on loopback, once each."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from redis.asyncio import Redis

from execwatch.schemas import ArticleReceived
from execwatch.services.core.deadletter import retry_dead
from execwatch.services.core.streams import StreamNames
from execwatch.services.notifier.delivery.deliverer import Deliverer
from execwatch.services.notifier.delivery.signing import SIGNATURE_HEADER, verify
from execwatch.services.notifier.reloading import LiveWatchlists
from execwatch.services.registry import SERVICES
from tests.events import an_alert
from tests.pipeline import ingest_and_wait, running
from tests.receiver import receiver

pytestmark = pytest.mark.integration

SECRET = "s3cret-for-tests"


def _watchlists(tmp_path: Path, routes: str) -> LiveWatchlists:
    path = tmp_path / "team.yaml"
    path.write_text(f"people:\n  - name: Harriet Vane\nroutes:\n{routes}", encoding="utf-8")
    return LiveWatchlists([path])


async def test_a_signed_webhook_arrives_once_with_a_valid_signature(
    redis_client: Redis, prefix: str, tmp_path: Path
) -> None:
    with receiver() as hook:
        routes = f"  - webhook: {{url: '{hook.url}/alerts', secret: {SECRET}}}\n"
        deliverer = Deliverer(redis_client, StreamNames(prefix), _watchlists(tmp_path, routes))
        await deliverer.handle(an_alert(), "1-0")
        await deliverer.handle(an_alert(), "1-0")  # redelivered
        (request,) = hook.wait_for(1)
    assert request.path == "/alerts"
    assert verify(SECRET, request.headers[SIGNATURE_HEADER], request.body)
    assert not verify("wrong", request.headers[SIGNATURE_HEADER], request.body)
    assert json.loads(request.body)["alert_id"] == "al-1"


async def test_an_apprise_json_route_posts_to_the_receiver(
    redis_client: Redis, prefix: str, tmp_path: Path
) -> None:
    with receiver() as hook:
        url = hook.url.replace("http://", "json://") + "/apprise"
        deliverer = Deliverer(
            redis_client, StreamNames(prefix), _watchlists(tmp_path, f"  - apprise: '{url}'\n")
        )
        await deliverer.handle(an_alert(), "1-0")
        (request,) = hook.wait_for(1)
    posted = json.loads(request.body)
    assert "Harriet Vane" in posted["title"] and "resigned" in posted["message"]


async def test_an_undeliverable_alert_is_dead_lettered_with_the_reason(
    redis_client: Redis, prefix: str, tmp_path: Path
) -> None:
    names = StreamNames(prefix)
    with receiver() as hook:
        hook.status = 503
        routes = f"  - name: flaky\n    webhook: {{url: '{hook.url}', secret: {SECRET}}}\n"
        deliverer = Deliverer(redis_client, names, _watchlists(tmp_path, routes), backoff=0.01)
        await deliverer.handle(an_alert(), "7-0")
        assert len(hook.wait_for(4)) == 4  # every attempt was made
    (entry,) = await redis_client.xrange(names.dead)
    fields = entry[1]
    assert b"team/flaky" in fields[b"reason"] and b"HTTP 503" in fields[b"reason"]
    assert fields[b"source_id"] == b"7-0" and fields[b"id"] == b"al-1"


async def test_the_file_route_appends_one_json_line_peran_alert(
    redis_client: Redis, prefix: str, tmp_path: Path
) -> None:
    out = tmp_path / "out" / "alerts.jsonl"
    deliverer = Deliverer(
        redis_client, StreamNames(prefix), _watchlists(tmp_path, f"  - file: '{out}'\n")
    )
    for alert_id in ("al-1", "al-2", "al-1"):
        await deliverer.handle(an_alert(alert_id), "1-0")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["alert_id"] for line in lines] == ["al-1", "al-2"]


async def test_a_daily_digest_is_collected_and_sent_once_after_its_day(
    redis_client: Redis, prefix: str, tmp_path: Path
) -> None:
    now = [datetime(2024, 3, 4, 18, 0, tzinfo=UTC)]
    with receiver() as hook:
        routes = f"  - webhook: {{url: '{hook.url}', secret: {SECRET}}}\n    digest: daily\n"
        deliverer = Deliverer(
            redis_client, StreamNames(prefix), _watchlists(tmp_path, routes), clock=lambda: now[0]
        )
        await deliverer.handle(an_alert("al-1", "2024-03-04T09:00:00+00:00"), "1-0")
        await deliverer.handle(an_alert("al-2", "2024-03-04T17:00:00+00:00"), "2-0")
        assert await deliverer.flush_due() == 0  # the day is not over
        now[0] += timedelta(hours=7)
        assert await deliverer.flush_due() == 1
        assert await deliverer.flush_due() == 0
        (request,) = hook.wait_for(1)
    digest = json.loads(request.body)
    assert digest["digest"] == "2024-03-04"
    assert [a["alert_id"] for a in digest["alerts"]] == ["al-1", "al-2"]


async def _a_failed_digest(
    redis_client: Redis, names: StreamNames, tmp_path: Path, hook_url: str
) -> Deliverer:
    """A daily digest of one alert whose route was down when its day ended."""
    now = [datetime(2024, 3, 4, 18, 0, tzinfo=UTC)]
    routes = f"  - webhook: {{url: '{hook_url}', secret: {SECRET}}}\n    digest: daily\n"
    deliverer = Deliverer(
        redis_client, names, _watchlists(tmp_path, routes), clock=lambda: now[0], backoff=0.01
    )
    await deliverer.handle(an_alert("al-1", "2024-03-04T09:00:00+00:00"), "1-0")
    now[0] += timedelta(hours=7)
    assert await deliverer.flush_due() == 1
    return deliverer


async def test_a_failed_digest_is_dead_lettered_and_sent_once_when_resent(
    redis_client: Redis, prefix: str, tmp_path: Path
) -> None:
    names = StreamNames(prefix)
    with receiver() as hook:
        hook.status = 503
        deliverer = await _a_failed_digest(redis_client, names, tmp_path, hook.url)
        (dead,) = await redis_client.xrange(names.dead)
        assert dead[1][b"event"] == b"Digest" and b"HTTP 503" in dead[1][b"reason"]
        key = dead[1][b"id"].decode()
        assert key.endswith("|2024-03-04")
        assert len(hook.wait_for(4)) == 4  # every attempt was made
        hook.status = 200
        assert await deliverer.resend_digest(key) is True
        assert await deliverer.resend_digest(key) is False  # sent already: not again
        assert await deliverer.flush_due() == 0
        requests = hook.wait_for(5)
    assert len(requests) == 5
    delivered = json.loads(requests[-1].body)
    assert delivered["digest"] == "2024-03-04"
    assert [a["alert_id"] for a in delivered["alerts"]] == ["al-1"]


async def test_dead_retry_of_a_digest_sends_it_through_the_running_notifier(
    redis_client: Redis, make_settings, tmp_path: Path
) -> None:
    """`execwatch dead retry` on a failed digest: the notifier sends the digest again."""
    with receiver() as hook:
        hook.status = 503
        settings = make_settings()
        names = StreamNames(settings.prefix)
        deliverer = await _a_failed_digest(redis_client, names, tmp_path, hook.url)
        (dead,) = await redis_client.xrange(names.dead)
        assert len(hook.wait_for(4)) == 4
        hook.status = 200
        watchlist = tmp_path / "team.yaml"  # the running notifier reads the same watchlist
        async with running(make_settings(watchlists=(watchlist,)), [SERVICES["notifier"]]):
            await retry_dead(redis_client, names.dead, dead[0].decode())
            # Wait in a thread: the app runs on this event loop and must keep going.
            requests = await asyncio.to_thread(hook.wait_for, 5)
    assert json.loads(requests[-1].body)["digest"] == "2024-03-04"
    assert await redis_client.xlen(names.dead) == 0
    assert await deliverer.resend_digest(dead[1][b"id"].decode()) is False


async def test_a_retried_delivery_is_sent_without_a_second_alert_on_the_stream(
    redis_client: Redis, make_settings, tmp_path: Path
) -> None:
    """The route is down, the alert is dead-lettered; once it is back, `dead retry`
    delivers it, and the alerts stream still holds the alert once."""
    story = ArticleReceived(
        article_id="s1",
        text="Harriet Vane has resigned as chief executive of Shrewsbury Mills.",
        published="2024-02-06",
        received_at="2024-02-06T09:00Z",
    )
    with receiver() as hook:
        hook.status = 503
        watchlist = tmp_path / "team.yaml"
        watchlist.write_text(
            "people:\n  - name: Harriet Vane\nroutes:\n"
            f"  - webhook: {{url: '{hook.url}', secret: {SECRET}}}\n",
            encoding="utf-8",
        )
        settings = make_settings(watchlists=(watchlist,))
        names = StreamNames(settings.prefix)
        async with running(settings, list(SERVICES.values())) as app:
            await ingest_and_wait(redis_client, settings, [story], app)
            (dead,) = await redis_client.xrange(names.dead)
            assert dead[1][b"source"] == names.redeliveries.encode()
            hook.status = 200
            await retry_dead(redis_client, names.dead, dead[0].decode())
            # Wait in a thread: the app runs on this event loop and must keep going.
            delivered = (await asyncio.to_thread(hook.wait_for, 5))[-1]
    assert json.loads(delivered.body)["person"] == "Harriet Vane"
    assert await redis_client.xlen(names.alerts) == 1
    assert await redis_client.xlen(names.dead) == 0
