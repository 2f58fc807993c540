"""The sources file: YAML and TOML, validated strictly (no Redis)."""

from __future__ import annotations

from pathlib import Path

import pytest

from execwatch.services.ingest.config import (
    SourcesError,
    feed_interval,
    load_sources,
    parse_sources,
    seconds,
)

YAML = """\
interval: 30m
feeds:
  - url: https://wire.example/rss
    name: Wire
  - url: https://ledger.example/atom.xml
    interval: 5m
    fetch_pages: true
"""

TOML = """\
interval = 1800

[[feeds]]
url = "https://wire.example/rss"
name = "Wire"

[[feeds]]
url = "https://ledger.example/atom.xml"
interval = "5m"
fetch_pages = true
"""


@pytest.mark.parametrize(("name", "text"), [("sources.yaml", YAML), ("sources.toml", TOML)])
def test_yaml_and_toml_give_the_same_feeds(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    sources = load_sources(path)
    assert [f.label for f in sources.feeds] == ["Wire", "https://ledger.example/atom.xml"]
    assert [feed_interval(sources, f) for f in sources.feeds] == [1800.0, 300.0]
    assert [f.fetch_pages for f in sources.feeds] == [False, True]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("feeds:\n  - url: https://a.example/rss\n    intervall: 5m\n", "s.yaml:2: "),
        ("feeds:\n  - url: https://a.example/rss\n    intervall: 5m\n", "intervall"),
        ("feeds:\n  - url: https://a.example/rss\n    interval: soon\n", "s.yaml:3: interval"),
        (
            "feeds:\n  - url: https://a.example/rss\n  - url: ftp://b.example\n",
            "s.yaml:3: feed URL",
        ),
        ("feeds:\n  - url: https://a.example/rss\n    interval: 0.1\n", "shorter than"),
        ("feeds: [unclosed\n", "not valid YAML"),
        ("feeds:\n  - name: no url\n", "`url`"),
    ],
)
def test_problems_are_reported_with_line_and_reason(text: str, message: str) -> None:
    with pytest.raises(SourcesError) as raised:
        parse_sources(text, "s.yaml")
    assert message in str(raised.value)


def test_a_toml_problem_names_the_key() -> None:
    with pytest.raises(SourcesError, match=r"s\.toml \(at feeds\[0\]\.name\)"):
        parse_sources('[[feeds]]\nurl = "https://a.example"\nname = 3\n', "s.toml")


def test_an_empty_file_follows_no_feeds() -> None:
    assert parse_sources("", "s.yaml").feeds == []


@pytest.mark.parametrize(
    ("value", "expected"), [(90, 90.0), ("30s", 30.0), ("15m", 900.0), ("1.5h", 5400.0)]
)
def test_durations(value: str | int, expected: float) -> None:
    assert seconds(value) == expected
