"""The event log's commands: status, timeline, people, replay, export, import."""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import msgspec
import typer
from redis.asyncio import Redis
from redis.exceptions import RedisError

from execwatch.services.core.logging import configure_logging
from execwatch.services.core.redis_server import redis_endpoint
from execwatch.services.core.settings import Settings
from execwatch.services.core.streams import StreamNames

from .dates import DateError, end_of, record_cutoff_ms
from .facts import Source
from .fold import Person, ReturnSignal, Status, find_person, status_at
from .replay import ReplayReport, bucket_known_at, file_batches, log_batches, replay
from .store import ProjectionStore
from .transfer import TransferError, export_log, import_log

T = TypeVar("T")
_json = msgspec.json.Encoder()
_FAILURES = (LookupError, DateError, TransferError, RedisError, OSError)


class _Failed(Exception):
    """A one-line error for the user."""


def _run(work: Callable[[Redis, StreamNames], Awaitable[T]]) -> T:
    """Run ``work`` against the configured Redis; one-line error and exit 1 on failure."""
    configure_logging("console", logging.WARNING)
    settings = Settings.from_env()

    async def main() -> T:
        with redis_endpoint(settings.redis_url, settings.data_dir) as url:
            # replay, export and import send long commands (a big pipeline, a Lua script over
            # thousands of keys): no read timeout, which redis-py 8 sets to 5 s by default and
            # which a Redis busy rewriting its AOF can exceed; connecting still times out
            client = Redis.from_url(url, socket_timeout=None, socket_connect_timeout=10)
            try:
                return await work(client, StreamNames(settings.prefix))
            finally:
                await client.aclose()

    try:
        return asyncio.run(main())
    except _FAILURES as exc:
        typer.echo(f"execwatch: error: {exc}", err=True)
        raise typer.Exit(1) from None


def _print_json(value: Any) -> None:
    typer.echo(_json.encode(value).decode())


def status_json(
    person: Person,
    status: Status | None,
    signal: ReturnSignal | None,
    as_of: str | None = None,
    known_at: str | None = None,
) -> dict[str, Any]:
    """The object ``status --json`` prints."""
    return {
        "person": person.name,
        "person_id": person.person_id,
        "org": status.org if status else None,
        "role": status.role if status else None,
        "state": status.state if status else None,
        "since": status.since if status else None,
        "return_signal": msgspec.to_builtins(signal) if signal else None,
        "as_of": as_of,
        "known_at": known_at,
        "names": list(person.names),
    }


def source_json(source: Source) -> dict[str, Any]:
    """One source of a fact as a JSON object."""
    return {field: getattr(source, field) for field in source.__struct_fields__}


def status_line(name: str, pid: str, status: Status | None, signal: ReturnSignal | None) -> str:
    """A person's status as a line a person reads."""
    if status is None:
        text = f"{name} ({pid}): no known status"
    else:
        where = ", ".join(v for v in (status.org, status.role) if v) or "unknown organisation"
        since = f" since {status.since}" if status.since else ""
        text = f"{name} ({pid}): {status.state} — {where}{since}"
    if signal is not None:
        where = signal.org or "organisation unknown"
        text += f"\n  last word on a return: {signal.type} ({where}, {signal.date or 'undated'})"
    return text


def register(app: typer.Typer) -> None:
    """Add the event log's commands to the execwatch app."""
    app.command()(status)
    app.command()(timeline)
    app.command()(people)
    app.command("replay")(replay_command)
    app.command("export")(export_command)
    app.command("import")(import_command)


def status(
    person: Annotated[str, typer.Argument(help="A name (any spelling) or a person id.")],
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Status on this date (valid time).")
    ] = None,
    known_at: Annotated[
        str | None,
        typer.Option("--known-at", help="As the log knew it on this date (record time)."),
    ] = None,
    json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """A person's status: organisation, role, state and the last word on a return."""

    async def work(client: Redis, names: StreamNames) -> Person:
        if as_of:
            end_of(as_of)  # reject a bad date before reading anything
        if known_at is None:
            return await ProjectionStore(client, names.prefix).find(person)
        cutoff = record_cutoff_ms(known_at)
        name = person
        if person.startswith("p-"):  # an id: its bucket is named by the person's surname
            name = (await ProjectionStore(client, names.prefix).find(person)).name
        bucket = await bucket_known_at(log_batches(client, names.moves, until_ms=cutoff), name)
        return find_person(bucket, person)

    found = _run(work)
    current, signal = status_at(found.facts, as_of)
    if json:
        _print_json(status_json(found, current, signal, as_of, known_at))
    else:
        typer.echo(status_line(found.name, found.person_id, current, signal))


