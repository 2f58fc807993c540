"""Which organisation a move gets: the rules of the organisation-accuracy work."""

from __future__ import annotations

from execwatch.services.extraction.engine import extract_moves

PUBLISHED = "2021-03-08"


def orgs(text: str, title: str = "") -> list[tuple[str, str, str | None]]:
    """(person, type, org) of every move, in order."""
    return [(m.person, m.type, m.org)
            for m in extract_moves(text, published=PUBLISHED, title=title)]


def test_a_social_network_is_an_organisation() -> None:
    moves = orgs("Facebook named Harriet Vale as its new chief financial officer on Monday.")
    assert ("Harriet Vale", "joined", "Facebook") in moves
