"""Precision rules: sentences that name a person near a trigger but state no move of theirs."""

from __future__ import annotations

from execwatch.services.extraction.engine import extract_moves

PUBLISHED = "2021-03-08"


def found(text: str) -> list[tuple[str, str, str | None]]:
    """(person, type, org) of every move, in order."""
    return [(m.person, m.type, m.org) for m in extract_moves(text, published=PUBLISHED)]


def test_a_front_runner_without_a_hyphen_is_only_tipped() -> None:
    moves = found("Insiders say Harriet Vale, deputy head of Quillon Mills, is the front runner "
                  "to replace Peter Maddox as chief executive.")
    assert not any(m[0] == "Harriet Vale" for m in moves)


def test_a_demand_that_someone_must_resign_is_no_move() -> None:
    text = ("Quillon Mills chief executive Peter Maddox faced angry shareholders on Monday. "
            "\"He must resign,\" said one investor.")
    assert found(text) == []


def test_a_backer_named_after_with_is_no_co_founder() -> None:
    moves = found("Harriet Vale founded Corven Capital with financial backing from Peter Maddox.")
    assert ("Harriet Vale", "joined", "Corven Capital") in moves
    assert not any(m[0] == "Peter Maddox" for m in moves)


def test_a_partner_named_after_with_still_co_founds() -> None:
    moves = found("Harriet Vale founded Corven Capital with Peter Maddox.")
    assert ("Peter Maddox", "joined", "Corven Capital") in moves


def test_a_record_since_a_year_is_no_tenure() -> None:
    moves = found("Days later coach Peter Maddox led Corven Rovers to their first league title "
                  "since 1988.")
    assert moves == []


def test_a_post_held_since_a_year_is_still_a_tenure() -> None:
    moves = found("Peter Maddox has been chief executive of Quillon Mills since 2014.")
    assert [m[:2] for m in moves] == [("Peter Maddox", "joined")]


def test_a_move_read_at_an_analysts_firm_is_commentary() -> None:
    text = ("Quillon Mills said chief executive Peter Maddox would step down in May. "
            "Harriet Vale is the likely choice to replace Maddox, said Corven Securities "
            "analyst Dana Ruiz.")
    moves = found(text)
    assert ("Peter Maddox", "departed", "Quillon Mills") in moves
    assert not any(m[2] == "Corven Securities" for m in moves)


def test_an_analyst_at_a_firm_gives_it_no_move() -> None:
    text = ("Peter Maddox left Quillon Mills in 2019. \"He was named CEO too late,\" said Dana "
            "Ruiz, an analyst at Corven Securities.")
    assert not any(m[2] == "Corven Securities" for m in found(text))


def test_a_titled_name_after_a_preposition_is_not_the_subject() -> None:
    text = ("Dana Ruiz, who worked for years with Quillon co-founder Peter Maddox whose designs "
            "made the firm famous, will leave to form Corven Studio.")
    moves = found(text)
    assert not any(m[0] == "Peter Maddox" for m in moves)


def test_a_titled_name_after_a_preposition_keeps_its_appositive() -> None:
    text = "Critics were led by Quillon chairman Peter Maddox, currently on a sabbatical."
    assert [m[:2] for m in found(text)] == [("Peter Maddox", "on_leave")]


def test_an_open_who_is_nobody_named() -> None:
    text = "Quillon Mills chairman Peter Maddox will have a say in who is named to the board."
    assert found(text) == []


def test_a_relative_who_is_the_name_before_it() -> None:
    text = "Peter Maddox, who was named chairman of Quillon Mills in May, spoke on Monday."
    assert [m[:2] for m in found(text)] == [("Peter Maddox", "joined")]



def test_he_inside_a_quote_is_not_the_speaker_named_after_it() -> None:
    text = ("Quillon Mills designer Peter Maddox will leave the company this year. Tom Ruiz met "
            "the press on Monday. Ruiz spoke first. Ruiz then took questions. \"It was clear to "
            "me he had taken a step back,\" Ruiz said.")
    moves = found(text)
    assert ("Peter Maddox", "departed", "Quillon Mills") in moves
    assert not any(m[0] == "Tom Ruiz" for m in moves)


