"""The three services by name: what `execwatch run` and `faststream run` start."""

from __future__ import annotations

from faststream import FastStream

from execwatch.services.core.bootstrap import Service, ServiceParts, create_app
from execwatch.services.core.logging import configure_logging
from execwatch.services.core.settings import Settings
from execwatch.services.extraction import handlers as extraction
from execwatch.services.ingest.service import run_ingest
from execwatch.services.notifier import service as notifier

SERVICES: dict[str, Service] = {
    "ingest": Service("ingest", lambda rt: ServiceParts(background=(lambda: run_ingest(rt),))),
    "extraction": Service("extraction", lambda rt: ServiceParts(extraction.build_router(rt))),
    "notifier": Service("notifier", notifier.build),
}


def app_for(*names: str, settings: Settings | None = None) -> FastStream:
    """An app running the named services (all three when none are named)."""
    chosen = names or tuple(SERVICES)
    return create_app(settings or Settings.from_env(), [SERVICES[name] for name in chosen])


def _factory(*names: str) -> FastStream:
    configure_logging("json")
    return app_for(*names)


def ingest_app() -> FastStream:
    """`faststream run execwatch.services.registry:ingest_app --factory`."""
    return _factory("ingest")


def extraction_app() -> FastStream:
    """`faststream run execwatch.services.registry:extraction_app --factory`."""
    return _factory("extraction")


def notifier_app() -> FastStream:
    """`faststream run execwatch.services.registry:notifier_app --factory`."""
    return _factory("notifier")


def all_app() -> FastStream:
    """`faststream run execwatch.services.registry:all_app --factory`: all three."""
    return _factory()
