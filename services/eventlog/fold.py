"""The projection as a pure fold: reports into buckets, buckets into people, facts into status.

Nothing here touches Redis: live application, replay and the record-time queries
all call these functions, so they build exactly the same projections.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import msgspec

from execwatch.schemas import MoveReported

from .dates import end_of, start_of
from .facts import (
    RETURN_TYPES,
    Draft,
    DraftKey,
    Fact,
    draft_key,
    merge_drafts,
    new_draft,
)
from .identity import mention, org_key, person_id, resolve

State = Literal["active", "departed", "on_leave", "returned"]
_STATE: dict[str, State] = {
    "joined": "active",
    "role_changed": "active",
    "returned": "returned",
    "departed": "departed",
    "on_leave": "on_leave",
}


class Status(msgspec.Struct, frozen=True, kw_only=True):
    """Where a person stands: organisation, role, state and since when."""

    org: str | None
    role: str | None
    state: State
    since: str | None
    fact_id: str  # the fact that set this state


class ReturnSignal(msgspec.Struct, frozen=True, kw_only=True):
    """The last word on a return: a hint or a ruling-out, with its date."""

    type: str
    org: str | None
    date: str | None
    fact_id: str


class Person(msgspec.Struct, frozen=True, kw_only=True):
    """A person's projection: names, facts in valid-time order, current status."""

    person_id: str
    name: str
    names: tuple[str, ...]
    facts: tuple[Fact, ...]
    status: Status | None
    return_signal: ReturnSignal | None


class Bucket(msgspec.Struct, kw_only=True, gc=False):
    """Every draft of one surname: all identity needs to resolve its people."""

    surname: str
    drafts: dict[str, Draft] = msgspec.field(default_factory=dict)  # by draft id

    def draft_for(self, key: DraftKey) -> Draft:
        """The bucket's draft for ``key``, created empty when new."""
        draft = new_draft(key)
        return self.drafts.setdefault(draft.id, draft)


def bucket_key(move: MoveReported) -> DraftKey | None:
    """The draft key of a report, or None when its person has no usable name."""
    found = mention(move.person)
    if found is None:
        return None
    return draft_key(found, move.type, move.org, move.when, move.published)


def people_of(bucket: Bucket) -> dict[str, Person]:
    """The people of one surname, each with facts and status, by person id."""
    units = resolve(((d.given, d.org_key) for d in bucket.drafts.values()), bucket.surname)
    ids = {key: person_id(key) for key in set(units.values())}
    grouped: dict[str, list[Draft]] = {}
    for draft in bucket.drafts.values():
        pid = ids[units[(draft.given, draft.org_key)]]
        grouped.setdefault(pid, []).append(draft)
    return {pid: _person(pid, drafts) for pid, drafts in grouped.items()}


def draft_owner(bucket: Bucket, draft: Draft) -> str:
    """The person id a draft of ``bucket`` resolves to."""
    units = resolve(((d.given, d.org_key) for d in bucket.drafts.values()), bucket.surname)
    return person_id(units[(draft.given, draft.org_key)])


def _person(pid: str, drafts: list[Draft]) -> Person:
    names: dict[str, int] = {}
    for draft in drafts:
        for name, n in draft.names.items():
            names[name] = names.get(name, 0) + n
    # The fullest form names the person: most words, longest, then most reported.
    name = min(names, key=lambda v: (-len(v.split()), -len(v), -names[v], v), default="")
    facts = merge_drafts(pid, drafts)  # in order already
    status, signal = _fold_status(facts, None)
    return Person(
        person_id=pid,
        name=name,
        names=tuple(sorted(names)),
        facts=tuple(facts),
        status=status,
        return_signal=signal,
    )


def status_at(
    facts: Iterable[Fact], as_of: str | None = None
) -> tuple[Status | None, ReturnSignal | None]:
    """Fold facts (in valid-time order) into status and return signal, as of a date.

    ``as_of`` is a user's date (YYYY[-MM[-DD]]); facts dated after the end of that
    period are left out. Facts with no date at all are always in.
    """
    return _fold_status(sorted(facts, key=Fact.order), end_of(as_of) if as_of else None)


