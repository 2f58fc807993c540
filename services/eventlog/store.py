"""The projections in Redis: per-surname buckets, people, fact sources; live application.

Every projection key lives under ``{prefix}:proj:``, apart from the log, so dropping
the projections never touches the log. ``apply`` is what the notifier calls for each
MoveReported it consumes; replay writes the same keys from the same pure fold.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources

import msgspec
from redis.asyncio import Redis
from redis.asyncio.client import Pipeline
from redis.exceptions import WatchError

from execwatch.schemas import MoveReported, decode
from execwatch.services.core.streams import StreamNames, entry_key

from .facts import Fact, Source, new_draft
from .fold import (
    Bucket,
    Person,
    ReturnSignal,
    Status,
    UnknownPerson,
    add_report,
    bucket_key,
    draft_owner,
    find_person,
    people_of,
)
from .held import HeldConnection, held_connection
from .identity import mention, org_key
from .sources import entries, goes_last, holds, joined, with_entry

_encoder = msgspec.msgpack.Encoder(order="sorted")  # equal projections, equal bytes
_ADD_SOURCES_LUA = resources.files(__package__).joinpath("add_sources.lua").read_text("utf-8")
_bucket_decoder = msgspec.msgpack.Decoder(Bucket)
_person_decoder = msgspec.msgpack.Decoder(Person)
_summary_decoder = msgspec.msgpack.Decoder(tuple[str, Status | None, ReturnSignal | None])
_OutcomeRecord = tuple[
    str, str, bool, Status | None, Status | None, ReturnSignal | None, ReturnSignal | None
]
_outcome_decoder = msgspec.msgpack.Decoder(_OutcomeRecord)
APPLIED_RECORD_SECONDS = 7 * 24 * 3600


@dataclass(frozen=True)
class ProjectionKeys:
    """Names of the projection keys, all under ``{prefix}:proj:``."""

    prefix: str

    @property
    def root(self) -> str:
        """The namespace every projection key is under."""
        return f"{self.prefix}:proj"

    def bucket(self, surname: str) -> str:
        """Every draft of one surname (msgpack)."""
        return f"{self.root}:bucket:{surname}"

    def person(self, person_id: str) -> str:
        """One person's projection: names, facts, status (msgpack)."""
        return f"{self.root}:person:{person_id}"

    def sources(self, draft_id: str) -> str:
        """The log entry ids that reported a draft, in log order (``sources.py``): its
        sources, kept in the log."""
        return f"{self.root}:sources:{draft_id}"

    def applied(self, entry_id: str) -> str:
        """What applying one log entry did (kept a week), so a redelivered entry is
        answered with the same outcome as its first application. Not a projection:
        outside ``root``, so replays neither drop nor rebuild it."""
        return f"{self.prefix}:applied:{entry_id}"

    @property
    def people(self) -> str:
        """Hash of person id -> (name, status, return signal), for listing everyone."""
        return f"{self.root}:people"

    @property
    def meta(self) -> str:
        """Hash describing the last rebuild."""
        return f"{self.root}:meta"


@dataclass(frozen=True)
class Applied:
    """What applying one MoveReported did to the projections.

    ``duplicate`` is true when the event had been applied already: nothing changed
    now, and the other fields repeat what its first application did (for a week),
    so a consumer that crashed between applying and acting can act the same way.
    ``new_fact`` is true when the event started a fact, false when it added a source
    to a known one. Status and return signal are the person's current ones, before
    and after.
    """

    person_id: str
    fact_id: str
    duplicate: bool
    new_fact: bool
    status_before: Status | None
    status_after: Status | None
    return_before: ReturnSignal | None
    return_after: ReturnSignal | None

    @property
    def status_changed(self) -> bool:
        """Did the person's current state, organisation or role change?

        A more precise date for the same state (``since``) is not a change.
        """
        return _essence(self.status_before) != _essence(self.status_after)

    @property
    def return_signal_changed(self) -> bool:
        """Is there a return hint or ruling-out newer (in valid time) than the last known?"""
        return self.return_after is not None and self.return_after != self.return_before


def _essence(status: Status | None) -> tuple[str, str, str | None] | None:
    if status is None:
        return None
    return (status.state, org_key(status.org), status.role)


def source_of(move: MoveReported, entry_id: str) -> Source:
    """The source a report gives its fact: the article, its date and the evidence."""
    return Source(
        event_id=move.event_id,
        entry_id=entry_id,
        article_id=move.article_id,
        url=move.url,
        published=move.published,
        evidence=move.evidence,
    )


