"""structlog, configured once: JSON lines from services, readable lines in the CLI."""

from __future__ import annotations

import logging
import sys
from typing import Literal, TextIO

import structlog

from .redaction import redact_secrets

LogFormat = Literal["json", "console"]


def configure_logging(
    fmt: LogFormat = "json", level: int = logging.INFO, stream: TextIO | None = None
) -> None:
    """Route structlog (and stdlib logging, FastStream's included) to ``stream`` (stderr)."""
    renderer: structlog.types.Processor = (
        structlog.processors.JSONRenderer()
        if fmt == "json"
        else structlog.dev.ConsoleRenderer(colors=sys.stderr.isatty())
    )
    shared: list[structlog.types.Processor] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    final: list[structlog.types.Processor] = [
        structlog.stdlib.ProcessorFormatter.remove_processors_meta,
        *([structlog.processors.format_exc_info] if fmt == "json" else []),
        redact_secrets,  # last before rendering: also covers tracebacks and foreign logs
        renderer,
    ]
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.make_filtering_bound_logger(level),
        cache_logger_on_first_use=False,
    )
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=shared,
            processors=final,
        )
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)

