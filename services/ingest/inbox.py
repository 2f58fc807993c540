"""The ingest service's drop folder: files put in the inbox are published, then filed away."""

from __future__ import annotations

import asyncio
from pathlib import Path

import structlog

from execwatch.services.core.bootstrap import Runtime
from execwatch.services.ingest.files import Rejected, read_articles
from execwatch.services.ingest.publisher import ArticlePublisher

log = structlog.get_logger(__name__)

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".jsonl", ".ndjson"})
POLL_SECONDS = 1.0


def inbox_dir(runtime: Runtime) -> Path:
    """Where the ingest service looks for new article files."""
    return runtime.settings.data_dir / "inbox"


async def ingest_inbox_once(inbox: Path, publisher: ArticlePublisher) -> int:
    """Publish every article file in ``inbox``; move each to done/ or rejected/."""
    published = 0
    for path in sorted(p for p in inbox.iterdir() if p.suffix in ARTICLE_SUFFIXES):
        rejected = False
        for item in read_articles(path):
            if isinstance(item, Rejected):
                rejected = True
                log.warning("input skipped", where=item.where, reason=item.reason)
            else:
                published += (await publisher.publish(item))[0]
        target = inbox / ("rejected" if rejected else "done")
        target.mkdir(exist_ok=True)
        path.replace(target / path.name)
    return published


async def watch_inbox(runtime: Runtime) -> None:
    """Poll the inbox until cancelled."""
    inbox = inbox_dir(runtime)
    inbox.mkdir(parents=True, exist_ok=True)
    publisher = ArticlePublisher(runtime.client, runtime.names)
    await publisher.prepare()
    log.info("watching inbox", inbox=str(inbox))
    while True:
        await ingest_inbox_once(inbox, publisher)
        await asyncio.sleep(POLL_SECONDS)
