"""execwatch's event contract: msgspec types, their codec and generated JSON Schema."""

from .codec import (
    EventDecodeError,
    decode,
    decode_any,
    encode,
    entry_fields,
    to_builtins,
    to_json,
)
from .events import (
    MOVE_TYPES,
    AlertRaised,
    AlertSource,
    AnyEvent,
    ArticleReceived,
    Event,
    MoveReported,
    MoveType,
    StatusSnapshot,
)

__all__ = [
    "MOVE_TYPES",
    "AlertRaised",
    "AlertSource",
    "AnyEvent",
    "ArticleReceived",
    "Event",
    "EventDecodeError",
    "MoveReported",
    "MoveType",
    "StatusSnapshot",
    "decode",
    "decode_any",
    "encode",
    "entry_fields",
    "to_builtins",
    "to_json",
]
