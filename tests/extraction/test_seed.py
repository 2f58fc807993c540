"""The seed article of the design: Karpathy's six moves."""

from __future__ import annotations

from execwatch.services.extraction.engine import extract_moves

from .conftest import load_corpus


def test_seed_article_all_six_moves() -> None:
    (record,) = load_corpus("seed.jsonl")
    moves = extract_moves(record["text"], published=record["published"], title=record["title"])
    found = {(m.person, m.type) for m in moves}
    expected = {(g["person"], g["type"]) for g in record["moves"]}
    assert expected <= found
    hint = next(m for m in moves if m.type == "return_hinted")
    assert hint.org == "Tesla"
    assert hint.person == "Andrey Karpathy"
    assert "could return to Tesla" in hint.evidence
    assert hint.when is not None and hint.when.startswith("2022-10")
    by_type = {m.type: m for m in moves}
    assert by_type["joined"].when == "2017"
    assert by_type["on_leave"].when == "2022-03"
    assert by_type["departed"].when == "2022-07"
    assert by_type["role_changed"].role == "senior director of ai"
