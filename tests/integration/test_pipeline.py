"""End to end on a real Redis: an article in, the alert read back from the alerts stream."""

from __future__ import annotations

from pathlib import Path

import pytest
from redis.asyncio import Redis

from execwatch.schemas import ArticleReceived
from execwatch.services.ingest.files import read_articles
from execwatch.services.registry import SERVICES
from tests.pipeline import alerts, ingest_and_wait, running

pytestmark = pytest.mark.integration


def _articles(path: Path) -> list[ArticleReceived]:
    return [a for a in read_articles(path) if isinstance(a, ArticleReceived)]


def _watchlist(tmp_path: Path, *names: str) -> Path:
    path = tmp_path / "watch.yaml"
    path.write_text("people:\n" + "".join(f"  - name: {n}\n" for n in names), encoding="utf-8")
    return path


async def test_seed_article_raises_return_hint_alert_for_watched_person(
    redis_client: Redis, make_settings, seed_article: Path, tmp_path: Path
) -> None:
    """Watching "Andrej Karpathy" alerts on the seed's hint though it spells him "Andrey"."""
    settings = make_settings(watchlists=(_watchlist(tmp_path, "Andrej Karpathy"),))
    async with running(settings, list(SERVICES.values())) as app:
        await ingest_and_wait(redis_client, settings, _articles(seed_article), app)
    raised = await alerts(redis_client, settings)
    hints = [a for a in raised if a.type == "return_hinted"]
    assert hints, f"no return_hinted alert among {[a.type for a in raised]}"
    assert hints[0].org == "Tesla"
    assert "return" in hints[0].evidence
    assert hints[0].article_id == "seed-article.txt"


async def test_unwatched_people_raise_no_alert(
    redis_client: Redis, make_settings, seed_article: Path, tmp_path: Path
) -> None:
    """A watchlist with only Elon Musk gives no alert on the seed article."""
    settings = make_settings(watchlists=(_watchlist(tmp_path, "Elon Musk"),))
    async with running(settings, list(SERVICES.values())) as app:
        await ingest_and_wait(redis_client, settings, _articles(seed_article), app)
    assert await alerts(redis_client, settings) == []
