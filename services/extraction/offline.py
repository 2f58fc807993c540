"""Offline batch extraction: articles in (JSON Lines or text files), moves out (JSON Lines).

This is the library behind ``execwatch extract [PATH ...] [-o OUT]``. Every input article
gives one output line ``{"id": ..., "moves": [...]}``, in input order. Bad input never stops
the run: it is reported on stderr in one line naming the file and line (or article id), and
the exit status is 1 when anything was skipped, 0 otherwise.

Decisions:
- a text longer than ``MAX_TEXT_CHARS`` is truncated (with a warning) and processed;
- an empty text, invalid UTF-8, a line that is not a JSON object and a record without
  ``id`` or ``text`` are skipped, with a warning, and give no output line;
- HTML markup is stripped by the engine; the runner warns that it did so.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import msgspec

from .engine import Move, extract_moves

MAX_TEXT_CHARS = 1_000_000
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
_DATE_LINE_RE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*$", re.I)
_ISO_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_HTML_RE = re.compile(r"<(?:p|div|br|span|a|html|body|script|style|h[1-6])\b[^>]*>", re.I)


class Article(msgspec.Struct):
    """One input article and where it came from (for warnings)."""

    id: str
    text: str
    where: str
    title: str | None = None
    published: str | None = None


class Skipped(msgspec.Struct):
    """An input that could not be read as an article."""

    where: str
    reason: str


class Output(msgspec.Struct):
    """One output line."""

    id: str
    moves: list[Move]


def run_extract(paths: list[str], out_path: str | None, *, progress: bool | None = None) -> int:
    """Extract moves from every article of `paths` (stdin for [] or "-"); return the exit code."""
    encoder = msgspec.json.Encoder()
    skipped = 0
    show = sys.stderr.isatty() if progress is None else progress
    bar = _Progress(enabled=show)
    try:
        out: IO[bytes] = open(out_path, "wb") if out_path else sys.stdout.buffer  # noqa: SIM115
    except OSError as exc:
        _warn(f"{out_path}: cannot open for writing: {exc.strerror or exc}")
        return 1
    try:
        for item in _articles(paths or ["-"]):
            if isinstance(item, Skipped):
                skipped += 1
                _warn(f"{item.where}: {item.reason}; skipped")
                continue
            moves = _extract(item)
            if moves is None:
                skipped += 1
                continue
            out.write(encoder.encode(Output(item.id, moves)) + b"\n")
            bar.tick()
    finally:
        bar.done()
        if out_path:
            out.close()
        else:
            out.flush()
    return 1 if skipped else 0


def _extract(article: Article) -> list[Move] | None:
    text = article.text
    if not text.strip():
        _warn(f"{article.where} (id {article.id}): empty text; skipped")
        return None
    if len(text) > MAX_TEXT_CHARS:
        _warn(f"{article.where} (id {article.id}): text of {len(text):,} characters truncated "
              f"to {MAX_TEXT_CHARS:,}")
        text = text[:MAX_TEXT_CHARS]
    if _HTML_RE.search(text):
        _warn(f"{article.where} (id {article.id}): HTML markup found; tags stripped")
    try:
        return extract_moves(text, published=article.published, title=article.title)
    except Exception as exc:  # a bug in the engine must not stop a batch run
        _warn(f"{article.where} (id {article.id}): extraction failed ({exc!r}); skipped")
        return None


def _articles(paths: list[str]) -> Iterator[Article | Skipped]:
    for path in paths:
        if path == "-":
            yield from _from_bytes(sys.stdin.buffer.read(), "<stdin>", "stdin", None)
            continue
        p = Path(path)
        files = sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
        for f in files:
            try:
                data = f.read_bytes()
            except OSError as exc:
                yield Skipped(str(f), f"cannot read ({exc.strerror or exc})")
                continue
            yield from _from_bytes(data, str(f), f.name, f.suffix.lower())


def _from_bytes(
    data: bytes, where: str, name: str, suffix: str | None
) -> Iterator[Article | Skipped]:
    if suffix in JSONL_SUFFIXES or (suffix != ".txt" and _looks_like_jsonl(data)):
        yield from _jsonl(data, where)
        return
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        yield Skipped(where, f"invalid UTF-8 at byte {exc.start}")
        return
    yield _text_article(text, where, name)


def _looks_like_jsonl(data: bytes) -> bool:
    for raw in data.splitlines():
        if raw.strip():
            try:
                return isinstance(json.loads(raw), dict)
            except ValueError:
                return False
    return False


def _text_article(text: str, where: str, name: str) -> Article:
    """A text file's article: its file name is the id (as ingest names it too)."""
    text = text.removeprefix("\ufeff")
    first, _, rest = text.partition("\n")
    m = _DATE_LINE_RE.match(first)
    if m:
        return Article(name, rest, where, published=m.group(1))
    return Article(name, text, where)


def _jsonl(data: bytes, where: str) -> Iterator[Article | Skipped]:
    for n, raw in enumerate(data.splitlines(), 1):
        if not raw.strip():
            continue
        at = f"{where}:{n}"
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield Skipped(at, f"invalid UTF-8 at byte {exc.start}")
            continue
        try:
            rec = json.loads(line)
        except ValueError:
            yield Skipped(at, "not a JSON object")
            continue
        if not isinstance(rec, dict):
            yield Skipped(at, "not a JSON object")
            continue
        rid, text = rec.get("id"), rec.get("text")
        if rid is None or isinstance(rid, (dict, list)) or not isinstance(text, str):
            yield Skipped(at, "record without an id and a text string")
            continue
        title = rec.get("title") if isinstance(rec.get("title"), str) else None
        published = rec.get("published")
        if published is not None and not (
            isinstance(published, str) and _ISO_DATE_RE.match(published)
        ):
            _warn(f"{at} (id {rid}): published {published!r} is not YYYY-MM-DD; ignored")
            published = None
        yield Article(str(rid), text, at, title=title, published=published)


def _warn(message: str) -> None:
    print(f"execwatch extract: warning: {message}", file=sys.stderr, flush=True)


class _Progress:
    """A one-line progress counter on stderr, drawn at most every 0.2 seconds."""

    def __init__(self, *, enabled: bool) -> None:
        self.enabled = enabled
        self.count = 0
        self.start = self.last = time.monotonic()

    def tick(self) -> None:
        """Count one article and redraw when due."""
        self.count += 1
        now = time.monotonic()
        if self.enabled and now - self.last >= 0.2:
            self.last = now
            rate = self.count / max(now - self.start, 1e-9)
            sys.stderr.write(f"\rextracting: {self.count:,} articles ({rate:,.0f}/s)")
            sys.stderr.flush()

    def done(self) -> None:
        """Finish the line if anything was drawn."""
        if self.enabled and self.last > self.start:
            sys.stderr.write(f"\rextracting: {self.count:,} articles, done.\n")
            sys.stderr.flush()


def main() -> None:
    """``python -m execwatch.services.extraction.offline [PATH ...] [-o OUT]``."""
    args = sys.argv[1:]
    out_path = None
    if "-o" in args:
        i = args.index("-o")
        out_path = args[i + 1] if i + 1 < len(args) else None
        args = args[:i] + args[i + 2 :]
    raise SystemExit(run_extract(args, out_path))


if __name__ == "__main__":
    main()
