"""How relative dates are resolved: the tense of the clause a date stands in, and
"last/next/this" before a month name."""

from __future__ import annotations

from execwatch.services.extraction.engine import Move, extract_moves


def only(text: str, move_type: str, published: str) -> Move:
    """The single move of `move_type` the engine finds in `text`."""
    found = [m for m in extract_moves(text, published=published) if m.type == move_type]
    assert len(found) == 1, found
    return found[0]


def test_a_future_word_after_a_month_does_not_move_it_to_next_year() -> None:
    move = only("Nadia Perrin, promoted to chief operating officer at Quillon Systems in "
                "November, is expected to be groomed for the top job.", "role_changed",
                published="2020-04-02")
    assert move.when == "2019-11"


def test_a_future_word_before_a_month_still_dates_it_ahead() -> None:
    move = only("Nadia Perrin will join Quillon Systems as chairman in February.", "joined",
                published="2020-04-02")
    assert move.when == "2021-02"


def test_last_before_a_month_is_the_latest_such_month_before_the_article() -> None:
    move = only("Nadia Perrin was named chief executive of Quillon Systems last September, "
                "and the board will review her pay.", "joined", published="2020-04-02")
    assert move.when == "2019-09"


def test_next_before_a_month_is_the_first_such_month_after_the_article() -> None:
    move = only("Nadia Perrin joins Quillon Systems as chairman next April.", "joined",
                published="2020-04-02")
    assert move.when == "2021-04"


def test_a_weekday_in_a_sentence_about_the_future_is_the_coming_one() -> None:
    move = only("Nadia Perrin joins Quillon Systems as chairman on Friday, and her "
                "predecessor will stay as an adviser.", "joined", published="2020-04-01")
    assert move.when == "2020-04-03"


def test_is_due_to_dates_a_month_ahead() -> None:
    move = only("Nadia Perrin is due to replace Tom Rudd as head of Quillon Systems in June.",
                "departed", published="2020-09-14")
    assert (move.person, move.when) == ("Tom Rudd", "2021-06")


def test_effective_dates_a_month_ahead() -> None:
    move = only("Quillon Systems named Nadia Perrin chief financial officer, effective "
                "February 1.", "joined", published="2020-12-14")
    assert move.when == "2021-02-01"


def test_resigning_due_to_ill_health_is_not_a_future_move() -> None:
    move = only("Due to ill health, Nadia Perrin resigned from Quillon Systems in November.",
                "departed", published="2020-12-14")
    assert move.when == "2020-11"


def test_a_recounted_tenure_ends_in_the_month_it_names() -> None:
    text = "Nadia Perrin was chief executive of Quillon Systems from September 1998 to July 2001."
    assert only(text, "joined", published="2020-04-02").when == "1998-09"
    assert only(text, "departed", published="2020-04-02").when == "2001-07"
