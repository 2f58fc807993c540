"""The engine's output type."""

from __future__ import annotations

import msgspec

MOVE_TYPES = (
    "joined", "role_changed", "departed", "on_leave",
    "returned", "return_hinted", "return_ruled_out",
)


class Move(msgspec.Struct, frozen=True, kw_only=True):
    """One executive move stated by an article."""

    person: str  # fullest name the article gives, article's spelling
    org: str | None
    type: str  # one of MOVE_TYPES
    role: str | None  # lower-cased, article's words
    when: str | None  # "2022", "2022-07", "2022-07-15"
    evidence: str  # shortest sentence or clause stating the move
    confidence: float  # 0..1
