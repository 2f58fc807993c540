"""When an alert is due: status changes and newer return signals, once per fact."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from redis.asyncio import Redis

from execwatch.schemas import ArticleReceived
from execwatch.services.core.progress import group_has_finished
from execwatch.services.core.streams import NOTIFIER_GROUP, StreamNames
from execwatch.services.eventlog.replay import log_batches, replay
from execwatch.services.eventlog.store import ProjectionStore
from execwatch.services.registry import SERVICES
from tests.pipeline import alerts, ingest_and_wait, running

pytestmark = pytest.mark.integration


def _article(article_id: str, published: str, text: str) -> ArticleReceived:
    return ArticleReceived(
        article_id=article_id, text=text, published=published, received_at=published + "T09:00Z"
    )


def _settings(make_settings, tmp_path: Path):  # type: ignore[no-untyped-def]
    watch = tmp_path / "w.yaml"
    watch.write_text("people:\n  - name: Harriet Vane\n", encoding="utf-8")
    return make_settings(watchlists=(watch,))


DEPARTURE = _article(
    "wire-1",
    "2022-07-12",
    "Harriet Vane has resigned as chief executive of Shrewsbury Mills, the textile group "
    "said on Tuesday.",
)
CORROBORATION = _article(
    "paper-2",
    "2022-07-13",
    "Shrewsbury Mills is looking for a new boss. Harriet Vane resigned as chief executive "
    "of Shrewsbury Mills this week after a row with investors over the group's debts.",
)
OLD_HIRE = _article(
    "archive-2017",
    "2017-03-01",
    "Shrewsbury Mills has appointed Harriet Vane as chief executive, the company said.",
)


async def test_a_second_article_on_the_same_move_raises_no_second_alert(
    redis_client: Redis, make_settings, tmp_path: Path
) -> None:
    settings = _settings(make_settings, tmp_path)
    async with running(settings, list(SERVICES.values())) as app:
        await ingest_and_wait(redis_client, settings, [DEPARTURE], app)
        await ingest_and_wait(redis_client, settings, [CORROBORATION], app)
    raised = await alerts(redis_client, settings)
    assert [(a.type, a.article_id) for a in raised] == [("departed", "wire-1")]
    assert raised[0].current is not None and raised[0].current.state == "departed"


async def test_an_old_story_read_late_goes_into_the_timeline_silently(
    redis_client: Redis, make_settings, tmp_path: Path
) -> None:
    settings = _settings(make_settings, tmp_path)
    async with running(settings, list(SERVICES.values())) as app:
        await ingest_and_wait(redis_client, settings, [DEPARTURE], app)
        await ingest_and_wait(redis_client, settings, [OLD_HIRE], app)
    assert [a.type for a in await alerts(redis_client, settings)] == ["departed"]
    person = await ProjectionStore(redis_client, settings.prefix).find("Harriet Vane")
    assert person.status is not None and person.status.state == "departed"
    assert {f.type for f in person.facts} >= {"joined", "departed"}


async def test_an_article_retelling_a_career_gives_one_status_alert(
    redis_client: Redis, make_settings, tmp_path: Path
) -> None:
    settings = _settings(make_settings, tmp_path)
    career = _article(
        "profile",
        "2022-09-01",
        "Harriet Vane joined Shrewsbury Mills in 2010. She was promoted to chief executive "
        "of Shrewsbury Mills in 2015. Vane resigned as chief executive in July 2022.",
    )
    async with running(settings, list(SERVICES.values())) as app:
        await ingest_and_wait(redis_client, settings, [career], app)
    status_alerts = [
        a for a in await alerts(redis_client, settings) if not a.type.startswith("return_")
    ]
    assert [a.type for a in status_alerts] == ["departed"]
    assert status_alerts[0].previous is None


async def test_replaying_and_rereading_the_log_raises_nothing_again(
    redis_client: Redis, make_settings, tmp_path: Path
) -> None:
    settings = _settings(make_settings, tmp_path)
    names = StreamNames(settings.prefix)
    async with running(settings, list(SERVICES.values())) as app:
        await ingest_and_wait(redis_client, settings, [OLD_HIRE, DEPARTURE], app)
    before = [a.alert_id for a in await alerts(redis_client, settings)]
    store = ProjectionStore(redis_client, settings.prefix)
    await replay(store, log_batches(redis_client, names.moves))
    # Rewind the notifier to the start of the log, as after an import into a new Redis.
    await redis_client.xgroup_setid(names.moves, NOTIFIER_GROUP, "0")
    last = (await redis_client.xrevrange(names.moves, count=1))[0][0].decode()
    async with running(settings, [SERVICES["notifier"]]), asyncio.timeout(30):
        while not await group_has_finished(redis_client, names.moves, NOTIFIER_GROUP, last):
            await asyncio.sleep(0.05)
    assert [a.alert_id for a in await alerts(redis_client, settings)] == before
    assert before
