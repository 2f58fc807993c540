"""Watchlist files: who to watch, validated strictly (an unknown key is a typo)."""

from __future__ import annotations

from pathlib import Path

import msgspec
import yaml


class WatchedPerson(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """One person on a watchlist."""

    name: str
    aliases: list[str] = msgspec.field(default_factory=list)


class Watchlist(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """A watchlist file's contents."""

    people: list[WatchedPerson]
    name: str = ""


class WatchlistError(ValueError):
    """A watchlist that cannot be used; the message names the file and the problem."""


def parse_watchlist(text: str, *, source: str) -> Watchlist:
    """Parse and validate watchlist YAML; ``source`` names it in errors and alerts."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise WatchlistError(f"{source}{where}: not valid YAML: {problem}") from None
    if not isinstance(data, dict) or "people" not in data:
        raise WatchlistError(f"{source}: expected a mapping with a `people` list")
    try:
        watchlist = msgspec.convert(data, Watchlist)
    except msgspec.ValidationError as exc:
        raise WatchlistError(f"{source}: {exc}") from None
    for index, person in enumerate(watchlist.people):
        if not person.name.strip():
            raise WatchlistError(f"{source}: people[{index}].name is empty")
    return msgspec.structs.replace(watchlist, name=watchlist.name or Path(source).stem)


def load_watchlist(path: Path) -> Watchlist:
    """Read and validate a watchlist file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise WatchlistError(f"{path}: cannot read: {exc}") from None
    return parse_watchlist(text, source=str(path))
