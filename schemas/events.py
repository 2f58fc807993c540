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
    """One executive move found in one article (extraction -> moves stream, the log).

    Version 2 added ``source`` and ``article_moves``; version-1 events are read
    through ``upcasting``.
    """

    schema_version: int = 2
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
    source: str | None = None  # v2: where the article came from (a feed, a file, "http")
    article_moves: int = 1  # v2: how many moves extraction found in the article


class AlertSource(msgspec.Struct, frozen=True, kw_only=True):
    """An article that reported the fact an alert is about."""

    article_id: str
    url: str | None = None
    published: str | None = None
    evidence: str


class StatusSnapshot(msgspec.Struct, frozen=True, kw_only=True):
    """Where a person stood, as an alert reports it."""

    state: str  # active, departed, on_leave or returned
    org: str | None = None
    role: str | None = None
    since: str | None = None


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
    person_id: str = ""  # the projections' canonical id for the person
    fact_id: str = ""  # the fact the alert is about: one alert per fact and entry
    previous: StatusSnapshot | None = None  # status before the move (None: unknown)
    current: StatusSnapshot | None = None  # status after it
    tags: list[str] = msgspec.field(default_factory=list)  # the watchlist entry's tags


AnyEvent = ArticleReceived | MoveReported | AlertRaised
