"""The event contract: every message execwatch puts on a stream.

Events are frozen, keyword-only msgspec Structs tagged with their class name in
the ``event`` field and carrying a ``schema_version``. They evolve by addition:
a new field gets a default, an existing field never changes type, and readers
ignore fields they do not know. Older versions are upcast in ``upcasting``.
"""

from __future__ import annotations

from typing import Literal, get_args

import msgspec

MoveType = Literal[
    "joined",
    "role_changed",
    "departed",
    "on_leave",
    "returned",
    "return_hinted",
    "return_ruled_out",
]

MOVE_TYPES: tuple[MoveType, ...] = get_args(MoveType)


class Event(msgspec.Struct, frozen=True, kw_only=True, tag_field="event", tag=True):
    """Base of every event: tagged with the class name, versioned."""

    schema_version: int = 1


class ArticleReceived(Event, frozen=True, kw_only=True):
    """A news article entered the system (ingest -> articles stream)."""

    article_id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date "YYYY-MM-DD" when known
    source: str | None = None  # where it came from: a file path, a feed, "http"
    received_at: str  # ISO timestamp, UTC


class MoveReported(Event, frozen=True, kw_only=True):
    """One executive move found in one article (extraction -> moves stream, the log)."""

    event_id: str  # derived from article_id and the move, so re-extraction repeats it
    article_id: str
    person: str
    org: str | None
    type: MoveType
    role: str | None = None
    when: str | None = None
    evidence: str
    confidence: float
    published: str | None = None
    url: str | None = None
    title: str | None = None
    extractor: str = ""
    reported_at: str


class AlertSource(msgspec.Struct, frozen=True, kw_only=True):
    """An article that reported the fact an alert is about."""

    article_id: str
    url: str | None = None
    published: str | None = None
    evidence: str


class AlertRaised(Event, frozen=True, kw_only=True):
    """A watched person moved (notifier -> alerts stream)."""

    alert_id: str  # derived from the fact and the watchlist entry
    event_id: str
    article_id: str
    person: str
    watched_name: str
    watchlist: str
    type: MoveType
    org: str | None
    role: str | None = None
    when: str | None = None
    evidence: str  # the sentence that states the move; each source keeps its own
    sources: list[AlertSource]
    confidence: float
    raised_at: str


AnyEvent = ArticleReceived | MoveReported | AlertRaised
