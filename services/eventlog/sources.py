"""How a draft's sources are stored: its entry ids in log order, each followed by a space.

One string per draft rather than a set: replay writes a draft's new sources with one
APPEND of bytes joined in Python, instead of one set member each, and live application
keeps the same order, so both build the same bytes. Pure: no Redis here.
"""

from __future__ import annotations

from collections.abc import Sequence

from execwatch.services.core.streams import entry_key

SEPARATOR = b" "


def joined(entry_ids: Sequence[bytes]) -> bytes:
    """Entry ids (in log order) as they are appended to a draft's sources."""
    return SEPARATOR.join(entry_ids) + SEPARATOR


def entries(stored: bytes | None) -> list[str]:
    """The entry ids of a draft's stored sources, in log order."""
    return stored.decode().split() if stored else []


def holds(stored: bytes | None, entry_id: str) -> bool:
    """Is ``entry_id`` among a draft's stored sources?"""
    if not stored:
        return False
    return f" {entry_id} ".encode() in SEPARATOR + stored


def goes_last(stored: bytes | None, entry_id: str) -> bool:
    """Does ``entry_id`` come after every stored source (so appending it keeps log order)?"""
    if not stored:
        return True
    return entry_key(stored.rstrip().rpartition(SEPARATOR)[2]) < entry_key(entry_id)


def with_entry(stored: bytes | None, entry_id: str) -> bytes:
    """A draft's stored sources with ``entry_id`` added in its place in log order."""
    known = [*entries(stored), entry_id]
    known.sort(key=entry_key)
    return joined([entry.encode() for entry in known])
