"""The pure fold: facts from reports, status over valid time, order independence."""

from __future__ import annotations

import random
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from execwatch.schemas import MoveReported
from execwatch.services.eventlog.facts import Fact
from execwatch.services.eventlog.fold import Person, people_of, status_at
from execwatch.services.eventlog.folder import Folder
from execwatch.services.eventlog.reading import report_of
from tests.eventlog.reports import karpathy, report


def fold(reports: list[MoveReported]) -> dict[str, Person]:
    """Everyone, folded from reports arriving in the given order."""
    folder = Folder()
    for n, move in enumerate(reports, 1):
        folder.add([f"{n}-0".encode()], [report_of(move)])
    found: dict[str, Person] = {}
    for bucket in folder.buckets().values():
        found.update(people_of(bucket))
    return found


def only(people: dict[str, Person]) -> Person:
    (person,) = people.values()
    return person


def test_the_seed_story_gives_one_person_departed_with_a_return_hint() -> None:
    person = only(fold(karpathy()))
    assert person.status is not None and person.return_signal is not None
    assert (person.status.state, person.status.org) == ("departed", "Tesla")
    assert person.status.since == "2022-07-13"
    assert person.status.role == "senior director of ai"
    assert (person.return_signal.type, person.return_signal.date) == ("return_hinted", "2022-10")


def test_one_move_in_many_articles_is_one_fact_with_every_report() -> None:
    person = only(fold(karpathy()))
    departures = [f for f in person.facts if f.type == "departed"]
    assert len(departures) == 1
    assert departures[0].reports == 2
    assert departures[0].when == "2022-07-13"  # the most precise date reported


def test_an_old_story_read_late_does_not_make_a_departed_person_current() -> None:
    """A 2017 "joined" read after a 2022 "departed" leaves the person departed."""
    late = [
        report("Ann Lee", "Acme", "departed", "2022", "2022-05-01"),
        report("Ann Lee", "Acme", "joined", "2017", "2017-02-01"),
    ]
    status = only(fold(late)).status
    assert status is not None and status.state == "departed"


def test_status_as_of_a_date_uses_only_facts_valid_by_then() -> None:
    person = only(fold(karpathy()))
    assert status_at(person.facts, "2018")[0].state == "active"
    assert status_at(person.facts, "2022-03")[0].state == "on_leave"
    status, signal = status_at(person.facts, "2022-08")
    assert status is not None and status.state == "departed" and signal is None
    assert status_at(person.facts, "2016") == (None, None)


def test_an_undated_recollection_does_not_bring_a_departed_person_back() -> None:
    """The seed article recalls an undated promotion after telling of the departure."""
    story = [
        report("Andrey Karpathy", "Tesla", "departed", "2022-07", "2022-10-31", article="s"),
        report(
            "Andrey Karpathy",
            "Tesla",
            "role_changed",
            None,
            "2022-10-31",
            article="s",
            role="senior director of ai",
        ),
    ]
    status = only(fold(story)).status
    assert status is not None and (status.state, status.org) == ("departed", "Tesla")
    assert status.role == "senior director of ai"


def test_an_undated_departure_in_the_news_ends_an_older_dated_post() -> None:
    story = [
        report("Steven Theede", "Yukos", "joined", "2003", "2005-02-11", article="n"),
        report("Steven Theede", "Yukos", "departed", None, "2005-02-11", article="n"),
    ]
    status = only(fold(story)).status
    assert status is not None and status.state == "departed"


def test_giving_up_one_role_and_keeping_another_the_same_day_stays_active() -> None:
    same_day = [
        report(
            "Bo Chan",
            "Acme",
            "role_changed",
            "2020-03-01",
            "2020-03-01",
            article="x",
            role="chairman",
        ),
        report(
            "Bo Chan",
            "Acme",
            "departed",
            "2020-03-01",
            "2020-03-01",
            article="x",
            role="chief executive",
        ),
    ]
    status = only(fold(same_day)).status
    assert status is not None and (status.state, status.role) == ("active", "chairman")


def test_a_return_brings_the_state_returned() -> None:
    story = [
        report("Bob Iger", "Disney", "departed", "2021-12", "2021-12-31"),
        report("Bob Iger", "Disney", "returned", "2022-11", "2022-11-21"),
    ]
    status = only(fold(story)).status
    assert status is not None and status.state == "returned"


def test_leaving_an_earlier_employer_later_keeps_the_new_post() -> None:
    story = [
        report("Cy Doe", "Beta", "joined", "2020-01", "2020-01-05"),
        report("Cy Doe", "Alpha", "departed", "2020-06", "2020-06-05"),
    ]
    status = only(fold(story)).status
    assert status is not None and (status.state, status.org) == ("active", "Beta")


def test_a_ruling_out_newer_in_valid_time_replaces_a_hint() -> None:
    story = [
        report("Di Fox", "Acme", "departed", "2019", "2019-03-01"),
        report("Di Fox", "Acme", "return_ruled_out", "2021", "2021-04-01"),
        report("Di Fox", "Acme", "return_hinted", "2020", "2020-04-01"),
    ]
    signal = only(fold(story)).return_signal
    assert signal is not None and signal.type == "return_ruled_out"


NAMES = [
    "Andrej Karpathy",
    "Andrey Karpathy",
    "A. Karpathy",
    "Karpathy",
    "Sam Karpathy",
    "Ann Lee",
    "Lee",
]
TYPES = [
    "joined",
    "role_changed",
    "departed",
    "on_leave",
    "returned",
    "return_hinted",
    "return_ruled_out",
]


@st.composite
def articles(draw: st.DrawFn) -> list[MoveReported]:
    """Articles with distinct published dates, each reporting a person's move at most once
    per type (so that no two facts tie on date, published date and type)."""
    count = draw(st.integers(1, 8))
    days = draw(st.lists(st.integers(0, 3000), min_size=count, max_size=count, unique=True))
    found: list[MoveReported] = []
    for n, day in enumerate(days):
        published = (date(2010, 1, 1) + timedelta(days=day)).isoformat()
        moves = draw(
            st.lists(
                st.tuples(st.sampled_from(NAMES), st.sampled_from(TYPES)),
                min_size=1,
                max_size=3,
                unique_by=lambda m: m[1],
            )
        )
        for name, move_type in moves:
            org = draw(st.sampled_from(["Tesla", "OpenAI", None]))
            when = draw(st.sampled_from([None, published[:4], published[:7]]))
            found.append(report(name, org, move_type, when, published, article=f"a{n}"))
    return found


def statuses(people: dict[str, Person]) -> dict[str, object]:
    return {
        pid: (p.status, p.return_signal, sorted(f.fact_id for f in p.facts))
        for pid, p in people.items()
    }


@given(articles(), st.randoms(use_true_random=False))
def test_any_order_of_arrival_gives_the_same_people_and_status(
    reports: list[MoveReported],
    rng: random.Random,
) -> None:
    shuffled = list(reports)
    rng.shuffle(shuffled)
    assert statuses(fold(shuffled)) == statuses(fold(reports))


@given(articles())
def test_a_persons_facts_are_in_valid_time_order_and_their_status_is_their_fold(
    reports: list[MoveReported],
) -> None:
    """The order facts are stored in is the order ``status_at`` would put them in."""
    for person in fold(reports).values():
        assert list(person.facts) == sorted(person.facts, key=Fact.order)
        assert status_at(person.facts) == (person.status, person.return_signal)
