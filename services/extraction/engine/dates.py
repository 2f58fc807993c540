"""Dates: explicit and relative date phrases, resolved against the published date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache

from .folding import fold
from .lexicon import MONTHS, WEEKDAYS

_MON = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|" \
       r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_NUMBERS = {w: i for i, w in enumerate(
    ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
     "nineteen", "twenty"))}
_YEAR = r"(?:19|20)\d\d"
# The lookahead fails at once where no date can start, instead of trying seven branches.
_DATE_RE = re.compile(
    r"(?=[\dJFMASOND])"
    rf"(?:(?P<dmy>(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MON})\.?,?\s+(?P<y1>{_YEAR})\b)"
    rf"|(?P<mdy>(?P<m2>{_MON})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>{_YEAR})\b)"
    rf"|(?P<my>(?P<m3>{_MON})\.?,?\s+(?:of\s+)?(?P<y3>{_YEAR})\b)"
    rf"|(?P<dm>(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m4>{_MON})\b)"
    rf"|(?P<md>(?P<m5>{_MON})\.?\s+(?P<d5>\d{{1,2}})(?:st|nd|rd|th)?\b)"
    rf"|(?P<mon>(?P<m6>{_MON})\b)"
    rf"|(?P<year>(?P<y6>{_YEAR})\b(?!\s*(?:%|percent|per\s+cent|m\b|bn\b))))"
)
_REL_RE = re.compile(
    r"(?=[\dzotfsenalmwy])"  # the first letters of every branch (case-insensitive)
    rf"(?:(?P<ago>\b(?P<n>\d{{1,2}}|{'|'.join(_NUMBERS)}|a)\s+(?P<unit>years?|months?)\s+ago\b)"
    r"|(?P<rel>\b(?P<which>last|this|next|earlier\s+this|later\s+this|the\s+following|"
    r"the\s+previous)\s+(?P<span>year|month|week|quarter)\b)"
    r"|(?P<wd>\b(?P<w>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
    r"|(?P<yd>\b(?P<ydw>yesterday|today)\b))",
)
_LATER_RE = re.compile(
    rf"\b(\d{{1,2}}|{'|'.join(_NUMBERS)}|an?)\s+(years?|months?)\s+later\b", re.I
)
# These three are read on the folded text (see folding.py): the matches of the same patterns
# with re.I, found faster (the values of _REL_RE's groups are taken from the text itself).
# Each branch of _HINT_RE begins with a letter, which the engine skips to.
_HINT_RE = re.compile(r"ago\b|year\b|month\b|week\b|quarter\b|day\b")
_FUTURE_RE = re.compile(
    r"\b(?=[wstaipn'e])(?:will|shall|to\s+be|is\s+to|are\s+to|plans?\s+to|'ll|next|"
    r"expected\s+to|set\s+to|intends?\s+to|said\s+(?:\w+\s+){1,4}?would|(?:is|are)\s+due\s+to|"
    r"starting|effective|as\s+of|takes?\s+effect)\b"
)


def _month(name: str) -> int:
    key = name.lower()[:3]
    return next(i for i, m in enumerate(MONTHS, 1) if m.startswith(key))


def parse_date(published: str | None) -> dt.date | None:
    """The date of an ISO "YYYY-MM-DD" string, or None when it is not one."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _shift_months(day: dt.date, months: int) -> tuple[int, int]:
    total = day.year * 12 + day.month - 1 + months
    return total // 12, total % 12 + 1


@lru_cache(maxsize=256)
def _date_values(text: str, published: str | None) -> tuple[tuple[int, str], ...]:
    pub = parse_date(published)
    folded = fold(text)
    first_future = _FUTURE_RE.search(folded)
    found = []
    matches = list(_DATE_RE.finditer(text))
    if _HINT_RE.search(folded):
        matches += _REL_RE.finditer(folded)
    for m in matches:
        if m.start() and text[m.start() - 1].isalnum():
            continue  # inside a word or a longer number
        # a weekday is read forward on any future marker in the sentence ("takes the helm
        # on Friday, and will ..."); a month only on one before it (one only after it belongs
        # to a later statement: "promoted in December, to be groomed for the top job")
        future = first_future is not None and (
            m.re is _REL_RE or first_future.start() < m.start())
        value = _value(m, text, pub, future, _month_step(folded, m.start()))
        if value is not None:
            found.append((m.start(), value))
    if found and "later" in text:
        found += _later(text, sorted(found))
    return tuple(sorted(found))


_MONTH_STEP_RE = re.compile(r"\b(last|next|this)\s+$")


def _month_step(folded: str, start: int) -> int | None:
    """-1, 1 or 0 when a month name at `start` follows "last", "next" or "this"."""
    m = _MONTH_STEP_RE.search(folded, max(0, start - 6), start)
    return None if m is None else {"last": -1, "next": 1, "this": 0}[m.group(1)]


