"""The execwatch command: thin, it calls into the services and the core."""

from __future__ import annotations

import asyncio
import logging
import socket
import sys
import tempfile
from collections.abc import Awaitable, Callable
from importlib import resources
from pathlib import Path
from typing import Annotated, TypeVar

import msgspec
import typer
from redis.asyncio import Redis
from redis.exceptions import ConnectionError as RedisConnectionError

from execwatch.schemas import AlertRaised, ArticleReceived, to_json
from execwatch.services.cli_output import alert_json, alert_line, move_line
from execwatch.services.core.bootstrap import Runtime, Service, ServiceParts, create_app
from execwatch.services.core.connect import RedisUnavailable, connect
from execwatch.services.core.deadletter import (
    DeadLetterNotFound,
    drop_dead,
    list_dead,
    retry_dead,
)
from execwatch.services.core.logging import configure_logging
from execwatch.services.core.progress import wait_until_processed
from execwatch.services.core.reader import read_events
from execwatch.services.core.redaction import redact_text
from execwatch.services.core.redis_server import redis_endpoint
from execwatch.services.core.settings import Settings
from execwatch.services.core.streams import StreamNames
from execwatch.services.eventlog.commands import register as register_eventlog
from execwatch.services.ingest.commands import register as register_ingest
from execwatch.services.ingest.files import Rejected, read_articles
from execwatch.services.ingest.publisher import ArticlePublisher
from execwatch.services.notifier.watchlist import WatchlistError, load_watchlist
from execwatch.services.registry import SERVICES, app_for
from execwatch.services.subscribe import subscribe

app = typer.Typer(help="Track executive moves in the news.", no_args_is_help=True)

SAMPLES = resources.files("execwatch.services") / "samples"
T = TypeVar("T")


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"execwatch: error: {message}", err=True)
    return typer.Exit(code)


def _collect_articles(paths: list[Path]) -> list[ArticleReceived]:
    articles: list[ArticleReceived] = []
    for path in paths:
        for item in read_articles(path):
            if isinstance(item, Rejected):
                typer.echo(f"execwatch: warning: skipped {item.where}: {item.reason}", err=True)
            else:
                articles.append(item)
    return articles


def _check_watchlists(paths: list[Path]) -> None:
    for path in paths:
        try:
            load_watchlist(path)
        except WatchlistError as exc:
            raise _fail(exc.one_line()) from None