def encode(value: object) -> bytes:
    """MessagePack, as every projection value is stored."""
    return _encoder.encode(value)


def summary_of(person: Person) -> bytes:
    """The row ``people`` lists for a person."""
    return encode((person.name, person.status, person.return_signal))


class ProjectionStore:
    """Reads and writes the projections of one execwatch prefix."""

    def __init__(self, client: Redis, prefix: str) -> None:
        self.client = client
        self.keys = ProjectionKeys(prefix)
        self.log = StreamNames(prefix).moves
        self._add_sources = client.register_script(_ADD_SOURCES_LUA)

    async def apply(self, move: MoveReported, entry_id: str) -> Applied | None:
        """Apply one event of the log to the projections, atomically and idempotently.

        Returns None when the report names no usable person (nothing to project).
        """
        key = bucket_key(move)
        if key is None:
            return None
        bucket_name = self.keys.bucket(key[0])
        draft_id = new_draft(key).id
        sources_key = self.keys.sources(draft_id)
        while True:
            async with self.client.pipeline(transaction=True) as pipe:
                try:
                    await pipe.watch(bucket_name, sources_key)
                    raw = await pipe.get(bucket_name)
                    bucket = _bucket_decoder.decode(raw) if raw else Bucket(surname=key[0])
                    before = people_of(bucket)
                    known = await pipe.get(sources_key)
                    if holds(known, entry_id):
                        recorded = await pipe.get(self.keys.applied(entry_id))
                        if recorded:
                            return _replayed(_outcome_decoder.decode(recorded))
                        return _outcome(bucket, draft_id, before, before, duplicate=True)
                    add_report(bucket.draft_for(key), move, entry_key(entry_id))
                    after = people_of(bucket)
                    outcome = _outcome(bucket, draft_id, before, after, duplicate=False)
                    pipe.multi()
                    pipe.set(bucket_name, encode(bucket))
                    if goes_last(known, entry_id):
                        pipe.append(sources_key, joined([entry_id.encode()]))
                    else:
                        pipe.set(sources_key, with_entry(known, entry_id))
                    pipe.set(
                        self.keys.applied(entry_id),
                        encode(_record(outcome)),
                        ex=APPLIED_RECORD_SECONDS,
                    )
                    self._write_people(pipe, after.values(), before)
                    for gone in before.keys() - after.keys():
                        pipe.delete(self.keys.person(gone))
                        pipe.hdel(self.keys.people, gone)
                    await pipe.execute()
                except WatchError:
                    continue
            return outcome

    def _write_people(
        self, pipe: Pipeline, people: Iterable[Person], before: Mapping[str, Person]
    ) -> None:
        for person in people:
            if before.get(person.person_id) != person:
                pipe.set(self.keys.person(person.person_id), encode(person))
                pipe.hset(self.keys.people, person.person_id, summary_of(person))

    async def write_buckets(
        self, buckets: Iterable[tuple[Bucket, Mapping[str, Person]]], chunk: int = 2000
    ) -> None:
        """Write whole buckets and their people (replay's last step), in large chunks,
        each sent while the next is made."""
        values: list[str | bytes] = []
        rows: list[str | bytes] = []
        async with held_connection(self.client) as connection:
            for bucket, people in buckets:
                values += (self.keys.bucket(bucket.surname), encode(bucket))
                for pid, person in people.items():
                    values += (self.keys.person(pid), encode(person))
                    rows += (pid, summary_of(person))
                if len(values) >= 2 * chunk:
                    await self._send_people(connection, values, rows)
                    values, rows = [], []
            await self._send_people(connection, values, rows)
            while connection.unread:
                await connection.reply()

    async def _send_people(
        self, connection: HeldConnection, values: list[str | bytes], rows: list[str | bytes]
    ) -> None:
        commands = [("MSET", *values)] if values else []
        if rows:
            commands.append(("HSET", self.keys.people, *rows))
        while connection.unread > 2:  # the chunk before the last one is written by now
            await connection.reply()
        if commands:
            await connection.send(*commands)

    async def add_sources(
        self, sources: Iterable[tuple[str, Sequence[bytes]]], chunk: int = 20_000
    ) -> None:
        """Record sources in bulk (replay): pairs of a draft id and the entry ids of its
        reports that come after every source it has, in log order.

        Written ``chunk`` entry ids per script call, so that no call holds Redis long.
        """
        part: list[str] = []
        size = 0
        for draft_id, ids in sources:
            part += (draft_id, joined(ids).decode())
            size += len(ids)
            if size >= chunk:
                await self._add_sources(args=[self.keys.sources(""), _encoder.encode(part)])
                part, size = [], 0
        if part:
            await self._add_sources(args=[self.keys.sources(""), _encoder.encode(part)])

    async def drop(self) -> int:
        """Delete every projection key (never the log); return how many there were."""
        dropped = 0
        batch: list[bytes] = []
        async for key in self.client.scan_iter(match=f"{self.keys.root}:*", count=5000):
            batch.append(key)
            if len(batch) >= 5000:
                dropped += await self.client.unlink(*batch)
                batch = []
        if batch:
            dropped += await self.client.unlink(*batch)
        return dropped

    async def bucket(self, surname: str) -> Bucket | None:
        """The bucket of one surname, if any."""
        raw = await self.client.get(self.keys.bucket(surname))
        return _bucket_decoder.decode(raw) if raw else None

    async def standing(self, person_id: str) -> tuple[Status | None, ReturnSignal | None]:
        """A person's current status and return signal ((None, None) when unknown)."""
        raw = await self.client.get(self.keys.person(person_id))
        if not raw:
            return None, None
        person = _person_decoder.decode(raw)
        return person.status, person.return_signal

    async def find(self, query: str) -> Person:
        """The person a name (or a person id) stands for; UnknownPerson or AmbiguousPerson."""
        if query.startswith("p-"):
            raw = await self.client.get(self.keys.person(query))
            if raw:
                return _person_decoder.decode(raw)
        found = mention(query)
        if found is None:
            raise UnknownPerson(f"{query!r} is not a name")
        return find_person(await self.bucket(found.surname), query)

    async def people(self) -> list[tuple[str, str, Status | None, ReturnSignal | None]]:
        """Everyone in the projections: (person id, name, status, return signal), by name."""
        rows = await self.client.hgetall(self.keys.people)
        listed = [(pid.decode(), *_summary_decoder.decode(raw)) for pid, raw in rows.items()]
        return sorted(listed, key=lambda row: (row[1].casefold(), row[0]))

    async def sources(self, fact: Fact) -> list[Source]:
        """Every article that reported a fact, read from the log, by published date."""
        pipe = self.client.pipeline(transaction=False)
        for draft_id in fact.drafts:
            pipe.get(self.keys.sources(draft_id))
        reported = {e for stored in await pipe.execute() for e in entries(stored)}
        for entry in sorted(reported, key=entry_key):
            pipe.xrange(self.log, min=entry, max=entry, count=1)
        found: list[Source] = []
        for rows in await pipe.execute():
            for entry_id, fields in rows:
                move = decode(fields[b"body"], MoveReported)
                found.append(source_of(move, entry_id.decode()))
        return sorted(found, key=lambda s: (s.published or "", entry_key(s.entry_id)))

    async def set_meta(self, values: Mapping[str, str | int | float]) -> None:
        """Record what the last rebuild did."""
        await self.client.hset(self.keys.meta, mapping=dict(values))


