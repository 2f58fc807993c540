"""Text clean-up: strip HTML, decode entities, normalise quotes and whitespace."""

from __future__ import annotations

import html
import re
import unicodedata

_SCRIPT_RE = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_BLOCK_TAG_RE = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|section|article)\b[^>]*>", re.I
)
_TAG_RE = re.compile(r"<[^<>]{0,2000}>")
_PAREN_TICKER_RE = re.compile(r"\(\s*[A-Za-z0-9]{1,8}(?:\.[A-Z]{1,3})+\s*\)")
# "GM.UL", "BACLTD.UL"; [A-Z][A-Z]{1,5} is [A-Z]{2,6} with a first character the regex engine
# can skip ahead to
_RIC_RE = re.compile(r"[A-Z][A-Z]{1,5}[a-z]?\.[A-Z]{1,2}\b(?!\.)")
_DATELINE_RE = re.compile(r"^[A-Z][A-Z .,'/-]{1,60}\((?:Reuters|AP|AFP|Bloomberg)\)\s*[-–—]+\s*")
_GLUED_RE = re.compile(r"[.!?](?=[A-Z][a-z'])")
_RIC_HINT_RE = re.compile(r"\.[A-Z]")
# _GLUED_RE as one pattern per stop: each starts with a character the engine skips to at once
_GLUED_HINTS = tuple(re.compile(re.escape(stop) + r"(?=[A-Z][a-z'])") for stop in ".!?")
_SPACES_RE = re.compile(r"  +")
# "Christopher J. (CJ) Roe", "Jane (Jenny) Roe": a nickname between the parts of a name
_NICKNAME_RE = re.compile(
    r" \((?:(?<=\b[A-Z]\. \()[A-Z][A-Za-z.'-]{0,11}|(?<=[a-z] \()[A-Z][a-z][\w'-]{0,10})\)"
    r" (?=[A-Z][a-z])"
)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f\u200b\ufeff\ufffd]")
# (character, replacement) pairs; no replacement is itself replaced, so the order is free.
_QUOTES = tuple({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"',
                 "„": '"', "‟": '"', "«": '"', "»": '"', "–": "-", "—": "-",
                 "‐": "-", "‑": "-", "\r": "\n", "\u2028": "\n", "\u2029": "\n"}.items())


def _drop_ric(m: re.Match[str]) -> str:
    """Drop a bare Reuters instrument code unless it is glued to a longer token."""
    start = m.start()
    glued = start > 0 and (m.string[start - 1].isalnum() or m.string[start - 1] == ".")
    return m.group(0) if glued else ""


def _unglue(m: re.Match[str]) -> str:
    """Put the missing space back in "tough.I'm" (two lower-case letters before the stop)."""
    before = m.string[max(0, m.start() - 2) : m.start()]
    return m.group(0) + " " if len(before) == 2 and before.isalpha() and before.islower() \
        else m.group(0)


# "... said. CHANGING OF THE GUARD Lafley, who ...": a news subheading with no full stop
# [A-Z]{2}\s+[A-Z]{2} and (?<=[.!?"'] )HEADING, written to open with one character class,
# which the regex engine skips to: the same matches, the second with its two characters before
# taken into the match (no heading ends with what could start the next one, see the tests)
_HEADING_HINT_RE = re.compile(r"[A-Z][A-Z]\s+[A-Z]{2}")
_HEADING_RE = re.compile(
    r"[.!?\"'] ((?:[A-Z][A-Z&'.,-]*\s+){1,8}[A-Z][A-Z&'.-]+)\s+(?=[A-Z][a-z])"
)


def clean_text(text: str) -> str:
    """Return plain text: no markup, entities decoded, one paragraph per line."""
    if "<" in text and ">" in text:
        text = _SCRIPT_RE.sub(" ", text)
        text = _BLOCK_TAG_RE.sub("\n", text)
        text = _TAG_RE.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    if not text.isascii() or "\r" in text:
        text = unicodedata.normalize("NFC", text)
        for src, dst in _QUOTES:  # str.replace per character: much faster than str.translate
            if src in text:
                text = text.replace(src, dst)
    if not text.isascii() or not text.replace("\n", "").replace("\t", "").isprintable():
        text = _CONTROL_RE.sub(" ", text)  # (ASCII without them: printable but for \n and \t)
    text, tickers = _PAREN_TICKER_RE.subn("", text)
    if tickers:
        text = text.replace(" 's ", "'s ").replace(" , ", ", ")  # "Acme Inc ( ACME.N )'s"
    if _RIC_HINT_RE.search(text):  # every code has ".X"; the engine skips to a "." at once
        text = _RIC_RE.sub(_drop_ric, text)
    if any(stop.search(text) for stop in _GLUED_HINTS):
        text = _GLUED_RE.sub(_unglue, text)
    if " (" in text:  # "Christopher J. (CJ) Roe": the nickname inside a name goes
        text = _NICKNAME_RE.sub(" ", text)
    text = _DATELINE_RE.sub("", _one_space(text))
    return _HEADING_RE.sub(_own_line, text) if _HEADING_HINT_RE.search(text) else text


def _one_space(text: str) -> str:
    """Each line's words joined by single spaces, without empty lines."""
    if text.isascii() and "\t" not in text:
        # Spaces and newlines are its only white space (control characters and \r are gone):
        # single spaces, none next to a newline or at either end, no empty line.
        if "  " in text:
            text = _SPACES_RE.sub(" ", text)
        text = text.replace(" \n", "\n").replace("\n ", "\n").strip(" ")
        return "\n".join(filter(None, text.split("\n")))
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _own_line(m: re.Match[str]) -> str:
    """A subheading run into the next sentence goes on a line of its own (the match begins
    with the stop and space before the heading, kept as they are)."""
    heading = m.group(1)
    if len(heading) < 12 and heading.count(" ") < 2:
        return m.group(0)  # "US SEC Chairman X": capitals that start a sentence
    return m.group(0)[:2] + heading + "\n"
