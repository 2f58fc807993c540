"""Loading watchlist files (YAML or TOML) and reporting every problem with line and column."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec
import yaml

from execwatch.services.notifier.positions import Path as KeyPath
from execwatch.services.notifier.positions import nearest, toml_positions, yaml_positions
from execwatch.services.notifier.watchlist_schema import Route, WatchedPerson, Watchlist

_AT = re.compile(r" - at `\$(?P<path>[^`]*)`$")
_STEP = re.compile(r"\.([^.\[]+)|\[(\d+)\]")
_UNKNOWN = re.compile(r"unknown field `([^`]+)`")
_TOML_AT = re.compile(r"\(at line (\d+), column (\d+)\)")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a watchlist file, and where."""

    source: str
    message: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = f":{self.line}:{self.column}" if self.line is not None else ""
        return f"{self.source}{where}: {self.message}"


class WatchlistError(ValueError):
    """A watchlist that cannot be used; it lists every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(map(str, problems)))

    def one_line(self) -> str:
        """The first problem, and how many more there are."""
        more = len(self.problems) - 1
        return str(self.problems[0]) + (f" (and {more} more)" if more > 0 else "")


def _read_document(text: str, source: str) -> tuple[Any, dict[KeyPath, tuple[int, int]]]:
    if source.endswith(".toml"):
        try:
            return tomllib.loads(text), toml_positions(text)
        except tomllib.TOMLDecodeError as exc:
            found = _TOML_AT.search(str(exc))
            line, column = (int(found[1]), int(found[2])) if found else (None, None)
            message = _TOML_AT.sub("", str(exc)).strip()
            raise WatchlistError(
                [Problem(source, f"not valid TOML: {message}", line, column)]
            ) from None
    try:
        return yaml.safe_load(text), yaml_positions(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (None, None)
        problems = [Problem(source, f"not valid YAML: {problem}", line, column)]
        raise WatchlistError(problems) from None


def _located(
    source: str, positions: dict[KeyPath, tuple[int, int]], base: KeyPath, error: Exception
) -> Problem:
    text = str(error)
    path: list[str | int] = list(base)
    if found := _AT.search(text):
        for key, index in _STEP.findall(found["path"]):
            path.append(key if key else int(index))
        text = text[: found.start()]
    if unknown := _UNKNOWN.search(text):
        path.append(unknown[1])
    spot = nearest(positions, tuple(path))
    where = ".".join(str(p) for p in path)
    message = f"{where}: {text}" if where else text
    return Problem(source, message, *(spot or (None, None)))


def _item_problems(item: WatchedPerson | Route) -> list[tuple[KeyPath, str]]:
    if isinstance(item, WatchedPerson):
        return [] if item.name.strip() else [(("name",), "the name is empty")]
    found: list[tuple[KeyPath, str]] = []
    if len([t for t in (item.apprise, item.webhook, item.file) if t]) != 1:
        found.append(((), "give exactly one of apprise, webhook or file"))
    if item.webhook and not (item.webhook.secret or item.webhook.secret_env):
        found.append((("webhook",), "a webhook needs secret or secret_env"))
    return found


def parse_watchlist(text: str, *, source: str) -> Watchlist:
    """Parse and validate a watchlist; raise WatchlistError listing every problem.

    ``source`` names the file in errors (its suffix picks TOML or YAML) and,
    by its stem, the watchlist when the file gives no ``name``.
    """
    data, positions = _read_document(text, source)
    if not isinstance(data, dict) or "people" not in data:
        raise WatchlistError([Problem(source, "expected a mapping with a `people` list", 1, 1)])
    problems: list[Problem] = []
    parts: dict[str, list[Any]] = {"people": [], "routes": []}
    item_types: tuple[tuple[str, type[WatchedPerson] | type[Route]], ...] = (
        ("people", WatchedPerson),
        ("routes", Route),
    )
    for key, item_type in item_types:
        items = data.get(key, [])
        if not isinstance(items, list):
            problems.append(_located(source, positions, (key,), ValueError("expected a list")))
            continue
        for index, item in enumerate(items):
            try:
                parsed: WatchedPerson | Route = msgspec.convert(item, item_type)
            except msgspec.ValidationError as exc:
                problems.append(_located(source, positions, (key, index), exc))
                continue
            parts[key].append(parsed)
            for path, message in _item_problems(parsed):
                problems.append(
                    _located(source, positions, (key, index, *path), ValueError(message))
                )
    try:
        rest = {k: v for k, v in data.items() if k not in parts}
        watchlist = msgspec.convert({**rest, "people": [], "routes": []}, Watchlist)
    except msgspec.ValidationError as exc:
        problems.append(_located(source, positions, (), exc))
    else:
        watchlist = msgspec.structs.replace(
            watchlist,
            people=parts["people"],
            routes=parts["routes"],
            name=watchlist.name or Path(source).stem,
        )
        if not 0.0 <= watchlist.min_confidence <= 1.0:
            problems.append(
                _located(source, positions, ("min_confidence",), ValueError("must be 0 to 1"))
            )
    if problems:
        raise WatchlistError(problems)
    return watchlist


def load_watchlist(path: Path) -> Watchlist:
    """Read and validate a watchlist file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise WatchlistError([Problem(str(path), f"cannot read: {exc}")]) from None
    return parse_watchlist(text, source=str(path))
