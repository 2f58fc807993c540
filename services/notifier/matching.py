"""Does a person named in an article match a watched person? Pure name logic."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import JaroWinkler

from execwatch.services.core.ids import fold

HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "dame", "prof"})
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Given names this close (Jaro-Winkler) are read as spellings of one name: Andrej / Andrey.
GIVEN_NAME_SIMILARITY = 0.85


@dataclass(frozen=True)
class NameParts:
    """A name split into given names and surname, folded for comparison."""

    given: tuple[str, ...]
    surname: str


def name_parts(name: str) -> NameParts | None:
    """Split a name; None when nothing name-like is left."""
    tokens = [t for t in re.split(r"[^\w'-]+", fold(name)) if t and t not in HONORIFICS]
    while tokens and tokens[-1] in SUFFIXES:
        tokens.pop()
    if not tokens:
        return None
    return NameParts(given=tuple(tokens[:-1]), surname=tokens[-1])


def _given_compatible(a: str, b: str) -> bool:
    if len(a) == 1 or len(b) == 1:  # an initial
        return a[0] == b[0]
    return a[0] == b[0] and JaroWinkler.similarity(a, b) >= GIVEN_NAME_SIMILARITY


def names_match(watched: str, mentioned: str) -> bool:
    """True when ``mentioned`` can be ``watched``: the same surname and compatible given names.

    A surname-only mention matches; "Andrey Karpathy" matches "Andrej Karpathy";
    "A. Karpathy" matches; "Sam Karpathy" does not.
    """
    a, b = name_parts(watched), name_parts(mentioned)
    if a is None or b is None or a.surname != b.surname:
        return False
    if not a.given or not b.given:
        return True
    return _given_compatible(a.given[0], b.given[0])


ORG_SUFFIXES = frozenset(
    {"inc", "corp", "corporation", "plc", "group", "co", "company", "ltd", "limited", "llc", "the"}
)


def _org_words(org: str) -> str:
    words = [w for w in re.split(r"[^\w]+", fold(org)) if w and w not in ORG_SUFFIXES]
    return f" {' '.join(words)} "


def orgs_match(watched: str, mentioned: str) -> bool:
    """True when one organisation name contains the other, word for word, ignoring
    legal suffixes: "Tesla" matches "Tesla Inc" and "Tesla Motors"."""
    a, b = _org_words(watched), _org_words(mentioned)
    return a.strip() != "" and b.strip() != "" and (a in b or b in a)
