"""Moves of several people at once, and founders: each person of the group gets the move."""

from __future__ import annotations

from execwatch.services.extraction.engine import extract_moves

PUBLISHED = "2021-03-08"


def found(text: str) -> set[tuple[str, str, str | None]]:
    """(person, type, org) of every move."""
    return {(m.person, m.type, m.org) for m in extract_moves(text, published=PUBLISHED)}


def test_founding_partners_after_with_join_the_firm_the_relative_clause_names() -> None:
    moves = found("Shares of Brackwell Labs, which David Orme co-founded with fellow Leeds "
                  "University student Susan Kell in 2004, rose on Monday.")
    assert moves == {("David Orme", "joined", "Brackwell Labs"),
                     ("Susan Kell", "joined", "Brackwell Labs")}


def test_partners_named_before_the_firm_they_formed() -> None:
    moves = found("After leaving Corven Bank, Laura Pennick in 2009 formed with David Orme and "
                  "former Corven director Susan Kell an investment group named Harle Partners.")
    assert {m for m in moves if m[1] == "joined"} == {
        (name, "joined", "Harle Partners") for name in ("Laura Pennick", "David Orme", "Susan Kell")
    }


def test_a_firm_in_a_partners_description_is_not_the_one_founded() -> None:
    moves = found("Quillon Foods, which Laura Pennick founded with former Corven Bank trader "
                  "David Orme, was sold.")
    assert moves == {("Laura Pennick", "joined", "Quillon Foods"),
                     ("David Orme", "joined", "Quillon Foods")}


def test_opening_with_a_result_is_no_founding() -> None:
    assert found("Laura Pennick said trading opened with Quillon Foods shares higher.") == set()


def test_listed_subjects_with_descriptions_between_them_all_move() -> None:
    moves = found("Quillon Foods said Laura Pennick, a former trader at Corven Bank, and David "
                  "Orme, a lawyer, would both serve as deputy chairman.")
    assert {m[:2] for m in moves} == {("Laura Pennick", "joined"), ("David Orme", "joined")}
    moves = found("Quillon Foods said David Orme, head of sales, and Susan Kell, its finance "
                  "chief, would both resign in May.")
    assert {m[:2] for m in moves} == {("David Orme", "departed"), ("Susan Kell", "departed")}


def test_a_possessive_organisation_before_the_second_name_keeps_the_list() -> None:
    moves = found("Bank chiefs such as Laura Pennick and Harle & Co's David Orme have resigned.")
    assert {m[:2] for m in moves} == {("Laura Pennick", "departed"), ("David Orme", "departed")}


def test_two_successors_named_together_both_take_over() -> None:
    moves = found("Sales head Laura Pennick and finance chief David Orme will take over from "
                  "Susan Kell as co-chief executives of Quillon Foods.")
    people = {m[0] for m in moves if m[1] in ("joined", "role_changed")}
    assert people == {"Laura Pennick", "David Orme"}
    assert ("Susan Kell", "departed", "Quillon Foods") in moves


def test_a_name_in_a_side_remark_is_no_subject() -> None:
    moves = found("Laura Pennick said on Monday, a day of surprises, and David Orme resigned.")
    assert {m[0] for m in moves} == {"David Orme"}


def test_a_possessor_in_a_listed_description_is_no_member() -> None:
    for owner in ("Pennick's", "Rhodes'"):
        moves = found(f"On the new board Laura Pennick will be joined by former Corven Bank "
                      f"director David Orme and {owner} lawyer Susan Kell. Martin Rhodes spoke.")
        assert {m[:2] for m in moves} == {("David Orme", "joined"), ("Susan Kell", "joined")}


def test_a_brand_after_maker_of_is_not_the_organisation_of_a_move() -> None:
    moves = found("Quillon Foods said on Monday it was in trouble. The maker of Brindle biscuits "
                  "and Tally crisps this week placed chief executive Laura Pennick on "
                  "administrative leave.")
    assert moves == {("Laura Pennick", "on_leave", "Quillon Foods")}


def test_a_long_title_before_the_second_listed_name() -> None:
    moves = found("Those duties have been shifted to Chief Operating Officer Laura Pennick and "
                  "Senior Vice President of Sales David Orme, Quillon Foods said.")
    assert moves == {("Laura Pennick", "role_changed", "Quillon Foods"),
                     ("David Orme", "role_changed", "Quillon Foods")}


