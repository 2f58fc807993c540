"""The log and its projections on a real Redis: idempotent append and apply, replay,
out-of-order arrival, valid-time and record-time queries."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from redis.asyncio import Redis

from execwatch.schemas import MoveReported, decode, encode, entry_fields
from execwatch.services.core.appender import StreamAppender
from execwatch.services.core.streams import StreamNames
from execwatch.services.eventlog.dates import record_cutoff_ms
from execwatch.services.eventlog.fold import UnknownPerson, find_person, status_at
from execwatch.services.eventlog.replay import bucket_known_at, log_batches, replay
from execwatch.services.eventlog.sources import entries, goes_last, holds, joined, with_entry
from execwatch.services.eventlog.store import ProjectionStore
from tests.eventlog.logs import append_and_apply, snapshot, write_log_at
from tests.eventlog.reports import karpathy, report
from tests.eventlog.test_fold import articles

pytestmark = pytest.mark.integration


def _ms(day: str) -> int:
    return int(datetime.fromisoformat(day).replace(tzinfo=UTC).timestamp() * 1000)


async def test_appending_an_event_twice_writes_it_once(redis_client: Redis, prefix: str) -> None:
    """A redelivered article or a second ingest gives the same event id: one entry."""
    names = StreamNames(prefix)
    appender = StreamAppender(redis_client)
    move = karpathy()[0]
    first = await appender.append(names.moves, names.ids(names.moves), move, move.event_id)
    again = await appender.append(names.moves, names.ids(names.moves), move, move.event_id)
    assert first.appended and not again.appended
    assert again.entry_id == first.entry_id
    assert await redis_client.xlen(names.moves) == 1


async def test_applying_the_same_entry_twice_changes_nothing_and_repeats_the_outcome(
    redis_client: Redis, prefix: str
) -> None:
    """A redelivered entry writes nothing, and is answered with its first outcome, so a
    consumer that crashed between applying and alerting decides the same way again."""
    (applied,) = await append_and_apply(redis_client, prefix, karpathy()[:1])
    assert applied is not None and applied.new_fact and applied.status_changed
    before = await snapshot(redis_client, prefix)
    entry = (await redis_client.xrange(StreamNames(prefix).moves))[0][0].decode()
    again = await ProjectionStore(redis_client, prefix).apply(karpathy()[0], entry)
    assert again is not None and again.duplicate and not again.new_fact
    assert (again.status_before, again.status_after) == (
        applied.status_before,
        applied.status_after,
    )
    assert (again.person_id, again.fact_id) == (applied.person_id, applied.fact_id)
    assert await snapshot(redis_client, prefix) == before


async def test_a_second_article_on_a_move_adds_a_source_not_a_fact(
    redis_client: Redis, prefix: str
) -> None:
    seed, jul = karpathy()[1], karpathy()[2]
    first, second = await append_and_apply(redis_client, prefix, [seed, jul])
    assert first is not None and second is not None
    assert first.new_fact and not second.new_fact
    assert first.fact_id == second.fact_id
    store = ProjectionStore(redis_client, prefix)
    person = await store.find("Andrej Karpathy")
    (fact,) = person.facts
    sources = await store.sources(fact)
    assert [s.article_id for s in sources] == ["jul", "seed"]
    assert all(s.evidence and s.url for s in sources)


async def test_out_of_order_arrival_does_not_make_a_departed_person_current(
    redis_client: Redis, prefix: str
) -> None:
    """Reading the 2017 "joined" after the 2022 "departed" leaves him departed."""
    departed = report("Andrej Karpathy", "Tesla", "departed", "2022-07", "2022-07-13")
    joined = report("Andrej Karpathy", "Tesla", "joined", "2017", "2017-06-20")
    _, second = await append_and_apply(redis_client, prefix, [departed, joined])
    assert second is not None and second.new_fact
    assert not second.status_changed
    person = await ProjectionStore(redis_client, prefix).find("Karpathy")
    assert person.status is not None and person.status.state == "departed"


async def test_the_notifier_learns_of_status_changes_and_newer_return_signals(
    redis_client: Redis, prefix: str
) -> None:
    hint_2022 = report("Ann Lee", "Acme", "return_hinted", "2022-10", "2022-10-31")
    departed = report("Ann Lee", "Acme", "departed", "2022-07", "2022-07-13")
    old_hint = report("Ann Lee", "Acme", "return_ruled_out", "2021-01", "2021-01-10")
    got = await append_and_apply(redis_client, prefix, [hint_2022, departed, old_hint])
    assert [a.return_signal_changed for a in got if a] == [True, False, False]
    assert got[0] is not None and got[0].return_after is not None
    assert got[0].return_after.type == "return_hinted"


async def test_replay_after_live_processing_gives_identical_projections(
    redis_client: Redis, prefix: str
) -> None:
    reports = [
        *karpathy(),
        report("Sam Karpathy", "Google", "joined", "2020", "2020-02-02"),
        report("Karpathy", "OpenAI", "joined", "2023-02", "2023-02-09"),
    ]
    await append_and_apply(redis_client, prefix, reports)
    live = await snapshot(redis_client, prefix)
    store = ProjectionStore(redis_client, prefix)
    done = await replay(store, log_batches(redis_client, StreamNames(prefix).moves, batch=3))
    assert (done.events, done.people) == (8, 3)
    assert await snapshot(redis_client, prefix) == live


async def test_replay_upcasts_old_events_as_live_processing_did(
    redis_client: Redis, prefix: str
) -> None:
    names = StreamNames(prefix)
    store = ProjectionStore(redis_client, prefix)
    stored_v1 = (Path(__file__).parent / "data" / "move_reported_v1.msgpack").read_bytes()
    later = report("Andrej Karpathy", "Tesla", "returned", "2023-02", "2023-02-09")
    for body in (stored_v1, encode(later)):
        move = decode(body, MoveReported)
        fields = {**entry_fields(move, move.event_id), "body": body}  # the bytes as stored
        entry = await redis_client.xadd(names.moves, fields)
        await store.apply(move, entry.decode())
    live = await snapshot(redis_client, prefix)
    done = await replay(store, log_batches(redis_client, names.moves))
    assert (done.events, done.people) == (2, 1)
    assert await snapshot(redis_client, prefix) == live


async def test_replay_never_touches_the_log_or_the_alerts(redis_client: Redis, prefix: str) -> None:
    names = StreamNames(prefix)
    await append_and_apply(redis_client, prefix, karpathy())
    log = await redis_client.xrange(names.moves)
    await replay(ProjectionStore(redis_client, prefix), log_batches(redis_client, names.moves))
    assert await redis_client.xrange(names.moves) == log
    assert not await redis_client.exists(names.alerts)


async def test_replay_until_a_record_time_uses_only_what_was_appended_by_then(
    redis_client: Redis, prefix: str
) -> None:
    story = karpathy()[::-1]  # joined 2017 ... hinted 2022, appended in this order
    days = ["2017-06-21", "2019-05-02", "2022-03-29", "2022-07-14", "2022-11-01", "2022-11-01"]
    await write_log_at(
        redis_client, prefix, [(_ms(d), m) for d, m in zip(days, story, strict=True)]
    )
    store = ProjectionStore(redis_client, prefix)
    until = record_cutoff_ms("2022-04-01")
    done = await replay(store, log_batches(redis_client, StreamNames(prefix).moves, until_ms=until))
    assert done.events == 3
    person = await store.find("Andrej Karpathy")
    assert person.status is not None and person.status.state == "on_leave"


async def test_known_at_answers_what_the_log_knew_and_combines_with_as_of(
    redis_client: Redis, prefix: str
) -> None:
    """Record time: the departure was only learnt on 2022-11-01, from a late article."""
    joined = report("Ann Lee", "Acme", "joined", "2017", "2017-02-01")
    departed = report("Ann Lee", "Acme", "departed", "2022-07", "2022-10-31")
    await write_log_at(
        redis_client, prefix, [(_ms("2017-02-02"), joined), (_ms("2022-11-01"), departed)]
    )
    moves = StreamNames(prefix).moves

    async def state(known_at: str, as_of: str | None = None) -> str | None:
        bucket = await bucket_known_at(
            log_batches(redis_client, moves, until_ms=record_cutoff_ms(known_at)), "Ann Lee"
        )
        status, _ = status_at(find_person(bucket, "Ann Lee").facts, as_of)
        return status.state if status else None

    assert await state("2022-10-31") == "active"
    assert await state("2022-11-01") == "departed"
    assert await state("2022-11-01", as_of="2022-06") == "active"
    with pytest.raises(UnknownPerson):
        await state("2016-12-31")


async def test_an_unknown_person_is_a_lookup_error(redis_client: Redis, prefix: str) -> None:
    await append_and_apply(redis_client, prefix, karpathy())
    store = ProjectionStore(redis_client, prefix)
    for name in ("Elon Musk", "Sam Karpathy", "!!"):
        with pytest.raises(UnknownPerson):
            await store.find(name)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(reports=articles(), rng=st.randoms(use_true_random=False))
async def test_any_arrival_order_gives_the_same_final_status_live_and_replayed(
    redis_client: Redis,
    prefix: str,
    reports: list[MoveReported],
    rng: random.Random,
) -> None:
    shuffled = list(reports)
    rng.shuffle(shuffled)
    run = uuid.uuid4().hex[:8]
    finals = []
    for label, order in (("a", reports), ("b", shuffled)):
        sub = f"{prefix}:{run}{label}"
        await append_and_apply(redis_client, sub, order)
        store = ProjectionStore(redis_client, sub)
        live = {pid: (status, signal) for pid, _, status, signal in await store.people()}
        before = await snapshot(redis_client, sub)
        await replay(store, log_batches(redis_client, StreamNames(sub).moves))
        assert await snapshot(redis_client, sub) == before
        finals.append(live)
    assert finals[0] == finals[1]


async def test_a_more_precise_date_for_the_same_move_is_not_a_status_change(
    redis_client: Redis, prefix: str
) -> None:
    coarse = report("Ann Lee", "Acme", "departed", "2022-07", "2022-07-20", article="one")
    precise = report("Ann Lee", "Acme Inc", "departed", "2022-07-13", "2022-08-01", article="two")
    first, second = await append_and_apply(redis_client, prefix, [coarse, precise])
    assert first is not None and first.status_changed
    assert second is not None and not second.new_fact and not second.status_changed
    assert second.status_after is not None and second.status_after.since == "2022-07-13"


async def test_bulk_sources_are_written_in_chunks_without_losing_any(
    redis_client: Redis, prefix: str
) -> None:
    """Replay's batches of sources append to each draft's, in log order."""
    store = ProjectionStore(redis_client, prefix)
    first = [(f"d-{n}", [f"{n}-{k}".encode() for k in range(n + 1)]) for n in range(5)]
    then = [(f"d-{n}", [f"{n + 10}-{k}".encode() for k in range(3)]) for n in range(0, 5, 2)]
    then.append(("d-big", [f"1-{k}".encode() for k in range(1500)]))
    await store.add_sources(first, chunk=2)
    await store.add_sources(then, chunk=2)
    expected: dict[str, list[str]] = {}
    for draft_id, ids in first + then:
        expected.setdefault(draft_id, []).extend(i.decode() for i in ids)
    for draft_id, ids in expected.items():
        stored = await redis_client.get(store.keys.sources(draft_id))
        assert entries(stored) == ids


def test_sources_are_kept_in_log_order_whatever_the_order_they_come_in() -> None:
    """Live application adds each entry in its place, as replay appends them in order."""
    stored: bytes | None = None
    for entry in ["5-1", "12-0", "5-0", "100-3", "9-9"]:
        assert not holds(stored, entry)
        if goes_last(stored, entry):
            stored = (stored or b"") + joined([entry.encode()])
        else:
            stored = with_entry(stored, entry)
        assert holds(stored, entry)
    assert stored == joined([b"5-0", b"5-1", b"9-9", b"12-0", b"100-3"])
    assert not holds(stored, "5") and not holds(stored, "0-3")
