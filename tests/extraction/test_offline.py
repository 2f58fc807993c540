"""The offline batch runner behind `execwatch extract`."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from execwatch.services.extraction import offline
from execwatch.services.extraction.offline import MAX_TEXT_CHARS, run_extract

RESIGN = "Helen Marsh resigned as chairman of Corvid Holdings."
JOIN = "Maria Olsen has been appointed chief executive of Brightwater Energy."


def write_jsonl(path: Path, records: list[Any]) -> Path:
    """Write records (dicts, or raw strings for bad lines) as JSON Lines."""
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def read_out(path: Path) -> list[dict[str, Any]]:
    """The output lines of a run."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_jsonl_in_order_with_all_fields(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [
        {"id": "b", "text": RESIGN, "published": "2021-06-09"},
        {"id": "a", "text": "Nothing happened today."},
        {"id": 7, "text": JOIN, "title": "Brightwater names chief"},
    ])
    out = tmp_path / "out.jsonl"
    assert run_extract([str(src)], str(out), progress=False) == 0
    rows = read_out(out)
    assert [r["id"] for r in rows] == ["b", "a", "7"]
    assert rows[1]["moves"] == []
    move = rows[0]["moves"][0]
    assert set(move) == {"person", "org", "type", "role", "when", "evidence", "confidence"}
    assert (move["person"], move["type"], move["org"]) == ("Helen Marsh", "departed",
                                                          "Corvid Holdings")


def test_text_file_with_date_line(tmp_path: Path) -> None:
    src = tmp_path / "karpathy-note.txt"
    src.write_text("date 2022-10-31\nIn March, Peter Lang announced he would take a "
                   "sabbatical from Norvale.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert run_extract([str(src)], str(out), progress=False) == 0
    (row,) = read_out(out)
    assert row["id"] == "karpathy-note.txt"  # a text file's name is its id
    assert row["moves"][0]["when"] == "2022-03"


def test_bad_inputs_warn_skip_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = write_jsonl(tmp_path / "mixed.jsonl", [
        {"id": "ok1", "text": RESIGN},
        "this is not json",
        {"id": "no-text"},
        {"text": "no id"},
        {"id": "empty", "text": "  "},
        ["a", "list"],
        {"id": "ok2", "text": JOIN},
    ])
    bad_utf8 = tmp_path / "latin1.txt"
    bad_utf8.write_bytes("Jos\xe9 Ruiz resigned.".encode("latin-1"))
    out = tmp_path / "out.jsonl"
    assert run_extract([str(src), str(bad_utf8)], str(out), progress=False) == 1
    assert [r["id"] for r in read_out(out)] == ["ok1", "ok2"]
    err = capsys.readouterr().err.splitlines()
    assert any(f"{src}:2: not a JSON object" in line for line in err)
    assert any(f"{src}:3: record without an id" in line for line in err)
    assert any(f"{src}:4: record without an id" in line for line in err)
    assert any("(id empty): empty text" in line for line in err)
    assert any(f"{src}:6: not a JSON object" in line for line in err)
    assert any(f"{bad_utf8}: invalid UTF-8" in line for line in err)
    assert all(line.startswith("execwatch extract: warning: ") for line in err)


def test_invalid_utf8_line_in_jsonl_skips_only_that_line(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(json.dumps({"id": "x", "text": RESIGN}).encode() + b"\n"
                    + b'{"id": "y", "text": "caf\xe9"}\n')
    out = tmp_path / "out.jsonl"
    assert run_extract([str(src)], str(out), progress=False) == 1
    assert [r["id"] for r in read_out(out)] == ["x"]


def test_huge_text_is_truncated_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = RESIGN + " " + "Filler words without any move at all. " * 140_000
    assert len(big) > 5_000_000
    src = write_jsonl(tmp_path / "big.jsonl", [{"id": "big", "text": big}])
    out = tmp_path / "out.jsonl"
    assert run_extract([str(src)], str(out), progress=False) == 0
    (row,) = read_out(out)
    assert row["moves"][0]["person"] == "Helen Marsh"
    assert f"truncated to {MAX_TEXT_CHARS:,}" in capsys.readouterr().err


def test_html_is_processed_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = write_jsonl(tmp_path / "html.jsonl",
                      [{"id": "h", "text": f"<div><p>{RESIGN}</p></div>"}])
    out = tmp_path / "out.jsonl"
    assert run_extract([str(src)], str(out), progress=False) == 0
    assert read_out(out)[0]["moves"][0]["type"] == "departed"
    assert "HTML markup found" in capsys.readouterr().err


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_jsonl_to_stdout(
    monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    _stdin(monkeypatch, (json.dumps({"id": "s1", "text": RESIGN}) + "\n").encode())
    assert run_extract([], None, progress=False) == 0
    (row,) = [json.loads(line) for line in capsysbinary.readouterr().out.splitlines()]
    assert row["id"] == "s1"


def test_stdin_plain_text(
    monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    _stdin(monkeypatch, ("date 2021-06-09\n" + RESIGN).encode())
    assert run_extract(["-"], None, progress=False) == 0
    (row,) = [json.loads(line) for line in capsysbinary.readouterr().out.splitlines()]
    assert row["id"] == "stdin"
    assert row["moves"][0]["type"] == "departed"


def test_directory_input_and_unwritable_output(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "b.txt").write_text(JOIN, encoding="utf-8")
    (folder / "a.txt").write_text(RESIGN, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert run_extract([str(folder)], str(out), progress=False) == 0
    assert [r["id"] for r in read_out(out)] == ["a.txt", "b.txt"]
    assert run_extract([str(folder)], str(tmp_path / "missing" / "out.jsonl"),
                       progress=False) == 1


def test_missing_input_file_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    assert run_extract([str(tmp_path / "nope.jsonl")], str(out), progress=False) == 1
    assert "nope.jsonl: cannot read" in capsys.readouterr().err


def test_progress_bar_draws_on_long_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = iter(float(i) for i in range(1000))
    monkeypatch.setattr(offline.time, "monotonic", lambda: next(clock))
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": str(i), "text": RESIGN} for i in range(3)])
    assert run_extract([str(src)], str(tmp_path / "out.jsonl"), progress=True) == 0
    err = capsys.readouterr().err
    assert "\rextracting: 3 articles" in err
    assert err.endswith("done.\n")
