"""Which organisation a move gets: the rules of the organisation-accuracy work."""

from __future__ import annotations

from execwatch.services.extraction.engine import extract_moves

PUBLISHED = "2021-03-08"


def orgs(text: str, title: str = "") -> list[tuple[str, str, str | None]]:
    """(person, type, org) of every move, in order."""
    return [(m.person, m.type, m.org)
            for m in extract_moves(text, published=PUBLISHED, title=title)]


def test_a_social_network_is_an_organisation() -> None:
    moves = orgs("Facebook named Harriet Vale as its new chief financial officer on Monday.")
    assert ("Harriet Vale", "joined", "Facebook") in moves


def test_an_organisation_in_a_purpose_clause_is_not_the_one_left() -> None:
    moves = orgs("Peter Maddox of Quillon Mills left in 2019 to avoid a conflict of interest "
                 "with Corven Bank.")
    assert ("Peter Maddox", "departed", "Quillon Mills") in moves
    assert ("Peter Maddox", "departed", "Corven Bank") not in moves


def test_initials_that_keep_the_of_stand_for_the_full_name() -> None:
    text = ("Bank of Quillon Corp reported a loss on Monday. Harriet Vale, a finance chief at "
            "BofQ, resigned after the results.")
    assert ("Harriet Vale", "departed", "Bank of Quillon Corp") in orgs(text)


def test_the_products_of_the_maker_that_appoints_are_no_employer() -> None:
    text = ("Quillon Mills reported a loss on Monday. The maker of Corvo biscuits and Tallis "
            "jam on Tuesday named Harriet Vale as its chief executive.")
    assert ("Harriet Vale", "joined", "Quillon Mills") in orgs(text)


def test_a_counselor_post_names_the_organisation_left() -> None:
    text = ("Former Corven Bank president Peter Maddox left his post as senior counselor at "
            "Quillon Mills on Monday.")
    assert ("Peter Maddox", "departed", "Quillon Mills") in orgs(text)


def test_posts_a_former_apposition_lists_are_not_the_move() -> None:
    text = ("Quillon Mills met analysts on Monday. Harriet Vale, a former Corven Bank adviser "
            "and Tallis Foods Inc vice chairman, became chief executive in July.")
    moves = orgs(text)
    assert ("Harriet Vale", "joined", "Quillon Mills") in moves
    assert not [m for m in moves if m[2] == "Tallis Foods Inc"]


def test_a_police_force_after_a_title_is_no_person() -> None:
    text = ("The region's senior police chief, Quillon Police Commissioner Harriet Vale, "
            "resigned on Sunday over claims made by the Corven Herald newspaper.")
    assert ("Harriet Vale", "departed", "Quillon Police") in orgs(text)


def test_a_company_named_like_a_person_is_told_by_which_and_its_shares() -> None:
    text = ("Martha Quill, which makes candles, said on Monday that Peter Maddox had resigned "
            "as its chief executive. Shares of Martha Quill rose 5 percent.")
    assert orgs(text) == [("Peter Maddox", "departed", "Martha Quill")]


def test_a_person_once_followed_by_which_stays_a_person() -> None:
    text = "The board thanked Martha Quill, which surprised no one. Martha Quill resigned."
    assert ("Martha Quill", "departed", None) in orgs(text)


def test_the_headline_subject_outweighs_another_company_it_names() -> None:
    title = "Quillon names Corven Bank veteran as its new chief"
    text = ("Quillon named former Corven Bank executive Harriet Vale as chief executive on "
            "Tuesday. Vale, who ran Corven Bank's Asia arm, replaces Peter Maddox, who left the "
            "company in March.")
    assert ("Peter Maddox", "departed", "Quillon") in orgs(text, title)


def test_an_appointer_after_an_opening_phrase_still_appoints() -> None:
    moves = orgs("In January, Quillon Mills recruited Corven Bank's Harriet Vale as head of "
                 "European sales.")
    assert ("Harriet Vale", "joined", "Quillon Mills") in moves


def test_a_named_subject_in_its_own_clause_appoints_not_an_earlier_company() -> None:
    text = ("Quillon Mills chief Peter Maddox spoke on Monday. To win back the lenders that "
            "Corven Bank is losing, Maddox promoted Harriet Vale as head of lending.")
    moves = orgs(text)
    assert ("Harriet Vale", "role_changed", "Quillon Mills") in moves


def test_a_join_from_a_named_unit_leaves_the_unit() -> None:
    moves = orgs("Harriet Vale joined Quillon Mills from Corven Group's Tallis Foods unit in "
                 "2019.")
    assert ("Harriet Vale", "departed", "Tallis Foods") in moves


def test_a_designated_successor_joins_the_predecessors_organisation() -> None:
    text = ("Quillon Mills chairman Peter Maddox will retire in May. Maddox's designated "
            "successor, Corven Bank governor Harriet Vale, will start her term in June.")
    moves = orgs(text)
    assert ("Harriet Vale", "joined", "Quillon Mills") in moves
    assert ("Harriet Vale", "joined", "Corven Bank") not in moves


