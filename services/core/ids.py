"""Deterministic ids: the same input always gives the same id."""

from __future__ import annotations

import hashlib
import unicodedata


def digest(*parts: str | None, length: int = 20) -> str:
    """A short hex digest of ``parts`` (None and "" are distinct from each other)."""
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        h.update(b"\x00" if part is None else b"\x01" + part.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


def fold(text: str) -> str:
    """Lower-case, accent-free, whitespace-collapsed text, for comparing names."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())


def article_id_for(text: str, url: str | None = None) -> str:
    """An article's id from its URL when it has one, else from its text."""
    if url:
        return "a-" + digest("url", url.strip())
    return "a-" + digest("text", " ".join(text.split()))
