"""Which watchlist entries a move concerns, what in an article is news, and the alerts.

Pure: what the projections and the article's batch say comes in, decisions come out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from execwatch.schemas import AlertRaised, AlertSource, MoveReported, StatusSnapshot
from execwatch.services.core.ids import digest
from execwatch.services.eventlog.fold import ReturnSignal, Status
from execwatch.services.notifier.batches import ArticleBatch
from execwatch.services.notifier.matching import names_match, orgs_match
from execwatch.services.notifier.watchlist_schema import WatchedPerson, Watchlist


def entry_matches(person: WatchedPerson, move: MoveReported) -> bool:
    """The move is about this watched person: the name (or an alias) fits, and so does
    the organisation when the entry names organisations to tell namesakes apart."""
    if not any(names_match(name, move.person) for name in (person.name, *person.aliases)):
        return False
    if person.organisations and move.org:
        return any(orgs_match(org, move.org) for org in person.organisations)
    return True


def matching_entries(
    move: MoveReported, watchlists: list[Watchlist]
) -> list[tuple[Watchlist, WatchedPerson]]:
    """Every (watchlist, entry) the move concerns and whose filters it passes."""
    return [
        (watchlist, person)
        for watchlist in watchlists
        if move.type in watchlist.alert_on and move.confidence >= watchlist.min_confidence
        for person in watchlist.people
        if entry_matches(person, move)
    ]


@dataclass(frozen=True)
class News:
    """A move that changed where a person stands, and what it changed."""

    move: MoveReported
    person_id: str
    fact_id: str
    previous: Status | None
    current: Status | None


def _same_status(a: Status | None, b: Status | None) -> bool:
    if a is None or b is None:
        return a is b
    return (a.state, a.org, a.role) == (b.state, b.org, b.role)


def article_news(
    batch: ArticleBatch, now: Mapping[str, tuple[Status | None, ReturnSignal | None]]
) -> list[News]:
    """The news in an article, judged on all its moves together: per person, the move
    that set their current status if that status differs from before the article (at
    most one), and the move that is now the latest word on a return if that is new.
    Recounted history that leaves the current status as it was gives nothing."""
    found: list[News] = []
    for person_id, (status_before, return_before) in sorted(batch.before.items()):
        status_now, return_now = now.get(person_id, (None, None))
        if (
            status_now is not None
            and status_now.fact_id in batch.facts
            and not _same_status(status_now, status_before)
        ):
            move = batch.facts[status_now.fact_id]
            found.append(News(move, person_id, status_now.fact_id, status_before, status_now))
        if (
            return_now is not None
            and return_now.fact_id in batch.facts
            and return_now != return_before
        ):
            move = batch.facts[return_now.fact_id]
            found.append(News(move, person_id, return_now.fact_id, status_now, status_now))
    return found


def _snapshot(status: Status | None) -> StatusSnapshot | None:
    if status is None:
        return None
    return StatusSnapshot(state=status.state, org=status.org, role=status.role, since=status.since)


def alert_for(news: News, watchlist: Watchlist, person: WatchedPerson) -> AlertRaised:
    """The alert news raises for one watchlist entry; its id is stable per fact and entry,
    so another article reporting the same move raises nothing new."""
    move = news.move
    return AlertRaised(
        alert_id="al-" + digest(news.fact_id, watchlist.name, person.name),
        event_id=move.event_id,
        article_id=move.article_id,
        person=move.person,
        watched_name=person.name,
        watchlist=watchlist.name,
        type=move.type,
        org=move.org,
        role=move.role,
        when=move.when,
        evidence=move.evidence,
        sources=[
            AlertSource(
                article_id=move.article_id,
                url=move.url,
                published=move.published,
                evidence=move.evidence,
            )
        ],
        confidence=move.confidence,
        raised_at=datetime.now(UTC).isoformat(),
        person_id=news.person_id,
        fact_id=news.fact_id,
        previous=_snapshot(news.previous),
        current=_snapshot(news.current),
        tags=list(person.tags),
    )
