"""Log entries decoded for the fold: only the fields it reads, at the current schema version.

Replay decodes a million events: skipping the fields the fold never reads (evidence,
url, title, ...) halves the cost of decoding. Only events already at the current
version take that path; any other (an older version, which must be upcast, or one the
codec refuses) goes through ``schemas.codec.decode``, exactly as every other reader.
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