def test_a_name_opening_a_side_clause_is_not_the_main_subject() -> None:
    text = ("Tom Ruiz led Quillon Mills through the crisis, while Peter Maddox was still its "
            "largest investor, and stepped down in 2019.")
    moves = found(text)
    assert [m[:2] for m in moves] == [("Tom Ruiz", "departed")]


def test_a_predecessor_one_is_compared_with_makes_no_move() -> None:
    text = ("Tom Ruiz became the longest-serving chief of Quillon Mills when he overtook Peter "
            "Maddox, who served between 1961 and 1975.")
    assert not any(m[0] == "Peter Maddox" for m in found(text))


def test_his_leave_is_a_noun_not_a_departure() -> None:
    text = ("Quillon Mills fund manager Peter Maddox will take a sabbatical. During his leave, "
            "the fund's manager will be Tom Ruiz, the company said.")
    assert not any(m[:2] == ("Peter Maddox", "departed") for m in found(text))


def test_leaving_a_firm_without_someone_is_a_consequence() -> None:
    text = ("Quillon Mills fund manager Peter Maddox will take time off this autumn, leaving "
            "the fund giant without its best performer.")
    assert [m[:2] for m in found(text)] == [("Peter Maddox", "on_leave")]


def test_since_taking_over_restates_a_join_told_elsewhere() -> None:
    text = ("Quillon Mills named Peter Maddox chief executive in May 2019. In the months since "
            "Maddox took over at Quillon Mills he has sold three plants.")
    moves = found(text)
    assert ("Peter Maddox", "joined", "Quillon Mills") in moves
    assert not any(m[1] == "role_changed" for m in moves)


def test_a_role_change_with_a_post_stays_beside_the_join() -> None:
    text = ("Peter Maddox joined Quillon Mills in 2015. He was promoted to chief executive of "
            "Quillon Mills in 2019.")
    moves = found(text)
    assert ("Peter Maddox", "joined", "Quillon Mills") in moves
    assert ("Peter Maddox", "role_changed", "Quillon Mills") in moves


def test_a_post_at_another_named_firm_is_someone_else() -> None:
    text = ("Peter Maddox studies stress at work. In the past year the chief executive of "
            "oil group Corven has quit and the chairman of fashion house Quillon has taken a "
            "sabbatical.")
    assert found(text) == []


def test_the_chief_executive_still_resolves_to_the_story_s_subject() -> None:
    text = ("Quillon Mills named Peter Maddox as its chief executive in 2019. On Monday the "
            "chief executive said he would step down.")
    assert ("Peter Maddox", "departed", "Quillon Mills") in found(text)


def test_a_plural_who_clause_has_its_own_subject() -> None:
    text = ("Protests were aimed at chief executive Peter Maddox by fans, who have now come "
            "together to form a group called Quillon Forward.")
    assert found(text) == []



def test_a_word_after_a_title_and_of_is_no_person() -> None:
    text = ("Peter Maddox served in Belfast. Unionists called him the \"Minister of Mischief\". "
            "The \"Minister of Mischief\" label stuck. He joined the backbenches two months "
            "later.")
    assert [m[0] for m in found(text)] == ["Peter Maddox"]


def test_a_departure_noun_restating_a_verb_adds_no_move() -> None:
    text = ("Quillon Mills chief executive Peter Maddox resigned on Monday. Maddox said his exit "
            "was not linked to the failure of Corven Bank.")
    assert found(text) == [("Peter Maddox", "departed", "Quillon Mills")]


def test_a_departure_told_only_by_a_noun_stays() -> None:
    text = "Quillon Mills announced the resignation of chief executive Peter Maddox on Monday."
    assert [m[:2] for m in found(text)] == [("Peter Maddox", "departed")]


def test_had_been_a_post_since_a_year_is_its_start_not_a_departure() -> None:
    text = ("Quillon Mills promoted Peter Maddox to chief executive in 2012. Before that job, "
            "Maddox had been head of the company's retail arm since 2006.")
    assert not any(m[1] == "departed" for m in found(text))


def test_forced_out_of_a_deal_is_no_departure() -> None:
    text = ("Quillon Mills chief executive Peter Maddox said the buyer was still interested "
            "and was forced out of the deal by politics.")
    assert found(text) == []


def test_forced_out_of_the_company_is_a_departure() -> None:
    text = "Quillon Mills chief executive Peter Maddox was forced out of the company in May."
    assert [m[:2] for m in found(text)] == [("Peter Maddox", "departed")]


