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


def test_a_post_handed_over_goes_to_the_one_it_is_handed_to() -> None:
    moves = found("Peter Maddox ran Quillon Mills until 2009, when he handed the position over "
                  "to Harriet Vale.")
    assert ("Harriet Vale", "joined", "Quillon Mills") in moves


def test_a_ceded_role_leaves_one_and_goes_to_an_insider() -> None:
    moves = found("Peter Maddox ceded that role the following month to Sir Dan Kell, a Quillon "
                  "executive in Europe.")
    assert ("Peter Maddox", "departed", "Quillon") in moves
    assert ("Dan Kell", "role_changed", "Quillon") in moves


def test_handing_it_to_someone_is_no_handover() -> None:
    assert found("You have got to hand it to Harriet Vale of Quillon Mills.") == []


def test_a_post_kept_until_a_date_is_a_departure_announced() -> None:
    moves = found("Harriet Vale will remain a director of Quillon Mills until the annual meeting.")
    assert moves == [("Harriet Vale", "departed", "Quillon Mills")]


def test_a_post_kept_until_at_least_a_date_is_no_departure() -> None:
    moves = found("Harriet Vale will remain chairman of Quillon Mills until at least 2025.")
    assert [m for m in moves if m[1] == "departed"] == []


def test_two_posts_given_up_in_two_statements_are_two_departures() -> None:
    moves = found("Quillon Mills said Harriet Vale would step down as chief executive in May. "
                  "Vale will remain chairman until the end of the year.")
    assert [m for m in moves if m[1] == "departed"] == [
        ("Harriet Vale", "departed", "Quillon Mills"),
        ("Harriet Vale", "departed", "Quillon Mills"),
    ]


def test_someone_who_has_been_acting_chief_holds_a_new_post_inside() -> None:
    moves = found("Analysts praised the team running Quillon Mills, including Chief Financial "
                  "Officer Ann Bell, who has been acting CEO.")
    assert moves == [("Ann Bell", "role_changed", "Quillon Mills")]


def test_the_post_after_the_person_named_is_the_one_taken() -> None:
    moves = found("Quillon Mills named Chief Operating Officer Harriet Vale as its new chief "
                  "executive.")
    assert moves == [("Harriet Vale", "role_changed", "Quillon Mills")]


def test_an_acting_post_and_the_permanent_one_are_two_moves() -> None:
    moves = found("Quillon Mills named its acting CEO Harriet Vale as its permanent chief "
                  "executive today. Vale, formerly finance chief, became acting CEO in June.")
    assert [m for m in moves if m[1] == "role_changed"] == [
        ("Harriet Vale", "role_changed", "Quillon Mills"),
        ("Harriet Vale", "role_changed", "Quillon Mills"),
    ]


def test_a_successor_only_wished_for_leaves_no_one() -> None:
    moves = found("Quillon Mills chairman Peter Maddox said he hoped his daughter Harriet Vale "
                  "would replace him as chairman.")
    assert moves == []


def test_a_unit_someone_will_lead_is_a_post_taken() -> None:
    moves = found("Quillon Mills said Ann Bell, deputy chief risk officer, will lead the risk "
                  "management group.")
    assert moves == [("Ann Bell", "role_changed", "Quillon Mills")]


def test_leading_a_search_is_no_post() -> None:
    assert found("Quillon Mills chairman Ann Bell will lead the search for a new chief.") == []


def test_a_post_someone_now_holds_was_taken() -> None:
    moves = found("The party was joined by Harriet Vale, who is now Quillon's deputy leader.")
    assert ("Harriet Vale", "joined", "Quillon") in moves


def test_now_about_to_do_something_is_no_post() -> None:
    assert found("Quillon chairman Harriet Vale is now set to visit Paris.") == []


def test_a_seat_on_the_board_given_up_apart_from_the_top_job_is_a_second_departure() -> None:
    moves = found("Quillon Mills replaced chief executive Harriet Vale on Sunday. The company "
                  "said Vale was also quitting the board.")
    assert [m for m in moves if m[1] == "departed"] == [
        ("Harriet Vale", "departed", "Quillon Mills"),
        ("Harriet Vale", "departed", "Quillon Mills"),
    ]


def test_a_post_kept_until_a_date_may_be_written_in_capitals() -> None:
    moves = found("Harriet Vale, the Quillon Party's only member, will remain an MP until the "
                  "election.")
    assert [m[:2] for m in moves] == [("Harriet Vale", "departed")]
