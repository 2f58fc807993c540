"""MessagePack on the wire, JSON at the edges; built once, reused everywhere.

A stream entry written by execwatch has a plain field layout any Redis client
can read: ``event`` (the type tag), ``v`` (schema version), ``id`` (the event's
own id) and ``body`` (the event as MessagePack).
"""

from __future__ import annotations

from typing import Any, TypeVar

import msgspec

from .events import AlertRaised, AnyEvent, ArticleReceived, Event, MoveReported
from .upcasting import upcast

E = TypeVar("E", bound=Event)

_encoder = msgspec.msgpack.Encoder()
_json_encoder = msgspec.json.Encoder()
_any_decoder = msgspec.msgpack.Decoder(AnyEvent)
_decoders: dict[type[Any], msgspec.msgpack.Decoder[Any]] = {
    cls: msgspec.msgpack.Decoder(cls) for cls in (ArticleReceived, MoveReported, AlertRaised)
}
# The schema version each reader expects: the default of its ``schema_version`` field.
_current: dict[type[Any], int] = {
    cls: next(f.default for f in msgspec.structs.fields(cls) if f.name == "schema_version")
    for cls in _decoders
}


class EventDecodeError(ValueError):
    """A payload that is not a valid event of the expected type."""


def encode(event: Event) -> bytes:
    """Encode an event as MessagePack."""
    return _encoder.encode(event)


def decode(payload: bytes, event_type: type[E]) -> E:
    """Decode MessagePack into ``event_type``, raising EventDecodeError with the reason.

    An event stored at an older schema version is upcast to the current one; one of a
    newer version than this reader knows is refused (its meaning may have changed).
    """
    try:
        result: E = _decoders[event_type].decode(payload)
        _check_not_newer(result)
        if result.schema_version < _current[event_type]:
            result = _upcast(payload, event_type)
    except (msgspec.DecodeError, msgspec.ValidationError, ValueError) as exc:
        raise EventDecodeError(f"not a valid {event_type.__name__}: {exc}") from exc
    return result


def _check_not_newer(event: Event) -> None:
    known = _current[type(event)]
    if event.schema_version > known:
        raise ValueError(
            f"schema version {event.schema_version} is newer than this reader's {known}"
        )


def _upcast(payload: bytes, event_type: type[E]) -> E:
    plain = msgspec.msgpack.decode(payload)
    lifted = upcast(plain, _current[event_type])
    result: E = msgspec.convert(lifted, event_type)
    return result


def decode_any(payload: bytes) -> AnyEvent:
    """Decode MessagePack into whichever event its tag names."""
    try:
        result: AnyEvent = _any_decoder.decode(payload)
        _check_not_newer(result)
        if result.schema_version < _current[type(result)]:
            result = _upcast(payload, type(result))
        return result
    except (msgspec.DecodeError, msgspec.ValidationError, ValueError) as exc:
        raise EventDecodeError(f"not a valid event: {exc}") from exc


def to_json(event: Event) -> bytes:
    """Encode an event as JSON, for people and files."""
    return _json_encoder.encode(event)


def to_builtins(event: Event) -> dict[str, Any]:
    """The event as plain Python types (for JSON output with extra keys)."""
    result: dict[str, Any] = msgspec.to_builtins(event)
    return result


def entry_fields(event: Event, event_id: str) -> dict[str, bytes | str]:
    """The plain stream-entry layout of an event."""
    return {
        "event": type(event).__name__,
        "v": str(event.schema_version),
        "id": event_id,
        "body": encode(event),
    }
