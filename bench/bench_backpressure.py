"""Backpressure: a backlog far larger than extraction can keep up with stays in Redis,
and the extraction worker's memory stays flat.

    python bench/bench_backpressure.py [--sizes 2000 20000]

For each size it publishes that many articles at once (far faster than extraction
reads them), starts one extraction worker, samples the worker's resident memory every
50 ms until it has drained the backlog, and prints the peak. Uses REDIS_URL when set
(under a private key prefix, deleted afterwards), else a private embedded server.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psutil

from execwatch.schemas import ArticleReceived
from execwatch.services.core.appender import StreamAppender
from execwatch.services.core.connect import connect
from execwatch.services.core.progress import group_has_finished
from execwatch.services.core.redis_server import redis_endpoint
from execwatch.services.core.streams import EXTRACTION_GROUP, StreamNames, ensure_groups

TEXT = (
    "{name} has resigned as chief executive of Harbourline Shipping, the group said on "
    "Monday. {name} joined the company in 2016 from Northgate Savings, where she ran the "
    "mortgage business. The board has named Pieter Aalders, its finance director, as "
    "interim chief executive while it searches for a permanent successor. "
) * 3


async def run(url: str, size: int) -> tuple[float, float, float]:
    """Publish ``size`` articles and drain them with one worker.

    Returns the seconds publishing took, the seconds draining took, and the peak MiB.
    """
    prefix = f"bench-{uuid.uuid4().hex[:8]}"
    names = StreamNames(prefix)
    client = connect(url)
    await ensure_groups(client, names)
    appender = StreamAppender(client)
    ids = names.ids(names.articles)
    started = time.perf_counter()
    last = ""
    for n in range(size):
        article = ArticleReceived(
            article_id=f"b-{n}",
            text=TEXT.format(name=f"Margot Lind{n}"),
            published="2024-03-04",
            received_at="2024-03-04T08:00Z",
        )
        appended = await appender.append(names.articles, ids, article, article.article_id)
        last = appended.entry_id
    published = time.perf_counter() - started
    env = {**os.environ, "REDIS_URL": url, "EXECWATCH_PREFIX": prefix}
    worker = subprocess.Popen(
        [sys.executable, "-m", "execwatch.services", "run", "--service", "extraction"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    peak = 0.0
    started = time.perf_counter()
    try:
        process = psutil.Process(worker.pid)
        while not await group_has_finished(client, names.articles, EXTRACTION_GROUP, last):
            peak = max(peak, process.memory_info().rss / 2**20)
            await asyncio.sleep(0.05)
        drained = time.perf_counter() - started
    finally:
        worker.terminate()
        worker.wait(timeout=30)
        keys = [key async for key in client.scan_iter(match=f"{prefix}:*")]
        if keys:
            await client.delete(*keys)
        await client.aclose()
    return published, drained, peak


def main() -> None:
    """Print, per backlog size, the publish rate, the drain rate and the worker's peak RSS."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000])
    args = parser.parse_args()
    with (
        tempfile.TemporaryDirectory() as scratch,
        redis_endpoint(os.environ.get("REDIS_URL"), Path(scratch)) as url,
    ):
        print(f"{'backlog':>8} {'publish/s':>10} {'extract/s':>10} {'worker peak RSS':>16}")
        for size in args.sizes:
            published, drained, peak = asyncio.run(run(url, size))
            print(f"{size:>8} {size / published:>10.0f} {size / drained:>10.0f} {peak:>13.1f} MiB")


if __name__ == "__main__":
    main()
