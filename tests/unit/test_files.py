"""Reading articles from text and JSON Lines files."""

from __future__ import annotations

from pathlib import Path

from execwatch.services.ingest.files import Rejected, read_articles


def test_a_date_first_line_sets_the_published_date(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("date 2022-10-31\n\nAda Byron joined Analytical Engines.\n", encoding="utf-8")
    (article,) = read_articles(path)
    assert not isinstance(article, Rejected)
    assert article.published == "2022-10-31"
    assert article.article_id == "story.txt"
    assert article.text == "Ada Byron joined Analytical Engines."


def test_json_lines_keep_order_and_report_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        '{"id": "one", "text": "First.", "published": "2020-01-02"}\n'
        "not json\n"
        '{"id": "empty", "text": ""}\n'
        '{"id": "two", "text": "Second.", "title": "T"}\n',
        encoding="utf-8",
    )
    items = list(read_articles(path))
    assert [getattr(i, "article_id", None) for i in items] == ["one", None, None, "two"]
    assert isinstance(items[1], Rejected) and items[1].where.endswith(":2")
    assert "not JSON" in items[1].reason
    assert isinstance(items[2], Rejected) and "no text" in items[2].reason


def test_an_empty_text_file_is_rejected_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("date 2022-10-31\n\n", encoding="utf-8")
    (item,) = read_articles(path)
    assert isinstance(item, Rejected)
    assert "blank.txt" in item.where


def test_invalid_utf8_is_read_with_replacement(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(b"Ada Byron \xff joined Analytical Engines.")
    (article,) = read_articles(path)
    assert not isinstance(article, Rejected)
    assert "Analytical Engines" in article.text
