"""An article's moves, judged together: what stood before the article, what it reported.

The notifier decides alerts once it has applied every move of an article, so that an
article retelling a career (joined, promoted, left) gives at most one status alert: the
net change. The bookkeeping lives in Redis, written atomically per move and kept a
week, so the decision is the same whichever worker applies which move, in any order.
"""

from __future__ import annotations

from dataclasses import dataclass

import msgspec
from redis.asyncio import Redis

from execwatch.schemas import MoveReported, decode, encode
from execwatch.services.eventlog.fold import ReturnSignal, Status
from execwatch.services.eventlog.store import Applied

KEEP_SECONDS = 7 * 24 * 3600

Standing = tuple[Status | None, ReturnSignal | None]
_standing = msgspec.msgpack.Decoder(Standing)
_encoder = msgspec.msgpack.Encoder()


@dataclass(frozen=True)
class ArticleBatch:
    """Everything an article's moves did, once all of them are applied."""

    before: dict[str, Standing]  # person id -> status and return signal before the article
    facts: dict[str, MoveReported]  # fact id -> the move of this article that reported it


class ArticleBatches:
    """Records each applied move of an article; hands back the batch when it is complete."""

    def __init__(self, client: Redis, prefix: str) -> None:
        self._client = client
        self._prefix = prefix

    def _key(self, article_id: str, part: str) -> str:
        return f"{self._prefix}:notifier:article:{article_id}:{part}"

    async def record(
        self, move: MoveReported, entry_id: str, applied: Applied | None
    ) -> ArticleBatch | None:
        """Record one applied move (``applied`` None: it named nobody the projections
        keep); return the article's batch when all its moves are in."""
        entries, before, facts = (
            self._key(move.article_id, part) for part in ("entries", "before", "facts")
        )
        async with self._client.pipeline(transaction=True) as pipe:
            if applied is not None:
                standing = _encoder.encode((applied.status_before, applied.return_before))
                pipe.hsetnx(before, applied.person_id, standing)
                pipe.hsetnx(facts, applied.fact_id, encode(move))
            pipe.sadd(entries, entry_id)
            pipe.scard(entries)
            for key in (entries, before, facts):
                pipe.expire(key, KEEP_SECONDS)
            *_, recorded, _, _, _ = await pipe.execute()
        if recorded < move.article_moves:
            return None
        stored_before = await self._client.hgetall(before)
        stored_facts = await self._client.hgetall(facts)
        return ArticleBatch(
            before={pid.decode(): _standing.decode(raw) for pid, raw in stored_before.items()},
            facts={fid.decode(): decode(raw, MoveReported) for fid, raw in stored_facts.items()},
        )
