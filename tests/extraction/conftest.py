"""Shared helpers for the extraction tests: where the shared corpus lives."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CORPUS = SHARED / "corpus"
SCORER = SHARED / "tools" / "score.py"


def load_corpus(name: str) -> list[dict[str, Any]]:
    """Records of ../shared/corpus/NAME, or skip the test when the corpus is absent."""
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"shared corpus file {path} not found (the ../shared folder is not mounted)")
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
