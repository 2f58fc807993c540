"""Capitalised runs of words, cut into segments that may name a person or organisation."""

from __future__ import annotations

import re
from functools import lru_cache

import msgspec

from .lexicon import CAP_STOP, HONORIFICS, load_words

_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LO = "a-zß-öø-ÿĀ-ž"
_TOKEN = (
    rf"(?:(?:[A-Z]\.){{2,}}|[{_UP}][{_UP}{_LO}0-9]*(?:[-'*][{_UP}{_LO}]+)*\.?"
    rf"|\"[{_UP}][{_LO}]+\")"
)
_PARTICLE = r"(?:van|der|den|de|del|della|di|da|von|la|le|du|dos|das|bin|ibn|al|ten|ter)"
# The first token with its first character taken by one class, and its branches told apart
# behind it: a pattern that begins with a class is one the regex engine skips ahead to (a
# lookahead or a branch of classes is tried at every character). `X\.(?:X\.)+` is `(?:X\.){2,}`.
_FIRST_TOKEN = (
    rf"[\"{_UP}](?:(?<=[A-Z])\.(?:[A-Z]\.)+|(?<=[{_UP}])[{_UP}{_LO}0-9]*(?:[-'*][{_UP}{_LO}]+)*\.?"
    rf"|(?<=\")[{_UP}][{_LO}]+\")"
)
_RUN_RE = re.compile(
    rf"{_FIRST_TOKEN}(?:(?:\s+{_PARTICLE})*\s+{_TOKEN}|\s*&\s*{_TOKEN}"
    rf"|\s+of\s+(?:the\s+)?{_TOKEN})*"
)
_PIECE_RE = re.compile(rf"{_TOKEN}|&|\bof\b|\bthe\b|{_PARTICLE}\b")
_NEXT_WORD_RE = re.compile(r"\s+([a-z]+)")
_ORG_WORDS = load_words("org_words.txt")
_JOINERS = frozenset(("&", "of", "the"))
# Stop words that also begin or sit inside organisation names ("General Motors", "New York",
# "UK Independence Party").
_SOFT_STOP = frozenset(
    ("General", "Financial", "Technology", "Finance", "New", "UK", "US", "EU", "UN")
)
_FIRST_NAMES = load_words("first_names.txt")
_LEGAL_DOT = frozenset(("Co.", "Inc.", "Corp.", "Ltd.", "Plc."))


class Segment(msgspec.Struct, frozen=True):
    """A run of capitalised words that may be one name."""

    start: int
    end: int
    words: tuple[str, ...]
    possessive: bool
    honorific: str
    prev: str  # the lower-cased word just before the segment, if any
    next_word: str = ""  # the word after a sentence-initial segment (else empty)

    @property
    def text(self) -> str:
        """The segment as written, joined by single spaces."""
        return " ".join(self.words)


def _strip_word(word: str) -> tuple[str, bool]:
    if word.endswith(("'s", "s'")) and len(word) > 2:
        return (word[:-2], True) if word.endswith("'s") else (word[:-1], True)
    if word.endswith(".") and len(word) > 2 and word.count(".") == 1:
        return word[:-1], False
    return word, False


def find_segments(sentence: str, *, names_only: bool = False) -> list[Segment]:
    """Return the capitalised segments of a sentence, split at titles and stop words.

    With `names_only`, single capitalised words are skipped: enough to learn the full names of
    people from a sentence far from any trigger, at a fraction of the cost.
    """
    out: list[Segment] = []
    for run in _RUN_RE.finditer(sentence):
        text = run.group(0)
        if names_only and " " not in text:
            continue
        base = run.start()
        inside = base > 0 and (sentence[base - 1].isalnum() or sentence[base - 1] in "&_")
        if text in CAP_STOP or inside:
            continue  # a stop word, or a capital inside a word ("iPhone")
        prev = _word_before(sentence, base) if base else ""
        nxt = ""
        if base == 0:
            m = _NEXT_WORD_RE.match(sentence, run.end())
            nxt = m.group(1) if m else ""
        for start, end, words, poss, honor, before in _split_run(text):
            out.append(Segment(base + start, base + end, words, poss, honor, before or prev,
                               nxt if base + start == 0 else ""))
    return out


