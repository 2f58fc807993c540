"""Export and import: a round trip reproduces the log's events, ids and order exactly."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from redis.asyncio import Redis

from execwatch.services.core.streams import StreamNames
from execwatch.services.eventlog.replay import file_batches, log_batches, replay
from execwatch.services.eventlog.store import ProjectionStore
from execwatch.services.eventlog.transfer import TransferError, export_log, import_log
from tests.eventlog.logs import append_and_apply, snapshot
from tests.eventlog.reports import karpathy, report

pytestmark = pytest.mark.integration


async def _export(client: Redis, prefix: str, path: Path) -> int:
    with path.open("wb") as out:
        return await export_log(client, StreamNames(prefix).moves, out)


async def test_export_then_import_into_an_empty_log_is_exact(
    redis_client: Redis, prefix: str, tmp_path: Path
) -> None:
    await append_and_apply(redis_client, prefix, karpathy())
    path = tmp_path / "log.jsonl"
    assert await _export(redis_client, prefix, path) == 6
    target = f"{prefix}:copy"
    names, copy = StreamNames(prefix), StreamNames(target)
    added, skipped = await import_log(redis_client, copy.moves, copy.ids(copy.moves), path)
    assert (added, skipped) == (6, 0)
    assert await redis_client.xrange(copy.moves) == await redis_client.xrange(names.moves)
    assert await redis_client.hgetall(copy.ids(copy.moves)) == await redis_client.hgetall(
        names.ids(names.moves)
    )


async def test_import_then_replay_gives_the_projections_of_the_original(
    redis_client: Redis, prefix: str, tmp_path: Path
) -> None:
    await append_and_apply(redis_client, prefix, karpathy())
    path = tmp_path / "log.jsonl"
    await _export(redis_client, prefix, path)
    copy = StreamNames(f"{prefix}:copy")
    await import_log(redis_client, copy.moves, copy.ids(copy.moves), path)
    await replay(ProjectionStore(redis_client, copy.prefix), log_batches(redis_client, copy.moves))
    original = await snapshot(redis_client, prefix)
    rebuilt = await snapshot(redis_client, copy.prefix)
    prefix_len = len(prefix.encode())
    assert {k[prefix_len:]: v for k, v in original.items()} == {
        k[len(copy.prefix.encode()) :]: v for k, v in rebuilt.items()
    }


async def test_replay_from_an_exported_file_matches_replay_from_the_stream(
    redis_client: Redis, prefix: str, tmp_path: Path
) -> None:
    await append_and_apply(redis_client, prefix, karpathy())
    path = tmp_path / "log.jsonl"
    await _export(redis_client, prefix, path)
    live = await snapshot(redis_client, prefix)
    done = await replay(ProjectionStore(redis_client, prefix), file_batches(path, batch=4))
    assert done.events == 6
    assert await snapshot(redis_client, prefix) == live


async def test_import_into_a_non_empty_log_is_refused(
    redis_client: Redis, prefix: str, tmp_path: Path
) -> None:
    await append_and_apply(redis_client, prefix, karpathy())
    path = tmp_path / "log.jsonl"
    await _export(redis_client, prefix, path)
    names = StreamNames(prefix)
    with pytest.raises(TransferError, match="not empty"):
        await import_log(redis_client, names.moves, names.ids(names.moves), path)
    assert await redis_client.xlen(names.moves) == 6


async def test_merge_adds_only_the_missing_events(
    redis_client: Redis, prefix: str, tmp_path: Path
) -> None:
    await append_and_apply(redis_client, prefix, karpathy())
    path = tmp_path / "log.jsonl"
    await _export(redis_client, prefix, path)
    other = StreamNames(f"{prefix}:other")
    extra = report("Ann Lee", "Acme", "joined", "2017", "2017-02-01")
    await append_and_apply(redis_client, other.prefix, [karpathy()[0], extra])
    added, skipped = await import_log(
        redis_client, other.moves, other.ids(other.moves), path, merge=True
    )
    assert (added, skipped) == (5, 1)
    again = await import_log(redis_client, other.moves, other.ids(other.moves), path, merge=True)
    assert again == (0, 6)
    assert await redis_client.xlen(other.moves) == 7


async def test_the_export_format_is_a_header_then_one_entry_a_line(
    redis_client: Redis, prefix: str
) -> None:
    await append_and_apply(redis_client, prefix, karpathy()[:2])
    out = io.BytesIO()
    await export_log(redis_client, StreamNames(prefix).moves, out)
    header, *lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert (header["format"], header["version"], header["entries"]) == ("execwatch-log", 1, 2)
    assert set(lines[0]) == {"id", "fields", "body"}
    assert lines[0]["fields"]["event"] == "MoveReported"


def test_a_damaged_file_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(
        '{"format": "execwatch-log", "version": 1, "stream": "moves", '
        '"entries": 1, "exported_at": "x"}\n{"id": 1}\n'
    )
    from execwatch.services.eventlog.transfer import read_export

    with pytest.raises(TransferError, match=r"bad.jsonl:2"):
        list(read_export(path))
