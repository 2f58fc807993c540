"""Wiring done once at start: Redis (embedded or REDIS_URL), broker, client, app."""

from __future__ import annotations

import asyncio
import contextlib
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
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task

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
