"""Sentence splitting that respects abbreviations, initials and paragraph breaks."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import load_words

_ABBREV = load_words("abbrev.txt")
_INITIALS_RE = re.compile(r"(?:[a-z]\.)*[a-z]")
_BOUNDARY_RE = re.compile(r"[.!?]+[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")


def split_sentences(text: str) -> list[tuple[int, str]]:
    """Split text into sentences; return (offset, sentence) pairs in order."""
    out: list[tuple[int, str]] = []
    pos = 0
    for para in text.split("\n"):
        start = 0
        for m in _boundaries(para):
            before = para[start : m.start()].rsplit(None, 1)
            last = before[-1].lower().rstrip(".") if before else ""
            if last in _ABBREV or _INITIALS_RE.fullmatch(last):
                continue
            sent = para[start : m.end()].strip()
            if sent:
                out.append((pos + start, sent))
            start = m.end()
        tail = para[start:].strip()
        if tail:
            out.append((pos + start, tail))
        pos += len(para) + 1
    return out


def _boundaries(para: str) -> Iterator[re.Match[str]]:
    """`_BOUNDARY_RE.finditer(para)`, with the pattern tried only at the stops, found with
    `str.find` (the regex engine is several times slower to test each character against the
    class [.!?])."""
    stops = []
    for stop in ".!?":
        pos = para.find(stop)
        while pos >= 0:
            stops.append(pos)
            pos = para.find(stop, pos + 1)
    end = 0
    for pos in sorted(stops):
        if pos >= end and (m := _BOUNDARY_RE.match(para, pos)) is not None:
            yield m
            end = m.end()
