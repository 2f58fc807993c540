"""Replay throughput and peak memory on generated logs.

    .venv/bin/python bench/bench_replay.py [--sizes 100000 1000000] [--people 10000]

For each size, a log of generated MoveReported events is written to a fresh embedded
Redis (or REDIS_URL, under a private prefix that is deleted afterwards); then a child
process replays it and reports the time and its peak resident memory. A second child
only connects, to give the baseline the replay's memory is measured against.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from redis.asyncio import Redis
from redis.exceptions import RedisError

from execwatch.schemas import MoveReported, entry_fields
from execwatch.services.core.redis_server import redis_endpoint
from execwatch.services.core.streams import StreamNames

TYPES = ("joined", "role_changed", "departed", "on_leave", "returned", "return_hinted")
GIVEN = ("Ada", "Ben", "Cleo", "Dmitry", "Dmitri", "Eva", "Femi", "Goran", "Hana", "Ivo")


def generated(count: int, people: int, seed: int = 7) -> list[MoveReported]:
    """``count`` reports of a few moves each of ``people`` people, with name variants."""
    rng = random.Random(seed)
    events = []
    for n in range(count):
        who = rng.randrange(people)
        fact = rng.randrange(6)
        given = GIVEN[who % len(GIVEN)]
        name = rng.choice((f"{given} Surname{who}", f"{given[0]}. Surname{who}"))
        year = 2000 + fact * 3 + who % 3
        events.append(
            MoveReported(
                event_id=f"m-{n}",
                article_id=f"a-{n}",
                person=name,
                org=f"Org{(who + fact // 3) % 997}",
                type=TYPES[fact],
                role="chief executive" if fact < 2 else None,
                when=f"{year}-{1 + who % 12:02d}",
                evidence=f"{name} moved ({TYPES[fact]}) according to article {n}.",
                confidence=0.9,
                published=f"{year}-12-01",
                url=f"https://news.example/{n}",
                reported_at="2026-01-01T00:00:00+00:00",
            )
        )
    return events


async def write_log(url: str, prefix: str, events: list[MoveReported]) -> None:
    """Append the events to the moves stream (plain pipelined XADD: the log is fresh)."""
    client = Redis.from_url(url)
    stream = StreamNames(prefix).moves
    try:
        for start in range(0, len(events), 10_000):
            pipe = client.pipeline(transaction=False)
            for event in events[start : start + 10_000]:
                pipe.xadd(stream, entry_fields(event, event.event_id))
            await pipe.execute()
    finally:
        await client.aclose()


async def server_cpu(url: str) -> float:
    """The seconds of CPU the Redis server has used so far (user and system)."""
    client = Redis.from_url(url)
    try:
        info = await client.info("cpu")
    finally:
        await client.aclose()
    return float(info["used_cpu_user"]) + float(info["used_cpu_sys"])


async def cleanup(url: str, prefix: str) -> None:
    """Delete every key of the benchmark's prefix."""
    client = Redis.from_url(url)
    try:
        keys = [key async for key in client.scan_iter(match=f"{prefix}:*", count=5000)]
        for start in range(0, len(keys), 5000):
            await client.unlink(*keys[start : start + 5000])
    finally:
        await client.aclose()


async def child(url: str, prefix: str, only_connect: bool) -> dict[str, float]:
    """Replay (or only connect) and report seconds, events and peak RSS in MiB."""
    from execwatch.services.eventlog.replay import log_batches, replay
    from execwatch.services.eventlog.store import ProjectionStore

    client = Redis.from_url(url)
    try:
        await client.ping()
        result: dict[str, float] = {}
        if not only_connect:
            report = await replay(
                ProjectionStore(client, prefix), log_batches(client, StreamNames(prefix).moves)
            )
            result = {
                "seconds": report.seconds,
                "events": report.events,
                "people": report.people,
                "facts": report.facts,
            }
    finally:
        await client.aclose()
    result["peak_mib"] = peak_rss_mib()
    return result


def peak_rss_mib() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, it restarts at exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_child(url: str, prefix: str, only_connect: bool = False) -> dict[str, float]:
    """Run ``child`` in a fresh process, so its peak memory is its own."""
    args = [sys.executable, __file__, "--child", url, prefix]
    if only_connect:
        args.append("--only-connect")
    done = subprocess.run(args, capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    """Generate, write, replay and report, for each size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--people", type=int, default=5_000)
    parser.add_argument("--child", nargs=2, metavar=("URL", "PREFIX"))
    parser.add_argument("--only-connect", action="store_true")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(asyncio.run(child(*args.child, args.only_connect))))
        return
    with (
        tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as scratch,
        redis_endpoint(os.environ.get("REDIS_URL"), Path(scratch)) as url,
    ):
        baseline = run_child(url, f"bench-{uuid.uuid4().hex[:8]}", only_connect=True)["peak_mib"]
        print(f"baseline process (imports + connection): {baseline:.1f} MiB peak RSS")
        for size in args.sizes:
            prefix = f"bench-{uuid.uuid4().hex[:8]}"
            started = time.perf_counter()
            asyncio.run(write_log(url, prefix, generated(size, args.people)))
            print(
                f"\n{size:,} events, {args.people:,} people: log written in "
                f"{time.perf_counter() - started:.1f}s"
            )
            try:
                before = asyncio.run(server_cpu(url))
                result = run_child(url, prefix)
                redis_cpu = asyncio.run(server_cpu(url)) - before
            finally:
                asyncio.run(cleanup(url, prefix))
            rate = result["events"] / result["seconds"]
            print(
                f"  replay: {result['seconds']:.2f}s, {rate:,.0f} events/s "
                f"({result['facts']:,.0f} facts, {result['people']:,.0f} people)"
            )
            print(f"  Redis CPU meanwhile: {redis_cpu:.2f}s")
            print(
                f"  peak RSS {result['peak_mib']:.1f} MiB "
                f"({result['peak_mib'] - baseline:+.1f} MiB over the baseline)"
            )
        if not os.environ.get("REDIS_URL"):
            asyncio.run(stop_embedded(url))


async def stop_embedded(url: str) -> None:
    """Stop the benchmark's own embedded server, whatever connections linger."""
    client = Redis.from_url(url)
    try:
        await client.shutdown(nosave=True)
    except (ConnectionError, OSError, RedisError):
        pass  # the server closes the connection as it stops
    finally:
        await client.aclose()


if __name__ == "__main__":
    main()
