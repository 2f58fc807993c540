"""The event log's commands as a user runs them, against a real Redis."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
import typer
from redis.asyncio import Redis
from typer.testing import CliRunner, Result

from execwatch.services.core.streams import StreamNames
from execwatch.services.eventlog.commands import register
from tests.eventlog.logs import append_and_apply
from tests.eventlog.reports import karpathy, report

pytestmark = pytest.mark.integration

app = typer.Typer()
register(app)


async def execwatch(redis_url: str, prefix: str, *args: str) -> Result:
    """Run a command in a thread (it runs its own event loop), on the test's Redis."""
    env = {"REDIS_URL": redis_url, "EXECWATCH_PREFIX": prefix}
    runner = CliRunner()
    return await asyncio.to_thread(lambda: runner.invoke(app, list(args), env=env))


@pytest.fixture
async def seeded(redis_client: Redis, prefix: str) -> Redis:
    """The Karpathy story and a namesake at Google, processed live."""
    await append_and_apply(
        redis_client,
        prefix,
        [*karpathy(), report("Sam Karpathy", "Google", "joined", "2020", "2020-02-02")],
    )
    return redis_client


async def test_status_json_has_the_documented_fields(
    seeded: Redis, redis_url: str, prefix: str
) -> None:
    done = await execwatch(redis_url, prefix, "status", "Andrej Karpathy", "--json")
    assert done.exit_code == 0, done.output
    status = json.loads(done.stdout)
    assert status["person"] in ("Andrej Karpathy", "Andrey Karpathy")
    assert status["person_id"].startswith("p-")
    assert (status["org"], status["state"], status["since"]) == ("Tesla", "departed", "2022-07-13")
    assert status["role"] == "senior director of ai"
    assert status["return_signal"]["type"] == "return_hinted"
    assert status["return_signal"]["date"] == "2022-10"


async def test_status_as_of_a_date(seeded: Redis, redis_url: str, prefix: str) -> None:
    done = await execwatch(
        redis_url, prefix, "status", "Andrey Karpathy", "--as-of", "2018", "--json"
    )
    status = json.loads(done.stdout)
    assert (status["state"], status["role"], status["return_signal"]) == (
        "active",
        "director of ai",
        None,
    )


async def test_status_known_at_a_date_before_the_log_began_knows_no_one(
    seeded: Redis, redis_url: str, prefix: str
) -> None:
    done = await execwatch(redis_url, prefix, "status", "Karpathy", "--known-at", "2001-01-01")
    assert done.exit_code == 1
    assert "no one called" in done.stderr


async def test_an_unknown_person_is_one_line_and_a_non_zero_exit(
    seeded: Redis, redis_url: str, prefix: str
) -> None:
    done = await execwatch(redis_url, prefix, "status", "Elon Musk")
    assert done.exit_code == 1
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith("execwatch: error:") and "Elon Musk" in line


async def test_a_surname_shared_by_two_people_asks_for_more(
    seeded: Redis, redis_url: str, prefix: str
) -> None:
    done = await execwatch(redis_url, prefix, "status", "Karpathy")
    assert done.exit_code == 1
    assert "Sam Karpathy" in done.stderr and "Karpathy" in done.stderr


async def test_a_bad_date_is_a_clear_error(seeded: Redis, redis_url: str, prefix: str) -> None:
    done = await execwatch(redis_url, prefix, "status", "Sam Karpathy", "--as-of", "last year")
    assert done.exit_code == 1 and "not a date" in done.stderr


async def test_timeline_lists_facts_with_every_source(
    seeded: Redis, redis_url: str, prefix: str
) -> None:
    done = await execwatch(redis_url, prefix, "timeline", "Andrej Karpathy", "--json")
    timeline = json.loads(done.stdout)
    assert [f["type"] for f in timeline["facts"]] == [
        "joined",
        "role_changed",
        "on_leave",
        "departed",
        "return_hinted",
    ]
    departed = timeline["facts"][3]
    assert [s["article_id"] for s in departed["sources"]] == ["jul", "seed"]
    assert all(s["evidence"] for s in departed["sources"])
    human = await execwatch(redis_url, prefix, "timeline", "Andrej Karpathy")
    assert "return_hinted" in human.stdout and "2 report(s)" in human.stdout


async def test_people_lists_everyone_with_state(seeded: Redis, redis_url: str, prefix: str) -> None:
    done = await execwatch(redis_url, prefix, "people", "--json")
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert sorted((r["person"][-8:], r["state"]) for r in rows) == [
        ("Karpathy", "active"),
        ("Karpathy", "departed"),
    ]


async def test_replay_reports_what_it_rebuilt_and_keeps_every_status(
    seeded: Redis, redis_url: str, prefix: str
) -> None:
    before = (await execwatch(redis_url, prefix, "people", "--json")).stdout
    done = await execwatch(redis_url, prefix, "replay")
    assert done.exit_code == 0, done.output
    assert "7 events" in done.stdout and "6 facts" in done.stdout and "2 people" in done.stdout
    assert (await execwatch(redis_url, prefix, "people", "--json")).stdout == before


async def test_export_import_replay_through_the_cli(
    seeded: Redis, redis_url: str, prefix: str, tmp_path: Path
) -> None:
    path = tmp_path / "log.jsonl"
    assert (await execwatch(redis_url, prefix, "export", "-o", str(path))).exit_code == 0
    refused = await execwatch(redis_url, prefix, "import", str(path))
    assert refused.exit_code == 1 and "--merge" in refused.stderr
    merged = await execwatch(redis_url, prefix, "import", str(path), "--merge")
    assert merged.exit_code == 0 and "imported 0 events, 7 already" in merged.stderr
    copy = f"{prefix}:copy"
    assert (await execwatch(redis_url, copy, "import", str(path))).exit_code == 0
    assert (await execwatch(redis_url, copy, "replay")).exit_code == 0
    status = await execwatch(redis_url, copy, "status", "Andrej Karpathy", "--json")
    original = await execwatch(redis_url, prefix, "status", "Andrej Karpathy", "--json")
    assert status.stdout == original.stdout
    names = StreamNames(copy)
    assert await seeded.xrange(names.moves) == await seeded.xrange(StreamNames(prefix).moves)


async def test_replay_from_file_until_a_record_time(
    seeded: Redis, redis_url: str, prefix: str, tmp_path: Path
) -> None:
    path = tmp_path / "log.jsonl"
    await execwatch(redis_url, prefix, "export", "-o", str(path))
    done = await execwatch(
        redis_url, prefix, "replay", "--from-file", str(path), "--until", "2001-01-01"
    )
    assert done.exit_code == 0 and "replayed 0 events" in done.stdout
    assert (await execwatch(redis_url, prefix, "people", "--json")).stdout == ""
