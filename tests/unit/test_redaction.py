"""Passwords, tokens and webhook secrets never appear in the logs."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest
import structlog

from execwatch.services.core.logging import configure_logging


@pytest.fixture
def json_logs() -> Iterator[io.StringIO]:
    """Service logging (JSON lines) into a buffer, put back afterwards."""
    buffer = io.StringIO()
    configure_logging("json", stream=buffer)
    yield buffer
    structlog.reset_defaults()
    logging.getLogger().handlers.clear()


def test_secrets_in_fields_urls_and_foreign_logs_are_masked(json_logs: io.StringIO) -> None:
    log = structlog.get_logger("test")
    log.info("connecting", redis_url="rediss://app:hunter2@db.example:6380/0")
    log.info("webhook", secret="s3cret", headers={"Authorization": "Bearer abc.def"})
    logging.getLogger("a.library").warning("lost rediss://app:hunter2@db.example:6380")
    out = json_logs.getvalue()
    for secret in ("hunter2", "s3cret", "abc.def"):
        assert secret not in out
    first, second, third = (json.loads(line) for line in out.splitlines())
    assert first["redis_url"] == "rediss://app:***@db.example:6380/0"
    assert second["secret"] == "***" and second["headers"]["Authorization"] == "***"
    assert third["event"] == "lost rediss://app:***@db.example:6380"
