"""Fixtures of the ingest tests: a local HTTP server and a fetch policy that may reach it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from execwatch.services.ingest.fetch import FetchPolicy, parse_networks
from tests.ingest.server import LocalServer


@pytest.fixture
def server() -> Iterator[LocalServer]:
    """A local HTTP server on 127.0.0.1, stopped after the test."""
    local = LocalServer()
    local.start()
    yield local
    local.stop()


@pytest.fixture
def loopback_policy() -> FetchPolicy:
    """The default policy, except that 127.0.0.1 (the test server) may be fetched."""
    return FetchPolicy(allow_networks=parse_networks(["127.0.0.1/32"]), timeout=5.0)