def test_the_two_and_the_pair_are_the_last_two_people_named() -> None:
    moves = found("Laura Pennick met David Orme at Corven Bank in 1990. The two went on to "
                  "found Quillon Foods in 1998.")
    assert {m for m in moves if m[1] == "joined"} == {
        ("Laura Pennick", "joined", "Quillon Foods"), ("David Orme", "joined", "Quillon Foods")}
    moves = found("Quillon Foods praised Laura Pennick and Susan Kell. Both executives resigned "
                  "on Monday.")
    assert {m[:2] for m in moves} == {("Laura Pennick", "departed"), ("Susan Kell", "departed")}


def test_the_two_of_a_thing_or_one_person_named_is_no_group() -> None:
    assert found("Laura Pennick and David Orme spoke. The two companies resigned from the "
                 "index.") == set()
    assert {m[:2] for m in found("Laura Pennick spoke. The pair resigned on Monday.")} == set()


def test_joined_in_a_venture_or_on_a_board_by_others_is_their_join() -> None:
    moves = found("Laura Pennick launched Harle Alliance last week. She was joined in the new "
                  "venture by one of Quillon Labour's two councillors, David Orme, who is now "
                  "Harle Alliance's deputy leader.")
    assert ("David Orme", "joined", "Harle Alliance") in moves
    moves = found("Laura Pennick will be joined on the board of Quillon Foods by David Orme and "
                  "Susan Kell.")
    assert {m[:2] for m in moves} == {("David Orme", "joined"), ("Susan Kell", "joined")}


def test_joined_on_stage_by_someone_is_no_move() -> None:
    assert found("Laura Pennick was joined on stage by David Orme of Quillon Foods.") == set()


def test_hires_listed_after_a_group_all_join_and_leave_their_firms() -> None:
    moves = found("Quillon Foods has brought in outsiders over the past year for senior roles, "
                  "including Chief Financial Officer Laura Pennick from Corven Bank and Chief "
                  "Marketing Officer David Orme from Harle Partners.")
    assert moves == {("Laura Pennick", "joined", "Quillon Foods"),
                     ("Laura Pennick", "departed", "Corven Bank"),
                     ("David Orme", "joined", "Quillon Foods"),
                     ("David Orme", "departed", "Harle Partners")}


def test_a_group_hired_with_no_one_named_is_no_move() -> None:
    assert found("Quillon Foods hired new managers last year, including 40 engineers, Laura "
                 "Pennick said.") == set()


def test_listed_founders_before_the_verb_and_a_dated_founded_by() -> None:
    assert found("Laura Pennick and David Orme co-founded Quillon Foods in 1998.") == {
        ("Laura Pennick", "joined", "Quillon Foods"), ("David Orme", "joined", "Quillon Foods")}
    assert found("Quillon Foods, founded in 1998 by Laura Pennick and David Orme, was sold.") == {
        ("Laura Pennick", "joined", "Quillon Foods"), ("David Orme", "joined", "Quillon Foods")}


def test_both_inside_a_passive_and_the_pair_with_an_irregular_verb() -> None:
    moves = found("Laura Pennick and David Orme were both fired by Quillon Foods.")
    assert moves == {("Laura Pennick", "departed", "Quillon Foods"),
                     ("David Orme", "departed", "Quillon Foods")}
    moves = found("Laura Pennick met David Orme at Corven Bank. The pair left in 2010 to set up "
                  "Quillon Foods.")
    assert {m for m in moves if m[1] == "joined"} == {
        ("Laura Pennick", "joined", "Quillon Foods"), ("David Orme", "joined", "Quillon Foods")}


def test_names_after_a_preposition_are_no_listed_subjects() -> None:
    assert found("Protests were aimed at Laura Pennick and chief executive David Orme from "
                 "fans, who came together to form a group called Save Quillon.") == set()


def test_a_firm_founded_by_its_namesake() -> None:
    text = ("Shares of Martha Quell rose on Monday. Martha Quell was founded by its late "
            "namesake in 1962.")
    assert found(text) == {("Martha Quell", "joined", "Martha Quell")}


def test_others_recruited_to_help_are_the_ones_listed() -> None:
    moves = found("Laura Pennick recruited others to help her rebuild Quillon Foods, including "
                  "Chief Restructuring Officer David Orme.")
    assert ("David Orme", "joined", "Quillon Foods") in moves
    assert "Laura Pennick" not in {m[0] for m in moves}


