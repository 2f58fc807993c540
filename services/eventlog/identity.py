"""Who is who: one canonical person id across spellings, initials and surname-only mentions.

The rule, applied to one surname at a time (a "bucket"):

1. A name is split into given names and a surname (honorifics and Jr/Sr/III dropped,
   case and accents folded). The surname is the bucket.
2. A full given name is reduced to a spelling skeleton (y/j -> i, ph -> f, doubled
   letters once), so "Andrey" and "Andrej" are one person; "Sam" is another.
3. An initial ("A. Karpathy") joins the one full name of the bucket with that initial;
   when several fit, the one seen at the same organisation; otherwise it stands alone.
4. A surname alone ("Karpathy" at Tesla) joins the one full or initialled name of the
   bucket seen at that organisation (or the only one in the bucket, when the mention has
   no organisation); otherwise it is a person of its own, "Karpathy at Tesla".

The outcome depends only on the set of mentions in the bucket, never on their order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import NamedTuple

from execwatch.services.core.ids import digest, fold

HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "dame", "prof", "professor"}
)
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
ORG_SUFFIXES = frozenset(
    {
        "inc",
        "corp",
        "corporation",
        "plc",
        "group",
        "co",
        "company",
        "ltd",
        "limited",
        "llc",
        "ag",
        "sa",
        "nv",
        "holdings",
    }
)
_TOKEN = re.compile(r"[^\w'-]+")
_DOUBLE = re.compile(r"(.)\1+")


class Mention(NamedTuple):
    """A name as identity sees it: its surname and a given-name key.

    ``given`` is a skeleton of the first given name (two letters or more), a single
    letter for an initial, or "" when the name is a surname alone.
    """

    surname: str
    given: str


class PersonKey(NamedTuple):
    """The resolved identity: surname, given-name key, and an organisation for the
    surname-only people that could not be attached to anyone."""

    surname: str
    given: str
    org_key: str


def skeleton(given: str) -> str:
    """A spelling-tolerant key of a given name: "andrey" and "andrej" give "andrei"."""
    if len(given) <= 1:
        return given
    rest = given[1:].replace("ph", "f").replace("y", "i").replace("j", "i")
    return _DOUBLE.sub(r"\1", given[0] + rest)


@lru_cache(maxsize=65536)
def mention(name: str) -> Mention | None:
    """The mention a person's name makes; None when nothing name-like is left."""
    tokens = [t.strip("'-") for t in _TOKEN.split(fold(name).replace(".", " "))]
    tokens = [t for t in tokens if t and t not in HONORIFICS]
    while len(tokens) > 1 and tokens[-1] in SUFFIXES:
        tokens.pop()
    if not tokens:
        return None
    given = tokens[0] if len(tokens) > 1 else ""
    return Mention(surname=tokens[-1], given=skeleton(given))


@lru_cache(maxsize=65536)
def org_key(org: str | None) -> str:
    """An organisation compared without case, accents, "the" or legal suffixes."""
    if not org:
        return ""
    words = [w for w in re.split(r"[^\w&]+", fold(org)) if w]
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in ORG_SUFFIXES:
        words.pop()
    return " ".join(words)


def person_id(key: PersonKey) -> str:
    """The canonical id of a resolved person."""
    return "p-" + digest(*key, length=16)


def resolve(units: Iterable[tuple[str, str]], surname: str) -> dict[tuple[str, str], PersonKey]:
    """Resolve every (given key, organisation key) mention of one surname to a person."""
    units = set(units)
    orgs: dict[str, set[str]] = {}
    for given, org in units:
        if len(given) > 1:
            orgs.setdefault(given, set()).add(org)
    initials = _resolve_initials(units, orgs)
    # A surname alone may join anyone named more fully: full names and loose initials.
    named: dict[str, set[str]] = {g: set(o) for g, o in orgs.items()}
    for (_, org), target in initials.items():
        named.setdefault(target, set()).add(org)
    result: dict[tuple[str, str], PersonKey] = {}
    for given, org in units:
        if len(given) > 1:
            result[(given, org)] = PersonKey(surname, given, "")
        elif len(given) == 1:
            result[(given, org)] = PersonKey(surname, initials[(given, org)], "")
        else:
            result[(given, org)] = _resolve_bare(surname, org, named)
    return result


def _resolve_initials(
    units: set[tuple[str, str]], orgs: Mapping[str, set[str]]
) -> dict[tuple[str, str], str]:
    resolved: dict[tuple[str, str], str] = {}
    for given, org in units:
        if len(given) != 1:
            continue
        fits = sorted(g for g in orgs if g[0] == given)
        if len(fits) > 1:
            fits = [g for g in fits if org and org in orgs[g]]
        resolved[(given, org)] = fits[0] if len(fits) == 1 else given
    return resolved


def _resolve_bare(surname: str, org: str, named: Mapping[str, set[str]]) -> PersonKey:
    fits = [g for g, seen in named.items() if org in seen] if org else list(named)
    if len(fits) == 1:
        return PersonKey(surname, fits[0], "")
    return PersonKey(surname, "", org)
