"""Recounted career histories (guidelines rules 3 and 10): the start of a tenure is a join
(or a role change when the person was already there), a recounted end is a departure."""

from __future__ import annotations

from execwatch.services.extraction.engine import extract_moves

PUBLISHED = "2021-03-08"


def found(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(person, type, org, when) of every move, in order."""
    return [(m.person, m.type, m.org, m.when) for m in extract_moves(text, published=PUBLISHED)]


def test_starting_out_at_the_company_is_a_join_not_a_role_change() -> None:
    text = ("Quillon Mills said chief executive Peter Maddox would retire in June. "
            "Maddox started with the company in Leeds as a 19-year-old apprentice.")
    moves = found(text)
    assert ("Peter Maddox", "joined", "Quillon Mills", None) in moves
    assert not [m for m in moves if m[1] == "role_changed"]


def test_having_begun_a_career_somewhere_is_a_join_of_it() -> None:
    text = ("Orvin Tallis will lead Brackwater Systems from May. \"Having begun my career at "
            "Brackwater Systems, I am proud to lead it,\" Tallis said.")
    assert any(m[:3] == ("Orvin Tallis", "joined", "Brackwater Systems") for m in found(text))


def test_a_name_of_capitals_joined_by_an_ampersand_is_an_organisation() -> None:
    text = ("Peter Maddox began his career with Quillon Mills in 1990. He left two years later "
            "to join QT&K as finance chief.")
    assert any(m[:3] == ("Peter Maddox", "joined", "QT & K") for m in found(text))


def test_a_stay_the_story_moves_on_from_is_a_departure() -> None:
    moves = found("Peter Maddox took the helm at Quillon Mills in 2015, after spending most of "
                  "his career at textile group Brackwater.")
    assert ("Peter Maddox", "joined", "Quillon Mills", "2015") in moves
    assert any(m[:3] == ("Peter Maddox", "departed", "Brackwater") for m in moves)


def test_years_with_a_firm_before_the_post_taken_end_there() -> None:
    moves = found("Quillon Mills named Peter Maddox chief executive. The last job, which Maddox "
                  "took in 2012 after 24 years with Brackwater Holdings Inc, was in Leeds.")
    assert any(m[:3] == ("Peter Maddox", "departed", "Brackwater Holdings Inc") for m in moves)


def test_years_spent_somewhere_before_moving_on_end_there() -> None:
    moves = found("Quillon Mills named Peter Maddox chairman. Before heading for Washington, "
                  "Maddox had spent 26 years at Brackwater & Co. Born in Leeds, he studied law.")
    assert any(m[:3] == ("Peter Maddox", "departed", "Brackwater & Co") for m in moves)


def test_a_bare_length_of_service_is_no_move() -> None:
    moves = found("Quillon Mills named Peter Maddox chairman on Monday. Maddox, who spent two "
                  "decades at Brackwater, said he was delighted.")
    assert not [m for m in moves if m[1] == "departed"]
    moves = found("Quillon Mills named Peter Maddox chairman on Monday. Maddox had spent "
                  "26 years at Brackwater.")
    assert not [m for m in moves if m[1] == "departed"]


def test_a_tenure_told_from_a_takeover_is_a_join() -> None:
    moves = found("Quillon Mills chief executive Peter Maddox will retire in June. Since taking "
                  "over in May 2014, Maddox has doubled the company's sales.")
    assert ("Peter Maddox", "joined", "Quillon Mills", "2014-05") in moves
    moves = found("Quillon Mills chief executive Peter Maddox will retire in June. Since Maddox "
                  "took over in 2014, Quillon Mills has doubled its sales.")
    assert ("Peter Maddox", "joined", "Quillon Mills", "2014") in moves


def test_taking_over_a_unit_stays_a_move_inside() -> None:
    moves = found("Quillon Mills said Peter Maddox would lead its bank. Since taking over the unit "
                  "in 2019, Maddox has cut costs at Quillon Mills.")
    assert ("Peter Maddox", "role_changed", "Quillon Mills", "2019") in moves


def test_a_tenure_end_far_from_its_verb_is_still_a_departure() -> None:
    moves = found("Quillon Mills named Peter Maddox chairman. Maddox served as number two at "
                  "British textile and clothing group Brackwater Holdings until 2005.")
    assert ("Peter Maddox", "departed", "Brackwater Holdings", "2005") in moves


def test_a_recounted_interim_post_starts_with_a_join() -> None:
    moves = found("Quillon Mills named Peter Maddox chairman. Maddox, who had served as interim "
                  "chief executive of Brackwater Holdings from 2008 to 2011, lives in Leeds.")
    assert ("Peter Maddox", "joined", "Brackwater Holdings", "2008") in moves
    assert ("Peter Maddox", "departed", "Brackwater Holdings", "2011") in moves


def test_running_something_before_he_joined_leaves_it() -> None:
    moves = found("Quillon Mills named Peter Maddox chairman. Maddox, who ran Brackwater's "
                  "loyalty programme before he joined Quillon Mills, starts in May.")
    assert any(m[:3] == ("Peter Maddox", "departed", "Brackwater") for m in moves)


def test_a_tenure_after_a_long_relative_clause_is_the_subjects() -> None:
    moves = found("Quillon Mills hired Peter Maddox on Monday. Maddox, who joined Brackwater "
                  "Holdings in 2011 after holding senior posts at the textile firms Corven, Ardley "
                  "and Fenwick, held several sales jobs at Quillon Mills in Europe between 1990 "
                  "and 1997.")
    assert ("Peter Maddox", "departed", "Quillon Mills", "1997") in moves
    assert ("Peter Maddox", "joined", "Brackwater Holdings", "2011") in moves


def test_a_post_taken_after_a_stay_told_in_the_same_sentence_is_a_move_inside() -> None:
    moves = found("Quillon Mills said its finance chief would leave. Peter Maddox, 47, has been "
                  "at Quillon Mills since 1991 and was named finance chief in January 2011.")
    assert ("Peter Maddox", "joined", "Quillon Mills", "1991") in moves
    assert ("Peter Maddox", "role_changed", "Quillon Mills", "2011-01") in moves


def test_a_nickname_inside_a_name_keeps_the_name_whole() -> None:
    text = ("Quillon Mills is weighing Peter J. (PJ) Maddox for the top job. Maddox joined the "
            "company in January 2005 as head of its food unit.")
    assert ("Peter J. Maddox", "joined", "Quillon Mills", "2005-01") in found(text)
    text = "Margaret (Peggy) Ashdown joined Quillon Mills as finance chief in 2019."
    assert ("Margaret Ashdown", "joined", "Quillon Mills", "2019") in found(text)


def test_a_post_held_since_a_date_is_no_departure() -> None:
    moves = found("Quillon Mills named Peter Maddox chief executive of its bank on Monday. "
                  "Maddox had been interim chief of the bank since January 16.")
    assert not [m for m in moves if m[1] == "departed"]


def test_a_former_post_told_as_an_apposition_is_no_departure() -> None:
    moves = found("Quillon Mills named Peter Maddox chief executive on Monday. Maddox, previously "
                  "head of Brackwater Holdings in France, takes up his new role in May.")
    assert not [m for m in moves if m[1] == "departed"]


def test_a_former_post_told_as_a_sentence_is_a_departure() -> None:
    moves = found("Quillon Mills named Peter Maddox chief financial officer on Monday. "
                  "Previously, Maddox was chief financial officer of Brackwater Holdings.")
    assert any(m[:3] == ("Peter Maddox", "departed", "Brackwater Holdings") for m in moves)


def test_staying_on_until_a_date_ends_a_tenure() -> None:
    moves = found("Quillon Mills named a new chief executive on Monday. Peter Maddox, who remains "
                  "chairman through the end of 2021, will advise the board.")
    assert [m[:3] for m in moves if m[0] == "Peter Maddox"] == [
        ("Peter Maddox", "departed", "Quillon Mills")]


def test_staying_until_at_least_a_date_is_no_departure() -> None:
    moves = found("Quillon Mills said Peter Maddox will remain chief executive until at least "
                  "2025.")
    assert not [m for m in moves if m[1] == "departed"]