def timeline(
    person: Annotated[str, typer.Argument(help="A name (any spelling) or a person id.")],
    json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """A person's facts in valid-time order, each with every article that reported it."""

    async def work(client: Redis, names: StreamNames) -> tuple[Person, list[Any]]:
        store = ProjectionStore(client, names.prefix)
        found = await store.find(person)
        return found, [await store.sources(fact) for fact in found.facts]

    found, sources = _run(work)
    if json:
        facts = [
            {**msgspec.to_builtins(fact), "sources": [source_json(s) for s in srcs]}
            for fact, srcs in zip(found.facts, sources, strict=True)
        ]
        _print_json({"person": found.name, "person_id": found.person_id, "facts": facts})
        return
    typer.echo(f"{found.name} ({found.person_id})")
    for fact, srcs in zip(found.facts, sources, strict=True):
        where = ", ".join(v for v in (fact.org, fact.role) if v) or "unknown organisation"
        typer.echo(
            f"  {fact.date or 'undated':<10}  {fact.type:<16}  {where}  [{fact.reports} report(s)]"
        )
        for src in srcs:
            typer.echo(f"      {src.article_id} {src.published or ''} {src.url or ''}".rstrip())
            typer.echo(f"        “{src.evidence}”")


def people(
    json: Annotated[bool, typer.Option("--json", help="One JSON object a line.")] = False,
) -> None:
    """Everyone in the projections, with their state."""

    async def work(client: Redis, names: StreamNames) -> list[Any]:
        return await ProjectionStore(client, names.prefix).people()

    for pid, name, current, signal in _run(work):
        if json:
            _print_json(
                {
                    "person": name,
                    "person_id": pid,
                    "org": current.org if current else None,
                    "role": current.role if current else None,
                    "state": current.state if current else None,
                    "since": current.since if current else None,
                    "return_signal": msgspec.to_builtins(signal) if signal else None,
                }
            )
        else:
            state = current.state if current else "-"
            org = (current.org if current else None) or ""
            typer.echo(f"{name:<32} {state:<9} {org:<28} {pid}")


def _progress() -> Callable[[int], None]:
    """A progress callback printing to stderr at most once a second."""
    last = [time.monotonic()]

    def report(events: int) -> None:
        now = time.monotonic()
        if now - last[0] >= 1.0:
            last[0] = now
            typer.echo(f"  … {events:,} events", err=True)

    return report


def replay_command(
    until: Annotated[
        str | None, typer.Option("--until", help="Only events appended by this date (record time).")
    ] = None,
    from_file: Annotated[
        Path | None, typer.Option("--from-file", help="Read an export instead of the stream.")
    ] = None,
) -> None:
    """Drop the projections and rebuild them from the log. It never sends an alert."""

    async def work(client: Redis, names: StreamNames) -> ReplayReport:
        cutoff = record_cutoff_ms(until) if until else None
        batches = (
            file_batches(from_file, until_ms=cutoff)
            if from_file
            else log_batches(client, names.moves, until_ms=cutoff)
        )
        return await replay(ProjectionStore(client, names.prefix), batches, _progress())

    report = _run(work)
    typer.echo(
        f"replayed {report.events:,} events: {report.facts:,} facts, "
        f"{report.people:,} people in {report.seconds:.2f}s "
        f"({report.rate:,.0f} events/s)"
    )


def export_command(
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here (default: stdout).")
    ] = None,
) -> None:
    """Write the whole log to a JSON Lines file (exact ids, order and bytes)."""

    async def work(client: Redis, names: StreamNames) -> int:
        if output is None:
            return await export_log(client, names.moves, sys.stdout.buffer)
        with output.open("wb") as out:
            return await export_log(client, names.moves, out)

    count = _run(work)
    typer.echo(f"exported {count:,} events", err=True)


def import_command(
    file: Annotated[Path, typer.Argument(help="A file written by `execwatch export`.")],
    merge: Annotated[
        bool, typer.Option("--merge", help="Into a non-empty log: add only the missing events.")
    ] = False,
) -> None:
    """Load an exported log (into an empty log, or merged with --merge); then run replay."""

    async def work(client: Redis, names: StreamNames) -> tuple[int, int]:
        return await import_log(client, names.moves, names.ids(names.moves), file, merge=merge)

    added, skipped = _run(work)
    typer.echo(
        f"imported {added:,} events, {skipped:,} already in the log; "
        "run `execwatch replay` to rebuild the projections",
        err=True,
    )
