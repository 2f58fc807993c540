"""Regression floor: the engine's score on the labelled dev corpus (../shared)."""

from __future__ import annotations

import importlib.util
from types import ModuleType

import msgspec
import pytest

from execwatch.services.extraction.engine import extract_moves

from .conftest import SCORER, load_corpus

# A little below what the engine reaches (see docs/extraction.md), so that a real
# regression fails while a harmless reshuffle does not.
FLOOR_OVERALL_F1 = 0.82
FLOOR_RETURNS_F1 = 0.90
FLOOR_ORG_ACCURACY = 0.86


def _scorer() -> ModuleType:
    if not SCORER.exists():
        pytest.skip(f"scorer {SCORER} not found (the ../shared folder is not mounted)")
    spec = importlib.util.spec_from_file_location("execwatch_shared_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.corpus
def test_dev_scores_above_floor() -> None:
    records = load_corpus("dev.jsonl")
    score = _scorer()
    gold = {r["id"]: r["moves"] for r in records}
    pred = {
        r["id"]: [msgspec.to_builtins(m) for m in
                  extract_moves(r["text"], published=r.get("published"), title=r.get("title"))]
        for r in records
    }
    report, _ = score.score(gold, pred)
    assert report["overall"]["f1"] >= FLOOR_OVERALL_F1, report["overall"]
    assert report["returns"]["f1"] >= FLOOR_RETURNS_F1, report["returns"]
    assert report["org_accuracy"] >= FLOOR_ORG_ACCURACY, report["org_accuracy"]
