"""A corpus ingested twice, then replayed: each alert once on the stream, once at the webhook."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from redis.asyncio import Redis

from execwatch.schemas import ArticleReceived
from execwatch.services.core.streams import StreamNames
from execwatch.services.eventlog.replay import log_batches, replay
from execwatch.services.eventlog.store import ProjectionStore
from execwatch.services.notifier.delivery.signing import SIGNATURE_HEADER, verify
from execwatch.services.registry import SERVICES
from tests.pipeline import alerts, ingest_and_wait, running
from tests.receiver import receiver

pytestmark = pytest.mark.integration

SECRET = "end-to-end-secret"
CORPUS = [
    ArticleReceived(
        article_id="a1",
        text="Harriet Vane has resigned as chief executive of Shrewsbury Mills.",
        published="2024-02-06",
        received_at="2024-02-06T09:00Z",
    ),
    ArticleReceived(
        article_id="a2",
        text="Northgate Savings has appointed Peter Wimsey as finance director.",
        published="2024-02-07",
        received_at="2024-02-07T09:00Z",
    ),
]

YAML = """people:
  - name: Harriet Vane
  - name: Peter Wimsey
routes:
  - webhook: {{url: "{url}", secret: {secret}}}
"""
TOML = """[[people]]
name = "Harriet Vane"

[[people]]
name = "Peter Wimsey"

[[routes]]
webhook = {{ url = "{url}", secret = "{secret}" }}
"""


@pytest.mark.parametrize(("suffix", "template"), [("yaml", YAML), ("toml", TOML)])
async def test_each_alert_arrives_once_on_the_stream_and_once_signed_at_the_webhook(
    redis_client: Redis, make_settings, tmp_path: Path, suffix: str, template: str
) -> None:
    with receiver() as hook:
        watchlist = tmp_path / f"team.{suffix}"
        watchlist.write_text(template.format(url=hook.url, secret=SECRET), encoding="utf-8")
        settings = make_settings(watchlists=(watchlist,))
        async with running(settings, list(SERVICES.values())) as app:
            await ingest_and_wait(redis_client, settings, CORPUS, app)
            await ingest_and_wait(redis_client, settings, CORPUS, app)  # again
        names = StreamNames(settings.prefix)
        await replay(
            ProjectionStore(redis_client, settings.prefix), log_batches(redis_client, names.moves)
        )
        raised = await alerts(redis_client, settings)
        posted = hook.wait_for(len(raised))
    assert sorted((a.person, a.type) for a in raised) == [
        ("Harriet Vane", "departed"),
        ("Peter Wimsey", "joined"),
    ]
    assert len(posted) == len(raised)
    assert all(verify(SECRET, p.headers[SIGNATURE_HEADER], p.body) for p in posted)
    assert sorted(json.loads(p.body)["alert_id"] for p in posted) == sorted(
        a.alert_id for a in raised
    )
