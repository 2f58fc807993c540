"""Delivering alerts along their watchlist's routes: at once with retries, or in digests.

Exactly once per (route, alert): a delivery is recorded in Redis after it went
through and checked before sending, so redelivered or replayed alerts are not
sent again. An alert that still fails after its retries goes to the dead-letter
stream with the reason, never lost.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime

import structlog
from redis.asyncio import Redis

from execwatch.schemas import AlertRaised, decode, encode
from execwatch.services.core.deadletter import record_dead
from execwatch.services.core.streams import StreamNames
from execwatch.services.notifier.delivery.messages import alert_message, digest_message
from execwatch.services.notifier.delivery.periods import period_of
from execwatch.services.notifier.delivery.senders import DeliveryFailed, Message, sender_for
from execwatch.services.notifier.reloading import LiveWatchlists
from execwatch.services.notifier.watchlist_schema import Route, route_name

log = structlog.get_logger(__name__)

Clock = Callable[[], datetime]
DIGEST_CHECK_SECONDS = 30.0
DIGEST_EVENT = "Digest"  # the event name of a failed digest's dead letter


def utc_now() -> datetime:
    """The current time, in UTC."""
    return datetime.now(UTC)


class Deliverer:
    """Sends alerts along routes and keeps the record that makes it exactly-once."""

    def __init__(
        self,
        client: Redis,
        names: StreamNames,
        watchlists: LiveWatchlists,
        *,
        attempts: int = 4,
        backoff: float = 0.5,
        clock: Clock = utc_now,
    ) -> None:
        self._client = client
        self._names = names
        self._watchlists = watchlists
        self._attempts = attempts
        self._backoff = backoff
        self._clock = clock

    def _key(self, *parts: str) -> str:
        return ":".join((self._names.prefix, "delivery", *parts))

    def _routes(self, watchlist_name: str) -> list[tuple[str, Route]]:
        for watchlist in self._watchlists.current:
            if watchlist.name == watchlist_name:
                return [
                    (f"{watchlist.name}/{route_name(route, i)}", route)
                    for i, route in enumerate(watchlist.routes)
                ]
        return []

    async def handle(self, alert: AlertRaised, entry_id: str) -> None:
        """Send ``alert`` along each of its routes (or file it for the route's digest)."""
        for route_id, route in self._routes(alert.watchlist):
            if route.digest:
                await self._collect(route_id, route, alert)
                continue
            sent = self._key("sent", route_id)
            if await self._client.hexists(sent, alert.alert_id):
                continue
            try:
                await self._send(route, alert_message(alert))
                log.info("alert delivered", route=route_id, alert_id=alert.alert_id)
            except DeliveryFailed as exc:
                reason = f"delivery to {route_id} failed after {self._attempts} tries: {exc}"
                await self._dead(
                    entry_id,
                    reason,
                    encode(alert),
                    "AlertRaised",
                    alert.alert_id,
                    str(alert.schema_version),
                )
                continue  # not recorded as sent: `execwatch dead retry` may try again
            await self._client.hset(sent, alert.alert_id, self._clock().isoformat())

    async def _dead(
        self, source_id: str, reason: str, payload: bytes, event: str, event_id: str, version: str
    ) -> None:
        await record_dead(
            self._client,
            self._names.dead,
            source_stream=self._names.redeliveries,
            source_id=source_id,
            reason=reason,
            payload=payload,
            event=event,
            event_id=event_id,
            version=version,
        )

    async def _send(self, route: Route, message: Message) -> None:
        sender = sender_for(route)  # a route it cannot build (no secret) fails at once
        delay = self._backoff
        for attempt in range(1, self._attempts + 1):
            try:
                await sender.send(message)
                return
            except DeliveryFailed as exc:
                if attempt == self._attempts:
                    raise
                log.warning("delivery failed; retrying", attempt=attempt, reason=str(exc))
                await asyncio.sleep(delay)
                delay *= 2

    async def _collect(self, route_id: str, route: Route, alert: AlertRaised) -> None:
        assert route.digest is not None
        raised = datetime.fromisoformat(alert.raised_at)
        period, _ = period_of(raised, route.digest)
        bucket = self._key("digest", route_id, period)
        await self._client.hsetnx(bucket, alert.alert_id, encode(alert))
        await self._client.sadd(self._key("digests-open"), f"{route_id}|{period}")

    def _routes_by_id(self) -> dict[str, Route]:
        """Every route of the watchlists in force, by its id."""
        return {
            route_id: route
            for watchlist in self._watchlists.current
            for route_id, route in self._routes(watchlist.name)
        }

    async def flush_due(self) -> int:
        """Send every digest whose period has ended, once; return how many were sent."""
        now, sent = self._clock(), 0
        routes = self._routes_by_id()
        for member in sorted(await self._client.smembers(self._key("digests-open"))):
            route_id, _, period = member.decode().partition("|")
            route = routes.get(route_id)
            if route is None or route.digest is None:
                continue
            if period_of(now, route.digest)[0] == period:
                continue  # still collecting
            sent += await self._send_digest(route_id, route, period)
            await self._client.srem(self._key("digests-open"), member)
        return sent

    async def _send_digest(self, route_id: str, route: Route, period: str) -> int:
        done = self._key("digests-sent", route_id)
        if await self._client.hexists(done, period):
            return 0
        stored = await self._client.hgetall(self._key("digest", route_id, period))
        alerts = sorted(
            (decode(raw, AlertRaised) for raw in stored.values()),
            key=lambda a: (a.raised_at, a.alert_id),
        )
        message = digest_message(route_id, period, alerts)
        failed = self._key("digests-failed", route_id)
        try:
            await self._send(route, message)
            log.info("digest sent", route=route_id, period=period, alerts=len(alerts))
            await self._client.srem(failed, period)
        except DeliveryFailed as exc:
            reason = f"digest {period} to {route_id} failed: {exc}"
            await self._client.sadd(failed, period)
            await self._dead(
                period, reason, message.json, DIGEST_EVENT, f"{route_id}|{period}", ""
            )
        await self._client.hset(done, period, self._clock().isoformat())
        return 1

    async def resend_digest(self, key: str, entry_id: str = "") -> bool:
        """Send again a digest whose delivery failed (``key`` is "route|period", as its
        dead letter names it); True when it was sent. A digest sent since, or whose route
        is gone from the watchlists, is left alone."""
        route_id, _, period = key.rpartition("|")
        if not await self._client.sismember(self._key("digests-failed", route_id), period):
            log.info("digest already delivered", route=route_id, period=period, entry=entry_id)
            return False
        route = self._routes_by_id().get(route_id)
        if route is None or route.digest is None:
            log.warning("digest route is gone; nothing resent", route=route_id, period=period)
            return False
        await self._client.hdel(self._key("digests-sent", route_id), period)
        await self._send_digest(route_id, route, period)
        return not await self._client.sismember(self._key("digests-failed", route_id), period)

    async def follow_digests(self) -> None:
        """Send due digests every half minute, until cancelled."""
        while True:
            await self.flush_due()
            await asyncio.sleep(DIGEST_CHECK_SECONDS)

