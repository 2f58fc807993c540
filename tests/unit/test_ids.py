"""Ids are derived, so they must never change between versions: stored logs and alerts
refer to them."""

from __future__ import annotations

from execwatch.services.core.ids import digest


def test_digests_are_the_ones_earlier_versions_gave() -> None:
    # Values written by the version that hashed one part at a time.
    assert digest("a", None, "", "é") == "f018fab6da863a3be831"
    assert digest("x") == "c8f3bda06c2739e50590"
    assert digest(None) == "bdb43880f0034570defd"
    assert digest(length=8) == "cae66941"
    assert digest("p-1", "joined", "tesla", "2017") == "a1dcfc6a80f1e3da261a"  # no None
    assert digest("Zoë", "", "x", length=16) == "b5953db8b025757a"


def test_none_and_empty_and_part_boundaries_stay_distinct() -> None:
    assert digest(None) != digest("")
    assert digest("ab", "c") != digest("a", "bc")
