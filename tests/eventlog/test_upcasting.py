"""Schema evolution: a reader of MoveReported v2 reads stored v1 events through an upcaster."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest

from execwatch.schemas import EventDecodeError, MoveReported, decode, decode_any, encode
from execwatch.schemas.upcasting import move_reported_v1_to_v2, upcast
from execwatch.services.eventlog.reading import decode_reports, report_of

# Written by MoveReported v1 (before `source`), kept as stored bytes.
STORED_V1 = (Path(__file__).parent / "data" / "move_reported_v1.msgpack").read_bytes()


def test_the_stored_payload_is_a_v1_event_without_source() -> None:
    plain = msgspec.msgpack.decode(STORED_V1)
    assert plain["schema_version"] == 1 and "source" not in plain


def test_a_stored_v1_event_decodes_as_the_current_version() -> None:
    move = decode(STORED_V1, MoveReported)
    assert move.schema_version == 2
    assert move.source is None
    assert (move.person, move.type, move.when) == ("Andrey Karpathy", "return_hinted", "2022-10")


def test_decode_any_upcasts_too() -> None:
    assert decode_any(STORED_V1) == decode(STORED_V1, MoveReported)


def test_new_events_are_written_at_v2_and_read_unchanged() -> None:
    move = decode(STORED_V1, MoveReported)
    assert msgspec.msgpack.decode(encode(move))["schema_version"] == 2
    assert decode(encode(move), MoveReported) == move


def test_the_upcaster_is_a_pure_function_of_the_old_dict() -> None:
    old = {"event": "MoveReported", "schema_version": 1, "person": "X"}
    assert move_reported_v1_to_v2(old) == {
        **old,
        "schema_version": 2,
        "source": None,
        "article_moves": 1,
    }
    assert old["schema_version"] == 1


def test_a_version_without_an_upcaster_is_a_decode_error() -> None:
    plain = {**msgspec.msgpack.decode(STORED_V1), "event": "MoveReported", "schema_version": 0}
    with pytest.raises(ValueError, match="no upcaster"):
        upcast(plain, 2)
    with pytest.raises(EventDecodeError, match="no upcaster"):
        decode(msgspec.msgpack.encode(plain), MoveReported)


def test_replay_reads_old_versions_through_the_upcaster() -> None:
    current = encode(decode(STORED_V1, MoveReported))
    fast, old = decode_reports([current, STORED_V1])  # one batch, both versions
    assert fast == old == report_of(decode(STORED_V1, MoveReported))


def test_replay_refuses_a_version_newer_than_it_knows() -> None:
    newer = {**msgspec.msgpack.decode(encode(decode(STORED_V1, MoveReported))), "schema_version": 3}
    with pytest.raises(EventDecodeError, match="newer"):
        decode_reports([msgspec.msgpack.encode(newer)])
