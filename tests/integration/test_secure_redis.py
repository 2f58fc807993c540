"""REDIS_URL with an ACL user and password, and over TLS, against local servers."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from redis.asyncio import Redis

from execwatch.schemas import ArticleReceived
from execwatch.services.core.connect import RedisUnavailable, wait_for_redis
from execwatch.services.registry import SERVICES
from tests.pipeline import alerts, ingest_and_wait, running
from tests.redis_servers import RedisProcess, redis_server

pytestmark = pytest.mark.integration

ACL = ["--user", "default", "off", "--user", "app", "on", ">app-pass", "~*", "&*", "+@all"]
STORY = ArticleReceived(
    article_id="story",
    text="Harriet Vane has resigned as chief executive of Shrewsbury Mills.",
    published="2024-02-06",
    received_at="2024-02-06T09:00Z",
)


def _watchlist(tmp_path: Path) -> tuple[Path, ...]:
    path = tmp_path / "w.yaml"
    path.write_text("people:\n  - name: Harriet Vane\n", encoding="utf-8")
    return (path,)


async def _pipeline_alerts(url: str, make_settings, tmp_path: Path) -> list[str]:  # type: ignore[no-untyped-def]
    settings = make_settings(redis_url=url, watchlists=_watchlist(tmp_path))
    client = Redis.from_url(url)
    try:
        async with running(settings, list(SERVICES.values())) as app:
            await ingest_and_wait(client, settings, [STORY], app)
        return [a.type for a in await alerts(client, settings)]
    finally:
        await client.aclose()


async def test_an_acl_user_with_a_password_runs_the_pipeline(make_settings, tmp_path: Path) -> None:
    with redis_server(tmp_path, *ACL) as server:
        url = f"redis://app:app-pass@127.0.0.1:{server.port}/0"
        assert "departed" in await _pipeline_alerts(url, make_settings, tmp_path)


async def test_a_wrong_password_is_a_clear_error_without_the_password(tmp_path: Path) -> None:
    with redis_server(tmp_path, *ACL) as server:
        url = f"redis://app:wrong-pass@127.0.0.1:{server.port}/0"
        with pytest.raises(RedisUnavailable) as caught:
            await wait_for_redis(url, timeout=5)
    assert "refused" in str(caught.value) and "wrong-pass" not in str(caught.value)


def _certificates(folder: Path) -> Path:
    """A self-signed CA and a server certificate for 127.0.0.1, made with openssl."""

    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=folder, check=True, capture_output=True)

    openssl(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=test-ca",
        "-keyout",
        "ca.key",
        "-out",
        "ca.crt",
    )
    openssl(
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-subj",
        "/CN=127.0.0.1",
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
    )
    (folder / "san.ext").write_text("subjectAltName=IP:127.0.0.1\n", encoding="utf-8")
    openssl(
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.crt",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-days",
        "1",
        "-extfile",
        "san.ext",
        "-out",
        "server.crt",
    )
    return folder


async def test_tls_with_a_private_ca(make_settings, tmp_path: Path) -> None:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed, so no test certificates can be made")
    certs = _certificates(tmp_path)
    args = [
        "--tls-cert-file",
        str(certs / "server.crt"),
        "--tls-key-file",
        str(certs / "server.key"),
        "--tls-ca-cert-file",
        str(certs / "ca.crt"),
        "--tls-auth-clients",
        "no",
    ]
    server = RedisProcess(tmp_path, tuple(args), tls=True)
    try:
        server.start()
    except RuntimeError as exc:
        pytest.skip(f"this redis-server build has no TLS: {exc}")
    try:
        url = f"rediss://127.0.0.1:{server.port}/0?ssl_ca_certs={certs / 'ca.crt'}"
        assert "departed" in await _pipeline_alerts(url, make_settings, tmp_path)
    finally:
        server.stop()
