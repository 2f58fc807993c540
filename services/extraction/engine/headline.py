"""The headline: a comeback it announces ("Samsung's Lee returns as chair") makes the body's
appointment of that person a return."""

from __future__ import annotations

import re

from .merge import Candidate
from .names import Person

# "Lee returns as chair", "Frenkel to return as ...", "Schultz back as CEO", "X rejoins Acme"
_COMEBACK_RE = re.compile(
    r"\b([A-Z][\w'-]+?)(?:'s)?\s+(?:returns|to\s+return|is\s+back|back\s+as|back\s+at|"
    r"rejoins|to\s+rejoin)\b"
    r"(?!\s+(?:his|her|its|their|the|a|an|some|all|money|cash|funds?|capital)\b)"
)  # "Icahn to return his clients' money" is no comeback
# a headline that doubts or denies the comeback announces none
_DOUBT_RE = re.compile(r"\b(?:denies|deny|rules?\s+out|not|no|may|might|could|mulls|eyes|"
                       r"considers?|weighs|tipped|linked|set\s+to\s+snub|rejects?)\b", re.I)


def comeback_surnames(title: str) -> set[str]:
    """The names a headline says come back, unless it doubts it."""
    if not title or _DOUBT_RE.search(title):
        return set()
    return {m.group(1) for m in _COMEBACK_RE.finditer(title)}


def apply_headline(cands: list[Candidate], people: list[Person], title: str) -> None:
    """Read the first join of each person the headline says comes back (and of whom the body
    states no return) as the return itself."""
    surnames = comeback_surnames(title)
    if not surnames:
        return
    returned = {c.person for c in cands if c.type == "returned"}
    done: set[str] = set()
    for c in cands:
        surname = people[c.person].surname
        if c.type == "joined" and surname in surnames and surname not in done \
                and c.person not in returned:
            c.type = "returned"
            done.add(surname)
