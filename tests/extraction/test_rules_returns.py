"""Comebacks (guidelines rules 12 and 13): which reports of a return, or of a chance of one,
are moves of the person, and which are not."""

from __future__ import annotations

from execwatch.services.extraction.engine import extract_moves

PUBLISHED = "2021-03-08"


def found(text: str) -> list[tuple[str, str, str | None]]:
    """(person, type, org) of every move, in order."""
    return [(m.person, m.type, m.org) for m in extract_moves(text, published=PUBLISHED)]


def returns(text: str) -> list[tuple[str, str, str | None]]:
    """The return moves among `found(text)`."""
    return [m for m in found(text) if m[1].startswith("return")]


def test_what_analysts_think_of_a_comeback_is_no_hint() -> None:
    assert returns("Analysts think that Dana Whitcombe could return to Harlow Foods.") == []


def test_a_hope_held_by_nobody_named_is_no_hint() -> None:
    text = ("There is hope that Dana Whitcombe, on leave from Harlow Foods since May, will be "
            "able to return soon.")
    assert returns(text) == []


def test_the_persons_own_hope_to_return_is_still_a_hint() -> None:
    text = ("Dana Whitcombe, who left Harlow Foods in May, said she hoped that she would "
            "return one day.")
    assert ("Dana Whitcombe", "return_hinted", "Harlow Foods") in returns(text)


def test_talks_about_a_return_are_still_a_hint() -> None:
    text = "Dana Whitcombe, who left Harlow Foods in May, said she was in talks to return."
    assert ("Dana Whitcombe", "return_hinted", "Harlow Foods") in returns(text)


def test_coming_out_of_retirement_to_join_a_company_is_a_join_not_a_return() -> None:
    moves = found("Dana Whitcombe came out of retirement to join Harlow Foods as finance chief.")
    assert ("Dana Whitcombe", "joined", "Harlow Foods") in moves
    assert not [m for m in moves if m[1].startswith("return")]


def test_coming_out_of_retirement_to_lead_it_again_is_a_return() -> None:
    text = ("Dana Whitcombe, who retired from Harlow Foods in 2018, came out of retirement to "
            "lead it again.")
    assert ("Dana Whitcombe", "returned", "Harlow Foods") in found(text)


def test_a_return_to_the_corporate_world_names_no_organisation() -> None:
    text = "The offer from Harlow Foods pushed Dana Whitcombe to return to the corporate world."
    assert returns(text) == []
