"""The ingest service's background work: the inbox, feed polling and the HTTP endpoint.

Configured from the environment (read once at start):

- ``EXECWATCH_SOURCES``: a sources file (YAML or TOML) of feeds to follow (its edits are
  followed too);
- ``EXECWATCH_INGEST_TOKEN``: the bearer token of ``POST /articles`` (no token, no endpoint);
- ``EXECWATCH_HTTP_HOST`` / ``EXECWATCH_HTTP_PORT``: where it listens (127.0.0.1:8080);
- ``EXECWATCH_ALLOW_PRIVATE``: ``1`` to fetch from any address, or a comma-separated
  list of networks (``127.0.0.1/32,10.0.0.0/8``) allowed besides public addresses;
- ``EXECWATCH_FETCH_TIMEOUT`` (seconds, 20) and ``EXECWATCH_FETCH_MAX_BYTES`` (5 MiB).
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Coroutine, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import structlog

from execwatch.services.core.bootstrap import Runtime
from execwatch.services.ingest.feeds import FeedStore
from execwatch.services.ingest.fetch import Fetcher, FetchPolicy, parse_networks
from execwatch.services.ingest.http_api import ArticleEndpoint, serving
from execwatch.services.ingest.inbox import watch_inbox
from execwatch.services.ingest.live_sources import follow_sources
from execwatch.services.ingest.publisher import ArticlePublisher

log = structlog.get_logger(__name__)

_YES = frozenset({"1", "true", "yes", "on", "all"})
_NO = frozenset({"", "0", "false", "no", "off"})


def policy_from(allow_private: str, base: FetchPolicy | None = None) -> FetchPolicy:
    """A fetch policy from an allow-private setting: yes/no, or networks to allow."""
    base = base or FetchPolicy()
    value = allow_private.strip().lower()
    if value in _YES:
        return FetchPolicy(**{**vars(base), "allow_private": True})
    if value in _NO:
        return base
    return FetchPolicy(**{**vars(base), "allow_networks": parse_networks(value.split(","))})


@dataclass(frozen=True)
class IngestSettings:
    """What the ingest service reads from the environment besides the core settings."""

    sources: Path | None = None
    token: str = field(default="", repr=False)  # a secret: never shown
    http_host: str = "127.0.0.1"
    http_port: int = 8080
    policy: FetchPolicy = field(default_factory=FetchPolicy)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> IngestSettings:
        """Build from EXECWATCH_* variables; ValueError names a malformed one."""
        source = os.environ if env is None else env
        base = FetchPolicy(
            timeout=float(source.get("EXECWATCH_FETCH_TIMEOUT", FetchPolicy.timeout)),
            max_bytes=int(source.get("EXECWATCH_FETCH_MAX_BYTES", FetchPolicy.max_bytes)),
        )
        sources = source.get("EXECWATCH_SOURCES", "")
        return cls(
            sources=Path(sources) if sources else None,
            token=source.get("EXECWATCH_INGEST_TOKEN", ""),
            http_host=source.get("EXECWATCH_HTTP_HOST", cls.http_host),
            http_port=int(source.get("EXECWATCH_HTTP_PORT", cls.http_port)),
            policy=policy_from(source.get("EXECWATCH_ALLOW_PRIVATE", ""), base),
        )


async def run_ingest(runtime: Runtime, settings: IngestSettings | None = None) -> None:
    """Run the inbox, the feeds and the HTTP endpoint until cancelled; each fails alone."""
    settings = settings or IngestSettings.from_env()
    publisher = ArticlePublisher(runtime.client, runtime.names)
    await publisher.prepare()
    async with Fetcher(settings.policy) as fetcher:
        work: list[Coroutine[Any, Any, None]] = [
            watch_inbox(runtime.settings.data_dir / "inbox", publisher)
        ]
        if settings.sources is not None:
            store = FeedStore(runtime.client, runtime.names.prefix)
            work.append(follow_sources(settings.sources, fetcher, store, publisher))
        if settings.token:
            endpoint = ArticleEndpoint(publisher, settings.token)
            work.append(_serve(endpoint, settings.http_host, settings.http_port))
        else:
            log.info("http endpoint off: set EXECWATCH_INGEST_TOKEN to turn it on")
        await asyncio.gather(*(_alone(job) for job in work))


async def _serve(endpoint: ArticleEndpoint, host: str, port: int) -> None:
    async with serving(endpoint, host, port):
        await asyncio.Event().wait()  # until cancelled


async def _alone(job: Coroutine[Any, Any, None]) -> None:
    """Run one part of the service; its crash is logged and leaves the others running."""
    try:
        await job
    except Exception:
        log.exception("ingest component stopped")
