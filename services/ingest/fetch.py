"""One safe HTTP fetcher: size, time and redirect limits, and an address policy on every hop.

The address check happens where the connection is made (an httpcore network
backend that resolves the host, checks every address and connects to a checked
one), so a redirect to a private address and DNS rebinding are refused alike.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import httpcore
import httpx

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
USER_AGENT = "execwatch/0.1 (+https://github.com/execwatch)"
REDIRECTS = frozenset({301, 302, 303, 307, 308})


class FetchError(Exception):
    """A fetch that failed; the message names the URL and the reason."""


class BlockedAddressError(FetchError):
    """The host resolves to an address the policy refuses (loopback, private, ...)."""


@dataclass(frozen=True)
class FetchPolicy:
    """Limits for every fetch, and which non-public addresses may be reached."""

    allow_private: bool = False  # True: any address at all
    allow_networks: tuple[IPNetwork, ...] = ()  # non-public networks allowed anyway
    max_bytes: int = 5 * 1024 * 1024
    timeout: float = 20.0  # seconds for the whole fetch, redirects included
    max_redirects: int = 5
    user_agent: str = USER_AGENT

    def refusal(self, address: str) -> str | None:
        """Why ``address`` may not be reached, or None when it may."""
        ip: IPAddress = ipaddress.ip_address(address.split("%", 1)[0])
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        if self.allow_private or any(ip in net for net in self.allow_networks):
            return None
        if ip.is_global and not ip.is_multicast:
            return None
        return f"{ip} is {_kind(ip)} address"


def _kind(ip: IPAddress) -> str:
    for attribute, name in (
        ("is_loopback", "a loopback"),
        ("is_link_local", "a link-local"),
        ("is_unspecified", "an unspecified"),
        ("is_multicast", "a multicast"),
        ("is_private", "a private"),
    ):
        if getattr(ip, attribute):
            return name
    return "a reserved"


def parse_networks(values: Iterable[str]) -> tuple[IPNetwork, ...]:
    """Networks from CIDR strings ("127.0.0.1/32", "10.0.0.0/8"); ValueError names a bad one."""
    return tuple(ipaddress.ip_network(value.strip(), strict=False) for value in values)


@dataclass(frozen=True)
class FetchResult:
    """A successful (or 304) response: final URL, status, headers and the body bytes."""

    url: str
    status: int
    headers: Mapping[str, str]
    content: bytes
    encoding: str | None = None

    @property
    def content_type(self) -> str:
        """The media type without parameters, lower-cased ("" when absent)."""
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()

    def text(self) -> str:
        """The body decoded with the declared charset (UTF-8 otherwise)."""
        return self.content.decode(self.encoding or "utf-8", errors="replace")


class _GuardedBackend(httpcore.AsyncNetworkBackend):
    """Resolves the host itself and connects only to addresses the policy allows."""

    def __init__(self, policy: FetchPolicy) -> None:
        self._policy = policy
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        try:
            infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc.strerror}") from exc
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        refusals = [self._policy.refusal(address) for address in addresses]
        if not addresses or any(refusals):
            reason = next((r for r in refusals if r), "no address")
            raise BlockedAddressError(
                f"refused to connect to {host}: {reason} (private, loopback and link-local "
                "addresses are fetched only when allowed: EXECWATCH_ALLOW_PRIVATE, or "
                "--allow-private for one CLI run)"
            )
        return await self._inner.connect_tcp(
            addresses[0], port, timeout, local_address, socket_options
        )

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        raise BlockedAddressError("unix sockets are never fetched")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class _GuardedTransport(httpx.AsyncHTTPTransport):
    """httpx's own transport over the guarded backend, never through environment proxies."""

    def __init__(self, policy: FetchPolicy) -> None:
        super().__init__(trust_env=False)
        # httpx has no public hook for the network backend; its pool is replaced
        # by an identical one built on the guarded backend.
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            network_backend=_GuardedBackend(policy),
        )


class Fetcher:
    """Fetches URLs under one policy; use as an async context manager."""

    def __init__(self, policy: FetchPolicy | None = None) -> None:
        self.policy = policy or FetchPolicy()
        self._client = httpx.AsyncClient(
            transport=_GuardedTransport(self.policy),
            follow_redirects=False,
            trust_env=False,
            timeout=httpx.Timeout(self.policy.timeout),
            headers={"user-agent": self.policy.user_agent},
        )

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connections."""
        await self._client.aclose()

    async def get(self, url: str, headers: Mapping[str, str] | None = None) -> FetchResult:
        """GET ``url`` following redirects; 200 and 304 answer, anything else raises FetchError."""
        try:
            async with asyncio.timeout(self.policy.timeout):
                return await self._follow(url, dict(headers or {}))
        except TimeoutError:
            raise FetchError(f"{url}: no answer within {self.policy.timeout:g}s") from None
        except BlockedAddressError as exc:
            raise BlockedAddressError(f"{url}: {exc}") from None
        except (httpx.HTTPError, httpx.InvalidURL, OSError) as exc:  # OSError: TLS, sockets
            raise FetchError(f"{url}: {type(exc).__name__}: {exc}") from None

    async def _follow(self, url: str, headers: dict[str, str]) -> FetchResult:
        request = self._client.build_request("GET", self._checked_url(url, url), headers=headers)
        hops = 0
        while True:
            response = await self._client.send(request, stream=True)
            try:
                if response.status_code in REDIRECTS and response.next_request is not None:
                    if hops >= self.policy.max_redirects:
                        raise FetchError(f"{url}: more than {self.policy.max_redirects} redirects")
                    hops += 1
                    request = response.next_request
                    self._checked_url(str(request.url), url)
                    continue
                if response.status_code not in (200, 304):
                    raise FetchError(f"{url}: HTTP {response.status_code} from {response.url}")
                body = await self._read_limited(response, url)
                return FetchResult(
                    url=str(response.url),
                    status=response.status_code,
                    headers={k.lower(): v for k, v in response.headers.items()},
                    content=body,
                    encoding=response.charset_encoding,
                )
            finally:
                await response.aclose()

    def _checked_url(self, target: str, asked: str) -> httpx.URL:
        try:
            parsed = httpx.URL(target)
        except httpx.InvalidURL as exc:
            raise FetchError(f"{asked}: not a valid URL ({exc})") from None
        if parsed.scheme not in ("http", "https") or not parsed.host:
            raise FetchError(f"{asked}: only http and https URLs are fetched, not {target}")
        return parsed

    async def _read_limited(self, response: httpx.Response, url: str) -> bytes:
        limit = self.policy.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(f"{url}: body of {declared} bytes is over the {limit}-byte limit")
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchError(f"{url}: body is over the {limit}-byte limit")
            chunks.append(chunk)
        return b"".join(chunks)
