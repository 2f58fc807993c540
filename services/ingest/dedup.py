"""De-duplication: the same article once, near-duplicates as extra sources of one story.

Three checks, in order, against what earlier articles left in Redis:

1. the canonical URL (see ``canonical_url``) was seen;
2. the same text (case, accents and whitespace aside) was seen;
3. a near-duplicate: MinHash of word 5-shingles, 128 hashes, looked up by
   locality-sensitive hashing (32 bands of 4), then confirmed when the estimated
   Jaccard similarity with any article already in the story (up to the first
   ``MAX_MEMBERS``) reaches the threshold (0.8 by default), so copies that differ
   from each other a little more than from the original still join one story.

The first article of a story is published; a later same-text or near-duplicate
copy is not, and is recorded as one more source of the story in the hash
``{prefix}:stories:{story_id}:sources`` (field: the copy's article id, value: JSON).
"""

from __future__ import annotations

import hashlib
import json
import struct
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Literal
from urllib.parse import urlsplit, urlunsplit

import courlan
from redis.asyncio import Redis

from execwatch.schemas import ArticleReceived
from execwatch.services.core.ids import digest, fold

SHINGLE_WORDS = 5
PERMUTATIONS = 128
BANDS = 32
ROWS = PERMUTATIONS // BANDS
NEAR_DUPLICATE_SIMILARITY = 0.8
MAX_MEMBERS = 20  # signatures kept per story for matching
MAX_WORDS = 3000  # words of an article that near-duplicate matching looks at
_MERSENNE = (1 << 61) - 1
_COEFFICIENTS = [
    (
        int.from_bytes(hashlib.blake2b(f"a{i}".encode(), digest_size=8).digest()) % _MERSENNE | 1,
        int.from_bytes(hashlib.blake2b(f"b{i}".encode(), digest_size=8).digest()) % _MERSENNE,
    )
    for i in range(PERMUTATIONS)
]
_SIGNATURE = struct.Struct(f">{PERMUTATIONS}I")

Kind = Literal["new", "same-url", "same-text", "near-duplicate"]


def canonical_url(url: str | None) -> str | None:
    """``url`` without what does not change the article it names.

    Lower-case scheme and host, no default port, no ``www.``, no fragment, no
    trailing slash, tracking parameters (utm_*, fbclid, gclid, ref, ...) removed
    and the rest sorted; ``http`` and ``https`` count as the same.
    """
    if not url or not url.strip():
        return None
    try:
        parts = urlsplit(courlan.normalize_url(url.strip(), trailing_slash=False))
    except ValueError:
        return url.strip()
    scheme = "http" if parts.scheme in ("http", "https") else parts.scheme
    host = parts.netloc.removeprefix("www.")
    path = parts.path.rstrip("/")
    return urlunsplit((scheme, host, path, parts.query, ""))


def text_key(text: str) -> str:
    """A digest of the text with case, accents and whitespace folded away."""
    return digest("text", fold(text))


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """The word ``size``-grams of the text's first MAX_WORDS words (one, if it is shorter)."""
    words = fold(text).split()[:MAX_WORDS]
    if len(words) <= size:
        return {" ".join(words)}
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def signature(text: str) -> tuple[int, ...]:
    """The MinHash signature of the text's shingles: PERMUTATIONS 32-bit values."""
    hashes = [
        int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest()) for s in shingles(text)
    ]
    return tuple(
        min((a * h + b) % _MERSENNE for h in hashes) & 0xFFFFFFFF for a, b in _COEFFICIENTS
    )


def similarity(first: Sequence[int], second: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two signatures' texts."""
    return sum(x == y for x, y in zip(first, second, strict=True)) / PERMUTATIONS


def band_keys(sig: Sequence[int]) -> list[str]:
    """One LSH key per band: texts sharing any of them are candidates."""
    return [
        f"{band}:{digest(*map(str, sig[band * ROWS : (band + 1) * ROWS]), length=16)}"
        for band in range(BANDS)
    ]


@dataclass(frozen=True)
class Verdict:
    """Whether an article is new, or which earlier story it repeats, and how."""

    kind: Kind
    story_id: str
    similarity: float = 1.0


@dataclass(frozen=True)
class SourceRecord:
    """One article reporting a story, as stored in the story's sources hash."""

    article_id: str
    url: str | None
    title: str | None
    source: str | None
    published: str | None
    received_at: str
    match: Kind
    similarity: float


class Deduplicator:
    """Decides whether an article repeats an earlier one, and records what it saw."""

    def __init__(
        self, client: Redis, prefix: str, threshold: float = NEAR_DUPLICATE_SIMILARITY
    ) -> None:
        self._client = client
        self._prefix = prefix
        self._threshold = threshold
        self._urls = f"{prefix}:dedup:urls"
        self._texts = f"{prefix}:dedup:texts"
        self._bands = f"{prefix}:dedup:bands"

    def _signatures_key(self, story_id: str) -> str:
        return f"{self._prefix}:stories:{story_id}:signatures"

    def sources_key(self, story_id: str) -> str:
        """The hash of every article reporting ``story_id`` (the first one included)."""
        return f"{self._prefix}:stories:{story_id}:sources"

    async def check(self, article: ArticleReceived) -> Verdict:
        """What ``article`` is with respect to what was recorded before (nothing is written)."""
        url = canonical_url(article.url)
        if url and (story := await self._client.hget(self._urls, url)):
            return Verdict("same-url", story.decode())
        if story := await self._client.hget(self._texts, text_key(article.text)):
            return Verdict("same-text", story.decode())
        sig = signature(article.text)
        found = await self._client.hmget(self._bands, band_keys(sig))
        best: Verdict | None = None
        for candidate in dict.fromkeys(c.decode() for c in found if c):
            members = await self._client.lrange(self._signatures_key(candidate), 0, -1)
            score = max((similarity(sig, _SIGNATURE.unpack(m)) for m in members), default=0.0)
            if score >= self._threshold and (best is None or score > best.similarity):
                best = Verdict("near-duplicate", candidate, score)
        return best or Verdict("new", article.article_id)

    async def record(self, article: ArticleReceived, verdict: Verdict) -> None:
        """Remember ``article`` under its story, so later copies are recognised."""
        story = verdict.story_id
        pipe = self._client.pipeline(transaction=True)
        if url := canonical_url(article.url):
            pipe.hsetnx(self._urls, url, story)
        pipe.hsetnx(self._texts, text_key(article.text), story)
        if verdict.kind in ("new", "near-duplicate"):
            sig = signature(article.text)
            pipe.rpush(self._signatures_key(story), _SIGNATURE.pack(*sig))
            pipe.ltrim(self._signatures_key(story), 0, MAX_MEMBERS - 1)
            for key in band_keys(sig):
                pipe.hsetnx(self._bands, key, story)
        if verdict.kind != "same-url":
            entry = SourceRecord(
                article_id=article.article_id,
                url=article.url,
                title=article.title,
                source=article.source,
                published=article.published,
                received_at=article.received_at,
                match=verdict.kind,
                similarity=round(verdict.similarity, 3),
            )
            pipe.hsetnx(self.sources_key(story), article.article_id, json.dumps(asdict(entry)))
        await pipe.execute()

    async def sources(self, story_id: str) -> list[SourceRecord]:
        """Every article recorded as reporting ``story_id``: the published one, then by arrival."""
        raw = await self._client.hgetall(self.sources_key(story_id))
        records = [SourceRecord(**json.loads(value)) for value in raw.values()]
        return sorted(records, key=lambda r: (r.match != "new", r.received_at))
