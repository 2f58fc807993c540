"""Sentence splitting that respects abbreviations, initials and paragraph breaks."""

from __future__ import annotations

import re

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
        for m in _BOUNDARY_RE.finditer(para):
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