def _later(text: str, dated: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """"joined in 2001 and left two years later": N years or months after the date before."""
    out = []
    for m in _LATER_RE.finditer(text):
        before = [value for start, value in dated if start < m.start()]
        if not before:
            continue
        n = m.group(1).lower()
        count = 1 if n in ("a", "an") else int(n) if n.isdigit() else _NUMBERS[n]
        year = int(before[-1][:4])
        if m.group(2).lower().startswith("year"):
            out.append((m.start(), str(year + count)))
        elif len(before[-1]) >= 7:
            y, mo = _shift_months(dt.date(year, int(before[-1][5:7]), 1), count)
            out.append((m.start(), f"{y:04d}-{mo:02d}"))
    return out


# [,;]\s|\s(?:and|but|while|before|after)\s, written to open with one character class, which
# the regex engine skips to (the same matches)
_BOUNDARY_RE = re.compile(r"[,;\s](?:(?<=[,;])\s|(?<=\s)(?:and|but|while|before|after)\s)")


# ", who was CEO from 1995 to 1998,": a relative clause about the person's past
_RELATIVE_CLAUSE_RE = re.compile(
    r"(?:,|\s[-–—])\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?)?(?:who|which|whose)\s[^,;–—]*?(?:[,;]|\s[-–—]\s|$)"
    r"|,\s+(?:its|his|her|their)\s[^,;]{1,60}?,"  # ", its chief executive since 2012,"
)


_FOUNDED_BEFORE = re.compile(
    r"\b(?:co-?)?(?:founded|set\s+up|established)\s+(?:(?:it|in|the\s+company)\s+)?$"
)


@lru_cache(maxsize=256)
def _relative_clauses(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _RELATIVE_CLAUSE_RE.finditer(text))


def resolve_when(text: str, pos: int, published: str | None) -> str | None:
    """Resolve the date phrase of `text` nearest to character `pos` ("2022", "2022-07"...),
    preferring one in the trigger's own clause; a date inside a relative clause dates only
    what that clause says."""
    best: tuple[int, str] | None = None
    for start, value in _date_values(text, published):
        dist = abs(start - pos)
        if dist > 90:
            continue
        if any(lo < start < hi and not lo <= pos < hi for lo, hi in _relative_clauses(text)):
            continue
        founded = _FOUNDED_BEFORE.search(text, max(0, start - 40), start)
        if founded is not None and not founded.start() - 25 <= pos < start:
            continue  # "the company he founded 23 years ago": the founding's own date
        # a date across a clause boundary belongs to another statement
        # ("joined A in 1990, moved to B in 1995": the move to B is 1995)
        dist += 40 * len(_BOUNDARY_RE.findall(text, min(start, pos), max(start, pos)))
        if best is None or dist < best[0]:
            best = (dist, value)
    return best[1] if best else None


def _groups(m: re.Match[str], text: str) -> Callable[[str], str]:
    """The groups of a match, as written in `text` (empty for a group the pattern lacks, or
    one that did not take part: its span is (-1, -1))."""
    names = m.re.groupindex
    return lambda key: text[slice(*m.span(key))] if key in names else ""


def _value(
    m: re.Match[str], text: str, pub: dt.date | None, future: bool, month_step: int | None
) -> str | None:
    """The date a match of `text` (or of its folded form) names; `month_step` is -1, 1 or 0
    when a bare month follows "last", "next" or "this"."""
    g = _groups(m, text)
    try:
        if g("dmy"):
            return dt.date(int(g("y1")), _month(g("m1")), int(g("d1"))).isoformat()
        if g("mdy"):
            return dt.date(int(g("y2")), _month(g("m2")), int(g("d2"))).isoformat()
        if g("my"):
            return f"{int(g('y3')):04d}-{_month(g('m3')):02d}"
        if g("year"):
            return g("y6")
    except ValueError:
        return None
    if pub is None:
        return None
    try:
        return _relative(g, pub, future, month_step)
    except (ValueError, OverflowError):  # "next week" from 9999-12-31
        return None


def _relative(
    g: Callable[[str], str], pub: dt.date, future: bool, month_step: int | None
) -> str | None:
    if g("ago"):
        n = g("n").lower()
        count = 1 if n == "a" else int(n) if n.isdigit() else _NUMBERS[n]
        if g("unit").lower().startswith("year"):
            return str(pub.year - count)
        y, mo = _shift_months(pub, -count)
        return f"{y:04d}-{mo:02d}"
    if g("rel"):
        which = " ".join(g("which").lower().split())
        if which.startswith("the "):
            return None  # "the following year": after a date the story told, not the article's
        step = {"last": -1, "next": 1}.get(which, 0)
        span = g("span").lower()
        if span == "year":
            return str(pub.year + step)
        if span == "month":
            y, mo = _shift_months(pub, step)
            return f"{y:04d}-{mo:02d}"
        if span == "week":
            return (pub + dt.timedelta(weeks=step)).isoformat()[:7]
        return str(pub.year)
    month_name = g("m4") or g("m5") or g("m6")
    if month_name:
        mo = _month(month_name)
        year = pub.year
        if month_step == -1:  # "last May": the latest May before the article's month
            year -= mo >= pub.month
        elif month_step == 1:  # "next May": the first May after it
            year += mo <= pub.month
        elif month_step is None and future and mo < pub.month:
            year += 1
        elif month_step is None and not future and mo > pub.month:
            year -= 1
        day = g("d4") or g("d5")
        if day:
            try:
                return dt.date(year, mo, int(day)).isoformat()
            except ValueError:
                return None
        return f"{year:04d}-{mo:02d}"
    if g("wd"):
        wd = WEEKDAYS.index(g("w").lower())
        delta = (pub.weekday() - wd) % 7
        if future:
            return (pub + dt.timedelta(days=(wd - pub.weekday()) % 7)).isoformat()
        return (pub - dt.timedelta(days=delta)).isoformat()
    if g("yd"):
        shift = -1 if g("ydw").lower() == "yesterday" else 0
        return (pub + dt.timedelta(days=shift)).isoformat()
    return None
