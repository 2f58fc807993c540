"""People the engine must recognise from the shape of their context, not from a name list."""

from __future__ import annotations

import random

from execwatch.services.extraction.engine import extract_moves, names

PUBLISHED = "2021-03-08"


def found(text: str) -> list[tuple[str, str, str | None]]:
    """(person, type, org) of every move, in order."""
    return [(m.person, m.type, m.org) for m in extract_moves(text, published=PUBLISHED)]


def test_a_post_after_the_name_and_a_comma_marks_a_person() -> None:
    moves = found("The board of Brantic Foods met on Monday. Staff were told that Orsala "
                  "Fenwold, chief information officer, had resigned.")
    assert ("Orsala Fenwold", "departed", "Brantic Foods") in moves


def test_a_move_after_the_name_and_a_comma_marks_a_person() -> None:
    moves = found("Fans cheered as Fenn Obarto, newly named head coach of Brantic City, "
                  "resigned from his old club.")
    assert any(m[0] == "Fenn Obarto" for m in moves)
    moves = found("The board heard that Orsala Fenwold, former vice chairman of Brantic Foods, "
                  "had resigned.")
    assert ("Orsala Fenwold", "departed", "Brantic Foods") in moves


def test_a_company_before_a_titled_name_stays_a_company() -> None:
    moves = found("At Zentrix Dolman, chief executive Peter Maddox resigned on Monday.")
    assert moves == [("Peter Maddox", "departed", "Zentrix Dolman")]


def test_a_post_after_a_comma_is_found_where_the_engine_looks_for_it() -> None:
    pieces = ["Smith", "Jones,", ",", "chief", "former", "Acme", "Beta", "vice", "of", "the",
              "company's", "newly", "named", "who", "45,", "\n", "A" * 33, "aB,", "head"]
    rng = random.Random(11)
    texts = [" ".join(rng.choice(pieces) for _ in range(40)) for _ in range(300)]
    rx = names._SURNAME_USES[1]
    for text in texts:
        assert [m.span() for m in names._surname_use_matches(1, text)] == [
            m.span() for m in rx.finditer(text)
        ], text


def test_a_premier_before_a_capitalised_pair_is_a_person() -> None:
    moves = found("Premier Quoran Velt will step down as leader of the Northland Party in May.")
    assert moves == [("Quoran Velt", "departed", "Northland Party")]


def test_an_honorific_after_a_given_name_is_a_surname() -> None:
    moves = found("Brantic Foods named Orsala Fenwold as its chief executive, replacing Simon "
                  "Lord, who is retiring.")
    assert ("Simon Lord", "departed", "Brantic Foods") in moves
    assert found("Brantic Foods chairman Lord Fenwold resigned on Monday.") == [
        ("Fenwold", "departed", "Brantic Foods")]


def test_a_month_that_is_a_given_name_opens_a_name_only_with_a_surname_use() -> None:
    moves = found("Brantic Foods said its chief executive had resigned. Jan Orrowe, the company's "
                  "chief financial officer, will take over as interim chief executive.")
    assert ("Jan Orrowe", "role_changed", "Brantic Foods") in moves
    moves = found("Brantic Foods said its chief executive had resigned. In Jan Orrowe said he "
                  "would take over as interim chief executive.")
    assert all(m[0] != "Jan Orrowe" for m in moves)
