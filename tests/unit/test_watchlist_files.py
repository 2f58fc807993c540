"""Watchlists in YAML and TOML: one schema, every problem reported where it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from execwatch.services.notifier.watchlist import WatchlistError, load_watchlist

YAML = """\
name: investors
alert_on: [departed, return_hinted]
min_confidence: 0.5
people:
  - name: Andrej Karpathy
    aliases: ["A. Karpathy"]
    organisations: [Tesla]
    tags: [ai]
routes:
  - name: team
    webhook: {url: "http://127.0.0.1:9/hook", secret_env: HOOK_SECRET}
    digest: daily
  - file: alerts.jsonl
"""

TOML = """\
name = "investors"
alert_on = ["departed", "return_hinted"]
min_confidence = 0.5

[[people]]
name = "Andrej Karpathy"
aliases = ["A. Karpathy"]
organisations = ["Tesla"]
tags = ["ai"]

[[routes]]
name = "team"
digest = "daily"
webhook = { url = "http://127.0.0.1:9/hook", secret_env = "HOOK_SECRET" }

[[routes]]
file = "alerts.jsonl"
"""


def test_yaml_and_toml_forms_load_to_the_same_watchlist(tmp_path: Path) -> None:
    (tmp_path / "w.yaml").write_text(YAML, encoding="utf-8")
    (tmp_path / "w.toml").write_text(TOML, encoding="utf-8")
    assert load_watchlist(tmp_path / "w.yaml") == load_watchlist(tmp_path / "w.toml")


def test_every_problem_is_reported_with_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(
        "people:\n"
        "  - name: A\n"
        "    alias: [B]\n"  # line 3: a typo
        "  - name: 7\n"  # line 4: not a string
        "routes:\n"
        "  - file: x.jsonl\n"
        "    apprise: json://127.0.0.1/\n"  # line 6-7: two targets
        "alert_on: [hired]\n",  # line 8: not a move type
        encoding="utf-8",
    )
    with pytest.raises(WatchlistError) as caught:
        load_watchlist(path)
    where = [(p.line, p.column) for p in caught.value.problems]
    assert where == [(3, 5), (4, 5), (6, 5), (8, 12)]
    assert all(p.source == str(path) for p in caught.value.problems)


def test_toml_problems_name_their_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('[[people]]\nname = "A"\n\n[[people]]\nnam = "B"\n', encoding="utf-8")
    with pytest.raises(WatchlistError) as caught:
        load_watchlist(path)
    (problem,) = caught.value.problems
    assert (problem.line, problem.column) == (5, 1)
    assert "nam" in problem.message


def test_toml_syntax_errors_keep_their_position(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('[[people]]\nname = "A\n', encoding="utf-8")
    with pytest.raises(WatchlistError) as caught:
        load_watchlist(path)
    (problem,) = caught.value.problems
    assert problem.line == 2 and "not valid TOML" in problem.message


def test_a_webhook_without_a_secret_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "w.yaml"
    path.write_text(
        "people: [{name: A}]\nroutes:\n  - webhook: {url: 'http://127.0.0.1:9/'}\n",
        encoding="utf-8",
    )
    with pytest.raises(WatchlistError, match="secret"):
        load_watchlist(path)
