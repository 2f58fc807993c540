"""Wiring done once at start: Redis (embedded or REDIS_URL), broker, client, app."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any

from faststream import FastStream
from faststream.redis import RedisBroker, RedisRouter
from redis.asyncio import Redis

from .connect import connect, retry_options, wait_for_redis
from .redis_server import redis_endpoint
from .settings import Settings
from .streams import StreamNames, ensure_groups

# How long stopping the background work may take before shutdown gives up on it.
BACKGROUND_STOP_SECONDS = 10.0


@dataclass(frozen=True)
class Runtime:
    """What every service's handlers are built from."""

    settings: Settings
    names: StreamNames
    client: Redis


Background = Callable[[], Coroutine[Any, Any, None]]


@dataclass(frozen=True)
class ServiceParts:
    """What a service adds to an app: stream handlers, and work that runs beside them."""

    router: RedisRouter | None = None
    background: tuple[Background, ...] = ()


@dataclass(frozen=True)
class Service:
    """A service by name, and how to build its parts once the runtime exists."""

    name: str
    build: Callable[[Runtime], ServiceParts]


def create_app(settings: Settings, services: Sequence[Service]) -> FastStream:
    """A FastStream app running the given services on one broker.

    With no REDIS_URL the embedded server is started here and stopped after
    the app shuts down. Consumer groups are created before any subscriber starts.
    """
    resources = ExitStack()
    url = resources.enter_context(redis_endpoint(settings.redis_url, settings.data_dir))
    broker = RedisBroker(url, logger=logging.getLogger("execwatch.broker"), **retry_options())
    client = connect(url)
    runtime = Runtime(settings=settings, names=StreamNames(settings.prefix), client=client)
    background: list[tuple[str, Background]] = []
    try:
        for service in services:
            parts = service.build(runtime)
            if parts.router is not None:
                broker.include_router(parts.router)
            background.extend((service.name, work) for work in parts.background)
    except BaseException:
        resources.close()
        raise
    tasks: list[asyncio.Task[None]] = []

    async def prepare_streams() -> None:
        await wait_for_redis(url, timeout=settings.connect_timeout)
        await ensure_groups(client, runtime.names)

    async def start_background() -> None:
        for name, work in background:
            tasks.append(asyncio.create_task(work(), name=name))

    async def stop_background() -> None:
        # A cancel can be lost: on Python 3.11 the asyncio.wait_for() redis-py puts around
        # sending a command drops a cancel that lands as the send completes, and the task's
        # loop goes on (a digest loop then slept and looped for ever, and shutdown hung).
        # So cancel again until every task is done, for a bounded time. asyncio.wait, not
        # suppress(CancelledError) around each await, which swallowed a cancel of the app.
        pending = {task for task in tasks if not task.done()}
        deadline = asyncio.get_running_loop().time() + BACKGROUND_STOP_SECONDS
        while pending:
            for task in pending:
                task.cancel()
            _, pending = await asyncio.wait(pending, timeout=0.2)
            if pending and asyncio.get_running_loop().time() > deadline:
                names = sorted(task.get_name() for task in pending)
                raise RuntimeError(f"background work did not stop when cancelled: {names}")
        for task in tasks:  # a task that failed before the stop still reports its error
            error = None if task.cancelled() else task.exception()
            if error is not None:
                raise error

    async def release() -> None:
        await client.aclose()
        resources.close()

    return FastStream(
        broker,
        logger=logging.getLogger("execwatch.app"),
        on_startup=[prepare_streams],
        after_startup=[start_background],
        on_shutdown=[stop_background],
        after_shutdown=[release],
    )
