"""Benchmark the extraction engine and the offline runner over the dev corpus (one core).

    python bench/bench_extract.py [CORPUS.jsonl] [--repeat N]

Prints articles per second and peak memory for (1) the engine alone, in process, and (2) the
whole offline run (`python -m execwatch.services.extraction.offline`) in a subprocess.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from execwatch.services.extraction.engine import extract_moves

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev.jsonl"


def _pin_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def bench_engine(records: list[dict[str, str]], repeat: int) -> tuple[float, float]:
    """Best articles/second over `repeat` passes, and the peak traced memory in MiB."""
    for rec in records[:5]:
        extract_moves(rec["text"], published=rec.get("published"), title=rec.get("title"))
    best = 0.0
    for _ in range(repeat):
        start = time.perf_counter()
        for rec in records:
            extract_moves(rec["text"], published=rec.get("published"), title=rec.get("title"))
        best = max(best, len(records) / (time.perf_counter() - start))
    tracemalloc.start()
    for rec in records:
        extract_moves(rec["text"], published=rec.get("published"), title=rec.get("title"))
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return best, peak


def bench_offline(corpus: Path, n_articles: int) -> tuple[float, float]:
    """Articles/second of a whole offline run (process start included), and its max RSS."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "execwatch.services.extraction.offline", str(corpus),
               "-o", str(Path(tmp) / "out.jsonl")]
        start = time.perf_counter()
        subprocess.run(cmd, check=True)
        elapsed = time.perf_counter() - start
    rss_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return n_articles / elapsed, rss_kib / 1024


def main() -> None:
    """Run both benchmarks and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if not args.corpus.exists():
        sys.exit(f"corpus not found: {args.corpus}")
    _pin_one_core()
    records = [json.loads(line) for line in args.corpus.open(encoding="utf-8") if line.strip()]
    rate, peak = bench_engine(records, args.repeat)
    print(f"engine  : {rate:8.0f} articles/s (best of {args.repeat}), "
          f"peak traced memory {peak:.1f} MiB, {len(records)} articles")
    rate, rss = bench_offline(args.corpus, len(records))
    print(f"offline : {rate:8.0f} articles/s (whole run, process start included), "
          f"max RSS {rss:.1f} MiB")


if __name__ == "__main__":
    main()
