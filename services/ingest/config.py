"""The sources file (YAML or TOML): feeds to follow and how often, validated strictly.

    interval: 15m            # default for every feed (s, m, h or d; a bare number is seconds)
    feeds:
      - url: https://news.example/rss
        name: Example News   # optional, used in logs (default: the URL)
        interval: 5m         # optional
        fetch_pages: false   # true: fetch each entry's page and extract its main text

Unknown keys are errors: a typo must not silently disable a feed.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import msgspec
import yaml

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
_AT = re.compile(r" - at `\$(?P<path>[^`]*)`$")
MIN_INTERVAL = 1.0


class SourcesError(ValueError):
    """A sources file that cannot be used; the message names the file, line or key, and why."""


class Feed(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """One feed to follow."""

    url: str
    name: str = ""
    interval: str | float | None = None
    fetch_pages: bool = False

    @property
    def label(self) -> str:
        """How the feed is named in logs and reports."""
        return self.name or self.url


class SourcesFile(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """A sources file's contents."""

    feeds: list[Feed] = msgspec.field(default_factory=list)
    interval: str | float = "15m"


def seconds(value: str | float) -> float:
    """A duration ("90", "30s", "15m", "1.5h", "1d") in seconds; ValueError when it is not one."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        result = float(value)
    elif isinstance(value, str) and (match := _DURATION.match(value)):
        result = float(match.group(1)) * _UNIT_SECONDS[match.group(2).lower()]
    else:
        raise ValueError(f"{value!r} is not a duration such as 90, 30s, 15m or 1h")
    if result < MIN_INTERVAL:
        raise ValueError(f"{value!r} is shorter than {MIN_INTERVAL:g} second")
    return result


def feed_interval(sources: SourcesFile, feed: Feed) -> float:
    """How many seconds apart ``feed`` is polled."""
    return seconds(feed.interval if feed.interval is not None else sources.interval)


def load_sources(path: Path) -> SourcesFile:
    """Read and validate a sources file; SourcesError names the file, the key and the problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SourcesError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return parse_sources(text, str(path))


def parse_sources(text: str, source: str) -> SourcesFile:
    """Validate a sources document; ``source`` is its name (a ``.toml`` name means TOML)."""
    document = _read_document(text, source)
    try:
        parsed = msgspec.convert(document if document is not None else {}, SourcesFile)
    except msgspec.ValidationError as exc:
        message = str(exc)
        found = _AT.search(message)
        where = _where(text, source, found.group("path") if found else "")
        raise SourcesError(f"{where}: {_AT.sub('', message)}") from None
    for index, feed in enumerate(parsed.feeds):
        if not feed.url.startswith(("http://", "https://")):
            where = _where(text, source, f".feeds[{index}].url")
            raise SourcesError(f"{where}: feed URL {feed.url!r} is not http(s)")
        key = f".feeds[{index}].interval" if feed.interval is not None else ".interval"
        try:
            feed_interval(parsed, feed)
        except ValueError as exc:
            raise SourcesError(f"{_where(text, source, key)}: interval {exc}") from None
    try:
        seconds(parsed.interval)
    except ValueError as exc:
        raise SourcesError(f"{_where(text, source, '.interval')}: interval {exc}") from None
    return parsed


def _read_document(text: str, source: str) -> Any:
    if source.endswith(".toml"):
        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise SourcesError(f"{source}: not valid TOML: {exc}") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{source}:{mark.line + 1}" if mark is not None else source
        problem = getattr(exc, "problem", None) or str(exc)
        raise SourcesError(f"{where}: not valid YAML: {problem}") from None


def _where(text: str, source: str, path: str) -> str:
    """``source:line`` for a YAML key path such as ``.feeds[1].url``, else ``source (at path)``."""
    line = None if source.endswith(".toml") else _yaml_line(text, path)
    if line is not None:
        return f"{source}:{line}"
    return f"{source} (at {path.lstrip('.') or 'top level'})"


def _yaml_line(text: str, path: str) -> int | None:
    try:
        node = yaml.compose(text)
    except yaml.YAMLError:
        return None
    for key, index in re.findall(r"\.([^.\[]+)|\[(\d+)\]", path):
        if isinstance(node, yaml.MappingNode) and key:
            node = next((v for k, v in node.value if k.value == key), None)
        elif isinstance(node, yaml.SequenceNode) and index and int(index) < len(node.value):
            node = node.value[int(index)]
        else:
            break
        if node is None:
            return None
    return node.start_mark.line + 1 if node is not None else None
