"""Running the services inside a test, and feeding them articles."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

from redis.asyncio import Redis

from execwatch.schemas import AlertRaised, ArticleReceived
from execwatch.services.core.bootstrap import Service, create_app
from execwatch.services.core.progress import wait_until_processed
from execwatch.services.core.reader import read_events
from execwatch.services.core.settings import Settings
from execwatch.services.core.streams import StreamNames
from execwatch.services.ingest.publisher import ArticlePublisher


@asynccontextmanager
async def running(
    settings: Settings, services: Sequence[Service]
) -> AsyncIterator[asyncio.Task[None]]:
    """Run the services' app in the background for the duration of the block."""
    app = create_app(settings, services)
    task = asyncio.create_task(app.run())
    try:
        yield task
    finally:
        app.exit()
        # Not wait_for(task, 30): after its timeout it cancels the task and then waits
        # for it without any limit, and returns normally if the cancel is swallowed.
        done, _ = await asyncio.wait({task}, timeout=30)
        if not done:
            task.cancel()
            done, _ = await asyncio.wait({task}, timeout=10)
            raise AssertionError(
                "the app did not shut down within 30s"
                + ("" if done else ", nor within 10s of being cancelled")
            )
        task.result()


async def ingest_and_wait(
    client: Redis,
    settings: Settings,
    articles: Sequence[ArticleReceived],
    app_task: asyncio.Task[None],
) -> int:
    """Publish articles and wait for the pipeline to finish them; return how many were new.

    Fails at once, with the app's own error, if the app stops while we wait.
    """
    names = StreamNames(settings.prefix)
    publisher = ArticlePublisher(client, names)
    await publisher.prepare()
    new, last = await publisher.publish_all(articles)
    if last is not None:
        waiting = asyncio.ensure_future(
            wait_until_processed(client, names, last, timeout=settings.wait_timeout)
        )
        await asyncio.wait({waiting, app_task}, return_when=asyncio.FIRST_COMPLETED)
        if not waiting.done():
            waiting.cancel()
            app_task.result()
            raise AssertionError("the app stopped before the pipeline finished")
        waiting.result()
    return new


async def alerts(client: Redis, settings: Settings) -> list[AlertRaised]:
    """Every alert on the test's alerts stream."""
    return await read_events(client, StreamNames(settings.prefix).alerts, AlertRaised)
