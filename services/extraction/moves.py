"""From the engine's moves to MoveReported events with deterministic ids."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TypeGuard, cast

from execwatch.schemas import MOVE_TYPES, ArticleReceived, MoveReported, MoveType
from execwatch.services.core.ids import digest, fold
from execwatch.services.extraction.engine import ENGINE_VERSION, Move


def move_event_id(article_id: str, move: Move) -> str:
    """The id of a move found in an article: the same article and move give the same id."""
    return "m-" + digest(article_id, move.type, fold(move.person), fold(move.org or ""))


def _known_type(name: str) -> TypeGuard[MoveType]:
    return name in MOVE_TYPES


def to_events(article: ArticleReceived, moves: list[Move]) -> list[MoveReported]:
    """One MoveReported per move, carrying the article's source details and how many
    moves the article gave (the notifier judges an article's moves together)."""
    now = datetime.now(UTC).isoformat()
    unique: dict[str, Move] = {}  # one event per id: the log keeps each id once
    for move in moves:
        if _known_type(move.type):
            unique.setdefault(move_event_id(article.article_id, move), move)
    return [
        MoveReported(
            event_id=event_id,
            article_id=article.article_id,
            person=move.person,
            org=move.org,
            type=cast(MoveType, move.type),
            role=move.role,
            when=move.when,
            evidence=move.evidence,
            confidence=move.confidence,
            published=article.published,
            url=article.url,
            title=article.title,
            source=article.source,
            article_moves=len(unique),
            extractor=ENGINE_VERSION,
            reported_at=now,
        )
        for event_id, move in unique.items()
    ]
