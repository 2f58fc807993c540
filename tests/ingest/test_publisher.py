"""Publishing with de-duplication: one entry per story, copies recorded as its sources."""

from __future__ import annotations

import pytest
from redis.asyncio import Redis

from execwatch.schemas import ArticleReceived
from execwatch.services.core.ids import article_id_for
from execwatch.services.core.reader import read_events
from execwatch.services.core.streams import StreamNames
from execwatch.services.ingest.publisher import ArticlePublisher
from tests.ingest.samples import FOLLOW_UP, OTHER_STORY, SECOND_HAND, SYNDICATED, WIRE_STORY

pytestmark = pytest.mark.integration


def _article(text: str, url: str | None = None, article_id: str | None = None) -> ArticleReceived:
    return ArticleReceived(
        article_id=article_id or article_id_for(text, url),
        text=text,
        url=url,
        source="test",
        received_at="2024-03-05T10:00:00+00:00",
    )


async def _published(client: Redis, prefix: str) -> list[ArticleReceived]:
    return await read_events(client, StreamNames(prefix).articles, ArticleReceived)


async def test_the_same_url_with_tracking_parameters_is_published_once(
    redis_client: Redis, prefix: str
) -> None:
    publisher = ArticlePublisher(redis_client, StreamNames(prefix))
    first = await publisher.submit(_article(WIRE_STORY, "https://wire.example/mills"))
    again = await publisher.submit(
        _article(WIRE_STORY + " Updated.", "https://www.wire.example/mills/?utm_source=rss")
    )
    assert (first.new, again.new, again.kind) == (True, False, "same-url")
    assert again.entry_id == first.entry_id
    assert [a.article_id for a in await _published(redis_client, prefix)] == [first.story_id]


async def test_the_same_text_under_another_url_is_one_story_with_two_sources(
    redis_client: Redis, prefix: str
) -> None:
    publisher = ArticlePublisher(redis_client, StreamNames(prefix))
    first = await publisher.submit(_article(WIRE_STORY, "https://wire.example/mills"))
    copy = await publisher.submit(_article("  " + WIRE_STORY.upper(), "https://daily.example/m"))
    assert (copy.new, copy.kind, copy.story_id) == (False, "same-text", first.story_id)
    assert len(await _published(redis_client, prefix)) == 1
    assert publisher.deduplicator is not None
    sources = await publisher.deduplicator.sources(first.story_id)
    assert [s.url for s in sources] == ["https://wire.example/mills", "https://daily.example/m"]


async def test_a_syndicated_story_from_four_outlets_is_published_once(
    redis_client: Redis, prefix: str
) -> None:
    publisher = ArticlePublisher(redis_client, StreamNames(prefix))
    outlets = [f"https://outlet{n}.example/story" for n in range(4)]
    outcomes = [
        await publisher.submit(_article(text, url))
        for text, url in zip([WIRE_STORY, *SYNDICATED], outlets, strict=True)
    ]
    assert [o.new for o in outcomes] == [True, False, False, False]
    assert {o.kind for o in outcomes[1:]} == {"near-duplicate"}
    assert {o.story_id for o in outcomes} == {outcomes[0].story_id}
    assert len(await _published(redis_client, prefix)) == 1
    assert publisher.deduplicator is not None
    sources = await publisher.deduplicator.sources(outcomes[0].story_id)
    assert sorted(s.url or "" for s in sources) == outlets
    assert all(s.similarity >= 0.8 for s in sources)


async def test_different_stories_and_a_follow_up_are_all_published(
    redis_client: Redis, prefix: str
) -> None:
    publisher = ArticlePublisher(redis_client, StreamNames(prefix))
    new, _ = await publisher.publish_all(
        [_article(WIRE_STORY), _article(FOLLOW_UP), _article(OTHER_STORY)]
    )
    assert new == 3


async def test_what_was_seen_survives_a_restart(redis_client: Redis, prefix: str) -> None:
    await ArticlePublisher(redis_client, StreamNames(prefix)).submit(_article(WIRE_STORY))
    restarted = ArticlePublisher(redis_client, StreamNames(prefix))
    outcome = await restarted.submit(_article(SYNDICATED[0], "https://late.example/x"))
    assert (outcome.new, outcome.kind) == (False, "near-duplicate")


async def test_publish_keeps_answering_new_and_the_story_entry(
    redis_client: Redis, prefix: str
) -> None:
    """ArticlePublisher.publish, as the CLI and other tests use it, is unchanged."""
    publisher = ArticlePublisher(redis_client, StreamNames(prefix))
    first = await publisher.publish(_article(WIRE_STORY, article_id="wire.txt"))
    second = await publisher.publish(_article(WIRE_STORY, article_id="wire.txt"))
    assert first[0] is True and second == (False, first[1])


async def test_without_dedup_only_the_article_id_counts(redis_client: Redis, prefix: str) -> None:
    publisher = ArticlePublisher(redis_client, StreamNames(prefix), dedup=False)
    new, _ = await publisher.publish_all(
        [_article(WIRE_STORY, article_id="one"), _article(WIRE_STORY, article_id="two")]
    )
    assert new == 2


async def test_a_copy_of_a_copy_joins_the_story_through_the_copy(
    redis_client: Redis, prefix: str
) -> None:
    """SECOND_HAND is under the threshold against the original, over it against SYNDICATED[1]."""
    publisher = ArticlePublisher(redis_client, StreamNames(prefix))
    original = await publisher.submit(_article(WIRE_STORY))
    await publisher.submit(_article(SYNDICATED[1]))
    outcome = await publisher.submit(_article(SECOND_HAND))
    assert (outcome.new, outcome.kind, outcome.story_id) == (
        False,
        "near-duplicate",
        original.story_id,
    )


async def test_without_the_intermediate_copy_a_copy_of_a_copy_is_new(
    redis_client: Redis, prefix: str
) -> None:
    publisher = ArticlePublisher(redis_client, StreamNames(prefix))
    await publisher.submit(_article(WIRE_STORY))
    assert (await publisher.submit(_article(SECOND_HAND))).new
