"""Organisation choice, implied departures and return clean-up on short invented articles."""

from __future__ import annotations

from execwatch.services.extraction.engine import Move, extract_moves


def find(text: str, person: str, move_type: str, title: str | None = None) -> list[Move]:
    """The moves of one person and type."""
    return [m for m in extract_moves(text, published="2021-05-04", title=title)
            if m.person == person and m.type == move_type]


def org_of(text: str, person: str, move_type: str, title: str | None = None) -> str | None:
    """The organisation of the single move of a person and type."""
    found = find(text, person, move_type, title)
    assert len(found) == 1, found
    return found[0].org


def test_org_word_beats_a_not_org_word() -> None:
    text = "John Nandan will step down as head of the World Bank in June."
    assert org_of(text, "John Nandan", "departed") == "World Bank"


def test_the_role_names_its_organisation() -> None:
    text = ("Larkfield United have a new owner. Owen Marsh stepped down as Dunmore chairman "
            "last year after the sale of that club.")
    assert org_of(text, "Owen Marsh", "departed") == "Dunmore"


def test_title_before_the_name_gives_the_organisation_left() -> None:
    text = ("Halvard Motors said Kestrel chief executive Tomas Berg had stepped down to take on "
            "special projects for Halvard Motors.")
    assert org_of(text, "Tomas Berg", "departed") == "Kestrel"


def test_current_title_is_not_the_post_taken() -> None:
    text = ("On Monday, Corvan chairman Luis Ortega said he is to succeed Anne Weiss at the head "
            "of Pellton Group.")
    moves = find(text, "Luis Ortega", "joined")
    assert [m.org for m in moves] == ["Pellton Group"]


def test_headline_and_lead_choose_the_main_organisation() -> None:
    text = ("Norrland Paper Corp named former Brightline Oil executive Sam Keel as chief "
            "executive. Brightline Oil shares rose. Brightline Oil said nothing. "
            "Brightline Oil is big. Keel, 50, said he was delighted to take the job.")
    moves = find(text, "Sam Keel", "joined", title="Norrland Paper names new CEO")
    assert [m.org for m in moves] == ["Norrland Paper Corp"]


def test_acronym_with_ampersand_maps_to_the_full_name() -> None:
    text = ("Procter & Gamble Co named Helen Holt finance chief. Helen Holt joined P&G in 1999 "
            "and later left P & G's Asian arm.")
    orgs = {m.org for m in extract_moves(text) if m.person == "Helen Holt"}
    assert orgs == {"Procter & Gamble Co"}


def test_name_glued_to_a_company_is_not_a_person() -> None:
    text = ("By Jay Peters Quillsoft board news. Jay Peters wrote this. Quillsoft's board said "
            "Laura Holm has resigned as chief executive of Quillsoft.")
    people = {m.person for m in extract_moves(text)}
    assert "Jay Peters Quillsoft" not in people
    assert org_of(text, "Laura Holm", "departed") == "Quillsoft"


def test_ticker_before_a_possessive_is_removed_cleanly() -> None:
    text = ("Susan Vance, Orbis Group Inc ( ORB.N )'s chief executive since 2004, will step "
            "down at year end.")
    assert org_of(text, "Susan Vance", "departed") == "Orbis Group Inc"


def test_star_inside_a_company_name() -> None:
    text = "Peter Lund will join E*Trade Financial's board of directors."
    assert org_of(text, "Peter Lund", "joined") == "E*Trade Financial"


def test_title_elsewhere_gives_the_organisation_of_a_pronoun_sentence() -> None:
    text = ("Wexford Rovers manager Paul Daly has the backing of the fans, said Ben Ross of "
            "Galway. Daly says he will step down after the 2019 season.")
    assert org_of(text, "Paul Daly", "departed") == "Wexford Rovers"


def test_interim_predecessor_does_not_make_the_successor_an_insider() -> None:
    text = "Carl Moser, 53, succeeds interim chief executive Ivo Lenz at Brandt Bank."
    assert find(text, "Carl Moser", "joined")
    assert not find(text, "Carl Moser", "role_changed")


def test_hired_from_a_far_organisation_leaves_it() -> None:
    text = ("Corin Bank said it hired Maria Pratt as head of utilities for Europe, the Middle "
            "East and Africa from Delta Bank.")
    assert org_of(text, "Maria Pratt", "departed") == "Delta Bank"


def test_before_joining_leaves_the_earlier_organisation() -> None:
    text = "Ian Cole ran the buyout arm at Carver Group before joining Tilden Motors in 2010."
    assert org_of(text, "Ian Cole", "joined") == "Tilden Motors"
    assert org_of(text, "Ian Cole", "departed") == "Carver Group"


