"""Waiting for Redis at start: a clear message and retries with backoff, not a traceback."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import structlog
from redis.asyncio import Redis
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialBackoff
from redis.exceptions import AuthenticationError, ConnectionError, ResponseError, TimeoutError

from .redaction import redact_text

log = structlog.get_logger(__name__)


def retry_options() -> dict[str, Any]:
    """Connection options that ride out a Redis restart: a command that meets a closed
    connection reconnects and is retried, with backoff, for about ten seconds."""
    return {
        "retry": Retry(ExponentialBackoff(cap=2.0, base=0.1), retries=10),
        "retry_on_error": [ConnectionError, TimeoutError],
    }


def connect(url: str) -> Redis:
    """A client for ``url`` with execwatch's reconnect policy."""
    return Redis.from_url(url, **retry_options())


class RedisUnavailable(RuntimeError):
    """Redis could not be reached in time; the message says where and why."""


async def wait_for_redis(url: str, *, timeout: float, first_delay: float = 0.5) -> None:
    """Return once Redis answers PING; retry with backoff up to ``timeout`` seconds.

    Authentication and permission errors are final: retrying cannot fix them.
    """
    where = redact_text(url)
    deadline = time.monotonic() + timeout
    delay = first_delay
    while True:
        probe = Redis.from_url(url, socket_connect_timeout=5)  # no retries of its own
        try:
            await probe.ping()
            return
        except (AuthenticationError, ResponseError) as exc:
            raise RedisUnavailable(f"Redis at {where} refused us: {exc}") from None
        except (ConnectionError, TimeoutError, OSError) as exc:
            if time.monotonic() + delay > deadline:
                raise RedisUnavailable(
                    f"Redis at {where} unreachable after {timeout:.0f}s: {exc}"
                ) from None
            log.warning("redis unreachable; retrying", url=where, retry_in=delay, error=str(exc))
        finally:
            await probe.aclose()
        await asyncio.sleep(delay)
        delay = min(delay * 2, 10.0)