@app.command()
def demo(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Article files (text or JSONL).")
    ] = None,
    watchlist: Annotated[list[Path] | None, typer.Option(help="Watchlist file(s).")] = None,
    json: Annotated[bool, typer.Option("--json", help="One JSON object per alert.")] = False,
    data_dir: Annotated[
        Path | None, typer.Option(help="Keep the embedded Redis here (default: a fresh temp dir).")
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Run all three services on an embedded Redis over some articles and print the alerts."""
    configure_logging("console", logging.INFO if verbose else logging.WARNING)
    sample_dir = Path(str(SAMPLES))
    watchlists = watchlist or [sample_dir / "watchlist.yaml"]
    _check_watchlists(watchlists)
    articles = _collect_articles(paths or sorted(sample_dir.glob("*.txt")))
    with tempfile.TemporaryDirectory(prefix="execwatch-demo-") as scratch:
        settings = Settings(
            redis_url=None, data_dir=data_dir or Path(scratch), watchlists=tuple(watchlists)
        )
        alerts = asyncio.run(_run_demo(settings, articles))
    for alert in alerts:
        typer.echo(alert_json(alert) if json else alert_line(alert))
    if not json:
        typer.echo(f"{len(articles)} article(s), {len(alerts)} alert(s)", err=True)


async def _run_demo(settings: Settings, articles: list[ArticleReceived]) -> list[AlertRaised]:
    outcome: list[AlertRaised] = []

    async def drive(runtime: Runtime) -> None:
        try:
            publisher = ArticlePublisher(runtime.client, runtime.names)
            await publisher.prepare()
            _, last = await publisher.publish_all(articles)
            if last is not None:
                await wait_until_processed(
                    runtime.client, runtime.names, last, timeout=settings.wait_timeout
                )
            outcome.extend(await read_events(runtime.client, runtime.names.alerts, AlertRaised))
        finally:
            demo_app.exit()

    driver = Service("demo", lambda runtime: ServiceParts(background=(lambda: drive(runtime),)))
    services = [*SERVICES.values(), driver]
    demo_app = create_app(settings, services)
    await demo_app.run(log_level=logging.DEBUG)  # its start/stop lines are chatter here
    return outcome


@app.command()
def run(
    service: Annotated[
        list[str] | None,
        typer.Option(help=f"Service(s) to run: {', '.join(SERVICES)} (default: all three)."),
    ] = None,
) -> None:
    """Run the services against REDIS_URL (or the embedded Redis) until SIGINT/SIGTERM."""
    configure_logging("json")
    unknown = sorted(set(service or ()) - set(SERVICES))
    if unknown:
        raise _fail(f"unknown service {', '.join(unknown)}; choose from {', '.join(SERVICES)}")
    settings = Settings.from_env()
    _check_watchlists(list(settings.watchlists))
    asyncio.run(app_for(*(service or ()), settings=settings).run())


watchlist_app = typer.Typer(help="Watchlist files.", no_args_is_help=True)
app.add_typer(watchlist_app, name="watchlist")


@watchlist_app.command("check")
def watchlist_check(
    files: Annotated[list[Path], typer.Argument(help="Watchlist files (YAML or TOML).")],
) -> None:
    """Report every problem in the given watchlists with file, line and column."""
    failed = False
    for path in files:
        try:
            watchlist = load_watchlist(path)
        except WatchlistError as exc:
            failed = True
            for problem in exc.problems:
                typer.echo(str(problem), err=True)
        else:
            typer.echo(
                f"{path}: ok, watchlist {watchlist.name!r}: {len(watchlist.people)} people, "
                f"{len(watchlist.routes)} route(s)"
            )
    if failed:
        raise typer.Exit(1)


@app.command()
def tail(
    stream: Annotated[str, typer.Argument(help="alerts or moves")],
    group: Annotated[str | None, typer.Option(help="Consumer group (default: tail-HOST).")] = None,
    from_start: Annotated[
        bool, typer.Option("--from-start", help="A new group starts at the first entry.")
    ] = False,
    json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    count: Annotated[int | None, typer.Option(help="Stop after this many entries.")] = None,
) -> None:
    """Follow a stream with consumer-group semantics; each entry is acknowledged once printed."""
    if stream not in ("alerts", "moves"):
        raise _fail(f"cannot tail {stream!r}: choose alerts or moves")
    configure_logging("console", logging.WARNING)
    settings = Settings.from_env()
    group = group or f"tail-{socket.gethostname()}"
    asyncio.run(_tail(settings, stream, group, from_start, json, count))


async def _tail(
    settings: Settings, stream: str, group: str, from_start: bool, json: bool, count: int | None
) -> None:
    with redis_endpoint(settings.redis_url, settings.data_dir) as url:
        events = subscribe(
            url,
            stream="moves" if stream == "moves" else "alerts",
            group=group,
            prefix=settings.prefix,
            from_start=from_start,
            limit=count,
        )
        async for event in events:
            if isinstance(event, AlertRaised):
                typer.echo(alert_json(event) if json else alert_line(event))
            else:
                typer.echo(to_json(event).decode() if json else move_line(event))


dead_app = typer.Typer(help="The dead-letter stream.", no_args_is_help=True)
app.add_typer(dead_app, name="dead")


def _with_client(settings: Settings, work: Callable[[Redis], Awaitable[T]]) -> T:
    async def run_it() -> T:
        with redis_endpoint(settings.redis_url, settings.data_dir) as url:
            client = connect(url)
            try:
                return await work(client)
            finally:
                await client.aclose()

    return asyncio.run(run_it())


@dead_app.command("list")
def dead_list(
    json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    count: Annotated[int, typer.Option(help="At most this many.")] = 100,
) -> None:
    """Show dead letters: where each came from and why."""
    configure_logging("console", logging.WARNING)
    settings = Settings.from_env()
    dead = StreamNames(settings.prefix).dead
    for item in _with_client(settings, lambda client: list_dead(client, dead, count)):
        if json:
            typer.echo(msgspec.json.encode(item).decode())
        else:
            typer.echo(
                f"{item['dead_id']}  {item.get('source', '?')} {item.get('source_id', '')}"
                f"  {item.get('event', '')} {item.get('id', '')}\n    {item.get('reason', '')}"
            )


def _on_dead_letter(dead_id: str, action: Callable[[Redis, str, str], Awaitable[T]]) -> T:
    configure_logging("console", logging.WARNING)
    settings = Settings.from_env()
    dead = StreamNames(settings.prefix).dead
    try:
        return _with_client(settings, lambda client: action(client, dead, dead_id))
    except DeadLetterNotFound as exc:
        raise _fail(str(exc), 1) from None


@dead_app.command("retry")
def dead_retry(dead_id: Annotated[str, typer.Argument(help="The dead letter's id.")]) -> None:
    """Put a dead letter back on the stream it came from."""
    new_id = _on_dead_letter(dead_id, retry_dead)
    typer.echo(f"{dead_id} put back as {new_id}")


@dead_app.command("drop")
def dead_drop(dead_id: Annotated[str, typer.Argument(help="The dead letter's id.")]) -> None:
    """Remove a dead letter for good."""
    _on_dead_letter(dead_id, drop_dead)
    typer.echo(f"{dead_id} dropped")


@app.command()
def extract(
    paths: Annotated[
        list[str] | None, typer.Argument(help="JSONL or text files; - for stdin.")
    ] = None,
    output: Annotated[str | None, typer.Option("-o", "--output", help="Write here.")] = None,
) -> None:
    """Extract moves offline (no Redis): one JSON line per article, in input order."""
    from execwatch.services.extraction.offline import run_extract

    configure_logging("console", logging.WARNING)
    raise typer.Exit(run_extract(paths or [], output))


register_ingest(app)
register_eventlog(app)


def main() -> None:
    """Entry point of the `execwatch` console script."""
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
    except RedisUnavailable as exc:
        typer.echo(f"execwatch: error: {exc}", err=True)
        sys.exit(1)
    except RedisConnectionError as exc:
        typer.echo(f"execwatch: error: cannot reach Redis: {redact_text(str(exc))}", err=True)
        sys.exit(1)
