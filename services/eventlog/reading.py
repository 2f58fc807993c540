"""Log entries decoded for the fold: only the fields it reads, at the current schema version.

Replay decodes a million events: skipping the fields the fold never reads (evidence,
url, title, ...) halves the cost of decoding. Only events already at the current
version take that path; any other (an older version, which must be upcast, or one the
codec refuses) goes through ``schemas.codec.decode``, exactly as every other reader.

Replay then looks each report's wording up by its *key*, the report's canonical
MessagePack: one bytes object hashes and compares much faster than a Struct of six
strings, all of them new.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated

import msgspec

from execwatch.schemas import MoveReported, MoveType, decode

CURRENT: int = next(
    f.default for f in msgspec.structs.fields(MoveReported) if f.name == "schema_version"
)


class Report(msgspec.Struct, frozen=True, gc=False, tag_field="event", tag="MoveReported"):
    """What the fold reads of a MoveReported. Reports worded alike are equal (and hash alike)."""

    person: str
    org: str | None
    type: MoveType
    role: str | None = None
    when: str | None = None
    published: str | None = None
    # Any other version fails this check and is decoded (and upcast) by the codec.
    schema_version: Annotated[int, msgspec.Meta(ge=CURRENT, le=CURRENT)] = CURRENT


_report = msgspec.msgpack.Decoder(Report).decode
_key = msgspec.msgpack.Encoder().encode


def report_of(move: MoveReported) -> Report:
    """The fold's view of a decoded event."""
    return Report(
        person=move.person,
        org=move.org,
        type=move.type,
        role=move.role,
        when=move.when,
        published=move.published,
    )


def decode_reports(bodies: Sequence[bytes]) -> list[Report]:
    """The reports of a batch of MessagePack bodies; EventDecodeError on a bad one."""
    try:
        return [_report(body) for body in bodies]
    except (msgspec.DecodeError, msgspec.ValidationError):
        return [_careful(body) for body in bodies]


def _careful(body: bytes) -> Report:
    try:
        return _report(body)
    except (msgspec.DecodeError, msgspec.ValidationError):
        return report_of(decode(body, MoveReported))


def decode_keys(bodies: Sequence[bytes]) -> list[bytes]:
    """The wording keys of a batch of MessagePack bodies; EventDecodeError on a bad one."""
    try:
        return [_key(_report(body)) for body in bodies]
    except (msgspec.DecodeError, msgspec.ValidationError):
        return [_key(_careful(body)) for body in bodies]


def key_of(report: Report) -> bytes:
    """A report's wording key: equal for reports worded alike."""
    return _key(report)


def report_of_key(key: bytes) -> Report:
    """The report a wording key stands for."""
    return _report(key)
