"""Behaviour of the extraction engine on short invented articles."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from execwatch.services.extraction.engine import (
    ENGINE_VERSION,
    MOVE_TYPES,
    Move,
    extract_moves,
)
from execwatch.services.extraction.engine.roles import find_roles


def moves_of(text: str, published: str | None = None) -> set[tuple[str, str]]:
    """(person, type) pairs the engine finds."""
    return {(m.person, m.type) for m in extract_moves(text, published=published)}


def only(text: str, move_type: str, published: str | None = None) -> Move:
    """The single move of `move_type` the engine finds in `text`."""
    found = [m for m in extract_moves(text, published=published) if m.type == move_type]
    assert len(found) == 1, found
    return found[0]


def test_public_interface() -> None:
    assert ENGINE_VERSION
    assert set(MOVE_TYPES) == {"joined", "role_changed", "departed", "on_leave", "returned",
                               "return_hinted", "return_ruled_out"}
    move = only("Maria Olsen has been appointed chief executive of Brightwater Energy.", "joined")
    assert move == Move(person="Maria Olsen", org="Brightwater Energy", type="joined",
                        role="chief executive", when=None, evidence=move.evidence,
                        confidence=move.confidence)
    assert "appointed" in move.evidence
    assert 0.0 < move.confidence <= 1.0


def test_role_changed_promotion() -> None:
    move = only("Thomas Reyes, the chief operating officer of Fenwick Labs, was promoted to "
                "president.", "role_changed")
    assert (move.person, move.org, move.role) == ("Thomas Reyes", "Fenwick Labs", "president")


def test_departed_with_weekday_resolved() -> None:
    move = only("Helen Marsh resigned as chairman of Corvid Holdings on Monday.", "departed",
                published="2021-06-09")
    assert (move.org, move.role, move.when) == ("Corvid Holdings", "chairman", "2021-06-07")


def test_on_leave() -> None:
    move = only("Peter Lang, chief executive of Norvale, will take a medical leave of absence.",
                "on_leave")
    assert (move.person, move.org) == ("Peter Lang", "Norvale")


def test_suspension_is_leave_but_a_match_ban_is_not() -> None:
    assert moves_of("Peter Lang was suspended by Norvale pending an inquiry.") == {
        ("Peter Lang", "on_leave")}
    assert moves_of("Striker Peter Lang was suspended for the next match by Norvale.") == set()


def test_returned() -> None:
    move = only("Norvale said on Tuesday that Peter Lang had returned as chief executive.",
                "returned")
    assert (move.person, move.org, move.role) == ("Peter Lang", "Norvale", "chief executive")


def test_return_hinted_by_modal() -> None:
    move = only("Peter Lang said he may return to Norvale next year.", "return_hinted")
    assert (move.person, move.org) == ("Peter Lang", "Norvale")


def test_return_ruled_out_also_states_the_departure() -> None:
    found = moves_of("Peter Lang said he had no intention of returning to Norvale.")
    assert found == {("Peter Lang", "return_ruled_out"), ("Peter Lang", "departed")}


def test_negated_return_inside_a_condition_is_not_ruled_out() -> None:
    text = "An analyst said investors could leave the fund if Peter Lang does not return."
    assert ("Peter Lang", "return_ruled_out") not in moves_of(text)
    assert ("Peter Lang", "return_ruled_out") in moves_of("Peter Lang says he will not return.")


def test_first_person_quote_belongs_to_its_speaker() -> None:
    text = '"I made my choice when I left Norvale and I won\'t go back," Peter Lang said.'
    assert ("Peter Lang", "return_ruled_out") in moves_of(text)


def test_vague_future_is_not_an_announcement() -> None:
    text = "Helen Marsh said she would retire from Corvid Holdings at some point."
    assert moves_of(text) == set()


def test_move_from_a_to_b_is_two_moves() -> None:
    moves = extract_moves("Rachel Kim left Ardent Bank to join Halden Capital as chief "
                          "financial officer.")
    assert {(m.type, m.org) for m in moves} == {("departed", "Ardent Bank"),
                                                ("joined", "Halden Capital")}


def test_successor_implies_departure() -> None:
    found = moves_of("Oliver Grant will succeed Susan Webb as chief executive of Marlow Foods.")
    assert found == {("Oliver Grant", "joined"), ("Susan Webb", "departed")}


def test_replacing_names_the_predecessor() -> None:
    found = moves_of("Marlow Foods named Susan Webb as its new chief executive, replacing "
                     "Oliver Grant.")
    assert found == {("Susan Webb", "joined"), ("Oliver Grant", "departed")}


@pytest.mark.parametrize(
    "text",
    [
        "Susan Webb takes over on Monday, replacing another longtime Marlow Foods executive, "
        "Oliver Grant.",
        "Marlow Foods hired Susan Webb as its finance chief, replacing prior finance chief "
        "Oliver Grant.",
        "Susan Webb became chief executive of Marlow Foods in July, replacing the ousted "
        "Oliver Grant.",
    ],
)
def test_predecessor_described_before_the_name_departs(text: str) -> None:
    assert ("Oliver Grant", "departed") in moves_of(text)


def test_the_company_a_person_founded_is_a_recounted_join() -> None:
    move = only("Nadia Petrov returned to Halden Capital, the company she founded in 1998.",
                "joined")
    assert (move.person, move.org, move.when) == ("Nadia Petrov", "Halden Capital", "1998")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Marlow Foods named David Steel chief executive. Steel said he was delighted.",
         "David Steel"),
        ("Marlow Foods named Berti Kraus as its new chief executive.", "Berti Kraus"),
    ],
)
def test_names_that_are_also_words_or_rare(text: str, person: str) -> None:
    assert (person, "joined") in moves_of(text)


def test_leaving_to_run_another_company_joins_it_from_outside() -> None:
    found = {(m.type, m.org) for m in extract_moves(
        "Marlow Foods said Susan Webb left Halden Capital in 2009 to become an executive at "
        "Ardent Bank.")}
    assert ("departed", "Halden Capital") in found and ("joined", "Ardent Bank") in found


def test_initials_before_a_surname_after_a_title() -> None:
    assert ("A.J. Mercer", "returned") in moves_of(
        "The board approved the return of former CEO A.J. Mercer to Halden Capital.")


@pytest.mark.parametrize("text", ["Susan Webb took office in May as prime minister.",
                                  "Susan Webb was sworn in as governor of Ardent Bank."])
def test_taking_office_is_joining(text: str) -> None:
    assert ("Susan Webb", "joined") in moves_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Halden Capital brought Nadia Petrov back onto its board in March.",
        "Nadia Petrov found her way back on the board of Halden Capital in March.",
        "Oliver Grant was ousted from Halden Capital and replaced by his predecessor, Nadia "
        "Petrov.",
        "Halden Capital's board asked Nadia Petrov days, not weeks, ago to come back, and she "
        "agreed.",
    ],
)
def test_ways_of_saying_a_person_came_back(text: str) -> None:
    assert ("Nadia Petrov", "returned") in moves_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Halden Capital, a firm founded by Nadia Petrov and two of her students, Helen Marsh "
        "and Tom Rudd, was sold.",
        "Nadia Petrov helped establish Halden Capital in 2015 alongside Helen Marsh, chief "
        "scientist Tom Rudd and others.",
        "Nadia Petrov helped establish Halden Capital in 2015 alongside Helen Marsh, Chief "
        "Scientist Tom Rudd, and others.",
    ],
)
def test_every_listed_founder_joins(text: str) -> None:
    found = extract_moves(text)
    assert {(m.person, m.type, m.org) for m in found} == {
        (name, "joined", "Halden Capital") for name in ("Nadia Petrov", "Helen Marsh", "Tom Rudd")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Helen Marsh will take over as chief executive from Tom Rudd in January.",
        "Helen Marsh said she took over at the Home Office from Tom Rudd in 2001.",
    ],
)
def test_taking_over_from_a_predecessor(text: str) -> None:
    assert ("Tom Rudd", "departed") in moves_of(text)


def test_a_recounted_tenure_belongs_to_the_firm_named_before_its_years() -> None:
    found = {(m.type, m.org, m.when) for m in extract_moves(
        "Marlow Foods said Tom Rudd, who previously worked for Ardent Bank from 2005 to 2010, "
        "will be its vice chairman.")}
    assert ("departed", "Ardent Bank", "2010") in found


def test_a_participle_after_a_name_is_about_that_name() -> None:
    move = only("Analysts compared the plan with one by Tom Rudd, recently sacked as chief "
                "executive of Marlow Foods.", "departed")
    assert (move.person, move.org) == ("Tom Rudd", "Marlow Foods")


def test_a_takeover_of_a_club_is_joining_it() -> None:
    assert ("Ken Abbott", "joined") in moves_of(
        "Ken Abbott has completed his takeover of Leeds Rovers, the club said.")


def test_a_bare_title_belongs_to_the_article_company_not_to_a_new_employer() -> None:
    outside = extract_moves("Marlow Foods said vice chairman Tom Rudd, who became chief "
                            "executive at Ardent Bank in 2012, had left.")
    inside = extract_moves("Marlow Foods said vice chairman Tom Rudd will become its chief "
                           "executive.")
    assert ("joined", "Ardent Bank") in {(m.type, m.org) for m in outside}
    assert ("role_changed", "Marlow Foods") in {(m.type, m.org) for m in inside}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Helen Marsh entered Parliament as MP for Ardenvale in 2005.", "Parliament"),
        ("Helen Marsh went on to coach Corvid Rovers.", "Corvid Rovers"),
        ("Helen Marsh is a co-founder of Halden Capital.", "Halden Capital"),
        ("Helen Marsh will be unveiled as the new Corvid Rovers manager on Tuesday.",
         "Corvid Rovers"),
        ("Helen Marsh was first elected to the board of Halden Capital in 1998.",
         "Halden Capital"),
    ],
)
def test_more_ways_of_joining(text: str, org: str) -> None:
    move = only(text, "joined", published="2005-01-10")
    assert (move.person, move.org) == ("Helen Marsh", org)


def test_a_founder_descriptor_has_no_date_of_its_own() -> None:
    assert only("Helen Marsh is a co-founder of Halden Capital.", "joined",
                published="2005-01-10").when is None


def test_being_back_at_the_company_is_a_return() -> None:
    assert ("Nadia Petrov", "returned") in moves_of(
        "Nadia Petrov, who stepped down in 2019, is back at Halden Capital as chairman.")


def test_an_approach_about_a_return_is_a_hint() -> None:
    assert ("Nadia Petrov", "return_hinted") in moves_of(
        "Halden Capital has approached former chief executive Nadia Petrov about a return.")


def test_a_capitalised_title_is_not_an_organisation() -> None:
    move = only("New Home Secretary Charles Clarke vowed to act.", "joined")
    assert move.org == "Home Office"


@pytest.mark.parametrize(
    "text",
    [
        "Tom Rudd removed risk head Helen Marsh from Corvid Holdings.",
        "Helen Marsh rose through the ranks at Corvid Holdings before jumping ship in 2008.",
        "Helen Marsh ended her career at Corvid Holdings in 1985.",
        "Helen Marsh will cease to be an officer of Corvid Holdings.",
        "Helen Marsh's reign as chairman of Corvid Holdings came to an end this month.",
        "Helen Marsh fell from office as head of Corvid Holdings last November.",
    ],
)
def test_more_ways_of_leaving(text: str) -> None:
    assert ("Helen Marsh", "departed") in moves_of(text)


def test_serving_as_acting_chief_is_a_role_change() -> None:
    move = only("Helen Marsh, the company's finance chief, is serving as acting CEO of Corvid "
                "Holdings while Tom Rudd is away.", "role_changed")
    assert (move.person, move.org) == ("Helen Marsh", "Corvid Holdings")


def test_given_names_from_many_languages() -> None:
    found = moves_of("Wojciech Zielinski resigned as chairman of Corvid Holdings. Ratan Mehra "
                     "resigned as chief executive of Halden Capital.")
    assert found == {("Wojciech Zielinski", "departed"), ("Ratan Mehra", "departed")}


@pytest.mark.parametrize(
    ("text", "move"),
    [
        ("Corvid Holdings has tapped Helen Marsh to lead its cloud unit.",
         ("Helen Marsh", "joined")),
        ("Corvid Holdings parted ways with chief executive Helen Marsh.",
         ("Helen Marsh", "departed")),
        ("Helen Marsh parted company with Corvid Holdings last week.",
         ("Helen Marsh", "departed")),
        ("Tom Rudd said Corvid Holdings is parting company with its chief executive Helen "
         "Marsh.", ("Helen Marsh", "departed")),
        ("Helen Marsh takes helm at Corvid Holdings.", ("Helen Marsh", "joined")),
    ],
)
def test_headline_and_newsroom_phrasings(text: str, move: tuple[str, str]) -> None:
    found = moves_of(text)
    assert move in found or (move[1] == "joined" and (move[0], "role_changed") in found)


def test_tenure_between_two_years_and_until_a_year() -> None:
    between = {(m.type, m.when) for m in extract_moves(
        "Helen Marsh held several jobs at Halden Capital between 1990 and 1997.")}
    until = {(m.type, m.when) for m in extract_moves(
        "Helen Marsh served as chairman of Corvid Holdings from 2001 until 2008.")}
    assert between == {("joined", "1990"), ("departed", "1997")}
    assert until == {("joined", "2001"), ("departed", "2008")}


def test_the_job_held_before_joining_was_left() -> None:
    found = {(m.type, m.org) for m in extract_moves(
        "Before joining Corvid Holdings, Helen Marsh spent 12 years at Halden Capital.")}
    assert found == {("joined", "Corvid Holdings"), ("departed", "Halden Capital")}


def test_a_company_veteran_is_already_inside() -> None:
    assert ("Helen Marsh", "role_changed") in moves_of(
        "Helen Marsh, a 29-year company veteran, was named chief executive of Corvid Holdings.")


def test_a_previous_tenure_with_its_years_is_a_join_and_a_departure() -> None:
    found = {(m.type, m.when) for m in extract_moves(
        '"We will fight," said Tom Rudd, previously chief executive from 1987 to 2000.')}
    assert found == {("joined", "1987"), ("departed", "2000")}


def test_a_title_names_its_own_firm_not_the_next_one() -> None:
    found = {(m.type, m.org) for m in extract_moves(
        "Tom Rudd, who was previously chief financial officer of Halden Capital, joined Corvid "
        "Holdings in 2004.")}  # (", previously CFO of Halden," alone is a descriptor: no move)
    assert found == {("departed", "Halden Capital"), ("joined", "Corvid Holdings")}


def test_a_contrasted_name_is_not_the_one_who_moves() -> None:
    assert moves_of("Officials said it was in fact Tom Rudd, not Mr Jones, who was leaving "
                    "Corvid Holdings.") == {("Tom Rudd", "departed")}
    assert moves_of("Officials claim it was Tom Rudd, not Mr Jones, who told newspapers he "
                    "was leaving Corvid Holdings.") == {("Tom Rudd", "departed")}


def test_a_former_player_can_still_move_into_management() -> None:
    assert ("Tom Rudd", "joined") in moves_of(
        "Tom Rudd, the then 35-year-old defender, was appointed manager of Norwich Rovers.")


@pytest.mark.parametrize(
    "text",
    [
        "Tom Rudd was recently appointed to his second stint in the top job at Corvid Holdings.",
        "Corvid Holdings replaced Helen Marsh with Tom Rudd, who has had two separate stints "
        "with the company as CEO.",
        "Tom Rudd began his second spell in charge of Corvid Rovers in May.",
    ],
)
def test_a_second_stint_is_a_return(text: str) -> None:
    assert ("Tom Rudd", "returned") in moves_of(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('Helen Marsh, who left Corvid Holdings in 2019, said a return was "not on the cards".',
         "return_ruled_out"),
        ("Helen Marsh, who left Corvid Holdings in 2019, said a return to the company was out "
         "of the question.", "return_ruled_out"),
        ("Helen Marsh quit Corvid Holdings last year. She is now weighing a return, people "
         "familiar with the matter said.", "return_hinted"),
    ],
)
def test_how_a_return_is_ruled_out_or_weighed(text: str, kind: str) -> None:
    assert ("Helen Marsh", kind) in moves_of(text)


def test_a_question_about_a_return_is_no_hint() -> None:
    assert ("Helen Marsh", "return_hinted") not in moves_of(
        'Helen Marsh left Corvid Holdings in 2019. Asked whether she would return, Marsh said '
        '"That chapter is closed."')


def test_ruling_out_a_return_does_not_date_the_departure_again() -> None:
    departures = [m for m in extract_moves(
        'Helen Marsh left Corvid Holdings in 2019. "I will not be going back," Marsh told '
        'reporters.', published="2020-03-01") if m.type == "departed"]
    assert [m.when for m in departures] == ["2019"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Halden Capital named Tom Rudd, chief executive of major Spanish lender Ardent Bank, "
         "as chairman.", "chief executive"),
        ("Tom Rudd, head of elite development between 2011 and 2012, resigned from Corvid "
         "Holdings.", "head of elite development"),
    ],
)
def test_a_role_stops_before_the_organisation_or_the_dates(text: str, role: str) -> None:
    assert role in [r for _, _, r in find_roles(text)]


def test_a_name_followed_by_of_and_an_organisation_is_still_a_name() -> None:
    found = {(m.person, m.org) for m in extract_moves(
        "Helen Marsh and Tom Rudd of Ardent Bank resigned on Monday.") if m.type == "departed"}
    assert ("Tom Rudd", "Ardent Bank") in found


def test_each_move_of_a_career_sentence_keeps_its_own_year() -> None:
    found = {(m.type, m.org, m.when) for m in extract_moves(
        "Helen Marsh joined Halden Capital in 1990, moved to Ardent Bank in 1995 and left "
        "the bank in 2001.")}
    assert ("joined", "Halden Capital", "1990") in found
    assert ("joined", "Ardent Bank", "1995") in found


def test_an_organisation_named_inside_the_trigger() -> None:
    found = {(m.type, m.org) for m in extract_moves(
        "Helen Marsh managed Swindon Rovers before moving on to Chelsea Athletic and later "
        "taking up the England job.")}
    assert {("joined", "Chelsea Athletic"), ("joined", "England")} <= found


@pytest.mark.parametrize(
    "text",
    ["Tory leader Helen Marsh was swept into power in 1979.",
     "Helen Marsh entered Downing Street in 1976."],
)
def test_coming_to_power_joins_the_government(text: str) -> None:
    move = only(text, "joined")
    assert (move.person, move.org) == ("Helen Marsh", "government")


def test_a_former_title_alone_states_no_departure() -> None:
    found = {(m.type, m.org) for m in extract_moves(
        "Corvid Holdings named former Ardent Bank chief executive Helen Marsh as chairman.")}
    assert ("departed", "Ardent Bank") not in found
    assert ("joined", "Corvid Holdings") in found


def test_one_departure_from_one_firm_however_it_is_dated() -> None:
    found = [m for m in extract_moves(
        "Helen Marsh resigned from Corvid Holdings on Monday. Marsh, who left Corvid "
        "Holdings in 2019 according to one filing, declined to comment.",
        published="2021-03-03") if m.type == "departed"]
    assert len(found) == 1 and found[0].when == "2021-03-01"


def test_the_firm_left_may_come_with_a_description() -> None:
    found = {(m.type, m.org) for m in extract_moves(
        "Tom Rudd joined Corvid Holdings as CFO in October from Dutch telecoms leader Ardent.")}
    assert ("departed", "Ardent") in found


def test_a_company_losing_its_chief_to_a_rival() -> None:
    move = only("Corvid Holdings has lost its chief executive, Helen Marsh, to rival Halden "
                "Capital.", "departed")
    assert (move.person, move.org) == ("Helen Marsh", "Corvid Holdings")


def test_naming_a_new_chief_after_a_colon_is_a_join() -> None:
    assert moves_of("Corvid Holdings has named a new CEO: Helen Marsh.") == {
        ("Helen Marsh", "joined")}
    assert moves_of("Corvid Holdings will hire a new CFO, after Tom Rudd stepped aside.") == {
        ("Tom Rudd", "departed")}


def test_an_expected_move_in_a_month_is_dated_ahead() -> None:
    move = only("Helen Marsh is expected to join Corvid Holdings as chairman in March.",
                "joined", published="2021-11-20")
    assert move.when == "2022-03"


def test_country_prefix_stays_in_an_organisation_name() -> None:
    move = only("Helen Marsh quit the UK Independence Party on Monday.", "departed")
    assert move.org == "UK Independence Party"


def test_giving_up_one_role_and_keeping_another() -> None:
    found = moves_of("Thomas Reyes stepped down as chief executive of Fenwick Labs but will "
                     "stay on as non-executive chairman.")
    assert found == {("Thomas Reyes", "departed"), ("Thomas Reyes", "role_changed")}


@pytest.mark.parametrize(
    "text",
    [
        "Helen Marsh denied that she would resign from Corvid Holdings.",
        "Corvid Holdings said Helen Marsh did not resign.",
        "If Helen Marsh resigns, the shares of Corvid Holdings will fall.",
        "Investors have called for Helen Marsh to resign from Corvid Holdings.",
        "Tom Rudd would've replaced Helen Marsh at Corvid Holdings had there been a vote.",
        "Tom Rudd is a candidate for the top job at Corvid Holdings when chief executive Helen "
        "Marsh eventually steps down.",
        "The Corvid Holdings prosecutor named Helen Marsh as a suspect in the fraud inquiry.",
        "Tom Rudd makes no secret of his ambitions to replace Helen Marsh at Corvid Holdings.",
        "Investors drew up a list of executives to replace Helen Marsh at Corvid Holdings.",
        "Helen Marsh recently stood down as a parliamentary candidate for family reasons.",
    ],
)
def test_denials_negations_and_hypotheticals_are_left_out(text: str) -> None:
    assert extract_moves(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Shares in Corvid Holdings returned to growth after Helen Marsh spoke.",
        "Corvid Holdings joined forces with Halden Capital, Helen Marsh said.",
        "Helen Marsh was named in the lawsuit against Corvid Holdings.",
        "Helen Marsh said Corvid Holdings expects to return to profit next year.",
        "Helen Marsh said the fund returned 8 percent last year.",
        "Helen Marsh will be joined at the hearing by Corvid Holdings' lawyer Tom Rudd.",
        "Helen Marsh joined calls for an inquiry into Corvid Holdings.",
        "Helen Marsh of Corvid Holdings praised the joined-up thinking of the plan.",
        "Helen Marsh, who became chairman of Corvid Holdings for a fifth term in June, spoke.",
        "Tom Rudd was seen joining his old rival Helen Marsh at a Corvid Holdings launch.",
        "Helen Marsh takes charge of her first match as coach of Corvid Rovers on Saturday.",
        "Helen Marsh said Corvid Rovers look forward to returning to the venue of their win.",
        "Helen Marsh had been close to a takeover of Corvid Rovers but withdrew her offer.",
        "Helen Marsh's deputy was appointed chief executive of Corvid Holdings.",
        "Helen Marsh took on the far-left wing of the Corvid Workers Union.",
        "Shares of Corvid Holdings were back at their 2019 level, Helen Marsh said.",
        "Everton striker Tom Rudd joined Norwich Rovers on Monday.",
        "Tom Rudd, a 24-year-old midfielder, joined Norwich Rovers on Monday.",
        "Corvid Holdings lost the chairman vote, Helen Marsh said.",
    ],
)
def test_hard_negatives_are_left_alone(text: str) -> None:
    assert extract_moves(text) == []


def test_relative_month_resolved_against_published_date() -> None:
    move = only("In March, Peter Lang announced he would take a sabbatical from Norvale.",
                "on_leave", published="2022-10-31")
    assert move.when == "2022-03"


def test_years_ago_resolved_against_published_date() -> None:
    move = only("Maria Olsen joined Brightwater Energy five years ago.", "joined",
                published="2022-10-31")
    assert move.when == "2017"


def test_last_month_resolved_against_published_date() -> None:
    move = only("Maria Olsen ran the unit for years. She resigned from Brightwater Energy "
                "last month.", "departed", published="2022-01-15")
    assert (move.person, move.when) == ("Maria Olsen", "2021-12")


def test_description_coreference() -> None:
    move = only("Maria Olsen is a veteran engineer. The engineer joined Brightwater Energy "
                "in 2015.", "joined")
    assert (move.person, move.when) == ("Maria Olsen", "2015")


def test_surname_mention_gets_the_full_name() -> None:
    move = only("Maria Olsen spoke to reporters on Monday. Olsen later left Brightwater "
                "Energy.", "departed")
    assert move.person == "Maria Olsen"


def test_pronoun_agrees_with_gender() -> None:
    text = ("Maria Olsen met Peter Lang at Norvale. She resigned from Norvale on Friday, "
            "the company said.")
    assert moves_of(text) == {("Maria Olsen", "departed")}


def test_one_move_stated_twice_is_one_move() -> None:
    text = ("Oliver Grant resigned as chief executive of Marlow Foods. Mr Grant resigned "
            "after a row with the board.")
    assert [m.type for m in extract_moves(text)] == ["departed"]


def test_several_people_in_one_article() -> None:
    text = ("Halden Capital named Rachel Kim chief financial officer. Kim replaces "
            "Daniel Frost, who retired in June.")
    found = moves_of(text, published="2020-08-01")
    assert ("Rachel Kim", "joined") in found
    assert ("Daniel Frost", "departed") in found


def test_html_is_cleaned() -> None:
    text = "<html><body><p>Helen Marsh has resigned as chairman of Corvid&nbsp;Holdings.</p>"
    move = only(text, "departed")
    assert move.org == "Corvid Holdings"
    assert "<" not in move.evidence


def test_deterministic_output_and_order() -> None:
    text = ("Oliver Grant will succeed Susan Webb as chief executive of Marlow Foods. "
            "Peter Lang said he may return to Norvale.")
    first = extract_moves(text, published="2020-01-01")
    assert [extract_moves(text, published="2020-01-01") for _ in range(3)] == [first] * 3
    assert [m.person for m in first] == ["Oliver Grant", "Susan Webb", "Peter Lang"]


@pytest.mark.parametrize(
    "text",
    ["", "   \n\t ", "\x00\x01\ufffd", "🙂" * 1000, "<<<>>>&&&;", "Mr. . . Dr. , ,",
     "A" * 200_000, "Jane Doe resigned. " * 20_000, "\ud800 lone surrogate \udfff"],
)
def test_never_raises(text: str) -> None:
    assert isinstance(extract_moves(text, published="not a date", title="\x00"), list)


def test_bad_published_date_is_ignored() -> None:
    move = only("In March, Peter Lang announced he would take a sabbatical from Norvale.",
                "on_leave", published="31/10/2022")
    assert move.when is None


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=400), published=st.one_of(st.none(), st.text(max_size=12)))
def test_never_raises_on_random_text(text: str, published: str | None) -> None:
    moves = extract_moves(text, published=published)
    assert all(m.type in MOVE_TYPES and 0.0 <= m.confidence <= 1.0 for m in moves)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(
    ["Jane Doe", "Mr Doe", "she", "resigned", "joined", "Acme Corp", "as chief executive",
     "may return to", "in March", "last year", ",", ".", "denied", "the company", "not"]),
    max_size=30))
def test_never_raises_on_move_like_word_salad(words: list[str]) -> None:
    text = " ".join(words)
    assert extract_moves(text, published="2020-02-29") == extract_moves(text,
                                                                        published="2020-02-29")
