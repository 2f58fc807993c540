"""The safe fetcher against a local server: address policy on every hop, size, time, redirects."""

from __future__ import annotations

import dataclasses

import pytest

from execwatch.services.ingest.fetch import (
    BlockedAddressError,
    Fetcher,
    FetchError,
    FetchPolicy,
    parse_networks,
)
from tests.ingest.server import LocalServer, Route


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("192.168.0.10", "private"),
        ("172.16.5.4", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("::ffff:127.0.0.1", "loopback"),
        ("0.0.0.0", "unspecified"),
        ("100.64.0.1", "reserved"),
    ],
)
def test_non_public_addresses_are_refused_by_default(address: str, kind: str) -> None:
    refusal = FetchPolicy().refusal(address)
    assert refusal is not None and kind in refusal


@pytest.mark.parametrize("address", ["93.184.215.14", "2606:4700::1111"])
def test_public_addresses_are_allowed(address: str) -> None:
    assert FetchPolicy().refusal(address) is None


def test_allowed_networks_and_allow_private_open_the_policy() -> None:
    assert FetchPolicy(allow_private=True).refusal("10.0.0.1") is None
    allowed = FetchPolicy(allow_networks=parse_networks(["10.0.0.0/8"]))
    assert allowed.refusal("10.9.9.9") is None
    assert allowed.refusal("192.168.1.1") is not None


async def test_a_request_to_loopback_is_refused_with_a_clear_message(server: LocalServer) -> None:
    server.routes["/page"] = Route(b"hello")
    async with Fetcher(FetchPolicy()) as fetcher:
        with pytest.raises(BlockedAddressError) as raised:
            await fetcher.get(server.url("/page"))
    message = str(raised.value)
    assert server.url("/page") in message
    assert "127.0.0.1 is a loopback address" in message
    assert "EXECWATCH_ALLOW_PRIVATE" in message
    assert server.hits["/page"] == 0


async def test_localhost_by_name_is_refused_too(server: LocalServer) -> None:
    async with Fetcher(FetchPolicy()) as fetcher:
        with pytest.raises(BlockedAddressError, match="loopback"):
            await fetcher.get(f"http://localhost:{server.port}/page")


async def test_an_allowed_loopback_server_is_fetched(
    server: LocalServer, loopback_policy: FetchPolicy
) -> None:
    server.routes["/page"] = Route(b"hello", etag='"v1"')
    async with Fetcher(loopback_policy) as fetcher:
        result = await fetcher.get(server.url("/page"))
    assert (result.status, result.content, result.headers["etag"]) == (200, b"hello", '"v1"')


async def test_a_redirect_to_a_refused_address_is_refused(
    server: LocalServer, loopback_policy: FetchPolicy
) -> None:
    """127.0.0.1 is allowed, 127.0.0.2 is not: the redirect hop is checked on its own."""
    server.routes["/hop"] = Route(location=f"http://127.0.0.2:{server.port}/page", status=302)
    async with Fetcher(loopback_policy) as fetcher:
        with pytest.raises(BlockedAddressError, match=r"127\.0\.0\.2 is a loopback address"):
            await fetcher.get(server.url("/hop"))


async def test_redirects_are_followed_up_to_the_limit(
    server: LocalServer, loopback_policy: FetchPolicy
) -> None:
    for n in range(4):
        server.routes[f"/r{n}"] = Route(location=f"/r{n + 1}", status=301)
    server.routes["/r4"] = Route(b"arrived")
    policy = dataclasses.replace(loopback_policy, max_redirects=4)
    async with Fetcher(policy) as fetcher:
        result = await fetcher.get(server.url("/r0"))
        assert result.content == b"arrived" and result.url == server.url("/r4")
    async with Fetcher(dataclasses.replace(policy, max_redirects=3)) as fetcher:
        with pytest.raises(FetchError, match="more than 3 redirects"):
            await fetcher.get(server.url("/r0"))


async def test_a_body_over_the_size_limit_is_refused(
    server: LocalServer, loopback_policy: FetchPolicy
) -> None:
    server.routes["/big"] = Route(b"x" * 2048)
    async with Fetcher(dataclasses.replace(loopback_policy, max_bytes=1024)) as fetcher:
        with pytest.raises(FetchError, match="over the 1024-byte limit"):
            await fetcher.get(server.url("/big"))


async def test_a_server_that_does_not_answer_times_out(
    server: LocalServer, loopback_policy: FetchPolicy
) -> None:
    server.routes["/slow"] = Route(hang=True)
    async with Fetcher(dataclasses.replace(loopback_policy, timeout=0.3)) as fetcher:
        with pytest.raises(FetchError, match=r"no answer within 0\.3s"):
            await fetcher.get(server.url("/slow"))


async def test_an_error_status_is_a_fetch_error(
    server: LocalServer, loopback_policy: FetchPolicy
) -> None:
    async with Fetcher(loopback_policy) as fetcher:
        with pytest.raises(FetchError, match="HTTP 404"):
            await fetcher.get(server.url("/missing"))


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/x", "http://"])
async def test_only_http_urls_are_fetched(url: str) -> None:
    async with Fetcher(FetchPolicy(allow_private=True)) as fetcher:
        with pytest.raises(FetchError):
            await fetcher.get(url)
