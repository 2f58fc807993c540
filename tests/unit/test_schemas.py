"""The event contract: tagged, versioned MessagePack, and JSON Schema kept in step."""

from __future__ import annotations

import msgspec
import pytest

from execwatch.schemas import (
    ArticleReceived,
    EventDecodeError,
    MoveReported,
    decode,
    decode_any,
    encode,
)
from execwatch.schemas.jsonschema_gen import render, stale_files


def _move(**changes: object) -> MoveReported:
    values: dict[str, object] = {
        "event_id": "m-1",
        "article_id": "a-1",
        "person": "Ada Byron",
        "org": "Analytical Engines",
        "type": "joined",
        "evidence": "Ada Byron joined Analytical Engines.",
        "confidence": 0.9,
        "reported_at": "2024-01-01T00:00:00+00:00",
    }
    values.update(changes)
    return MoveReported(**values)  # type: ignore[arg-type]


def test_events_round_trip_through_messagepack_with_their_tag() -> None:
    move = _move()
    payload = encode(move)
    assert msgspec.msgpack.decode(payload)["event"] == "MoveReported"
    assert decode(payload, MoveReported) == move
    assert decode_any(payload) == move


def test_decoding_the_wrong_type_names_the_expected_type() -> None:
    with pytest.raises(EventDecodeError, match="not a valid ArticleReceived"):
        decode(encode(_move()), ArticleReceived)


def test_an_unknown_move_type_is_rejected() -> None:
    payload = msgspec.msgpack.encode({**msgspec.to_builtins(_move()), "type": "hired"})
    with pytest.raises(EventDecodeError, match="type"):
        decode(payload, MoveReported)


def test_readers_skip_fields_they_do_not_know() -> None:
    payload = msgspec.msgpack.encode({**msgspec.to_builtins(_move()), "added_later": 1})
    assert decode(payload, MoveReported) == _move()


def test_committed_json_schema_files_match_the_types() -> None:
    """Fails when an event type changed and `make schemas` was not run."""
    assert stale_files() == []


def test_stale_schema_files_are_detected(tmp_path) -> None:  # type: ignore[no-untyped-def]
    for name, text in render().items():
        (tmp_path / name).write_bytes(text)
    (tmp_path / "MoveReported.json").write_text("{}")
    assert stale_files(tmp_path) == ["MoveReported.json"]


def test_an_event_of_a_newer_schema_version_is_refused_with_the_versions() -> None:
    payload = msgspec.msgpack.encode({**msgspec.to_builtins(_move()), "schema_version": 99})
    with pytest.raises(EventDecodeError, match="schema version 99 is newer than this reader's 2"):
        decode(payload, MoveReported)
    with pytest.raises(EventDecodeError, match="newer"):
        decode_any(payload)


def test_an_event_of_another_type_is_refused() -> None:
    payload = msgspec.msgpack.encode({**msgspec.to_builtins(_move()), "event": "MoveRetracted"})
    with pytest.raises(EventDecodeError, match="MoveReported"):
        decode(payload, MoveReported)
