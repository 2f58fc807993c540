"""Where a key or value sits in a YAML or TOML text, so errors can name line and column."""

from __future__ import annotations

import re

import yaml

Path = tuple[str | int, ...]
Position = tuple[int, int]  # 1-based line and column


def yaml_positions(text: str) -> dict[Path, Position]:
    """Position of every mapping key and sequence item in a YAML document."""
    positions: dict[Path, Position] = {}
    try:
        root = yaml.compose(text)
    except yaml.YAMLError:
        return positions

    def walk(node: yaml.Node, path: Path) -> None:
        positions.setdefault(path, (node.start_mark.line + 1, node.start_mark.column + 1))
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                child = (*path, str(key.value))
                positions[child] = (key.start_mark.line + 1, key.start_mark.column + 1)
                walk(value, child)
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                walk(item, (*path, index))

    if root is not None:
        walk(root, ())
    return positions


_TABLE_ARRAY = re.compile(r"^\s*\[\[\s*([\w.-]+)\s*\]\]")
_TABLE = re.compile(r"^\s*\[\s*([\w.-]+)\s*\]")
_KEY = re.compile(r"^(\s*)([\w-]+)\s*=")


def toml_positions(text: str) -> dict[Path, Position]:
    """Position of keys and array-of-tables items in a TOML text (a line-based reading)."""
    positions: dict[Path, Position] = {}
    counts: dict[str, int] = {}
    table: Path = ()
    for number, line in enumerate(text.splitlines(), 1):
        if match := _TABLE_ARRAY.match(line):
            dotted = match.group(1)
            counts[dotted] = counts.get(dotted, -1) + 1
            table = _dotted_path(dotted, counts)
            positions.setdefault(table, (number, match.start(1) + 1))
        elif match := _TABLE.match(line):
            table = _dotted_path(match.group(1), counts)
            positions.setdefault(table, (number, match.start(1) + 1))
        elif match := _KEY.match(line):
            positions.setdefault((*table, match.group(2)), (number, len(match.group(1)) + 1))
    return positions


def _dotted_path(dotted: str, counts: dict[str, int]) -> Path:
    path: list[str | int] = []
    parts = dotted.split(".")
    for depth, part in enumerate(parts):
        path.append(part)
        prefix = ".".join(parts[: depth + 1])
        if prefix in counts:
            path.append(counts[prefix])
    return tuple(path)


def nearest(positions: dict[Path, Position], path: Path) -> Position | None:
    """The position of ``path``, or of its closest ancestor that has one."""
    for end in range(len(path), -1, -1):
        if (found := positions.get(path[:end])) is not None:
            return found
    return None