def test_the_role_of_a_guardian_is_a_figure_of_speech() -> None:
    text = "Critics said Peter Maddox had assumed the role of the guardian of Quillon's stability."
    assert found(text) == []


def test_the_role_of_chief_executive_is_a_post() -> None:
    text = "Peter Maddox assumed the role of chief executive of Quillon Mills in May."
    assert [m[:2] for m in found(text)] == [("Peter Maddox", "joined")]


def test_a_former_assistant_at_a_club_does_not_name_the_move_s_club() -> None:
    text = ("Peter Maddox resigned as Wales manager on Monday. Tom Ruiz's former assistant at "
            "Corven Rovers is favourite to take over from Maddox, who resigned on Monday.")
    moves = found(text)
    assert ("Peter Maddox", "departed", "Wales") in moves
    assert not any(m[2] == "Corven Rovers" for m in moves)


def test_a_pledge_to_stand_aside_is_no_move() -> None:
    text = ("A new book says Quillon Mills chief executive Peter Maddox backed out of a pledge "
            "to stand aside.")
    assert found(text) == []


def test_a_man_named_someone_is_called_not_appointed() -> None:
    text = "In 1888 a Welshman named Peter Maddox decided to gather a team at Corven Rovers."
    assert found(text) == []


def test_a_board_naming_someone_still_appoints() -> None:
    text = "Quillon Mills named Peter Maddox as chief executive on Monday."
    assert [m[:2] for m in found(text)] == [("Peter Maddox", "joined")]


def test_a_break_from_the_game_is_no_leave() -> None:
    text = ("Corven Rovers manager Peter Maddox spoke on Monday. Maddox left Corven Rovers in "
            "February, after earlier announcing his intention to take a break from the game at "
            "the end of the season.")
    assert [m[:2] for m in found(text)] == [("Peter Maddox", "departed")]


def test_a_break_from_the_company_is_leave() -> None:
    text = "Quillon Mills chief executive Peter Maddox will take a break from the company."
    assert [m[:2] for m in found(text)] == [("Peter Maddox", "on_leave")]


def test_leave_from_a_degree_programme_is_a_student_s_leave() -> None:
    text = ("Quillon Mills chief executive Peter Maddox is still on leave from the physics PhD "
            "program at Corven University.")
    assert found(text) == []


def test_leave_from_the_company_is_leave() -> None:
    text = "Quillon Mills chief executive Peter Maddox is on leave from the company until May."
    assert [m[:2] for m in found(text)] == [("Peter Maddox", "on_leave")]



def test_a_possessive_name_after_a_partner_is_no_co_founder() -> None:
    text = ("Peter Maddox ran the unit for years. On Monday, Harriet Vale said she launched a "
            "private equity firm with Tom Ruiz, who was Maddox's predecessor as chief operating "
            "officer.")
    people = [m[0] for m in found(text)]
    assert "Tom Ruiz" in people
    assert "Peter Maddox" not in people



def test_a_name_used_as_an_adjective_is_not_listed() -> None:
    text = ("Peter Maddox quit Quillon Mills on Monday. Newly appointed Chief Operating Officer "
            "Tom Ruiz, long a Maddox lieutenant, also left.")
    assert not any(m[:2] == ("Peter Maddox", "joined") for m in found(text))


def test_a_bet_on_a_future_post_is_speculation() -> None:
    text = ("Quillon Mills chief operating officer Peter Maddox is liked by investors. \"I would "
            "bet you $100 that he will be the CEO in five years,\" said Tom Ruiz.")
    assert found(text) == []


def test_a_colleague_from_a_firm_names_no_job_left() -> None:
    text = ("Quillon Mills chief executive Tom Ruiz named Peter Maddox, his colleague from "
            "Corven Bank, as president.")
    moves = found(text)
    assert ("Peter Maddox", "joined", "Quillon Mills") in moves
    assert not any(m[1] == "departed" for m in moves)


def test_a_former_title_in_apposition_is_no_sign_of_an_insider() -> None:
    text = ("Quillon Mills also hired Peter Maddox, former head of Corven Bank Equities, to run "
            "its trading desk.")
    assert ("Peter Maddox", "joined", "Quillon Mills") in found(text)
