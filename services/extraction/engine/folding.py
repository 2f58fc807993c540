"""Case-folded text, so that a case-sensitive regex can stand in for a slower re.I one."""

from __future__ import annotations

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


def whole_words(words: tuple[str, ...], text: str) -> list[int]:
    """Every offset at which one of `words` stands as a whole word: where
    rf"\\b(?:{'|'.join(words)})\\b" matches, for words that begin and end with a letter.

    One `str.find` pass per word is much faster than the regex engine trying the alternation at
    every letter that can begin one of them."""
    out = []
    for word in words:
        size = len(word)
        pos = text.find(word)
        while pos >= 0:
            end = pos + size
            if is_word_start(text, pos) and (
                end == len(text) or not (text[end].isalnum() or text[end] == "_")
            ):
                out.append(pos)
            pos = text.find(word, pos + 1)
    return sorted(set(out))
