"""Articles from files and standard input: text, Markdown, HTML and JSON Lines."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

from execwatch.schemas import ArticleReceived
from execwatch.services.ingest.pages import article_from_html
from execwatch.services.ingest.records import (
    ArticleInputError,
    Rejected,
    article_from_record,
    article_from_text,
)

MAX_ARTICLE_BYTES = 5 * 1024 * 1024
Kind = Literal["text", "html", "jsonl"]
KINDS: dict[str, Kind] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
ARTICLE_SUFFIXES = frozenset(KINDS)


def kind_of(name: str, raw: bytes) -> Kind:
    """A file's kind from its suffix, or from its first bytes when the suffix says nothing."""
    if kind := KINDS.get(Path(name).suffix.lower()):
        return kind
    head = raw.lstrip()[:200].lower()
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<article")):
        return "html"
    return "text"


def files_under(path: Path) -> Iterator[Path]:
    """``path`` itself, or every article file below it (recursively, hidden ones skipped)."""
    if not path.is_dir():
        yield path
        return
    for child in sorted(path.rglob("*")):
        hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
        if child.is_file() and not hidden and child.suffix.lower() in ARTICLE_SUFFIXES:
            yield child


def read_articles(path: Path, name: str | None = None) -> Iterator[ArticleReceived | Rejected]:
    """Every article in ``path``, in order; inputs that are not articles come as Rejected.

    ``name`` is the id of a single-article file (default: the file's name).
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield Rejected(str(path), f"cannot read: {exc.strerror or exc}")
        return
    yield from read_bytes(raw, name=name or path.name, source=str(path))


def read_bytes(
    raw: bytes, *, name: str | None, source: str
) -> Iterator[ArticleReceived | Rejected]:
    """The articles in one input's bytes (a file's, or standard input's when ``name`` is None)."""
    kind = kind_of(name or "", raw)
    if len(raw) > MAX_ARTICLE_BYTES and kind != "jsonl":
        yield Rejected(source, f"larger than {MAX_ARTICLE_BYTES} bytes")
        return
    text = raw.decode("utf-8", errors="replace")
    if kind == "jsonl":
        yield from _read_json_lines(text, source)
        return
    try:
        if kind == "html":
            yield article_from_html(text, url=None, source=source)
        else:
            yield article_from_text(text, name=name, source=source)
    except ArticleInputError as exc:
        yield Rejected(source, str(exc).removeprefix(f"{source}: "))


def _read_json_lines(text: str, source: str) -> Iterator[ArticleReceived | Rejected]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            yield article_from_record(json.loads(line), where=where, source=source)
        except json.JSONDecodeError as exc:
            yield Rejected(where, f"not JSON: {exc.msg}")
        except ArticleInputError as exc:
            yield Rejected(where, str(exc).removeprefix(f"{where}: "))
