"""Watchlist files: valid ones load, broken ones fail with the file and the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from execwatch.services.notifier.watchlist import WatchlistError, load_watchlist


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "people.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_valid_watchlist_loads_with_aliases(tmp_path: Path) -> None:
    path = _write(tmp_path, 'people:\n  - name: Andrej Karpathy\n    aliases: ["A. Karpathy"]\n')
    watchlist = load_watchlist(path)
    assert watchlist.name == "people"
    assert watchlist.people[0].name == "Andrej Karpathy"
    assert watchlist.people[0].aliases == ["A. Karpathy"]


def test_invalid_yaml_names_file_line_and_column(tmp_path: Path) -> None:
    path = _write(tmp_path, "people:\n  - name: [unclosed\n")
    with pytest.raises(WatchlistError, match=rf"^{path}:\d+:\d+: not valid YAML"):
        load_watchlist(path)


def test_missing_people_is_named(tmp_path: Path) -> None:
    path = _write(tmp_path, "folks:\n  - name: X\n")
    with pytest.raises(WatchlistError, match=rf"^{path}:1:1: .*people"):
        load_watchlist(path)


def test_an_unknown_key_is_reported_as_a_typo(tmp_path: Path) -> None:
    path = _write(tmp_path, "people:\n  - name: X\n    alias: [Y]\n")
    with pytest.raises(WatchlistError, match="alias"):
        load_watchlist(path)


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(WatchlistError, match="cannot read"):
        load_watchlist(tmp_path / "absent.yaml")
