"""Which watchlist entries a move concerns, and the alerts it raises. Pure."""

from __future__ import annotations

from datetime import UTC, datetime

from execwatch.schemas import AlertRaised, AlertSource, MoveReported
from execwatch.services.core.ids import digest
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


def alert_for(move: MoveReported, watchlist: Watchlist, person: WatchedPerson) -> AlertRaised:
    """The alert a move raises for one watchlist entry; its id is stable for the pair."""
    return AlertRaised(
        alert_id="al-" + digest(move.event_id, watchlist.name, person.name),
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
    )
