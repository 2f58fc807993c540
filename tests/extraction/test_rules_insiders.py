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


def test_a_newcomer_introduced_by_a_former_post_elsewhere_joins() -> None:
    text = ("Kestrel Foods named former Dunmore Group executive Alan Pryce as its new chief "
            "executive on Monday. Pryce will take the reins from interim chief executive Ruth "
            "Bell on May 1. Pryce was also named a Kestrel Foods director.")
    moves = found(text, "Kestrel Foods names new chief")
    assert ("Alan Pryce", "joined", "Kestrel Foods") in moves
    assert not [m for m in moves if m[0] == "Alan Pryce" and m[1] == "role_changed"]


def test_a_hire_described_as_the_former_head_of_another_firm_joins() -> None:
    moves = found("Kestrel Foods also hired Ian Cole, former head of Dunmore Europe, to run "
                  "its retail arm.", "Kestrel Foods hires retail chief")
    assert ("Ian Cole", "joined", "Kestrel Foods") in moves
    assert not [m for m in moves if m[1] == "role_changed"]


def test_a_title_before_the_name_under_ex_is_a_post_left() -> None:
    moves = found("Ex-Bank of Tarrow chairman Liam Groot will take up the post of chairman of "
                  "Corvel Insurance.", "Corvel names chairman")
    assert ("Liam Groot", "joined", "Corvel Insurance") in moves


def test_a_career_told_in_the_past_still_moves_inside() -> None:
    text = ("Former Kestrel Foods chairman Alan Pryce has died aged 80. Pryce joined Kestrel "
            "Foods in 1970. He became chairman of Kestrel Foods in 1985.")
    moves = found(text, "Former Kestrel chairman dies")
    assert ("Alan Pryce", "role_changed", "Kestrel Foods") in moves


def test_serving_in_the_interim_is_no_post_already_held() -> None:
    moves = found("Kestrel Foods said Ruth Bell will serve as head of sales in the interim.",
                  "Kestrel Foods picks sales head")
    assert ("Ruth Bell", "joined", "Kestrel Foods") in moves


def test_an_interim_chief_made_permanent_still_changes_role() -> None:
    moves = found("Kestrel Foods said interim chief executive Ruth Bell will become its "
                  "permanent chief executive.", "Kestrel Foods keeps Bell")
    assert ("Ruth Bell", "role_changed", "Kestrel Foods") in moves


def test_joining_a_part_of_the_firm_one_is_already_at_is_a_role_change() -> None:
    moves = found("Ruth Bell, 48, has been with Kestrel Foods since 1995 and ran its bakeries "
                  "before joining the office of the chairman in 2010.", "Kestrel Foods names CEO")
    assert ("Ruth Bell", "joined", "Kestrel Foods") in moves
    assert ("Ruth Bell", "role_changed", "Kestrel Foods") in moves


def test_joining_a_division_from_outside_is_a_join() -> None:
    moves = found("Ruth Bell joined the retail division of Kestrel Foods in 2010.",
                  "Kestrel Foods hires Bell")
    assert not [m for m in moves if m[1] == "role_changed"]


def test_a_title_after_a_passive_by_is_a_post_already_held() -> None:
    moves = found("Kestrel Foods said Alan Pryce's duties as head of exports would be taken over "
                  "by finance director Ruth Bell.", "Kestrel Foods export head leaves")
    assert ("Ruth Bell", "role_changed", "Kestrel Foods") in moves


def test_a_former_title_after_a_passive_by_is_no_post_held() -> None:
    moves = found("Kestrel Foods said Alan Pryce's duties as head of exports would be taken over "
                  "by former Dunmore finance director Ruth Bell.", "Kestrel Foods export head")
    assert not [m for m in moves if m[0] == "Ruth Bell" and m[1] == "role_changed"]
