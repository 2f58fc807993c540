"""Articles from text and records: the shapes every source reduces to."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

import yaml

from execwatch.schemas import ArticleReceived
from execwatch.services.core.ids import article_id_for
from execwatch.services.ingest.dates import iso_date

DATE_LINE = re.compile(r"^\s*date\s*[:\s]\s*(?P<value>\S.*?)\s*$", re.IGNORECASE)
FRONT_MATTER = re.compile(
    r"\A---[ \t]*\r?\n(?P<body>.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S
)


class ArticleInputError(ValueError):
    """An input that is not an article; the message names the file and line."""


@dataclass(frozen=True)
class Rejected:
    """An input that was skipped, and why."""

    where: str
    reason: str


def now_iso() -> str:
    """The current UTC time, ISO 8601: every article's ``received_at``."""
    return datetime.now(UTC).isoformat()


def article_from_text(text: str, *, name: str | None, source: str) -> ArticleReceived:
    """An article from a text or Markdown file's contents, ``name`` being its id.

    Without a name the id derives from the URL (front matter) or the text.
    Metadata comes from YAML front matter (``title``, ``date``/``published``,
    ``url``) or a first line ``date YYYY-MM-DD`` (any parseable date, with or
    without a colon).
    """
    text = text.lstrip("\ufeff")
    meta: dict[str, object] = {}
    if found := FRONT_MATTER.match(text):
        meta = _front_matter(found.group("body"), source)
        text = text[found.end() :]
    else:
        first, _, rest = text.partition("\n")
        if (line := DATE_LINE.match(first)) and iso_date(line.group("value")):
            meta, text = {"date": line.group("value")}, rest
    text = text.strip()
    if not text:
        raise ArticleInputError(f"{source}: the article has no text")
    url = meta.get("url")
    url = url if isinstance(url, str) else None
    title = meta.get("title")
    return ArticleReceived(
        article_id=name or article_id_for(text, url),
        text=text,
        title=str(title) if title else None,
        url=url or None,
        published=iso_date(meta.get("published", meta.get("date"))),
        source=source,
        received_at=now_iso(),
    )


def article_from_record(record: object, *, where: str, source: str) -> ArticleReceived:
    """An article from a JSON object (``text``; optional ``id``, ``title``, ``url``, ``published``).

    ``published`` (or ``date``) may be any parseable date; it is stored as YYYY-MM-DD.
    """
    if not isinstance(record, dict):
        raise ArticleInputError(f"{where}: expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ArticleInputError(f"{where}: the record has no text")
    url = record.get("url") if isinstance(record.get("url"), str) else None
    raw_id = record.get("id")
    article_id = str(raw_id) if raw_id not in (None, "") else article_id_for(text, url)
    raw_date = record.get("published", record.get("date"))
    published = iso_date(raw_date)
    if raw_date not in (None, "") and published is None:
        raise ArticleInputError(f"{where}: published date {raw_date!r} is not a date")
    title = record.get("title")
    return ArticleReceived(
        article_id=article_id,
        text=text,
        title=title if isinstance(title, str) and title else None,
        url=url or None,
        published=published,
        source=source,
        received_at=now_iso(),
    )


def _front_matter(body: str, source: str) -> dict[str, object]:
    try:
        meta = yaml.safe_load(body)
    except yaml.YAMLError as exc:
        raise ArticleInputError(f"{source}: front matter is not valid YAML: {exc}") from None
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise ArticleInputError(f"{source}: front matter is not a mapping of keys to values")
    return {str(key).lower(): value for key, value in meta.items()}
