"""`execwatch ingest` and `execwatch sources check` as a user runs them (in-process)."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from redis import Redis as SyncRedis
from redis.asyncio import Redis
from typer.testing import CliRunner

from execwatch.schemas import ArticleReceived, decode
from execwatch.services.core.streams import StreamNames
from execwatch.services.ingest.commands import register
from tests.ingest.samples import FOLLOW_UP, OTHER_STORY, SYNDICATED, WIRE_STORY, Entry, page, rss
from tests.ingest.server import LocalServer, Route

pytestmark = pytest.mark.integration


@pytest.fixture
def cli() -> typer.Typer:
    """An execwatch-like app with the ingest commands registered."""
    app = typer.Typer()
    register(app)

    @app.callback()
    def main() -> None:
        """Keep typer from collapsing a one-command app."""

    return app


@pytest.fixture
def env(redis_url: str, prefix: str, tmp_path: Path) -> dict[str, str]:
    """The environment of a deployment on the test's Redis and prefix."""
    return {
        "REDIS_URL": redis_url,
        "EXECWATCH_PREFIX": prefix,
        "EXECWATCH_DATA_DIR": str(tmp_path / "data"),
        "EXECWATCH_ALLOW_PRIVATE": "",
    }


def _corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "2024" / "march").mkdir(parents=True)
    (root / "2024" / "mills.txt").write_text("date 2024-03-05\n" + WIRE_STORY, encoding="utf-8")
    (root / "2024" / "march" / "mills-copy.md").write_text(
        "---\ntitle: Mills\n---\n" + SYNDICATED[0], encoding="utf-8"
    )
    (root / "batch.jsonl").write_text(
        f'{{"text": "{OTHER_STORY}", "url": "https://ledger.example/h"}}\nnot json\n',
        encoding="utf-8",
    )
    return root


def _articles(redis_url: str, prefix: str) -> list[ArticleReceived]:
    """The articles stream, read with a synchronous client (the CLI runs its own loop)."""
    with SyncRedis.from_url(redis_url) as client:
        entries = client.xrange(StreamNames(prefix).articles)
    return [decode(fields[b"body"], ArticleReceived) for _, fields in entries]


def test_a_directory_a_page_and_a_feed_give_every_article_once(
    cli: typer.Typer,
    env: dict[str, str],
    tmp_path: Path,
    server: LocalServer,
    redis_client: Redis,
    redis_url: str,
    prefix: str,
) -> None:
    server.routes["/follow-up"] = Route(page("New CEO hires CFO", FOLLOW_UP))
    entries = [
        Entry("f1", "Halvard names CTO", OTHER_STORY, "https://ledger.example/h?utm_source=rss"),
        Entry("f2", "Mills", SYNDICATED[2], "http://outlet.example/mills"),
    ]
    server.routes["/feed.xml"] = Route(rss(entries), "application/rss+xml")
    args = [
        "ingest",
        str(_corpus(tmp_path)),
        server.url("/follow-up"),
        server.url("/feed.xml"),
        "--allow-private",
    ]
    first = CliRunner().invoke(cli, args, env=env)
    assert first.exit_code == 1, first.output  # the bad JSON line
    assert f"skipped {tmp_path / 'corpus' / 'batch.jsonl'}:2: not JSON" in first.output
    assert "3 new article(s), 3 duplicate(s) (2 near-duplicate(s)" in first.output
    texts = [a.text for a in _articles(redis_url, prefix)]
    assert texts[:2] == [SYNDICATED[0], OTHER_STORY] and "Imogen Tsai" in texts[2]

    again = CliRunner().invoke(cli, args, env=env)
    assert "0 new article(s), 6 duplicate(s)" in again.output
    assert len(_articles(redis_url, prefix)) == 3


def test_a_private_address_is_refused_without_permission(
    cli: typer.Typer, env: dict[str, str], server: LocalServer
) -> None:
    server.routes["/page"] = Route(page("Halvard names CTO", OTHER_STORY))
    done = CliRunner().invoke(cli, ["ingest", server.url("/page")], env=env)
    assert done.exit_code == 1
    assert f"skipped {server.url('/page')}: refused to connect to 127.0.0.1" in done.output
    assert "loopback address" in done.output
    assert server.hits["/page"] == 0


def test_the_allow_private_setting_lets_the_service_reach_loopback(
    cli: typer.Typer, env: dict[str, str], server: LocalServer
) -> None:
    server.routes["/page"] = Route(page("Halvard names CTO", OTHER_STORY))
    allowed = {**env, "EXECWATCH_ALLOW_PRIVATE": "127.0.0.1/32"}
    done = CliRunner().invoke(cli, ["ingest", server.url("/page")], env=allowed)
    assert done.exit_code == 0, done.output
    assert "1 new article(s)" in done.output


def test_standard_input_is_a_source(
    cli: typer.Typer, env: dict[str, str], redis_client: Redis, redis_url: str, prefix: str
) -> None:
    done = CliRunner().invoke(
        cli, ["ingest", "-"], env=env, input=f"date 2024-03-04\n{OTHER_STORY}"
    )
    assert done.exit_code == 0, done.output
    (article,) = _articles(redis_url, prefix)
    assert (article.published, article.source) == ("2024-03-04", "-")


def test_sources_check_reports_good_and_bad_files(cli: typer.Typer, tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text("feeds:\n  - url: https://wire.example/rss\n    interval: 5m\n", "utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text('[[feeds]]\nurl = "https://wire.example/rss"\nevery = "5m"\n', "utf-8")
    done = CliRunner().invoke(cli, ["sources", "check", str(good), str(bad)])
    assert done.exit_code == 1
    assert f"{good}: ok, 1 feed(s)" in done.output
    assert "https://wire.example/rss: every 300s" in done.output
    assert f"{bad} (at feeds[0]): Object contains unknown field `every`" in done.output
