"""Roles: job titles found in a sentence, lower-cased in the article's words."""

from __future__ import annotations

import re
from functools import cache

from .lexicon import load_lines

_MODIFIER = r"(?:(?:co-|deputy |acting |interim |executive |non-executive |senior |joint |group )*)"
_EXTENSION = (
    r"(?-i:\s+of\s+(?:(?!the\b|its\b|his\b|her\b|their\b|a\b|an\b|this\b|that\b)[a-z]+"
    r"(?:\s+(?!of\b|at\b|in\b|for\b)[a-z]+){0,2}|[A-Z]{2,3}\b))?"
)


@cache
def _role_re() -> re.Pattern[str]:
    phrases = sorted(load_lines("roles.txt"), key=len, reverse=True)
    alts = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?<![\w-]){_MODIFIER}(?:{alts})(?![\w-]){_EXTENSION}", re.I)


def find_roles(sentence: str) -> list[tuple[int, int, str]]:
    """Return (start, end, role) for every role phrase in a sentence."""
    out = []
    for m in _role_re().finditer(sentence):
        role = " ".join(m.group(0).lower().split())
        out.append((m.start(), m.end(), role))
    return out


def nearest_role(roles: list[tuple[int, int, str]], pos: int, limit: int = 80) -> str | None:
    """The role closest to a character position, or None when none is within `limit`."""
    best: tuple[int, str] | None = None
    for start, end, role in roles:
        dist = start - pos if start >= pos else max(0, pos - end)
        if dist <= limit and (best is None or dist < best[0]):
            best = (dist, role)
    return best[1] if best else None