def test_executives_without_a_role_after_a_merger_leave() -> None:
    moves = found("Other executives from Quillon Foods who will not have roles at the combined "
                  "company include finance chief Laura Pennick, legal officer David Orme, and "
                  "executive vice president of sales and marketing Susan Kell.")
    assert {m[:2] for m in moves} == {("Laura Pennick", "departed"), ("David Orme", "departed"),
                                      ("Susan Kell", "departed")}
    moves = found("Laura Pennick, chief executive of Quillon Foods, will not have a role at the "
                  "combined company.")
    assert {m[:2] for m in moves} == {("Laura Pennick", "departed")}


def test_someone_elses_missing_role_is_no_departure() -> None:
    assert found("Laura Pennick said shareholders would not have a role in the decision.") == set()


def test_the_latest_to_leave_joining_others_who_left() -> None:
    moves = found("Laura Pennick is the third senior executive to announce her departure from "
                  "a big U.S. bank this month, joining David Orme and Susan Kell of Corven Bank.")
    assert {("David Orme", "departed", "Corven Bank"),
            ("Susan Kell", "departed", "Corven Bank")} <= moves
    assert ("Laura Pennick", "departed") in {m[:2] for m in moves}


def test_joining_people_at_an_event_is_no_move_of_theirs() -> None:
    moves = found("Laura Pennick announced her departure from Quillon Foods on Monday, joining "
                  "David Orme and Susan Kell at a charity dinner.")
    assert {m[0] for m in moves} == {"Laura Pennick"}


def test_ages_and_descriptions_between_listed_names() -> None:
    moves = found("Laura Pennick, 52, and David Orme, 47, will step down from the board of "
                  "Quillon Foods.")
    assert {m[:2] for m in moves} == {("Laura Pennick", "departed"), ("David Orme", "departed")}
    moves = found("Quillon Foods appointed David Orme, its finance chief, and Susan Kell, a "
                  "lawyer, to the board.")
    assert {m[:2] for m in moves} == {("David Orme", "joined"), ("Susan Kell", "joined")}


def test_a_hired_group_named_after_a_comma_or_colon() -> None:
    for text in ("Quillon Foods said it had hired two executives, Laura Pennick and David Orme.",
                 "Quillon Foods has hired two bankers from Corven Bank: Laura Pennick and David "
                 "Orme."):
        assert {m[:2] for m in found(text)} == {("Laura Pennick", "joined"),
                                                ("David Orme", "joined")}


def test_a_speaker_after_a_list_is_no_member() -> None:
    assert found("Quillon Foods has hired two executives, Laura Pennick said.") == set()
    moves = found("Quillon Foods hired David Orme, a friend, and Susan Kell said it was wrong.")
    assert {m[0] for m in moves} == {"David Orme"}


def test_joining_people_at_an_event_is_no_move() -> None:
    assert found("Laura Pennick was joined by David Orme at a press conference in London.") == set()
    assert found("Singer Laura Pennick joins David Orme and Susan Kell at a charity golf "
                 "match.") == set()
    assert found("Laura Pennick joined Quillon Foods at an early stage of its growth.") == {
        ("Laura Pennick", "joined", "Quillon Foods")}


def test_the_pair_after_a_sentence_about_companies_is_no_one_named() -> None:
    assert found("Laura Pennick praised David Orme. Quillon Foods and Corven Bank said on "
                 "Monday that talks were over. The pair formed a venture called Harle "
                 "Labs.") == set()


def test_two_successors_after_by_and_plural_departure_nouns() -> None:
    moves = found("Laura Pennick will be succeeded by David Orme and Susan Kell as co-chief "
                  "executives of Quillon Foods.")
    assert moves == {("Laura Pennick", "departed", "Quillon Foods"),
                     ("David Orme", "joined", "Quillon Foods"),
                     ("Susan Kell", "joined", "Quillon Foods")}
    moves = found("The resignations of Laura Pennick and David Orme from Quillon Foods were "
                  "announced on Monday.")
    assert {m[:2] for m in moves} == {("Laura Pennick", "departed"), ("David Orme", "departed")}


def test_a_name_after_with_is_no_second_successor() -> None:
    moves = found("Quillon Foods is looking for a new chief executive to replace Laura Pennick, "
                  "with top investor David Orme pushing for a quick choice.")
    assert {m[0] for m in moves} == {"Laura Pennick"}
