"""The execwatch command as a user runs it: separate processes, real Redis."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from redis.asyncio import Redis

from execwatch.schemas import AlertRaised
from execwatch.services.core.reader import read_events
from execwatch.services.core.streams import StreamNames

pytestmark = pytest.mark.integration

EXECWATCH = [sys.executable, "-m", "execwatch.services"]


def _watchlist(tmp_path: Path, *names: str) -> Path:
    path = tmp_path / f"watch-{len(names)}-{names[0].split()[0].lower()}.yaml"
    path.write_text("people:\n" + "".join(f"  - name: {n}\n" for n in names), encoding="utf-8")
    return path


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*EXECWATCH, *args], capture_output=True, text=True, timeout=120, env=env, check=False
    )


def test_demo_json_alerts_on_the_seed_return_hint(seed_article: Path, tmp_path: Path) -> None:
    watchlist = _watchlist(tmp_path, "Andrej Karpathy")
    done = _run("demo", str(seed_article), "--watchlist", str(watchlist), "--json")
    assert done.returncode == 0, done.stderr
    alerts = [json.loads(line) for line in done.stdout.splitlines()]
    hint = next(a for a in alerts if a["type"] == "return_hinted")
    assert hint["org"] == "Tesla"
    for key in ("alert_id", "person", "type", "org", "when", "evidence", "article_id"):
        assert key in hint


def test_demo_watching_someone_else_prints_no_alert(seed_article: Path, tmp_path: Path) -> None:
    watchlist = _watchlist(tmp_path, "Elon Musk")
    done = _run("demo", str(seed_article), "--watchlist", str(watchlist), "--json")
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""


def test_demo_without_arguments_uses_the_bundled_samples() -> None:
    done = _run("demo")
    assert done.returncode == 0, done.stderr
    assert "return_hinted" in done.stdout


@pytest.mark.parametrize(
    ("text", "problem"),
    [("people: [unclosed\n", "not valid YAML"), ("folks: []\n", "`people`")],
)
def test_a_broken_watchlist_stops_demo_with_a_one_line_error(
    tmp_path: Path, text: str, problem: str
) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    done = _run("demo", "--watchlist", str(path))
    assert done.returncode != 0
    (line,) = done.stderr.strip().splitlines()
    assert str(path) in line and problem in line


async def test_services_in_separate_processes_give_the_same_alerts_as_demo(
    redis_url: str, prefix: str, tmp_path: Path, redis_client: Redis
) -> None:
    """`run --service` per process plus `ingest --wait` alert exactly as `demo` does."""
    samples = sorted((Path(__file__).resolve().parents[2] / "services" / "samples").glob("*.txt"))
    watchlist = _watchlist(tmp_path, "Andrej Karpathy", "Margot Lindqvist", "Tomasz Wieczorek")
    demo = _run("demo", *map(str, samples), "--watchlist", str(watchlist), "--json")
    assert demo.returncode == 0, demo.stderr
    env = {
        **os.environ,
        "REDIS_URL": redis_url,
        "EXECWATCH_PREFIX": prefix,
        "EXECWATCH_WATCHLISTS": str(watchlist),
        "EXECWATCH_DATA_DIR": str(tmp_path / "data"),
    }
    workers = [
        subprocess.Popen([*EXECWATCH, "run", "--service", name], env=env, stderr=subprocess.PIPE)
        for name in ("extraction", "notifier")
    ]
    try:
        ingest = _run("ingest", *map(str, samples), "--wait", "--timeout", "60", env=env)
        assert ingest.returncode == 0, ingest.stderr
    finally:
        for worker in workers:
            worker.send_signal(signal.SIGTERM)
        codes = [worker.wait(timeout=30) for worker in workers]
    assert codes == [0, 0]
    demo_alerts = sorted(
        (a["article_id"], a["person"], a["type"], a["org"])
        for a in map(json.loads, demo.stdout.splitlines())
    )
    assert demo_alerts
    raised = await read_events(redis_client, StreamNames(prefix).alerts, AlertRaised)
    assert sorted((a.article_id, a.person, a.type, a.org) for a in raised) == demo_alerts


async def test_faststream_run_factories_serve_the_pipeline(
    redis_url: str, prefix: str, tmp_path: Path, redis_client: Redis
) -> None:
    """`faststream run execwatch.services.registry:<service>_app --factory`, one process
    per service, processes what `execwatch ingest --wait` publishes."""
    story = tmp_path / "story.txt"
    story.write_text(
        "date 2024-02-06\nHarriet Vane has resigned as chief executive of Shrewsbury Mills.\n",
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "REDIS_URL": redis_url,
        "EXECWATCH_PREFIX": prefix,
        "EXECWATCH_WATCHLISTS": str(_watchlist(tmp_path, "Harriet Vane")),
    }
    faststream = Path(sys.executable).with_name("faststream")
    workers = [
        subprocess.Popen(
            [str(faststream), "run", f"execwatch.services.registry:{name}_app", "--factory"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for name in ("extraction", "notifier")
    ]
    try:
        done = _run("ingest", str(story), "--wait", "--timeout", "60", env=env)
        assert done.returncode == 0, done.stderr
    finally:
        for worker in workers:
            worker.send_signal(signal.SIGINT)
        for worker in workers:
            worker.wait(timeout=30)
    raised = await read_events(redis_client, StreamNames(prefix).alerts, AlertRaised)
    assert [(a.person, a.type) for a in raised] == [("Harriet Vane", "departed")]
