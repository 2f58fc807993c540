"""Articles from files: text files (optional ``date YYYY-MM-DD`` first line) and JSON Lines."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from execwatch.schemas import ArticleReceived
from execwatch.services.core.ids import article_id_for

DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*$", re.IGNORECASE)
MAX_ARTICLE_BYTES = 5 * 1024 * 1024


class ArticleInputError(ValueError):
    """An input that is not an article; the message names the file and line."""


@dataclass(frozen=True)
class Rejected:
    """An input that was skipped, and why."""

    where: str
    reason: str


def _now() -> str:
    return datetime.now(UTC).isoformat()


def article_from_text(text: str, *, name: str, source: str) -> ArticleReceived:
    """An article from a text file's contents; a ``date`` first line sets the published date."""
    published = None
    first, _, rest = text.lstrip("\ufeff").partition("\n")
    if match := DATE_LINE.match(first):
        published, text = match.group(1), rest
    text = text.strip()
    if not text:
        raise ArticleInputError(f"{source}: the article has no text")
    return ArticleReceived(
        article_id=name, text=text, published=published, source=source, received_at=_now()
    )


def article_from_record(record: object, *, where: str, source: str) -> ArticleReceived:
    """An article from a corpus-format JSON object (``id``, ``text``, optional extras)."""
    if not isinstance(record, dict):
        raise ArticleInputError(f"{where}: expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ArticleInputError(f"{where}: the record has no text")
    url = record.get("url") if isinstance(record.get("url"), str) else None
    raw_id = record.get("id")
    article_id = str(raw_id) if raw_id not in (None, "") else article_id_for(text, url)
    published = record.get("published")
    title = record.get("title")
    return ArticleReceived(
        article_id=article_id,
        text=text,
        title=title if isinstance(title, str) and title else None,
        url=url,
        published=published if isinstance(published, str) and published else None,
        source=source,
        received_at=_now(),
    )


def read_articles(path: Path) -> Iterator[ArticleReceived | Rejected]:
    """Every article in ``path``, in order; inputs that are not articles come as Rejected."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield Rejected(str(path), f"cannot read: {exc.strerror or exc}")
        return
    if len(raw) > MAX_ARTICLE_BYTES and path.suffix != ".jsonl":
        yield Rejected(str(path), f"larger than {MAX_ARTICLE_BYTES} bytes")
        return
    text = raw.decode("utf-8", errors="replace")
    if path.suffix in (".jsonl", ".ndjson"):
        yield from _read_json_lines(text, path)
        return
    try:
        yield article_from_text(text, name=path.name, source=str(path))
    except ArticleInputError as exc:
        yield Rejected(str(path), str(exc))


def _read_json_lines(text: str, path: Path) -> Iterator[ArticleReceived | Rejected]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            yield article_from_record(json.loads(line), where=where, source=str(path))
        except json.JSONDecodeError as exc:
            yield Rejected(where, f"not JSON: {exc.msg}")
        except ArticleInputError as exc:
            yield Rejected(where, str(exc).removeprefix(f"{where}: "))
