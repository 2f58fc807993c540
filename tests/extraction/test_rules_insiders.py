"""Joined or role_changed (guidelines rules 8 and 10): a move from outside is a join, one
inside an organisation the person is already at is a role change."""

from __future__ import annotations

from execwatch.services.extraction.engine import extract_moves

PUBLISHED = "2021-03-08"


def found(text: str, title: str = "") -> list[tuple[str, str, str | None]]:
    """(person, type, org) of every move."""
    return [(m.person, m.type, m.org)
            for m in extract_moves(text, published=PUBLISHED, title=title)]


def test_taking_up_the_post_of_a_title_is_at_the_body_the_title_names() -> None:
    text = ("Portugal named new heads of its watchdogs on Friday. Former Harbour Trust Bank "
            "chairman Ivo Rennick will take up the post of chairman of the Portugal Energy "
            "Regulatory Commission.")
    moves = found(text, "Portugal names new watchdog heads")
    assert ("Ivo Rennick", "joined", "Portugal Energy Regulatory Commission") in moves
