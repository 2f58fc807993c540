"""execwatch extraction engine: executive moves out of news text, as a pure library."""

from __future__ import annotations

from .model import MOVE_TYPES, Move
from .pipeline import extract_moves

ENGINE_VERSION = "0.7.0"

__all__ = ["ENGINE_VERSION", "MOVE_TYPES", "Move", "extract_moves"]
