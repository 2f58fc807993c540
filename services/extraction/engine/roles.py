"""Roles: job titles found in a sentence, lower-cased in the article's words."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from .folding import fold
from .lexicon import load_lines

_MODIFIER = r"(?:(?:co-|deputy |acting |interim |executive |non-executive |senior |joint |group )*)"
# Words that end a role's "of ..." part: what follows is the organisation or the sentence
# ("chief executive of major Spanish bank X", "head of elite development between 2011 and").
_NOT_IN_ROLE = (
    r"(?:of|at|in|for|and|or|between|from|to|with|by|on|since|until|during|after|before|"
    r"when|who|which|major|leading|luxury|giant|state|state-owned|ailing|struggling|"
    r"troubled|rival|global)\b"
)
_EXTENSION = (
    rf"(?-i:\s+of\s+(?:(?!the\b|its\b|his\b|her\b|their\b|a\b|an\b|this\b|that\b|"
    rf"{_NOT_IN_ROLE})[a-z]+(?:\s+(?!{_NOT_IN_ROLE})[a-z]+){{0,2}}|[A-Z]{{2,3}}\b))?"
)


def trie_regex(phrases: Iterable[str]) -> str:
    """One regex for a list of phrases, as a trie: at each letter the regex engine tries only
    the branches that begin with it (a flat alternation tries every phrase at every word), and
    a longer phrase is always tried before its own prefix, as in a longest-first alternation."""
    trie: dict[str, dict] = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends = "" in node
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + build(child)
                for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return build(trie)


def _role_pattern() -> str:
    """The role phrase without its "of ..." extension, to be read case-insensitively."""
    phrases = [p.lower() for p in load_lines("roles.txt")]
    # a word can only start a role with the first letter of a modifier or of a phrase
    first = "".join(sorted({p[0] for p in phrases} | set("cdaeinsjg")))
    return rf"(?<![\w-])(?=[{re.escape(first)}]){_MODIFIER}{trie_regex(phrases)}(?![\w-])"


@cache
def _role_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The role phrase, for the folded sentence (see folding.py: the matches of the pattern
    with re.I, twice as fast), and its case-sensitive extension (optional, so it never makes
    the phrase match elsewhere)."""
    return re.compile(_role_pattern()), re.compile(_EXTENSION)


def find_roles(sentence: str, folded: str | None = None) -> list[tuple[int, int, str]]:
    """Return (start, end, role) for every role phrase in a sentence (`folded` is
    `fold(sentence)`, computed here when not given)."""
    phrase, extension = _role_res()
    if folded is None:
        folded = fold(sentence)
    out = []
    pos = 0
    while (m := phrase.search(folded, pos)) is not None:
        ext = extension.match(sentence, m.end())
        pos = ext.end() if ext else m.end()
        out.append((m.start(), pos, " ".join(sentence[m.start() : pos].lower().split())))
    return out


def nearest_role(roles: list[tuple[int, int, str]], pos: int, limit: int = 80) -> str | None:
    """The role closest to a character position, or None when none is within `limit`."""
    best: tuple[int, str] | None = None
    for start, end, role in roles:
        dist = start - pos if start >= pos else max(0, pos - end)
        if dist <= limit and (best is None or dist < best[0]):
            best = (dist, role)
    return best[1] if best else None