def test_a_hint_is_dropped_once_the_return_happened() -> None:
    text = ("Sofia Lind returned to Arvo Systems as chief executive on Monday. Analysts "
            "wondered whether Sofia Lind's return could perhaps revive growth.")
    assert find(text, "Sofia Lind", "returned")
    assert not find(text, "Sofia Lind", "return_hinted")


def test_a_non_person_subject_after_as_does_not_return() -> None:
    text = ("Media investor Hugo Brandt is the most popular guest at the Pine Lake gathering "
            "as deal making returns to the spotlight.")
    assert not extract_moves(text)


def test_title_of_the_post_taken_does_not_make_an_insider() -> None:
    text = "Head coach Peter Lowe, who succeeded Mark Dunn in May, praised the squad at Harlow."
    assert find(text, "Peter Lowe", "joined")
    assert not find(text, "Peter Lowe", "role_changed")


def test_current_title_and_a_new_post_make_a_role_change() -> None:
    text = "Chief operating officer Peter Lowe was named chief executive of Harlow Foods."
    assert find(text, "Peter Lowe", "role_changed")


def test_it_hired_from_joins_the_article_company() -> None:
    text = ("Harlow Bank Corp named a new trading chief. A month later, it hired Paul Reed from "
            "Delta Bank as head of oil and gas.")
    assert org_of(text, "Paul Reed", "joined") == "Harlow Bank Corp"
    assert org_of(text, "Paul Reed", "departed") == "Delta Bank"


def test_possessive_after_the_verb_is_the_old_employer() -> None:
    text = "Harlow Bank Corp recruited Delta Bank's William Barr as head of UK banking."
    assert org_of(text, "William Barr", "joined") == "Harlow Bank Corp"


def test_acronyms_map_to_the_spelled_out_name() -> None:
    text = ("The New York Stock Exchange named Peter Grant chief executive. The NYSE said Peter "
            "Grant will start in May. Washington Mutual said WaMu chief John Hale resigned.")
    assert org_of(text, "Peter Grant", "joined") == "New York Stock Exchange"
    assert org_of(text, "John Hale", "departed") == "Washington Mutual"


def test_a_capitalised_word_before_a_surname_is_the_named_person() -> None:
    text = ("Greg Holm, the president of Quillsoft, spoke on Friday. Co-founder Holm, who quit "
            "after the vote, said nothing more.")
    people = {m.person for m in extract_moves(text)}
    assert people == {"Greg Holm"}


def test_a_quoted_analyst_is_not_the_he_of_a_later_move() -> None:
    text = ("Harlow Foods named Mark Ince chief executive. \"It is a safe choice,\" said "
            "Bernstein analyst Ali Stone. He has been chairman since 2002.")
    assert "Ali Stone" not in {m.person for m in extract_moves(text)}


def test_tenure_at_the_start_of_a_sentence() -> None:
    text = "From 2000 to 2005 John Smith was chief financial officer of Beta Inc."
    assert [m.when for m in find(text, "John Smith", "joined")] == ["2000"]
    assert [m.when for m in find(text, "John Smith", "departed")] == ["2005"]


def test_become_with_modifiers_before_the_role() -> None:
    text = ("Chief operating officer David Wren will become its next chief executive, Harlow "
            "Foods said. Robert Hale will become nonexecutive chairman of Harlow Foods.")
    assert find(text, "David Wren", "role_changed")
    assert find(text, "Robert Hale", "joined") or find(text, "Robert Hale", "role_changed")


def test_active_promotion_and_a_late_replacement() -> None:
    text = ("Ann Dale promoted Peter Kerr as head of trading at Harlow Bank. John Hale was "
            "pushed aside in May and was replaced two months later by Mark Rudd.")
    assert find(text, "Peter Kerr", "role_changed")
    assert not find(text, "Ann Dale", "role_changed")
    assert find(text, "Mark Rudd", "joined")


def test_joining_from_a_company_is_leaving_it_for_the_article_s_company() -> None:
    """"X joins from Beta" names the job X left, not the one X takes."""
    text = (
        "Quarry Bank has appointed Tomasz Wieczorek as head of retail banking, the lender "
        "said. Wieczorek joins from Northgate Savings, where he ran the mortgage business."
    )
    found = {(m.type, m.org) for m in extract_moves(text, published="2024-05-20")}
    assert ("joined", "Quarry Bank") in found
    assert ("departed", "Northgate Savings") in found
    assert ("joined", "Northgate Savings") not in found
