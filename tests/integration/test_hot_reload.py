"""Editing a watchlist takes effect without a restart; a bad edit keeps the last good one."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from structlog.testing import capture_logs

from execwatch.services.notifier.reloading import LiveWatchlists


async def _until(condition, what: str, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    async with asyncio.timeout(timeout):
        while not condition():
            await asyncio.sleep(0.02)
    assert condition(), what


async def test_good_edits_apply_and_bad_edits_keep_the_last_good_watchlist(
    tmp_path: Path,
) -> None:
    path = tmp_path / "team.yaml"
    path.write_text("people:\n  - name: Harriet Vane\n", encoding="utf-8")
    live = LiveWatchlists([path])
    follower = asyncio.create_task(live.follow())
    try:
        # The watcher starts in the background: repeat the first edit until it is seen.
        async with asyncio.timeout(10):
            while live.current[0].people[0].name != "Peter Wimsey":
                path.write_text("people:\n  - name: Peter Wimsey\n", encoding="utf-8")
                await asyncio.sleep(0.1)

        seen = live.reloads
        with capture_logs() as logs:
            path.write_text("people:\n  - name: [broken\n", encoding="utf-8")
            await _until(lambda: live.reloads > seen, "bad edit noticed")
        assert live.current[0].people[0].name == "Peter Wimsey"
        (rejected,) = [e for e in logs if e["log_level"] == "error"]
        assert rejected["file"] == str(path.resolve()) and rejected["line"] == 3
    finally:
        follower.cancel()
        with pytest.raises(asyncio.CancelledError):
            await follower
