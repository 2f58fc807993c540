"""The ingest service's drop folder: files put in the inbox are published, then filed away."""

from __future__ import annotations

import asyncio
from pathlib import Path

import structlog

from execwatch.services.ingest.files import ARTICLE_SUFFIXES, Rejected, read_articles
from execwatch.services.ingest.publisher import ArticlePublisher

log = structlog.get_logger(__name__)

POLL_SECONDS = 1.0


async def ingest_inbox_once(inbox: Path, publisher: ArticlePublisher) -> int:
    """Publish every article file in ``inbox``; move each to done/ or rejected/."""
    published = 0
    for path in sorted(p for p in inbox.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES):
        rejected = False
        for item in read_articles(path):
            if isinstance(item, Rejected):
                rejected = True
                log.warning("input skipped", where=item.where, reason=item.reason)
            else:
                published += (await publisher.submit(item)).new
        target = inbox / ("rejected" if rejected else "done")
        target.mkdir(exist_ok=True)
        path.replace(target / path.name)
    return published


async def watch_inbox(inbox: Path, publisher: ArticlePublisher) -> None:
    """Poll the inbox until cancelled; a failed pass is logged and tried again."""
    inbox.mkdir(parents=True, exist_ok=True)
    log.info("watching inbox", inbox=str(inbox))
    while True:
        try:
            await ingest_inbox_once(inbox, publisher)
        except Exception:  # Redis away for a moment, a file vanishing: next pass retries
            log.exception("inbox pass failed", inbox=str(inbox))
        await asyncio.sleep(POLL_SECONDS)