def _outcome(
    bucket: Bucket,
    draft_id: str,
    before: Mapping[str, Person],
    after: Mapping[str, Person],
    *,
    duplicate: bool,
) -> Applied:
    pid = draft_owner(bucket, bucket.drafts[draft_id]) if draft_id in bucket.drafts else ""
    person = after.get(pid)
    fact_id = next(
        (f.fact_id for f in (person.facts if person else ()) if draft_id in f.drafts), ""
    )
    known = {f.fact_id for p in before.values() for f in p.facts}
    was = before.get(pid)
    return Applied(
        person_id=pid,
        fact_id=fact_id,
        duplicate=duplicate,
        new_fact=not duplicate and fact_id not in known,
        status_before=was.status if was else None,
        status_after=person.status if person else None,
        return_before=was.return_signal if was else None,
        return_after=person.return_signal if person else None,
    )


def _record(applied: Applied) -> _OutcomeRecord:
    return (
        applied.person_id,
        applied.fact_id,
        applied.new_fact,
        applied.status_before,
        applied.status_after,
        applied.return_before,
        applied.return_after,
    )


def _replayed(record: _OutcomeRecord) -> Applied:
    person_id, fact_id, _, status_before, status_after, return_before, return_after = record
    return Applied(
        person_id=person_id,
        fact_id=fact_id,
        duplicate=True,
        new_fact=False,
        status_before=status_before,
        status_after=status_after,
        return_before=return_before,
        return_after=return_after,
    )
