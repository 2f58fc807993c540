"""Roles: job titles found in a sentence, lower-cased in the article's words."""

from __future__ import annotations

import re
from functools import cache

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


def _trie_regex(phrases: list[str]) -> str:
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


@cache
def _role_re() -> re.Pattern[str]:
    phrases = [p.lower() for p in load_lines("roles.txt")]
    # a word can only start a role with the first letter of a modifier or of a phrase
    first = "".join(sorted({p[0] for p in phrases} | set("cdaeinsjg")))
    return re.compile(
        rf"(?<![\w-])(?=[{re.escape(first)}]){_MODIFIER}{_trie_regex(phrases)}(?![\w-])"
        rf"{_EXTENSION}", re.I
    )


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
