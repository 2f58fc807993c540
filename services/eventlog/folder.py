"""The state of a replay: reports folded in memory by wording, their counts, their sources.

A replay reads a million reports of far fewer moves. Each report only finds its
*wording* (reports worded alike are equal ``Report``s), counts itself there and leaves
its entry id with the wording's draft; a wording looks its draft up once, is counted in
it once (in ``buckets``), and the drafts hand their entry ids over as sources in bulk
(``take_sources``). Memory holds the drafts and the wordings, which grow with the people
and their moves, and the entry ids not yet taken.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from execwatch.services.core.streams import entry_key

from .facts import Draft, DraftKey, draft_key
from .fold import Bucket
from .identity import mention
from .reading import Report

Sources = list[tuple[str, list[bytes]]]  # (draft id, entry ids that reported it)


class _Pending(list[bytes]):
    """One draft (None for reports of no usable name) and its entry ids not yet taken as
    sources, in log order (the list itself).

    Shared by the draft's wordings, so its sources come out in log order, as live
    application stores them, without sorting.
    """

    __slots__ = ("draft",)

    def __init__(self, draft: Draft | None) -> None:
        super().__init__()
        self.draft = draft


class _Wording:
    """One wording: its draft with the draft's pending sources, its earliest entry, and
    its reports not yet counted in the draft."""

    __slots__ = ("first", "pending", "uncounted")

    def __init__(self, pending: _Pending, first: bytes) -> None:
        self.pending = pending
        self.first = first
        self.uncounted = 0


class Folder:
    """Reports folded in memory: the state of a replay (or of a record-time query).

    Reports must come in log order: the first entry of a wording is its earliest.
    """

    def __init__(self) -> None:
        self.events = 0
        self._wordings: dict[Report, _Wording] = {}
        self._fresh: list[_Pending] = []  # the drafts with entry ids not yet taken
        self._drafts: dict[DraftKey, _Pending] = {}
        self._unusable = _Pending(None)  # reports of no usable name: no draft, no sources
        self._buckets: dict[str, Bucket] = {}
        self._strings: dict[str, str] = {}
        # Every name of the log, not only the most recent ones ``mention`` keeps.
        self._mention = cache(mention)

    def add(self, entry_ids: Sequence[bytes], reports: Sequence[Report]) -> None:
        """Fold reports, in log order, with their stream entry ids."""
        wordings = self._wordings
        fresh = self._fresh
        for report, entry in zip(reports, entry_ids, strict=True):
            wording = wordings.get(report)
            if wording is None:
                wording = self._new_wording(report, entry)
            wording.uncounted += 1
            pending = wording.pending
            if not pending:
                fresh.append(pending)
            pending.append(entry)
        self.events += len(reports)

    def take_sources(self) -> Sources:
        """The entry ids folded since the last call, by draft, in log order (reports of
        an unusable name have no draft and are left out)."""
        sources = [(p.draft.id, p[:]) for p in self._fresh if p.draft is not None]
        for pending in self._fresh:
            pending.clear()
        self._fresh = []
        return sources

    def buckets(self) -> dict[str, Bucket]:
        """Every bucket, its drafts holding every report folded so far (by surname)."""
        for report, wording in self._wordings.items():
            draft = wording.pending.draft
            if wording.uncounted and draft is not None:
                draft.add(
                    report.person,
                    report.org,
                    report.role,
                    report.when,
                    report.published,
                    entry_key(wording.first),
                    wording.uncounted,
                )
            wording.uncounted = 0
        return self._buckets

    def _new_wording(self, report: Report, first: bytes) -> _Wording:
        # The wording outlives the batch: it keeps one copy of each string it shares
        # with others (organisations, roles, dates), not one of its own.
        kept = Report(
            person=self._strings.setdefault(report.person, report.person),
            org=self._kept(report.org),
            type=report.type,
            role=self._kept(report.role),
            when=self._kept(report.when),
            published=self._kept(report.published),
        )
        wording = self._wordings[kept] = _Wording(self._draft_for(kept), first)
        return wording

    def _kept(self, value: str | None) -> str | None:
        return value if value is None else self._strings.setdefault(value, value)

    def _draft_for(self, report: Report) -> _Pending:
        found = self._mention(report.person)
        if found is None:
            return self._unusable
        key = draft_key(found, report.type, report.org, report.when, report.published)
        known = self._drafts.get(key)
        if known is None:
            bucket = self._buckets.get(key[0])
            if bucket is None:
                bucket = self._buckets[key[0]] = Bucket(surname=key[0])
            known = self._drafts[key] = _Pending(bucket.draft_for(key))
        return known
