"""Watched names against the names articles use."""

from __future__ import annotations

import pytest

from execwatch.services.notifier.matching import names_match


@pytest.mark.parametrize(
    ("watched", "mentioned"),
    [
        ("Andrej Karpathy", "Andrey Karpathy"),  # a spelling variant
        ("Andrej Karpathy", "Karpathy"),  # surname only
        ("A. Karpathy", "Andrej Karpathy"),  # an initial
        ("Andrej Karpathy", "Mr Karpathy"),  # an honorific
        ("José Núñez", "Jose Nunez"),  # accents
        ("Martin Luther King Jr", "Martin King"),
    ],
)
def test_variants_of_a_watched_name_match(watched: str, mentioned: str) -> None:
    assert names_match(watched, mentioned)


@pytest.mark.parametrize(
    ("watched", "mentioned"),
    [
        ("Andrej Karpathy", "Elon Musk"),
        ("Andrej Karpathy", "Sam Karpathy"),  # another given name
        ("Andrej Karpathy", "Karpathyan"),
        ("Andrej Karpathy", ""),
    ],
)
def test_other_people_do_not_match(watched: str, mentioned: str) -> None:
    assert not names_match(watched, mentioned)
