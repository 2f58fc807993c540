"""Departures told in other words than a leaving verb (guidelines move type `departed`)."""

from __future__ import annotations

from execwatch.services.extraction.engine import extract_moves

PUBLISHED = "2019-11-20"


def found(text: str) -> list[tuple[str, str, str | None]]:
    """(person, type, org) of every move, in order."""
    return [(m.person, m.type, m.org) for m in extract_moves(text, published=PUBLISHED)]


def test_a_reign_in_an_office_with_dotted_initials_that_came_to_an_end_is_a_departure() -> None:
    text = "Former Calder Bank head Miriam Osgood's reign as U.S. Labor Secretary came to an end."
    assert any(m[:2] == ("Miriam Osgood", "departed") for m in found(text))


def test_a_spell_in_charge_that_came_to_an_end_is_a_departure() -> None:
    text = ("Martin Kealy managed Harlow Rovers for a decade. His spell in charge of the club "
            "came to an end after a poor season.")
    assert ("Martin Kealy", "departed", "Harlow Rovers") in found(text)


def test_a_spell_that_has_not_ended_is_no_departure() -> None:
    text = "Dermot Kealy said his spell in charge of Harlow Rovers had been a happy one."
    assert not [m for m in found(text) if m[1] == "departed"]
