"""A local HTTP server on 127.0.0.1 for the ingest tests: routes the test can change live."""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    """What one path answers: a body, or a redirect, or nothing until released (``hang``)."""

    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    etag: str | None = None  # answer 304 when the request's If-None-Match matches
    location: str | None = None  # answer a redirect to here
    hang: bool = False  # hold the request until the server stops
    headers: dict[str, str] = field(default_factory=dict)


class LocalServer:
    """A threaded HTTP server on a free loopback port, serving ``routes``."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.conditional: Counter[str] = Counter()  # requests that carried If-None-Match
        self._release = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def port(self) -> int:
        """The port the server listens on."""
        return int(self._httpd.server_address[1])

    def url(self, path: str) -> str:
        """The full URL of ``path`` on this server."""
        return f"http://127.0.0.1:{self.port}{path}"

    def start(self) -> None:
        """Start serving in a background thread."""
        self._thread.start()

    def stop(self) -> None:
        """Release hanging requests and stop serving."""
        self._release.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                server.hits[path] += 1
                route = server.routes.get(path)
                if route is None:
                    self._answer(404, b"not found", "text/plain")
                    return
                if route.hang:
                    server._release.wait(timeout=60)
                    return
                if route.location is not None:
                    self._answer(route.status or 302, b"", "text/plain", Location=route.location)
                    return
                given = self.headers.get("If-None-Match")
                if given is not None:
                    server.conditional[path] += 1
                if route.etag is not None and given == route.etag:
                    self._answer(304, b"", None, ETag=route.etag)
                    return
                extra = {**route.headers, **({"ETag": route.etag} if route.etag else {})}
                self._answer(route.status, route.body, route.content_type, **extra)

            def _answer(
                self, status: int, body: bytes, content_type: str | None, **headers: str
            ) -> None:
                self.send_response(status)
                if content_type:
                    self.send_header("Content-Type", content_type)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                """Quiet: the tests assert on hits, not on the log."""

        return Handler
