"""Case-folded text, so that a case-sensitive regex can stand in for a slower re.I one."""

from __future__ import annotations

import re

# The characters other than A-Z that Python's re.I matches to an ASCII letter ("İ" and "ı" to
# "i", "ſ" to "s", the Kelvin sign to "k"). str.lower() alone leaves "ı" and "ſ" as they are and
# turns "İ" into two characters, so they are replaced first.
_TO_ASCII = (("İ", "i"), ("ı", "i"), ("ſ", "s"), ("\u212a", "k"))


def fold(text: str) -> str:
    """`text` lower-cased, one character for one, with the characters re.I equates to an ASCII
    letter replaced by that letter.

    A pattern of lower-case ASCII letters, ASCII punctuation, `\\b`, `\\s`, `\\w` and `\\d`
    matches `fold(text)`, without re.I, at exactly the offsets where it matches `text` with re.I.
    """
    if not text.isascii():
        for src, dst in _TO_ASCII:
            if src in text:
                text = text.replace(src, dst)
    return text.lower()


def fold_lines(lines: list[str]) -> list[str]:
    """`fold` of each line (of lines without "\\n"), folding their text at once."""
    return fold("\n".join(lines)).split("\n") if lines else []


def is_word_start(text: str, pos: int) -> bool:
    """True when `\\b` holds before `text[pos]`, a word character."""
    return pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] == "_")


def word_starts(rx: re.Pattern[str], text: str) -> list[int]:
    """Every offset at which `\\b` followed by `rx` matches, in order, for a pattern whose
    matches begin with a word character.

    A leading `\\b` keeps the regex engine from skipping ahead to a possible first character:
    this searches without it, checks the boundary per match, and searches again from the next
    offset, so that no match hides one that begins inside it."""
    out = []
    pos = 0
    while (m := rx.search(text, pos)) is not None:
        start = m.start()
        if is_word_start(text, start):
            out.append(start)
        pos = start + 1
    return out