def test_the_organisation_a_join_verb_takes_needs_no_organisation_word() -> None:
    text = ("Quillon Mills named a new chief on Monday. Harriet Vale, its former adviser, later "
            "joined the troubled Corvex shipbuilder in 2003.")
    assert ("Harriet Vale", "joined", "Corvex") in orgs(text)


def test_a_pony_named_after_the_verb_is_no_organisation_joined() -> None:
    text = ("Quillon Mills said on Monday that Harriet Vale had bought a pony, named Spark, for "
            "the Quillon Mills mascot.")
    assert ("Harriet Vale", "joined", "Spark") not in orgs(text)


def test_a_name_and_its_inverted_full_form_are_one_organisation() -> None:
    text = ("Corven Bank hired Harriet Vale as chief economist on Monday. She came from the "
            "Federal Reserve Bank of Quillon, Corven Bank said. Vale joined the Quillon Fed in "
            "1999.")
    assert ("Harriet Vale", "joined", "Federal Reserve Bank of Quillon") in orgs(text)


def test_two_titles_joined_by_and_belong_to_the_organisation_before_them() -> None:
    text = ("Quillon's former chairman and CEO, Peter Maddox, abruptly left in October after a "
            "failed attempt to buy Corven Foods.")
    assert ("Peter Maddox", "departed", "Quillon") in orgs(text)


def test_a_demonym_before_a_company_noun_is_not_the_organisation() -> None:
    moves = orgs("Harriet Vale resigned as head of German media group Tallix on Monday.")
    assert moves == [("Harriet Vale", "departed", "Tallix")]


def test_a_name_after_a_company_noun_is_an_organisation() -> None:
    moves = orgs("Harriet Vale ran German media group Tallix before joining Quillon Mills in 2019.")
    assert ("Harriet Vale", "departed", "Tallix") in moves


def test_a_launch_takes_the_named_new_organisation() -> None:
    text = ("Quillon Mills chairman Harriet Vale quit in May. Vale spoke a day after launching "
            "her new party, Tallix, the Latin for truth.")
    assert ("Harriet Vale", "joined", "Tallix") in orgs(text)


def test_a_kind_of_government_is_still_the_government() -> None:
    text = ("The Tallix Party wanted reform. Harriet Vale mulled over perhaps returning to "
            "coalition government with the Tallix Party.")
    assert ("Harriet Vale", "return_hinted", "government") in orgs(text)


def test_a_return_with_an_adverb_goes_back_to_the_organisation_named() -> None:
    text = ("Harriet Vale will leave Corven Bank in May. She said she had accepted the "
            "invitation to return full-time to the Tallix group, which owns part of Corven Bank.")
    assert ("Harriet Vale", "returned", "Tallix") in orgs(text)


def test_a_company_board_is_the_company() -> None:
    text = ("Quillon Mills Inc said on Monday that Harriet Vale had resigned. \"Shame on the QM "
            "Board!\" Vale wrote. QM said Vale had joined QM in 2001.")
    moves = orgs(text)
    assert ("Harriet Vale", "joined", "Quillon Mills Inc") in moves
    assert not [m for m in moves if m[2] == "QM Board"]


def test_an_unnamed_firm_of_ones_own_is_no_named_organisation() -> None:
    text = ("Quillon Mills said on Monday that Harriet Vale was leaving the firm and would open "
            "her own investment firm in June.")
    moves = orgs(text)
    assert ("Harriet Vale", "joined", None) in moves
    assert ("Harriet Vale", "joined", "Quillon Mills") not in moves


def test_a_nations_new_leader_names_no_organisation() -> None:
    text = ("Quillon Mills will host the forum. The organisers hope that the new Ruritanian "
            "leader, Harriet Vale, will attend.")
    assert ("Harriet Vale", "joined", None) in orgs(text)


def test_the_new_year_is_no_organisation() -> None:
    moves = orgs("Quillon Mills said Harriet Vale was named chief executive in the New Year.")
    assert moves == [("Harriet Vale", "joined", "Quillon Mills")]


def test_a_closing_who_clause_about_a_new_job_is_not_the_move() -> None:
    text = ("Separately, the Quillon Mills board approved Harriet Vale as new sales chief, "
            "replacing Peter Maddox, who accepted a new position in Corven Bank's marketing arm.")
    moves = orgs(text)
    assert ("Peter Maddox", "departed", "Quillon Mills") in moves
    assert ("Harriet Vale", "joined", "Quillon Mills") in moves


def test_an_organisation_after_the_main_clause_resumes_is_not_the_move() -> None:
    text = ("Quillon Mills met on Monday. Harriet Vale, who had been treasurer, is joining "
            "Quillon Mills' leadership, the memo said. Peter Maddox, who left in May, has "
            "urged Corven Bank to act.")
    assert ("Peter Maddox", "departed", "Corven Bank") not in orgs(text)


def test_an_organisation_after_their_is_the_one_left() -> None:
    text = ("Ruritania's President Harriet Vale and Premier Peter Maddox are due to retire their "
            "Tallix Party posts next year.")
    moves = orgs(text)
    assert ("Harriet Vale", "departed", "Tallix Party") in moves
