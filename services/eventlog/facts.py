"""Facts: one move however many articles report it, summarised without keeping the events.

A *draft* gathers the reports of one move under one mention of a name: the same
surname and given-name key, move type, organisation and year. Identity later merges
the drafts of one person into *facts*. Everything a draft keeps is a count or a
minimum, so it does not depend on the order the reports arrived in, and its size
grows with the number of distinct moves, not the number of reports.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import msgspec

from execwatch.services.core.ids import digest

from .dates import precision, start_of, year_of
from .identity import Mention, org_key

# At equal dates a start wins over an end: "resigned as CEO, stays on as chairman".
TYPE_RANK: Mapping[str, int] = {
    "departed": 0,
    "on_leave": 1,
    "return_ruled_out": 2,
    "return_hinted": 3,
    "role_changed": 4,
    "joined": 5,
    "returned": 6,
}
RETURN_TYPES = frozenset({"return_hinted", "return_ruled_out"})

DraftKey = tuple[str, str, str, str, str]  # surname, given, type, org key, year


class Draft(msgspec.Struct, kw_only=True, gc=False):
    """What the reports of one move under one mention have in common."""

    id: str
    surname: str
    given: str
    type: str
    org_key: str
    year: str
    count: int = 0
    names: dict[str, int] = msgspec.field(default_factory=dict)
    orgs: dict[str, int] = msgspec.field(default_factory=dict)
    roles: dict[str, int] = msgspec.field(default_factory=dict)
    whens: dict[str, int] = msgspec.field(default_factory=dict)
    published: str = ""  # the earliest published date of its reports
    first: tuple[int, int] = (0, 0)  # the earliest report's stream entry, as (ms, seq)

    def add(
        self,
        name: str,
        org: str | None,
        role: str | None,
        when: str | None,
        published: str | None,
        first: tuple[int, int],
        reports: int = 1,
    ) -> None:
        """Count ``reports`` more reports worded alike, the earliest at entry ``first``."""
        new = self.count == 0
        self.count += reports
        _bump(self.names, name, reports)
        if org:
            _bump(self.orgs, org, reports)
        if role:
            _bump(self.roles, role, reports)
        if when:
            _bump(self.whens, when, reports)
        if published and (not self.published or published < self.published):
            self.published = published
        if new or first < self.first:
            self.first = first


def _bump(counts: dict[str, int], value: str, reports: int) -> None:
    counts[value] = counts.get(value, 0) + reports


def draft_key(
    found: Mention, move_type: str, org: str | None, when: str | None, published: str | None
) -> DraftKey:
    """The draft a report belongs to: mention, type, organisation, year of its date."""
    return (found.surname, found.given, move_type, org_key(org), year_of(when or published))


def new_draft(key: DraftKey) -> Draft:
    """An empty draft for ``key``, with its stable id."""
    surname, given, move_type, org, year = key
    return Draft(
        id="d-" + digest(surname, given, move_type, org, year),
        surname=surname,
        given=given,
        type=move_type,
        org_key=org,
        year=year,
    )


class Source(msgspec.Struct, frozen=True, kw_only=True):
    """One article's report of a fact (read back from its log entry)."""

    event_id: str
    entry_id: str
    article_id: str
    url: str | None
    published: str | None
    evidence: str


class Fact(msgspec.Struct, frozen=True, kw_only=True):
    """One move of one person, with what its reports agree on."""

    fact_id: str
    type: str
    org: str | None
    role: str | None
    when: str | None
    published: str | None
    date: str | None  # when, else published: the valid time the fact is ordered by
    reports: int
    first_entry: str  # the earliest report's stream entry id: log order
    drafts: tuple[str, ...]

    def order(self) -> tuple[str, str, int, tuple[int, int]]:
        """Sort key: valid time, then published date, then type at a tie, then log order."""
        ms, _, seq = self.first_entry.partition("-")
        return (
            start_of(self.date),
            start_of(self.published),
            TYPE_RANK[self.type],
            (int(ms), int(seq)),
        )


def merge_drafts(person: str, drafts: Iterable[Draft]) -> list[Fact]:
    """The facts of one person: drafts of the same type, organisation and year merged."""
    groups: dict[tuple[str, str, str], list[Draft]] = {}
    for draft in drafts:
        groups.setdefault((draft.type, draft.org_key, draft.year), []).append(draft)
    ordered = [_fact(person, key, members) for key, members in groups.items()]
    ordered.sort(key=_order_of)
    return [fact for _, fact in ordered]


_Order = tuple[str, str, int, tuple[int, int]]


def _order_of(pair: tuple[_Order, Fact]) -> _Order:
    return pair[0]


def _fact(person: str, key: tuple[str, str, str], drafts: list[Draft]) -> tuple[_Order, Fact]:
    """A fact and its sort key (``Fact.order``, made from the drafts rather than parsed)."""
    move_type, org, year = key
    if len(drafts) == 1:  # most facts: nothing to add up
        draft = drafts[0]
        orgs, roles, whens = draft.orgs, draft.roles, draft.whens
        published = draft.published or None
        first = draft.first
        reports = draft.count
        ids: tuple[str, ...] = (draft.id,)
    else:
        orgs, roles, whens = {}, {}, {}
        for draft in drafts:
            for mine, theirs in ((orgs, draft.orgs), (roles, draft.roles), (whens, draft.whens)):
                for value, n in theirs.items():
                    mine[value] = mine.get(value, 0) + n
        published = min((d.published for d in drafts if d.published), default=None)
        first = min(d.first for d in drafts)
        reports = sum(d.count for d in drafts)
        ids = tuple(sorted(d.id for d in drafts))
    when = _most_precise(whens)
    date = when or published
    fact = Fact(
        fact_id="f-" + digest(person, move_type, org, year),
        type=move_type,
        org=most_common(orgs),
        role=most_common(roles),
        when=when,
        published=published,
        date=date,
        reports=reports,
        first_entry=f"{first[0]}-{first[1]}",
        drafts=ids,
    )
    return (start_of(date), start_of(published), TYPE_RANK[move_type], first), fact


def most_common(counts: Mapping[str, int]) -> str | None:
    """The value reported most often; at a tie the longest, then the first alphabetically."""
    if len(counts) < 2:
        return next(iter(counts), None)
    return min(counts, key=lambda v: (-counts[v], -len(v), v))


def _most_precise(whens: Mapping[str, int]) -> str | None:
    if len(whens) < 2:
        return next(iter(whens), None)
    return min(whens, key=lambda v: (-precision(v), -whens[v], v))
