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


def test_a_mandate_that_was_not_renewed_is_a_departure() -> None:
    text = ("The mandate of Pierre Gandon, who had clashed with the ministry over prices for "
            "months, was not renewed, Vellor Energie said.")
    assert any(m[:2] == ("Pierre Gandon", "departed") for m in found(text))


def test_a_renewed_contract_is_no_departure() -> None:
    text = "Vellor Energie said the contract of its chairman, John Perrault, was renewed."
    assert not [m for m in found(text) if m[1] == "departed"]


def test_leaving_when_a_contract_was_not_renewed_keeps_the_club_left() -> None:
    text = ("Martin Kealy managed Harlow Rovers for two years but left the club when his "
            "contract was not renewed and joined Penbury Town.")
    moves = found(text)
    assert ("Martin Kealy", "departed", "Harlow Rovers") in moves
    assert ("Martin Kealy", "departed", "Penbury Town") not in moves


def test_a_name_inside_a_description_is_not_the_subject_of_leaving() -> None:
    text = ("Corvane Bank chairman Albert Quist resigned on Monday. Finance chief Nora Pell, "
            "long a Quist loyalist, also left.")
    moves = found(text)
    assert any(m[:2] == ("Nora Pell", "departed") for m in moves)


def test_a_name_inside_a_description_is_no_member_of_a_list_appointed() -> None:
    text = ("Corvane Bank appointed Nora Pell, long a Quist loyalist, as finance chief on "
            "Monday.")
    moves = found(text)
    assert any(m[:2] == ("Nora Pell", "joined") for m in moves)
    assert not [m for m in moves if m[0] != "Nora Pell"]
