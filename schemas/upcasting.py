"""Upcasters: pure functions that lift a stored event one schema version up.

Each takes the event as plain data (a dict of version N) and returns version N+1.
The codec applies them in turn, so a reader always sees the current version.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Upcaster = Callable[[dict[str, Any]], dict[str, Any]]


def move_reported_v1_to_v2(event: dict[str, Any]) -> dict[str, Any]:
    """MoveReported v2 added ``source`` and ``article_moves``: v1 events did not record
    them, so the source is unknown and each move is taken as its article's only one."""
    return {**event, "schema_version": 2, "source": event.get("source"), "article_moves": 1}


UPCASTERS: dict[tuple[str, int], Upcaster] = {
    ("MoveReported", 1): move_reported_v1_to_v2,
}


def upcast(event: dict[str, Any], target: int) -> dict[str, Any]:
    """Lift ``event`` (tagged with its type in ``event``) up to schema version ``target``."""
    version = int(event.get("schema_version", 1))
    while version < target:
        step = UPCASTERS.get((str(event.get("event")), version))
        if step is None:
            raise ValueError(f"no upcaster for {event.get('event')} v{version}")
        event = step(event)
        version = int(event["schema_version"])
    return event
