"""Export and import of the whole log as JSON Lines, keeping entry ids, order and bytes.

Line 1 is a header: ``{"format": "execwatch-log", "version": 1, "stream": ...,
"entries": N}``. Every other line is one stream entry: ``{"id": entry id, "fields":
{text fields}, "body": base64 MessagePack}``. Importing into an empty log re-creates
each entry with its own id (XADD with an explicit id), so a round trip is exact.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import IO

import msgspec
from redis.asyncio import Redis

FORMAT = "execwatch-log"
VERSION = 1
BATCH = 5_000
_APPEND_LUA = (
    resources.files("execwatch.services.core").joinpath("append.lua").read_text(encoding="utf-8")
)


class TransferError(ValueError):
    """An export file that cannot be read, or a log that cannot take it."""


class Header(msgspec.Struct, frozen=True, kw_only=True):
    """The first line of an export."""

    format: str
    version: int
    stream: str
    entries: int
    exported_at: str


class ExportedEntry(msgspec.Struct, frozen=True, kw_only=True):
    """One stream entry as exported."""

    id: str
    fields: dict[str, str]
    body_b64: str = msgspec.field(name="body")

    @property
    def body(self) -> bytes:
        """The entry's MessagePack body."""
        return base64.b64decode(self.body_b64)


_json = msgspec.json.Encoder()
_header_decoder = msgspec.json.Decoder(Header)
_entry_decoder = msgspec.json.Decoder(ExportedEntry)


async def export_log(client: Redis, stream: str, out: IO[bytes]) -> int:
    """Write every entry of ``stream`` to ``out``; return how many."""
    count = await client.xlen(stream)
    header = Header(
        format=FORMAT,
        version=VERSION,
        stream=stream.rpartition(":")[2],
        entries=count,
        exported_at=datetime.now(UTC).isoformat(),
    )
    out.write(_json.encode(header) + b"\n")
    written, start = 0, "-"
    while True:
        rows = await client.xrange(stream, min=start, max="+", count=BATCH)
        for entry_id, fields in rows:
            out.write(_json.encode(_exported(entry_id, fields)) + b"\n")
        written += len(rows)
        if len(rows) < BATCH:
            return written
        start = "(" + _text(rows[-1][0])


def _exported(entry_id: bytes | str, fields: dict[bytes, bytes]) -> ExportedEntry:
    text = {_text(k): _text(v) for k, v in fields.items() if k != b"body"}
    body = base64.b64encode(fields.get(b"body", b"")).decode("ascii")
    return ExportedEntry(id=_text(entry_id), fields=text, body_b64=body)


def read_export(path: Path) -> Iterator[ExportedEntry]:
    """The entries of an export file, in order; TransferError names a bad line."""
    with path.open("rb") as lines:
        first = lines.readline()
        try:
            header = _header_decoder.decode(first)
        except msgspec.DecodeError as exc:
            raise TransferError(f"{path}:1: not an execwatch export header: {exc}") from exc
        if header.format != FORMAT or header.version != VERSION:
            raise TransferError(f"{path}:1: unsupported export {header.format} v{header.version}")
        for number, line in enumerate(lines, 2):
            if not line.strip():
                continue
            try:
                yield _entry_decoder.decode(line)
            except msgspec.DecodeError as exc:
                raise TransferError(f"{path}:{number}: not an exported entry: {exc}") from exc


async def import_log(
    client: Redis, stream: str, ids_key: str, path: Path, *, merge: bool = False
) -> tuple[int, int]:
    """Load an export into ``stream``; return (entries added, entries already there).

    Into an empty log every entry keeps its id. A non-empty log is refused unless
    ``merge``; merging appends, through the append-once script, only the events whose
    id the log does not hold yet (they get new entry ids, that is, today's record time).
    """
    empty = await client.xlen(stream) == 0 and await client.hlen(ids_key) == 0
    if not empty and not merge:
        raise TransferError(
            f"{stream} is not empty: import into an empty log, or pass --merge to add "
            "only the events it does not have"
        )
    if empty:
        return await _restore(client, stream, ids_key, path), 0
    append = client.register_script(_APPEND_LUA)
    added = skipped = 0
    for entry in read_export(path):
        args: list[str | bytes] = [entry.fields.get("id", "")]
        for name, value in entry.fields.items():
            args.extend((name, value))
        args.extend(("body", entry.body))
        appended, _ = await append(keys=[stream, ids_key], args=args)
        added += bool(appended)
        skipped += not appended
    return added, skipped


async def _restore(client: Redis, stream: str, ids_key: str, path: Path) -> int:
    pipe = client.pipeline(transaction=False)
    count = 0
    for entry in read_export(path):
        fields: dict[str, str | bytes] = {**entry.fields, "body": entry.body}
        pipe.xadd(stream, fields, id=entry.id)
        if event_id := entry.fields.get("id"):
            pipe.hset(ids_key, event_id, entry.id)
        count += 1
        if count % BATCH == 0:
            await pipe.execute()
    await pipe.execute()
    return count


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
