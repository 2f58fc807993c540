"""Web pages and HTML: the main text and metadata, extracted with trafilatura."""

from __future__ import annotations

from urllib.parse import urlsplit

import lxml.html
import trafilatura
from lxml.etree import ParserError

from execwatch.schemas import ArticleReceived
from execwatch.services.core.ids import article_id_for
from execwatch.services.ingest.dates import iso_date
from execwatch.services.ingest.records import ArticleInputError, now_iso


def article_from_html(
    html: str, *, url: str | None, source: str, article_id: str | None = None
) -> ArticleReceived:
    """The article in an HTML page: main text, title, date and canonical URL when on the same host.

    Raises ArticleInputError when no main text can be found.
    """
    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    if not isinstance(document, trafilatura.settings.Document) or not (document.text or "").strip():
        raise ArticleInputError(f"{source}: no article text found in the page")
    page_url = _canonical(url, document.url)
    text = (document.text or "").strip()
    return ArticleReceived(
        article_id=article_id or article_id_for(text, page_url),
        text=text,
        title=document.title or None,
        url=page_url,
        published=iso_date(document.date),
        source=source,
        received_at=now_iso(),
    )


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's summary), paragraphs on their own lines."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fromstring(fragment)
    except (ParserError, ValueError):
        return fragment.strip()
    for block in root.iter("p", "br", "div", "li", "h1", "h2", "h3", "h4", "blockquote"):
        block.tail = "\n" + (block.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _canonical(fetched: str | None, declared: str | None) -> str | None:
    """The declared canonical URL when on the fetched host (or nothing was fetched)."""
    declared = declared if declared and declared.startswith(("http://", "https://")) else None
    if not declared or not fetched:
        return fetched or declared
    same_host = urlsplit(declared).hostname == urlsplit(fetched).hostname
    return declared if same_host else fetched
