"""URL canonicalisation, text keys and near-duplicate similarity (no Redis)."""

from __future__ import annotations

import pytest

from execwatch.services.ingest.dedup import (
    NEAR_DUPLICATE_SIMILARITY,
    canonical_url,
    shingles,
    signature,
    similarity,
    text_key,
)
from tests.ingest.samples import FOLLOW_UP, OTHER_STORY, SYNDICATED, WIRE_STORY


@pytest.mark.parametrize(
    "variant",
    [
        "https://news.example/business/mills-ceo",
        "HTTPS://WWW.News.Example:443/business/mills-ceo/",
        "http://news.example/business/mills-ceo#comments",
        "https://news.example/business/mills-ceo?utm_source=feed&utm_medium=rss",
        "https://news.example/business/mills-ceo?fbclid=XYZ&gclid=1",
    ],
)
def test_url_variants_of_one_article_share_a_canonical_url(variant: str) -> None:
    assert canonical_url(variant) == "http://news.example/business/mills-ceo"


def test_meaningful_query_parameters_are_kept_in_a_stable_order() -> None:
    assert canonical_url("https://news.example/story?id=7&page=2") == canonical_url(
        "https://news.example/story?page=2&id=7&utm_campaign=x"
    )
    assert canonical_url("https://news.example/story?id=7") != canonical_url(
        "https://news.example/story?id=8"
    )


def test_no_url_has_no_canonical_url() -> None:
    assert canonical_url(None) is None
    assert canonical_url("  ") is None


def test_text_key_ignores_case_accents_and_spacing() -> None:
    assert text_key("Odile  Marchetti\nsteps down.") == text_key("odile marchetti steps DOWN.")
    assert text_key("Odile Marchétti steps down.") == text_key("Odile Marchetti steps down.")
    assert text_key("Odile Marchetti steps down.") != text_key("Odile Marchetti stays on.")


@pytest.mark.parametrize("copy", SYNDICATED)
def test_a_syndicated_copy_with_small_edits_is_a_near_duplicate(copy: str) -> None:
    assert similarity(signature(WIRE_STORY), signature(copy)) >= NEAR_DUPLICATE_SIMILARITY


@pytest.mark.parametrize("other", [FOLLOW_UP, OTHER_STORY])
def test_a_different_story_is_not_a_near_duplicate(other: str) -> None:
    assert similarity(signature(WIRE_STORY), signature(other)) < NEAR_DUPLICATE_SIMILARITY


def test_a_text_shorter_than_a_shingle_is_one_shingle() -> None:
    assert shingles("Osei joins Halvard.") == {"osei joins halvard."}
