"""The notifier service as the app runs it: handlers, watchlist reloader, digest sender."""

from __future__ import annotations

from execwatch.services.core.bootstrap import Runtime, ServiceParts
from execwatch.services.notifier.delivery.deliverer import Deliverer
from execwatch.services.notifier.handlers import build_router
from execwatch.services.notifier.reloading import LiveWatchlists


def build(runtime: Runtime) -> ServiceParts:
    """Load the watchlists (a bad one stops the start), then wire everything to them."""
    watchlists = LiveWatchlists(runtime.settings.watchlists)
    deliverer = Deliverer(runtime.client, runtime.names, watchlists)
    return ServiceParts(
        router=build_router(runtime, watchlists, deliverer),
        background=(watchlists.follow, deliverer.follow_digests),
    )
