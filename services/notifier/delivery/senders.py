"""Where an alert message goes: Apprise URLs, signed webhooks, JSON Lines files."""

from __future__ import annotations

import asyncio
import os
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import apprise

from execwatch.services.notifier.delivery.signing import SIGNATURE_HEADER, signature_header
from execwatch.services.notifier.watchlist_schema import Route, Webhook

SEND_TIMEOUT_SECONDS = 10.0


class DeliveryFailed(RuntimeError):
    """A send that did not go through; the message says why."""


@dataclass(frozen=True)
class Message:
    """What a route sends: a title and text for people, JSON for programs."""

    title: str
    text: str
    json: bytes


class Sender(Protocol):
    """Sends one message, or raises DeliveryFailed."""

    async def send(self, message: Message) -> None: ...


class AppriseSender:
    """Any Apprise URL: Slack, Discord, e-mail, ntfy, json:// webhooks and the rest."""

    def __init__(self, url: str) -> None:
        self._apprise = apprise.Apprise()
        if not self._apprise.add(url):
            raise DeliveryFailed("not a URL Apprise understands")

    async def send(self, message: Message) -> None:
        """Notify through Apprise."""
        if not await self._apprise.async_notify(body=message.text, title=message.title):
            raise DeliveryFailed("apprise could not deliver (see its log)")


class WebhookSender:
    """POSTs the JSON body, signed with HMAC-SHA256 (see signing.py)."""

    def __init__(self, webhook: Webhook) -> None:
        secret = webhook.secret or os.environ.get(webhook.secret_env or "", "")
        if not secret:
            raise DeliveryFailed(f"no webhook secret (is ${webhook.secret_env} set?)")
        self._url = webhook.url
        self._secret = secret

    async def send(self, message: Message) -> None:
        """POST in a worker thread, so the event loop keeps running."""
        await asyncio.to_thread(self._post, message.json)

    def _post(self, body: bytes) -> None:
        request = urllib.request.Request(
            self._url,
            data=body,
            method="POST",
            headers={
                "Content-Type": "application/json",
                SIGNATURE_HEADER: signature_header(self._secret, body),
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=SEND_TIMEOUT_SECONDS) as response:
                response.read(1024)
        except urllib.error.HTTPError as exc:
            raise DeliveryFailed(f"webhook answered HTTP {exc.code}") from None
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            raise DeliveryFailed(f"webhook unreachable: {exc}") from None


class FileSender:
    """Appends the JSON body as one line to a file."""

    def __init__(self, path: str) -> None:
        self._path = Path(path).expanduser()

    async def send(self, message: Message) -> None:
        """Append one line (created with its folder if needed)."""
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            with self._path.open("ab") as handle:
                handle.write(message.json.rstrip(b"\n") + b"\n")
        except OSError as exc:
            raise DeliveryFailed(f"cannot write {self._path}: {exc.strerror or exc}") from None


def sender_for(route: Route) -> Sender:
    """The sender a route describes."""
    if route.apprise:
        return AppriseSender(route.apprise)
    if route.webhook:
        return WebhookSender(route.webhook)
    if route.file:
        return FileSender(route.file)
    raise DeliveryFailed("the route names no target")
