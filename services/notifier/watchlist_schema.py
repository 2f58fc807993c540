"""The watchlist file's schema: one set of msgspec types for YAML and TOML alike.

Unknown keys are errors here (a typo in a hand-written file must not pass silently).
"""

from __future__ import annotations

from typing import Literal

import msgspec

from execwatch.schemas import MOVE_TYPES, MoveType

Period = Literal["hourly", "daily", "weekly"]


class _Strict(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    pass


class WatchedPerson(_Strict, frozen=True, kw_only=True):
    """One person on a watchlist."""

    name: str
    aliases: list[str] = msgspec.field(default_factory=list)
    organisations: list[str] = msgspec.field(default_factory=list)  # tells namesakes apart
    tags: list[str] = msgspec.field(default_factory=list)


class Webhook(_Strict, frozen=True, kw_only=True):
    """A signed JSON webhook: HMAC-SHA256 of timestamp and body, keyed by the secret."""

    url: str
    secret: str | None = None
    secret_env: str | None = None  # read the secret from this environment variable


class Route(_Strict, frozen=True, kw_only=True):
    """Where a watchlist's alerts go: exactly one of apprise, webhook or file."""

    name: str = ""
    apprise: str | None = None
    webhook: Webhook | None = None
    file: str | None = None
    digest: Period | None = None  # None: each alert at once


class Watchlist(_Strict, frozen=True, kw_only=True):
    """A watchlist file's contents."""

    people: list[WatchedPerson]
    name: str = ""
    alert_on: list[MoveType] = msgspec.field(default_factory=lambda: list(MOVE_TYPES))
    min_confidence: float = 0.0
    routes: list[Route] = msgspec.field(default_factory=list)


def route_name(route: Route, index: int) -> str:
    """The name a route goes by in logs, alerts and delivery records."""
    if route.name:
        return route.name
    kind = "apprise" if route.apprise else "webhook" if route.webhook else "file"
    return f"{kind}-{index + 1}"
