"""Successions, handovers and role changes inside an organisation (guidelines rules 8, 9)."""

from __future__ import annotations

from execwatch.services.extraction.engine import extract_moves

PUBLISHED = "2021-03-08"


def found(text: str) -> list[tuple[str, str, str | None]]:
    """(person, type, org) of every move, in order."""
    return [(m.person, m.type, m.org) for m in extract_moves(text, published=PUBLISHED)]


def test_the_one_picked_as_successor_takes_the_post_and_the_picker_leaves_it() -> None:
    moves = found("Quillon Mills founder Peter Maddox said he had chosen Harriet Vale, who has "
                  "worked at the company for a decade, as his successor last year.")
    assert ("Harriet Vale", "role_changed", "Quillon Mills") in moves
    assert ("Peter Maddox", "departed", "Quillon Mills") in moves


def test_a_successor_only_hoped_for_is_no_move() -> None:
    moves = found("Peter Maddox of Quillon Mills may name Harriet Vale as his successor.")
    assert [m for m in moves if m[0] == "Harriet Vale"] == []