def _fold_status(
    ordered: Iterable[Fact], limit: str | None
) -> tuple[Status | None, ReturnSignal | None]:
    status: Status | None = None
    signal: ReturnSignal | None = None
    for fact in ordered:
        if limit is not None and start_of(fact.date) > limit:
            continue
        if fact.type in RETURN_TYPES:
            signal = ReturnSignal(
                type=fact.type, org=fact.org, date=fact.date, fact_id=fact.fact_id
            )
        else:
            status = _step(status, fact)
    if status is None and signal is not None:
        # Only word of a return: the person had left (the guidelines require it).
        status = Status(
            org=signal.org, role=None, state="departed", since=None, fact_id=signal.fact_id
        )
    return status, signal


def _step(status: Status | None, fact: Fact) -> Status:
    org, role = fact.org, fact.role
    if status is not None:
        if fact.type == "departed" and _elsewhere(status, fact):
            return status  # leaving another organisation leaves the current post as it is
        if _recollection(status, fact):  # the state stands; a role it names is the last held
            return msgspec.structs.replace(status, role=status.role or fact.role)
        if fact.type != "joined":
            org = org or status.org
            same_org = org_key(org) == org_key(status.org)
            role = role or (status.role if same_org else None)
    return Status(
        org=org, role=role, state=_STATE[fact.type], since=fact.date, fact_id=fact.fact_id
    )


def _recollection(status: Status, fact: Fact) -> bool:
    """An undated move back into an organisation the person is known to have left.

    It is dated by its article, yet a comeback is reported as ``returned``: such a move
    is an article recalling the time before the departure, not a new state.
    """
    return (
        fact.when is None
        and fact.type in ("joined", "role_changed", "on_leave")
        and status.state == "departed"
        and org_key(fact.org or status.org) == org_key(status.org)
    )


def _elsewhere(status: Status, fact: Fact) -> bool:
    return (
        status.state in ("active", "returned", "on_leave")
        and bool(fact.org and status.org)
        and org_key(fact.org) != org_key(status.org)
    )


def add_report(draft: Draft, move: MoveReported, entry: tuple[int, int]) -> None:
    """Count one report in its draft."""
    draft.add(move.person, move.org, move.role, move.when, move.published, entry)


class UnknownPerson(LookupError):
    """No person in the projections answers to the name."""


class AmbiguousPerson(LookupError):
    """Several people answer to the name; the message lists them."""


def find_person(bucket: Bucket | None, query: str) -> Person:
    """The one person of ``bucket`` that ``query`` names (a name or a person id)."""
    if bucket is None:
        raise UnknownPerson(f"no one called {query!r} in the log")
    people = people_of(bucket)
    if query in people:
        return people[query]
    found = mention(query)
    if found is None:
        raise UnknownPerson(f"{query!r} is not a name")
    keys = set(
        resolve(((d.given, d.org_key) for d in bucket.drafts.values()), bucket.surname).values()
    )
    by_key = {key: people[person_id(key)] for key in keys}
    if len(found.given) > 1:
        exact = [p for k, p in by_key.items() if k.given == found.given]
        fits = exact or [p for k, p in by_key.items() if k.given == found.given[0]]
    elif found.given:
        fits = [p for k, p in by_key.items() if k.given[:1] == found.given]
    else:
        fits = list(by_key.values())
    if not fits:
        raise UnknownPerson(f"no one called {query!r} in the log")
    if len(fits) > 1:
        listed = "; ".join(
            f"{p.name} ({p.person_id}{', ' + p.status.org if p.status and p.status.org else ''})"
            for p in sorted(fits, key=lambda p: p.person_id)
        )
        raise AmbiguousPerson(f"{query!r} may be any of: {listed}; give a fuller name or an id")
    return fits[0]
