"""The notifier service's handlers: moves in, alerts out; alerts in, deliveries out."""

from __future__ import annotations

import structlog
from faststream.redis import RedisRouter

from execwatch.schemas import AlertRaised, MoveReported
from execwatch.services.core.appender import StreamAppender
from execwatch.services.core.bootstrap import Runtime
from execwatch.services.core.consuming import consume_events
from execwatch.services.core.streams import DELIVERY_GROUP, NOTIFIER_GROUP
from execwatch.services.eventlog.store import ProjectionStore
from execwatch.services.notifier.alerts import alert_for, article_news, matching_entries
from execwatch.services.notifier.batches import ArticleBatches
from execwatch.services.notifier.delivery.deliverer import DIGEST_EVENT, Deliverer
from execwatch.services.notifier.reloading import LiveWatchlists

log = structlog.get_logger(__name__)


def build_router(
    runtime: Runtime, watchlists: LiveWatchlists, deliverer: Deliverer
) -> RedisRouter:
    """The notifier's router: keeps the projections live from the moves log; once all of
    an article's moves are applied, raises an alert for each watched person whose status
    it changed or who has a newer return signal; and delivers the alerts."""
    names = runtime.names
    appender = StreamAppender(runtime.client)
    projections = ProjectionStore(runtime.client, runtime.settings.prefix)
    batches = ArticleBatches(runtime.client, runtime.settings.prefix)
    router = RedisRouter()

    async def on_move(move: MoveReported, entry_id: str) -> None:
        with structlog.contextvars.bound_contextvars(
            article_id=move.article_id, event_id=move.event_id
        ):
            applied = await projections.apply(move, entry_id)
            batch = await batches.record(move, entry_id, applied)
            if batch is None:
                log.info("move recorded", type=move.type)
                return
            standing = {pid: await projections.standing(pid) for pid in batch.before}
            for news in article_news(batch, standing):
                for watchlist, person in matching_entries(news.move, watchlists.current):
                    alert = alert_for(news, watchlist, person)
                    result = await appender.append(
                        names.alerts, names.ids(names.alerts), alert, alert.alert_id
                    )
                    log.info(
                        "alert raised" if result.appended else "alert already raised",
                        alert_id=alert.alert_id,
                        person=alert.person,
                        type=alert.type,
                        watchlist=watchlist.name,
                    )

    async def on_alert(alert: AlertRaised, entry_id: str) -> None:
        with structlog.contextvars.bound_contextvars(alert_id=alert.alert_id):
            await deliverer.handle(alert, entry_id)

    async def resend_digest(key: str, entry_id: str) -> None:
        await deliverer.resend_digest(key, entry_id)

    consume_events(router, runtime, names.moves, NOTIFIER_GROUP, MoveReported, on_move)
    consume_events(router, runtime, names.alerts, DELIVERY_GROUP, AlertRaised, on_alert)
    # `execwatch dead retry` puts failed alerts and failed digests back here
    consume_events(
        router, runtime, names.redeliveries, DELIVERY_GROUP, AlertRaised, on_alert,
        keyed={DIGEST_EVENT: resend_digest},
    )
    return router
