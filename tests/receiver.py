"""A real HTTP server on loopback that records what is posted to it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Received:
    """One request the server got."""

    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Receiver:
    """The running server: its URL, what it got, and the status it answers with."""

    url: str
    requests: list[Received] = field(default_factory=list)
    status: int = 200
    arrived: threading.Condition = field(default_factory=threading.Condition)

    def wait_for(self, count: int, timeout: float = 10.0) -> list[Received]:
        """Block until ``count`` requests have arrived (or fail after ``timeout``)."""
        with self.arrived:
            if not self.arrived.wait_for(lambda: len(self.requests) >= count, timeout):
                raise AssertionError(f"{len(self.requests)} of {count} requests arrived")
        return list(self.requests)


@contextmanager
def receiver() -> Iterator[Receiver]:
    """Serve on 127.0.0.1 on a free port for the duration of the block."""
    state: Receiver

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            self.send_response(state.status)
            self.end_headers()
            with state.arrived:
                state.requests.append(Received(self.path, dict(self.headers.items()), body))
                state.arrived.notify_all()

        def log_message(self, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state = Receiver(url=f"http://127.0.0.1:{server.server_address[1]}")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
