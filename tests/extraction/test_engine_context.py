"""The engine reads a move's context: side clauses, subheadings, other people's employers."""

from __future__ import annotations

from execwatch.services.extraction.engine import extract_moves

PUBLISHED = "2021-03-08"


def found(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(person, type, org, when) of every move, in order."""
    return [(m.person, m.type, m.org, m.when) for m in extract_moves(text, published=PUBLISHED)]


def test_a_date_inside_a_relative_clause_dates_only_that_clause() -> None:
    moves = found("Claire Brennick, 68, who ran Quillon Mills from 1994 to 1999, will return as "
                  "chief executive, the company said.")
    assert ("Claire Brennick", "returned", "Quillon Mills", PUBLISHED) in moves
    assert ("Claire Brennick", "departed", "Quillon Mills", "1999") in moves


def test_the_start_of_a_recounted_post_is_not_when_it_ended() -> None:
    moves = found("Quillon Mills chief executive Peter Maddox said on Monday he was leaving. "
                  "Maddox had been president and chief executive since May 2015.")
    departures = [m for m in moves if m[1] == "departed"]
    assert departures == [("Peter Maddox", "departed", "Quillon Mills", PUBLISHED)]
    assert ("Peter Maddox", "role_changed", "Quillon Mills", "2015-05") in moves


def test_a_subheading_run_into_the_text_is_not_part_of_a_name() -> None:
    text = ("Quillon Mills lost its chief last week. FORMER BOSS BECOMES INTERIM CHIEF "
            "Orvin Tallis, 71, will return as chief executive, the company said.")
    assert ("Orvin Tallis", "returned", "Quillon Mills", PUBLISHED) in found(text)


def test_short_capitals_that_start_a_sentence_stay_in_it() -> None:
    text = "Quillon Mills met analysts. US SEC Chairman Ada Rooke resigned on Friday."
    assert [m[:2] for m in found(text)] == [("Ada Rooke", "departed")]


def test_an_unnamed_successor_is_nobody_in_the_sentence() -> None:
    moves = found("Claire Brennick will stay on the board of Quillon Mills until a successor to "
                  "Peter Maddox is chosen, the company said.")
    assert [m[:2] for m in moves] == [("Peter Maddox", "departed")]


def test_a_named_successor_still_joins() -> None:
    moves = found("Harriet Vale was named as a successor to Peter Maddox at Quillon Mills.")
    assert [m[:2] for m in moves] == [("Harriet Vale", "joined"), ("Peter Maddox", "departed")]


def test_another_persons_employer_is_not_the_organisation_left() -> None:
    text = ("Quillon Mills said chief executive Peter Maddox would leave. \"A surprise,\" said "
            "Dana Ruiz, an analyst at Corven Bank. Corven Bank's Ruiz called Maddox's "
            "departure positive.")
    assert [m[:3] for m in found(text)] == [("Peter Maddox", "departed", "Quillon Mills")]


def test_the_possessed_person_keeps_the_organisation() -> None:
    assert found("Quillon Mills's Harriet Vale resigned on Monday.") == [
        ("Harriet Vale", "departed", "Quillon Mills", PUBLISHED)]


def test_promoting_a_product_is_no_promotion() -> None:
    text = ("Analyst Dana Ruiz said Peter Maddox adopted a strategy of promoting volume "
            "rather than margins at Quillon Mills.")
    assert found(text) == []
    assert [m[:2] for m in found("Harriet Vale, promoted chief executive in May, spoke.")] == [
        ("Harriet Vale", "role_changed")]


def test_from_in_another_clause_names_no_job_left() -> None:
    text = ("Peter Maddox joined Quillon Mills in 2016. He joined as Quillon Mills was moving "
            "from using his Corven Bank software to its own.")
    assert [m[:3] for m in found(text)] == [("Peter Maddox", "joined", "Quillon Mills")]


def test_an_imagined_return_is_only_a_hint() -> None:
    moves = found("Peter Maddox left Quillon Mills in 2017. The return of Maddox to Quillon Mills "
                  "would be the best thing for the company, an analyst said.")
    assert [m[:3] for m in moves if m[1] != "departed"] == [
        ("Peter Maddox", "return_hinted", "Quillon Mills")]


def test_a_return_with_an_aside_between_dashes() -> None:
    moves = found("Peter Maddox left Quillon Mills in 2017. Maddox took the blame when he "
                  "returned \u2014 against his instincts \u2014 as chairman of Quillon Mills.")
    assert ("Peter Maddox", "returned", "Quillon Mills") in [m[:3] for m in moves]


def test_an_article_tells_of_one_comeback_however_it_dates_it() -> None:
    text = ("Peter Maddox will return to Quillon Mills as chairman, the company said on Monday. "
            "Analysts called Maddox's return a surprise, since he was forced out of Quillon "
            "Mills less than a year ago.")
    returns = [m for m in found(text) if m[1] == "returned"]
    assert returns == [("Peter Maddox", "returned", "Quillon Mills", PUBLISHED)]


def test_the_founding_date_does_not_date_a_return() -> None:
    text = ("Peter Maddox left Quillon Mills in 2017. Maddox's return as chief executive of the "
            "company he founded 23 years ago pleased investors, analysts said.")
    returns = [m for m in found(text) if m[1] == "returned"]
    assert len(returns) == 1 and returns[0][3] != "1998"


def test_back_to_work_in_a_new_post_is_a_join() -> None:
    text = ("Claire Brennick left Corven Bank in 2009 to raise her children. Seven years later "
            "she returned to work as president of Quillon Mills.")
    assert ("Claire Brennick", "joined", "Quillon Mills") in [m[:3] for m in found(text)]
    back = found("Claire Brennick went on sick leave from Quillon Mills in May. She returned to "
                 "work in July.")
    assert ("Claire Brennick", "returned") in [m[:2] for m in back]


def test_common_given_names_from_many_languages_are_people() -> None:
    for name in ("Ingvar Sollen", "Priscilla Haddow", "Anjali Menon", "Konstantin Orlov"):
        assert found(f"{name} resigned from Quillon Mills on Friday.") == [
            (name, "departed", "Quillon Mills", "2021-03-05")]


def test_a_move_told_as_since_doing_it_names_its_subject_after_the_comma() -> None:
    moves = found("Claire Brennick runs Quillon Mills. Since taking over in May 2015, Brennick "
                  "has cut costs.")
    assert [m[1:] for m in moves if m[0] == "Claire Brennick"] == [
        ("joined", "Quillon Mills", "2015-05")]  # a tenure told from its start (rule 10)
    undated = found("Claire Brennick runs Quillon Mills. Since taking the reins at Quillon Mills, "
                    "Brennick has cut costs.")
    assert [m[3] for m in undated] == [None]  # recounted: not dated by the article


def test_not_before_another_verb_does_not_negate_the_move() -> None:
    text = ("Peter Maddox left Corven Bank when his contract was not renewed that summer and "
            "joined Quillon Mills.")
    assert ("Peter Maddox", "joined", "Quillon Mills") in [m[:3] for m in found(text)]
    assert found("Peter Maddox did not join Quillon Mills.") == []


def test_the_following_year_follows_the_story_not_the_article() -> None:
    moves = found("Claire Brennick joined Quillon Mills in 2004. She became chief executive the "
                  "following year.")
    assert ("Claire Brennick", "role_changed", "Quillon Mills", None) in moves


def test_he_follows_the_subject_not_a_name_in_a_prepositional_phrase() -> None:
    text = ("Peter Maddox ran Quillon Mills for a decade. He lost the 2019 board vote to "
            "Simon Keble. He resigned from Quillon Mills in 2020.")
    assert [m[:2] for m in found(text) if m[1] == "departed"] == [("Peter Maddox", "departed")]


def test_the_post_held_when_leaving_names_the_organisation_left() -> None:
    text = ("Quillon Mills named a new chief. Claire Brennick was president and CEO of Corven "
            "Foods North America when she stepped down in 1997.")
    assert found(text) == [("Claire Brennick", "departed", "Corven Foods North America", "1997")]


def test_former_and_adjective_prefixes_are_not_part_of_an_organisation() -> None:
    moves = found("Peter Maddox first joined Denver-based Quillon Mills in 1991. Ex-Corven Bank "
                  "chairman Claire Brennick resigned.")
    assert [m[2] for m in moves] == ["Quillon Mills", "Corven Bank"]


def test_a_title_won_by_the_move_is_no_sign_of_an_insider() -> None:
    text = ("Tarvik Steel has hired Acme Foods chief executive Peter Maddox as its chairman. "
            "Maddox spent years at Corven Bank, becoming chief executive of Acme Foods in 2012.")
    moves = [m[:3] for m in found(text)]
    assert ("Peter Maddox", "joined", "Acme Foods") in moves  # not role_changed
    assert ("Peter Maddox", "joined", "Tarvik Steel") in moves  # the hirer, not the present job


def test_assuming_duties_and_naming_a_new_head_after_a_comma() -> None:
    moves = found("Quillon Mills said chief operating officer Peter Maddox will assume the CFO "
                  "duties on an interim basis.")
    assert [m[:2] for m in moves] == [("Peter Maddox", "role_changed")]
    named = found("Quillon Mills said it appointed a new head of its Asian operations, Joseph "
                  "Ferrand.")
    assert [m[:3] for m in named] == [("Joseph Ferrand", "joined", "Quillon Mills")]


def test_agreeing_to_serve_as_chief_is_a_join() -> None:
    text = ("Corven Bank said its former interim CEO Peter Maddox has agreed to serve as chief "
            "executive of Quillon Mills Inc once the unit is spun off.")
    assert [m[:3] for m in found(text)] == [("Peter Maddox", "joined", "Quillon Mills Inc")]


def test_a_specialist_poached_from_a_rival_left_it() -> None:
    text = ("Corven Bank is bringing in Peter Maddox, a deal specialist poached from Bank of "
            "America Merrill Lynch, to co-run the unit.")
    moves = [m[:3] for m in found(text)]
    assert ("Peter Maddox", "joined", "Corven Bank") in moves
    assert ("Peter Maddox", "departed", "Bank of America Merrill Lynch") in moves


def test_a_fashion_house_named_after_its_founder_is_an_organisation() -> None:
    moves = found("Peter Maddox joined Yves Saint Laurent in 2011 after senior posts at Nina "
                  "Ricci.")
    assert [m[:3] for m in moves] == [("Peter Maddox", "joined", "Yves Saint Laurent")]


def test_leaving_one_club_for_another_joins_the_second() -> None:
    moves = [m[:3] for m in found("Peter Maddox left Corven Bank for rivals Quillon Mills.")]
    assert moves == [("Peter Maddox", "departed", "Corven Bank"),
                     ("Peter Maddox", "joined", "Quillon Mills")]
    assert [m[:3] for m in found("Peter Maddox left Corven Bank for personal reasons.")] == [
        ("Peter Maddox", "departed", "Corven Bank")]


def test_someone_who_was_a_predecessor_left_that_post() -> None:
    moves = found("Quillon Mills named Claire Brennick COO. Peter Maddox, who was Brennick's "
                  "predecessor as COO, now runs a fund.")
    assert ("Peter Maddox", "departed") in [m[:2] for m in moves]


def test_the_latter_and_the_former_stand_for_people_just_named() -> None:
    text = ("Peter Maddox shared the top job at Quillon Mills with Claire Brennick. The latter "
            "would retire from Quillon Mills in 2000.")
    assert [m[:2] for m in found(text)] == [("Claire Brennick", "departed")]
    text = ("Relations between Mr Maddox and Ms Brennick are cool since Simon Keble brought the "
            "former back into the Quillon Mills board.")
    assert [m[:2] for m in found(text)] == [("Maddox", "returned")]


def test_a_name_inside_a_side_clause_is_not_the_subject_after_it() -> None:
    text = ("The new directors, who replace long-time board members Peter Maddox and Claire "
            "Brennick, will join at a tense time for Quillon Mills.")
    assert ("Peter Maddox", "joined") not in [m[:2] for m in found(text)]
    assert ("Claire Brennick", "joined") not in [m[:2] for m in found(text)]
    text = "Peter Maddox, who was replaced by Claire Brennick, will join the Corven Bank board."
    assert ("Peter Maddox", "joined", "Corven Bank") in [m[:3] for m in found(text)]


def test_a_capitalised_conjunction_is_no_given_name() -> None:
    text = "Though Maddox rose through the ranks at Corven Bank before jumping ship in 2008."
    assert all(not m[0].startswith("Though") for m in found(text))


def test_a_description_in_the_possessive_names_its_person() -> None:
    text = ("Peter Maddox coached Corven Rovers from 1997 to 2000. He inherited Simon Keble's "
            "side in 1997. The Englishman's second spell at Corven Rovers was shorter.")
    assert ("Peter Maddox", "returned", "Corven Rovers") in [m[:3] for m in found(text)]


def test_the_return_of_several_people_named_in_a_list() -> None:
    text = ("Corven Rovers fans welcomed the return to the club of familiar faces such as Peter "
            "Maddox and Claire Brennick.")
    assert [m[:2] for m in found(text)] == [("Peter Maddox", "returned"),
                                            ("Claire Brennick", "returned")]


def test_a_generic_word_or_a_contraction_alone_names_no_organisation() -> None:
    assert found("\"I'm delighted to go,\" said Peter Maddox, who resigned on Friday.") == [
        ("Peter Maddox", "departed", None, "2021-03-05")]
    assert [m[2] for m in found("The Group said Peter Maddox resigned on Friday.")] == [None]


def test_made_permanent_means_already_there() -> None:
    moves = found("Quillon Mills named Claire Brennick permanent chief executive on Monday.")
    assert [m[:2] for m in moves] == [("Claire Brennick", "role_changed")]


LEFT = "Claire Brennick left Quillon Mills in 2019. "


def test_more_ways_to_hint_rule_out_or_make_a_return() -> None:
    def kind(sentence: str) -> list[str]:
        return [m[1] for m in found(LEFT + sentence) if m[1] != "departed"]

    assert kind("Brennick is eyeing a comeback at Quillon Mills, people said.") == [
        "return_hinted"]
    assert kind("Brennick said a return to Quillon Mills was not something she was "
                "considering.") == ["return_ruled_out"]
    assert kind("Brennick has firmly closed the door on a return to Quillon Mills.") == [
        "return_ruled_out"]
    assert kind("Brennick is back at the helm of Quillon Mills.") == ["returned"]
    assert kind("Quillon Mills rehired her on Monday as finance chief.") == ["returned"]


def test_poaching_and_suspending_someone() -> None:
    assert [m[:3] for m in found("Quillon Mills poached Peter Maddox from Corven Bank.")] == [
        ("Peter Maddox", "joined", "Quillon Mills"), ("Peter Maddox", "departed", "Corven Bank")]
    assert [m[:2] for m in found("Quillon Mills suspended chief executive Peter Maddox pending "
                                 "an investigation.")] == [("Peter Maddox", "on_leave")]
    assert found("The league suspended Peter Maddox for three matches.") == []


def test_the_post_after_the_verb_wins_over_a_title_before_it() -> None:
    moves = found("Peter Maddox, Corven Bank's former finance chief, has joined Quillon Mills as "
                  "chief executive.")
    assert [(m.person, m.role) for m in extract_moves(
        "Peter Maddox, Corven Bank's former finance chief, has joined Quillon Mills as chief "
        "executive.", published=PUBLISHED)] == [("Peter Maddox", "chief executive")]
    assert [m[:3] for m in moves] == [("Peter Maddox", "joined", "Quillon Mills")]


def test_not_seeking_another_term_is_a_departure_and_reported_would_is_ahead() -> None:
    assert [m[:2] for m in found("Quillon Mills chief executive Peter Maddox said he would not "
                                 "seek another term.")] == [("Peter Maddox", "departed")]
    assert found("Quillon Mills said Peter Maddox would leave the company at the end of "
                 "January.") == [("Peter Maddox", "departed", "Quillon Mills", "2022-01")]


def test_replaced_as_chief_by_someone_and_a_title_since_a_year() -> None:
    moves = found("Peter Maddox was replaced as chief executive of Quillon Mills by Claire "
                  "Brennick.")
    assert [m[:3] for m in moves] == [("Peter Maddox", "departed", "Quillon Mills"),
                                      ("Claire Brennick", "joined", "Quillon Mills")]
    moves = found("Quillon Mills said on Monday that Peter Maddox, its chief executive since "
                  "2012, would step down.")
    assert [m[3] for m in moves if m[1] == "departed"] != ["2012"]
    assert ("Peter Maddox", "joined", "Quillon Mills", "2012") in moves


def test_hard_negatives_of_leaving_resigning_and_taking_over() -> None:
    assert found("Quillon Mills, led by Peter Maddox, took over Corven Bank last year.") == []
    assert found("Quillon Mills chief Peter Maddox left the door open to further deals.") == []
    assert found("Peter Maddox, Quillon Mills' chief executive, said he was resigned to a "
                 "weaker year.") == []
    assert [m[:2] for m in found("Peter Maddox resigned to join Corven Bank.")] == [
        ("Peter Maddox", "departed"), ("Peter Maddox", "joined")]


def test_its_post_belongs_to_the_organisation_just_named() -> None:
    moves = found("Claire Brennick, a veteran of Corven Bank, joined Quillon Mills in 2015 and "
                  "became its chief executive in 2019.")
    assert [m[2] for m in moves if m[3] == "2019"] == ["Quillon Mills"]


def test_a_tenure_ends_at_the_possessive_organisation_before_it() -> None:
    moves = found("Claire Brennick, who ran Quillon Mills' European arm until 2018, will join "
                  "Corven Bank as president.")
    assert ("Claire Brennick", "departed", "Quillon Mills", "2018") in moves


def test_a_name_in_the_possessive_before_school_is_no_person() -> None:
    text = ("Peter Maddox grew up in Leeds. He attended Lewis Boys' School in nearby Pengam. "
            "But he joined the board of Quillon Mills in 1980.")
    assert [m[:2] for m in found(text)] == [("Peter Maddox", "joined")]


def test_an_allegation_of_a_promise_to_leave_is_no_departure() -> None:
    text = ("In the book he alleges that Peter Maddox told the board in 2003 he would step "
            "down as chairman of Quillon Mills.")
    assert found(text) == []


def test_had_been_before_a_participle_is_a_passive_not_a_career() -> None:
    assert [m[:3] for m in found("Quillon Mills said Peter Maddox had been fired.")] == [
        ("Peter Maddox", "departed", "Quillon Mills")]
    assert [m[:2] for m in found("Quillon Mills said Peter Maddox had been named chief "
                                 "executive.")] == [("Peter Maddox", "joined")]


def test_a_temporary_step_back_is_leave_and_one_day_is_a_hint() -> None:
    assert [m[:2] for m in found("Claire Brennick, chief executive of Quillon Mills, is "
                                 "stepping back temporarily to focus on her health.")] == [
        ("Claire Brennick", "on_leave")]
    assert [m[:2] for m in found("Claire Brennick will be away from Quillon Mills for six "
                                 "weeks after surgery.")] == [("Claire Brennick", "on_leave")]
    assert "return_hinted" in [m[1] for m in found(
        LEFT + "Brennick said she would love to come back one day.")]


def test_giving_up_a_post_to_move_elsewhere_and_being_added_to_a_board() -> None:
    moves = found("Corven Bank finance chief Peter Maddox will chair Quillon Mills. Maddox will "
                  "give up his post at Corven Bank to move to Quillon Mills.")
    assert ("Peter Maddox", "departed", "Corven Bank") in [m[:3] for m in moves]
    assert [m[:3] for m in found("Quillon Mills added Peter Maddox to its board.")] == [
        ("Peter Maddox", "joined", "Quillon Mills")]
    assert found("Quillon Mills added Corven Bank to its list of suppliers.") == []


def test_years_later_counts_from_the_date_before_it() -> None:
    moves = found("Peter Maddox quit Corven Bank in 2019 and co-founded Tarvik Steel Ltd a year "
                  "later.")
    assert ("Peter Maddox", "joined", "Tarvik Steel Ltd", "2020") in moves
    moves = found("Peter Maddox joined Quillon Mills in March 2001 and left six months later.")
    assert ("Peter Maddox", "departed", "Quillon Mills", "2001-09") in moves


def test_a_party_named_in_shorthand_gets_its_name() -> None:
    moves = found("Michael Howard appointed Peter Maddox as the Conservatives' elections chief "
                  "last October.")
    assert [m[2] for m in moves if m[0] == "Peter Maddox"] == ["Conservative Party"]


def test_a_dropped_glued_name_takes_in_no_other_name() -> None:
    # "Jay Peters OpenAI" (a byline glued to a name) is dropped; "Highlights OpenAI", a name
    # with no given name, used to be folded into it and the article was lost to a KeyError.
    from execwatch.services.extraction.engine.names import Person, _drop_glued

    people = [Person("Jay Peters", "Peters", "Jay", None),
              Person("Jay Peters OpenAI", "OpenAI", "Jay", None),
              Person("Highlights OpenAI", "OpenAI", "Highlights", None)]
    kept, by_key = _drop_glued(people, {("Peters", "J"): 0, ("OpenAI", "J"): 1,
                                        ("OpenAI", "H"): 2})
    assert [p.name for p in kept] == ["Jay Peters", "Highlights OpenAI"]
    assert by_key == {("Peters", "J"): 0, ("OpenAI", "H"): 1}


def test_appointed_as_the_new_head_of_a_firm_named_after_the_person() -> None:
    moves = found("The board will appoint Corven Bank chief executive Peter Maddox as the new "
                  "head of state-controlled power utility Quillon Energy, it said.")
    assert [m[:3] for m in moves] == [("Peter Maddox", "joined", "Quillon Energy")]
    moves = found("Quillon Mills has hired Peter Maddox as head of its Asia business.")
    assert [m[2] for m in moves] == ["Quillon Mills"]


def test_a_one_letter_word_is_no_organisation() -> None:
    assert [m[2] for m in found("Hours later, Peter Maddox posted to X that he had quit.")] == [
        None]


def test_an_organisation_inside_a_who_clause_is_not_the_move_s() -> None:
    text = ("Peter Maddox, who spent nearly two decades at Corven Bank and 40 years in banking, "
            "said he would join Quillon Energy as chairman.")
    assert [m[:3] for m in found(text)] == [("Peter Maddox", "joined", "Quillon Energy")]
    text = ("Quillon Energy named Peter Maddox chairman. Maddox, who spent nearly two decades at "
            "Corven Bank and 40 years in banking, said his appointment was a surprise.")
    assert "Corven Bank" not in [m[2] for m in found(text)]


def test_coming_back_on_a_day_and_others_pushing_for_a_return() -> None:
    text = ("Claire Brennick went on medical leave from Quillon Mills in January. Quillon Mills "
            "said she will return on Monday.")
    assert "returned" in [m[1] for m in found(text)]
    assert [m[1] for m in found(LEFT + "Investors are pushing for Brennick's return.")] == [
        "departed"]


def test_is_the_new_chief_is_a_join() -> None:
    assert [m[:3] for m in found("Claire Brennick is the new chief executive of Quillon "
                                 "Energy.")] == [("Claire Brennick", "joined", "Quillon Energy")]
    assert found("Claire Brennick is chief executive of Quillon Energy.") == []


def test_adverbs_inside_passives_and_newly_named_posts() -> None:
    text = ("At the hearing, a former Corven Bank executive, Peter Maddox, told the committee "
            "that he was suddenly fired in 2008.")
    assert ("Peter Maddox", "departed", "Corven Bank", "2008") in found(text)
    text = "Sarah Khan, newly named senior vice president of operations at Quillon Energy, spoke."
    assert [m[:2] for m in found(text)] == [("Sarah Khan", "joined")]
    text = ("Peter Maddox, a former aide to two senators, would both serve as deputy chief of "
            "staff at Quillon Energy.")
    assert [m[:2] for m in found(text)] == [("Peter Maddox", "joined")]


def test_newsroom_phrasings_of_handing_over_and_leaving() -> None:
    assert [m[:2] for m in found("Claire Brennick is out as chief executive of Quillon "
                                 "Energy.")] == [("Claire Brennick", "departed")]
    assert [m[:2] for m in found("Claire Brennick will hand the reins to Peter Maddox at "
                                 "Quillon Energy in April.")] == [
        ("Claire Brennick", "departed"), ("Peter Maddox", "joined")]
    assert [m[:2] for m in found("Claire Brennick passed the baton to Peter Maddox as chief "
                                 "executive of Quillon Energy.")] == [
        ("Claire Brennick", "departed"), ("Peter Maddox", "joined")]
    assert [m[:2] for m in found("Quillon Energy has brought on Claire Brennick as its first "
                                 "chief AI officer.")] == [("Claire Brennick", "joined")]
    assert [m[:2] for m in found("Quillon Energy chief executive Claire Brennick exits amid "
                                 "probe.")] == [("Claire Brennick", "departed")]


def test_cabinet_posts_and_bodies() -> None:
    assert found("Claire Brennick was made Home Secretary in 2018.") == [
        ("Claire Brennick", "joined", "Home Office", "2018")]
    assert [m[2] for m in found("Peter Maddox quit the cabinet over the war.")] == ["Cabinet"]
    assert [m[2] for m in found("Peter Maddox joined the shadow cabinet in 1980.")] == [
        "shadow cabinet"]


def test_leave_and_the_return_from_it() -> None:
    on_leave = "Claire Brennick went on leave from Quillon Mills in January. "
    assert "returned" in [m[1] for m in found(on_leave + "She resumed her duties as chief "
                                               "executive on Monday.")]
    assert "returned" in [m[1] for m in found("Claire Brennick returned from medical leave at "
                                              "Quillon Mills last week.")]
    assert [m[1] for m in found("Quillon Mills said Claire Brennick had been placed on garden "
                                "leave.")] == ["on_leave"]
    assert found("Claire Brennick returned from a trip to China.") == []


def test_retiring_a_post_and_the_organisation_after_a_possessive() -> None:
    assert found("Quillon Energy chairman Peter Maddox is due to retire his Corven Bank post "
                 "next year.") == [("Peter Maddox", "departed", "Corven Bank", "2022")]
    assert found("Quillon Energy will retire its older aircraft.") == []


def test_a_list_of_subjects_with_titles_between_them() -> None:
    moves = found("Quillon Energy President Claire Brennick and Chairman Peter Maddox will step "
                  "down in May.")
    assert sorted(m[:2] for m in moves) == [("Claire Brennick", "departed"),
                                            ("Peter Maddox", "departed")]
    roles = {m.person: m.role for m in extract_moves(
        "Quillon Energy President Claire Brennick and Chairman Peter Maddox will step down in "
        "May.", published=PUBLISHED)}
    assert roles == {"Claire Brennick": "president", "Peter Maddox": "chairman"}


def test_founders_and_titled_people_keep_their_posts() -> None:
    roles = [(m.type, m.role) for m in extract_moves(
        "Peter Maddox co-founded Quillon Energy in 2001.", published=PUBLISHED)]
    assert roles == [("joined", "co-founder")]
    roles = [(m.type, m.role) for m in extract_moves(
        "Quillon Energy chairman Peter Maddox spoke on Monday. Later that day he resigned from "
        "Quillon Energy.", published=PUBLISHED)]
    assert roles == [("departed", "chairman")]
    roles = [(m.type, m.role) for m in extract_moves(
        "Chief executive Peter Maddox told Corven Bank investors on Monday he was confident. "
        "Later that day "
        "he resigned.",
        published=PUBLISHED)]
    assert roles == [("departed", "chief executive")]


def test_an_insider_by_possessive_title_and_a_founder_who_holds_a_title() -> None:
    moves = found("Claire Brennick, Quillon Energy's chief financial officer, will succeed Peter "
                  "Maddox as chief executive.")
    assert ("Claire Brennick", "role_changed") in [m[:2] for m in moves]
    moves = found("Peter Maddox, Quillon Energy's chief executive, said the deal helps the "
                  "company he helped found.")
    assert [m[:2] for m in moves] == [("Peter Maddox", "joined")]


def test_ruling_out_in_other_words_and_by_the_speaker() -> None:
    def kind(sentence: str) -> list[str]:
        return [m[1] for m in found(LEFT + sentence) if m[1] != "departed"]

    assert kind("Brennick dismissed talk of a return to Quillon Mills.") == ["return_ruled_out"]
    assert kind("A return to Quillon Mills is off the table, Brennick said.") == [
        "return_ruled_out"]
    assert kind("Brennick denied she was planning a return to Quillon Mills.") == []
    assert kind("Brennick is weighing a return to Quillon Mills.") == ["return_hinted"]
    assert found("A return to positive growth is likely, chief economist Claire Brennick "
                 "said.") == []


def test_replacing_an_organisation_succeeds_no_one() -> None:
    assert found("But Peter Maddox said replacing the controversial Child Support Agency would "
                 "be the nuclear option.") == []
    assert [m[:2] for m in found("Claire Brennick replaced Quillon Energy chief Peter "
                                 "Maddox.")] == [("Claire Brennick", "joined"),
                                                 ("Peter Maddox", "departed")]


def test_a_web_byline_writes_no_move() -> None:
    text = ("Quillon Energy board in talks with Peter Maddox to return as CEO Claire Brennick "
            "and Simon Keble Nov 18 Quillon Energy board in talks with Peter Maddox to return "
            "as CEO.")
    assert {m[0] for m in found(text)} <= {"Peter Maddox"}


def test_a_gathering_after_a_title_is_no_person() -> None:
    moves = found("Peter Maddox spoke at the Pacific CEO Summit the day before he was fired.")
    assert "Summit" not in [m[0] for m in moves]


def test_a_company_veteran_named_to_a_post_was_already_there() -> None:
    for who in ("a 20-year veteran of the company", "who joined the company in 1995",
                "who has been with the company since 1995"):
        moves = found(f"Quillon Energy named Claire Brennick, {who}, as its chief executive.")
        assert ("Claire Brennick", "role_changed") in [m[:2] for m in moves], who


def test_sports_phrasings_of_coming_and_going() -> None:
    assert [m[:2] for m in found("Peter Maddox walked out on Corven Rovers on Monday.")] == [
        ("Peter Maddox", "departed")]
    assert [m[:2] for m in found("Peter Maddox has been confirmed as the new manager of Corven "
                                 "Rovers.")] == [("Peter Maddox", "joined")]
    moves = found("Quillon United said Peter Maddox has agreed a three-year deal to become Corven "
                  "Rovers manager.")
    assert [m[:3] for m in moves] == [("Peter Maddox", "joined", "Corven Rovers")]


def test_had_been_in_a_post_since_a_year_is_a_join_then() -> None:
    moves = found("Quillon Energy hired Peter Maddox. Maddox had been in the same role at Corven "
                  "Bank since 2006 and left as part of cost cuts.")
    assert ("Peter Maddox", "joined", "Corven Bank", "2006") in moves


def test_a_quotation_carried_over_sentences_speaks_for_the_one_quoted() -> None:
    text = ("Dorrit Vance stepped down as chairman of Harlow Athletic in 2019. Asked about the "
            "club's new owners, Vance said: 'They have plans. Good luck to them. "
            "'I said my piece when I left, and I won't go back.'")
    moves = found(text)
    assert ("Dorrit Vance", "return_ruled_out", "Harlow Athletic", None) in moves
    # a quotation closed before the next sentence speaks for no one after it
    closed = ("Dorrit Vance stepped down as chairman of Harlow Athletic in 2019. 'Good luck to "
              "them,' Vance said. Pell Orrin, a rival, left Harlow Athletic. I will not go back.")
    assert not [m for m in found(closed) if m[1].startswith("return")]


def test_standing_again_for_a_leadership_is_a_return_bid() -> None:
    ruled_out = found("Former Liberal leader Adam Keller says he will not stand for the "
                      "leadership again.")
    assert ("Adam Keller", "return_ruled_out", "Liberal") in [m[:3] for m in ruled_out]
    hinted = found("Adam Keller quit as leader of the Liberal Party in 2003. He said he may stand "
                   "again for the party leadership.")
    assert ("Adam Keller", "return_hinted", "Liberal Party") in [m[:3] for m in hinted]
    # a sitting member standing for re-election is not coming back
    assert not found("Adam Keller, the member for Eastvale, will stand again for Parliament.")


def test_replacing_someone_as_a_named_post_moves_into_that_organisation() -> None:
    text = ("Former Harlow Athletic boss Pieter Vos says he has retired from coaching. He "
            "replaced Joost Kramer as Vantaa head coach in 1991.")
    moves = found(text)
    assert ("Pieter Vos", "joined", "Vantaa", "1991") in moves
    assert ("Joost Kramer", "departed", "Vantaa", "1991") in moves


def test_a_move_after_talk_that_is_over_is_asserted() -> None:
    moves = found("After much speculation, Pieter Vos joined Harlow Athletic in May 2014.")
    assert ("Pieter Vos", "joined", "Harlow Athletic", "2014-05") in moves
    assert not found("Amid speculation that Pieter Vos could join Harlow Athletic, shares rose.")


def test_wanting_to_go_home_to_a_country_is_no_return() -> None:
    moves = found("Harlow Athletic manager Pieter Vos has resigned. He now wants to return to "
                  "France.")
    assert not [m for m in moves if m[1].startswith("return")]


def test_a_korean_name_is_its_family_name_when_used_alone() -> None:
    text = ("Moon Jae-in was appointed chairman of Hanseo Electronics on Wednesday. His nephew "
            "Daniel Moon was promoted in December. Moon stepped down as group chairman in "
            "April 2008.")
    moves = found(text)
    assert ("Moon Jae-in", "departed", "Hanseo Electronics", "2008-04") in moves
    assert not [m for m in moves if m[0] == "Daniel Moon" and m[1] == "departed"]


def test_taking_the_helm_after_a_career_elsewhere_is_a_join() -> None:
    text = ("Harlow Foods said Ian Keller would leave. Mr Keller took the helm at the company in "
            "2003, after spending most of his career at consumer goods giant Vantaa.")
    assert ("Ian Keller", "joined", "Harlow Foods", "2003") in found(text)
    inside = ("Harlow Foods said Ian Keller would leave. Mr Keller took the helm at the company "
              "in 2003.")
    assert ("Ian Keller", "role_changed", "Harlow Foods", "2003") in found(inside)


def test_a_successor_titled_at_the_same_company_changes_role_into_the_named_post() -> None:
    text = ("Harlow Foods said Bob Ulrich will be succeeded as CEO by President Greg Stanton, a "
            "28-year company veteran.")
    moves = {(m.person, m.type): m.role for m in extract_moves(text, published=PUBLISHED)}
    assert moves[("Greg Stanton", "role_changed")] == "ceo"
    assert moves[("Bob Ulrich", "departed")] == "ceo"
    outsider = found("Harlow Foods said Bob Ulrich will be succeeded as CEO by former Vantaa "
                     "president Greg Stanton.")
    assert ("Greg Stanton", "joined") in [m[:2] for m in outsider]


def test_a_club_ground_or_nickname_stands_for_the_club() -> None:
    moves = found("Pieter Vos, the former Ajax coach, moved to White Hart Lane this summer.")
    assert ("Pieter Vos", "joined", "Tottenham") in [m[:3] for m in moves]
    sacked = found("Pieter Vos has been out of the game since being sacked at Spurs in 2003.")
    assert ("Pieter Vos", "departed", "Tottenham") in [m[:3] for m in sacked]


def test_a_founding_partner_after_a_possessive_is_a_founder_too() -> None:
    moves = found("Ada Rooke started Quillon Labs with her friend Jane Wexley in a garage.")
    assert {m[0] for m in moves if m[1] == "joined"} == {"Ada Rooke", "Jane Wexley"}


def test_having_been_at_a_company_since_a_year_is_when_one_joined_it() -> None:
    moves = found("Ian Keller became chief executive of Quillon in January. He has been at "
                  "Quillon since 2016.")
    assert ("Ian Keller", "joined", "Quillon", "2016") in moves


def test_he_inside_a_quotation_is_not_the_one_quoted() -> None:
    text = ("Quillon named Ian Keller its chief executive. Tom Brandt, an analyst at Vantaa "
            "Research, said: \"I was surprised at first. People call him an insider, but he has "
            "only been at Quillon since 2016.\"")
    joined = [m for m in found(text) if m[1] == "joined" and m[3] == "2016"]
    assert joined == [("Ian Keller", "joined", "Quillon", "2016")]


def test_a_successor_with_a_current_title_there_changes_role() -> None:
    moves = found("Craig Dunmore will step down at year end, to be replaced by current Quillon "
                  "president Ian Keller, the company said.")
    assert ("Ian Keller", "role_changed") in [m[:2] for m in moves]


def test_a_list_of_leavers_with_a_description_before_the_last() -> None:
    moves = found("Safety head Ada Rooke, and longtime researcher Jane Wexley resigned on Friday.")
    assert {m[0] for m in moves if m[1] == "departed"} == {"Ada Rooke", "Jane Wexley"}
    relative = found("It was Ada Rooke, not Ian Keller, who told reporters he was leaving Quillon.")
    assert "Ian Keller" not in {m[0] for m in relative}


def test_a_possessive_with_an_apostrophe_alone_marks_a_surname() -> None:
    text = ("\"Dirk Notheis has told the board that he will take a leave of absence,\" a "
            "Quillon spokeswoman said, adding that Notheis' responsibilities would be covered.")
    assert ("Dirk Notheis", "on_leave") in [m[:2] for m in found(text)]


def test_duties_taken_over_by_someone_are_that_persons_move() -> None:
    moves = found("Ada Rooke's duties will be taken over by chairman Jane Wexley, Quillon said.")
    # the chairman is already there: a role change (test_rules_insiders.py)
    assert [m[:2] for m in moves if m[1] in ("joined", "role_changed")] \
        == [("Jane Wexley", "role_changed")]


def test_taking_the_year_off_is_a_leave() -> None:
    moves = found("Jane Roe, chief executive of Quillon, is taking a few months off to recover.")
    assert ("Jane Roe", "on_leave", "Quillon", PUBLISHED) in moves
    assert not found("Jane Roe, chief executive of Quillon, took the lid off the results.")


def test_leaving_ones_post_as_a_named_post_leaves_that_organisation() -> None:
    text = ("Pieter Vos has resigned as Harlow Athletic manager. Vos left his post as Wales "
            "manager by mutual agreement in September.")
    assert ("Pieter Vos", "departed", "Wales") in [m[:3] for m in found(text)]


def test_a_two_word_place_before_based_is_not_part_of_the_name() -> None:
    moves = found("Ada Rooke is stepping down as senior counsel at New York-based Quillon Bank.")
    assert ("Ada Rooke", "departed", "Quillon Bank") in [m[:3] for m in moves]


def test_the_company_after_a_veteran_of_one_is_that_one() -> None:
    text = ("Quillon named Ian Keller its chief executive. He succeeds Jane Roe, a 28-year Vantaa "
            "Group veteran who abruptly left the company in December.")
    assert ("Jane Roe", "departed", "Vantaa Group") in [m[:3] for m in found(text)]


def test_a_comeback_in_the_headline_makes_the_appointment_a_return() -> None:
    text = "Quillon said on Monday that it had appointed Ada Rooke chairman of the group."
    def types(title: str) -> list[str]:
        return [m.type for m in extract_moves(text, published=PUBLISHED, title=title)
                if m.person == "Ada Rooke"]
    assert types("Quillon's Rooke returns as chair") == ["returned"]
    assert types("Quillon names Rooke chair") == ["joined"]
    assert types("Quillon denies Rooke returns as chair") == ["joined"]
    assert types("Rooke to return her stake to Quillon") == ["joined"]


def test_a_unit_to_be_headed_by_someone_is_their_post() -> None:
    moves = found("The new unit, Quillon Bank, will be headed by Joseph Delmar, the company said.")
    assert ("Joseph Delmar", "joined", "Quillon Bank", PUBLISHED) in moves
    assert not found("Quillon Bank, led by Joseph Delmar, reported a loss on Monday.")


def test_duties_shifted_to_someone_change_their_role() -> None:
    text = ("Embattled Quillon Inc said on Wednesday its games chief would leave. Those "
            "responsibilities have been shifted to Chief Mobile Officer David Kovac.")
    assert ("David Kovac", "role_changed", "Quillon Inc") in [m[:3] for m in found(text)]


def test_the_n_year_old_is_the_storys_subject() -> None:
    text = ("Ada Rooke has resigned from the Quillon board after a row. Ms Rooke said she had "
            "made a mistake. Ms Rooke apologised. Chairman Ian Keller said her actions were "
            "appalling. The 54-year-old joined Vantaa Capital as a partner in 2005.")
    joins = [m for m in found(text) if m[1] == "joined"]
    assert [m[0] for m in joins] == ["Ada Rooke"]
