"""Word lists shared by the extraction modules, loaded once from the data folder."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def load_words(name: str) -> frozenset[str]:
    """Return the whitespace-separated words of data/NAME (comments start with #)."""
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    words: set[str] = set()
    for line in text.splitlines():
        if not line.startswith("#"):
            words.update(line.split())
    return frozenset(words)


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """Return the non-comment, non-empty lines of data/NAME, stripped."""
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    return tuple(s for line in text.splitlines() if (s := line.strip()) and s[0] != "#")


HONORIFICS = frozenset(
    ("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Prof", "Professor",
     "Baroness", "Baron", "Rev", "Reverend")
)
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
CAP_STOP = load_words("cap_stop.txt")
