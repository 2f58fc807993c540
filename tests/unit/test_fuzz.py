"""Parsers fuzzed with hypothesis: any input gives a result or the parser's own clear error."""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

import msgspec
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from execwatch.schemas import ArticleReceived, EventDecodeError, MoveReported, decode, decode_any
from execwatch.services.ingest.files import Rejected, read_articles
from execwatch.services.notifier.watchlist import WatchlistError, parse_watchlist

JSONISH = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**64 - 1)
    | st.floats(allow_nan=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@given(st.binary(max_size=512))
def test_any_bytes_decode_to_an_event_or_a_decode_error(payload: bytes) -> None:
    for decoder in (lambda p: decode(p, MoveReported), decode_any):
        with contextlib.suppress(EventDecodeError):
            decoder(payload)


@given(JSONISH)
def test_any_msgpack_value_decodes_to_an_event_or_a_decode_error(value: object) -> None:
    with contextlib.suppress(EventDecodeError):
        decode(msgspec.msgpack.encode(value), ArticleReceived)


@given(st.text(max_size=400), st.sampled_from(["w.yaml", "w.toml"]))
def test_any_text_is_a_watchlist_or_a_watchlist_error(text: str, name: str) -> None:
    try:
        parse_watchlist(text, source=name)
    except WatchlistError as exc:
        assert exc.problems and all(p.source == name for p in exc.problems)


@given(JSONISH.map(lambda v: {"people": v}))
def test_any_structure_under_people_is_a_watchlist_or_an_error(document: dict[str, object]) -> None:
    text = msgspec.json.encode(document).decode()  # JSON is YAML
    try:
        parse_watchlist(text, source="w.yaml")
    except WatchlistError as exc:
        assert exc.problems


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=60)
@given(st.binary(max_size=2048), st.sampled_from(["a.txt", "a.jsonl", "a.md"]))
def test_any_file_gives_articles_or_rejections(content: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(content)
        for item in read_articles(path):
            assert isinstance(item, ArticleReceived | Rejected)
