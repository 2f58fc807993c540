"""Watchlists that follow their files: a good edit takes effect, a bad one is logged and ignored."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import structlog
from watchfiles import awatch

from execwatch.services.notifier.watchlist import WatchlistError, load_watchlist
from execwatch.services.notifier.watchlist_schema import Watchlist

log = structlog.get_logger(__name__)


class LiveWatchlists:
    """The watchlists in force, reloaded from their files when they change."""

    def __init__(self, paths: Sequence[Path]) -> None:
        """Load every file; a bad file here raises WatchlistError (nothing good to keep yet)."""
        self._paths = [p.resolve() for p in paths]
        self._current: dict[Path, Watchlist] = {p: load_watchlist(p) for p in self._paths}
        self.reloads = 0  # reload attempts so far, good or bad

    @property
    def current(self) -> list[Watchlist]:
        """The last good version of every watchlist, in the order the files were given."""
        return [self._current[p] for p in self._paths]

    def reload(self, path: Path) -> bool:
        """Reload one file; on a bad edit log every problem and keep the last good version."""
        self.reloads += 1
        try:
            watchlist = load_watchlist(path)
        except WatchlistError as exc:
            for problem in exc.problems:
                log.error(
                    "watchlist edit rejected; the last good version stays in force",
                    file=problem.source,
                    line=problem.line,
                    column=problem.column,
                    problem=problem.message,
                )
            return False
        self._current[path] = watchlist
        log.info("watchlist reloaded", file=str(path), people=len(watchlist.people))
        return True

    async def follow(self) -> None:
        """Reload files as they change, until cancelled (watches their folders, so an
        editor's write-and-rename counts too)."""
        if not self._paths:
            return
        folders = sorted({p.parent for p in self._paths})
        async for changes in awatch(*folders, debounce=200, step=50):
            touched = {Path(name).resolve() for _, name in changes}
            for path in self._paths:
                if path in touched:
                    self.reload(path)
