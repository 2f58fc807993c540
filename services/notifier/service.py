"""The notifier service as the app runs it: its handlers and its watchlist reloader."""

from __future__ import annotations

from execwatch.services.core.bootstrap import Runtime, ServiceParts
from execwatch.services.notifier.handlers import build_router
from execwatch.services.notifier.reloading import LiveWatchlists


def build(runtime: Runtime) -> ServiceParts:
    """Load the watchlists (a bad one stops the start), then wire handlers and hot reload."""
    watchlists = LiveWatchlists(runtime.settings.watchlists)
    return ServiceParts(router=build_router(runtime, watchlists), background=(watchlists.follow,))