def _word_before(sentence: str, pos: int) -> str:
    """The lower-cased word just before `pos` (commas and spaces between), within 30 characters:
    what r"([\\w-]+)[\\s,]*$" finds in the 30 characters, read backwards character by character
    (a regex anchored at the end of the window would be tried from every position of it).
    Most often the word is letters and digits back to a space, found with `str.rfind`."""
    low = pos - 30 if pos > 30 else 0
    end = pos
    while end > low and (sentence[end - 1] == "," or sentence[end - 1].isspace()):
        end -= 1
    start = max(low, sentence.rfind(" ", low, end) + 1)
    word = sentence[start:end]
    if word.isalnum():  # (then the character before it is the space, or the window's start)
        return word.lower()
    start = end
    while start > low and (sentence[start - 1].isalnum() or sentence[start - 1] in "_-"):
        start -= 1
    return sentence[start:end].lower()


_Part = tuple[int, int, tuple[str, ...], bool, str, str]


@lru_cache(maxsize=16384)
def _split_run(text: str) -> tuple[_Part, ...]:
    """Cut one capitalised run into segments (offsets relative to the run)."""
    out: list[_Part] = []
    cur: list[str] = []
    cur_start = 0
    honor = pending_honor = prev = ""
    pieces = list(_PIECE_RE.finditer(text))
    for i, p in enumerate(pieces):
        raw = p.group(0).strip('"') if p.group(0).startswith('"') else p.group(0)
        word, poss = _strip_word(raw)
        if word in _JOINERS or word[0].islower():
            if cur and (word != "of" or any(w in _ORG_WORDS for w in cur)):
                cur.append(word)
            elif cur and word == "of":  # "Greg Fleming of Bank of America": two names
                out.append(_part(cur, cur_start, pieces[i - 1].end(), False, honor, prev))
                prev, cur = "of", []
            elif word == "of":
                prev = "of"  # "Minister of Discord": no title right before the word
            continue
        bare = word.rstrip(".")
        if word in _SOFT_STOP and (cur or _continues(pieces, i)):
            cur_start = p.start() if not cur else cur_start
            cur.append(word)
            continue
        if (bare in HONORIFICS or word in CAP_STOP) \
                and not _surname(cur, word, i == len(pieces) - 1):
            if cur:
                out.append(_part(cur, cur_start, p.start(), False, honor, prev))
                cur = []
            pending_honor = bare if bare in HONORIFICS else ""
            prev = bare.lower()
            continue
        if cur and word in _FIRST_NAMES and not cur[-1].endswith(".") \
                and (cur[-1].isupper() or cur[-1] in _ORG_WORDS):
            out.append(_part(cur, cur_start, p.start(), False, honor, prev))
            prev, cur = cur[-1].lower(), []
        if not cur:
            cur_start = p.start()
            honor, pending_honor = pending_honor, ""
        cur.append(word)
        if poss or i == len(pieces) - 1 or (raw in _LEGAL_DOT and len(cur) > 1):
            # "Goldman Sachs & Co. Born in 1938, he": a full stop the splitter kept ends the name
            out.append(_part(cur, cur_start, p.end(), poss, honor, prev))
            prev = word.lower()
            cur = []
    if cur:
        out.append(_part(cur, cur_start, len(text), False, honor, prev))
    return tuple(out)


def _surname(cur: list[str], word: str, last: bool) -> bool:
    """True for an honorific that ends a run right after a given name: a surname ("Ann Lord")."""
    return last and len(cur) == 1 and cur[0] in _FIRST_NAMES and word in HONORIFICS


def _continues(pieces: list[re.Match[str]], i: int) -> bool:
    """True when the next piece of a run is a capitalised word that is not a stop word."""
    if i + 1 >= len(pieces):
        return False
    nxt = pieces[i + 1].group(0)
    return nxt[:1].isupper() and nxt not in CAP_STOP


def _part(words: list[str], start: int, end: int, poss: bool, honor: str, prev: str) -> _Part:
    while words and words[-1] in _JOINERS:
        words = words[:-1]
    return (start, end, tuple(words), poss, honor, prev)
