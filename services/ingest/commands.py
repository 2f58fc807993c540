"""The ``execwatch ingest`` and ``execwatch sources check`` commands."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from redis.asyncio import Redis
from rich.console import Console
from rich.progress import Progress

from execwatch.schemas import ArticleReceived
from execwatch.services.core.logging import configure_logging
from execwatch.services.core.progress import PipelineTimeout, wait_until_processed
from execwatch.services.core.redis_server import redis_endpoint
from execwatch.services.core.settings import Settings
from execwatch.services.core.streams import StreamNames, entry_key
from execwatch.services.ingest.config import SourcesError, feed_interval, load_sources
from execwatch.services.ingest.fetch import Fetcher, FetchPolicy
from execwatch.services.ingest.publisher import ArticlePublisher
from execwatch.services.ingest.records import Rejected
from execwatch.services.ingest.service import IngestSettings
from execwatch.services.ingest.sources import Input, expand, read_input

SOURCE_HELP = (
    "Text, Markdown, HTML or JSON Lines files, directories (recursively), - for standard "
    "input, RSS/Atom feed URLs or web page URLs."
)


def register(app: typer.Typer) -> None:
    """Add ``ingest`` and ``sources check`` to the execwatch command."""
    app.command("ingest")(ingest)
    sources_app = typer.Typer(help="Sources files (feeds to follow).", no_args_is_help=True)
    sources_app.command("check")(sources_check)
    app.add_typer(sources_app, name="sources")


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"execwatch: error: {message}", err=True)
    return typer.Exit(code)


def ingest(
    sources: Annotated[list[str], typer.Argument(help=SOURCE_HELP, metavar="SOURCE")],
    wait: Annotated[
        bool, typer.Option("--wait", help="Return once extraction and notifier are done.")
    ] = False,
    timeout: Annotated[float | None, typer.Option(help="Seconds --wait may take.")] = None,
    allow_private: Annotated[
        bool,
        typer.Option(
            "--allow-private",
            help="Fetch from loopback, private and link-local addresses too.",
        ),
    ] = False,
) -> None:
    """Publish articles from files, directories, standard input, feeds and pages, once each."""
    configure_logging("console", logging.WARNING)
    settings = Settings.from_env()
    try:
        policy = IngestSettings.from_env().policy
    except ValueError as exc:
        raise _fail(f"bad EXECWATCH_* setting: {exc}") from None
    if allow_private:
        policy = dataclasses.replace(policy, allow_private=True)
    try:
        tally = asyncio.run(
            _ingest(settings, policy, expand(sources), wait, timeout or settings.wait_timeout)
        )
    except PipelineTimeout as exc:
        raise _fail(str(exc), 1) from None
    near = tally["near-duplicate"]
    duplicates = tally["same-url"] + tally["same-text"] + near + tally["already"]
    typer.echo(
        f"{tally['new']} new article(s), {duplicates} duplicate(s) "
        f"({near} near-duplicate(s) recorded as sources), {tally['skipped']} skipped",
        err=True,
    )
    if tally["skipped"]:
        raise typer.Exit(1)


async def _ingest(
    settings: Settings,
    policy: FetchPolicy,
    inputs: list[Input | Rejected],
    wait: bool,
    timeout: float,
) -> Counter[str]:
    tally: Counter[str] = Counter()
    console = Console(stderr=True)
    show = console.is_terminal and len(inputs) > 1
    with (
        redis_endpoint(settings.redis_url, settings.data_dir) as url,
        Progress(console=console, transient=True, disable=not show) as progress,
    ):
        client = Redis.from_url(url)
        try:
            names = StreamNames(settings.prefix)
            publisher = ArticlePublisher(client, names)
            await publisher.prepare()
            last: str | None = None
            task = progress.add_task("ingesting", total=len(inputs))
            async with Fetcher(policy) as fetcher:
                for item in inputs:
                    label = item.where if isinstance(item, Rejected) else item.label
                    progress.update(task, description=label)
                    for found in await _read(item, fetcher):
                        if isinstance(found, Rejected):
                            tally["skipped"] += 1
                            _warn(console, found)
                            continue
                        outcome = await publisher.submit(found)
                        tally[_counted_as(outcome.new, outcome.kind)] += 1
                        if last is None or entry_key(outcome.entry_id) > entry_key(last):
                            last = outcome.entry_id
                    progress.advance(task)
            if wait and last is not None:
                await wait_until_processed(client, names, last, timeout=timeout)
        finally:
            await client.aclose()
    return tally


async def _read(item: Input | Rejected, fetcher: Fetcher) -> list[ArticleReceived | Rejected]:
    return [item] if isinstance(item, Rejected) else await read_input(item, fetcher)


def _warn(console: Console, rejected: Rejected) -> None:
    console.print(
        f"execwatch: warning: skipped {rejected.where}: {rejected.reason}",
        markup=False,
        highlight=False,
        soft_wrap=True,
    )


def _counted_as(new: bool, kind: str | None) -> str:
    """The tally an outcome counts in: "new", a duplicate kind, or "already" (same id)."""
    if new:
        return "new"
    return "already" if kind in (None, "new") else kind


def sources_check(
    files: Annotated[list[Path], typer.Argument(help="Sources files (YAML or TOML).")],
) -> None:
    """Validate sources files: every feed's URL and interval, unknown keys reported."""
    failed = False
    for path in files:
        try:
            sources = load_sources(path)
        except SourcesError as exc:
            failed = True
            typer.echo(str(exc), err=True)
            continue
        typer.echo(f"{path}: ok, {len(sources.feeds)} feed(s)")
        for feed in sources.feeds:
            typer.echo(f"  {feed.label}: every {feed_interval(sources, feed):g}s")
    if failed:
        raise typer.Exit(1)
