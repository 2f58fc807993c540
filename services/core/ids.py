"""Deterministic ids: the same input always gives the same id."""

from __future__ import annotations

import hashlib
import unicodedata


def digest(*parts: str | None, length: int = 20) -> str:
    """A short hex digest of ``parts`` (None and "" are distinct from each other)."""
    # Each part as \x01 and its UTF-8 (\x00 for None), then \x1f: hashed in one call.
    if parts and None not in parts:
        text = "\x01" + "\x1f\x01".join(parts) + "\x1f"  # type: ignore[arg-type]
    else:
        text = "".join("\x00\x1f" if part is None else f"\x01{part}\x1f" for part in parts)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()[:length]


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
