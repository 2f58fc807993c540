"""Articles from text, Markdown, HTML and JSON: metadata and dates from the source (no Redis)."""

from __future__ import annotations

from pathlib import Path

import pytest

from execwatch.services.ingest.dates import iso_date
from execwatch.services.ingest.files import files_under, read_articles, read_bytes
from execwatch.services.ingest.records import ArticleInputError, Rejected, article_from_record
from execwatch.services.ingest.sources import expand
from tests.ingest.samples import OTHER_STORY, WIRE_STORY, page


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-05", "2024-03-05"),
        ("5 March 2024", "2024-03-05"),
        ("Tue, 05 Mar 2024 09:00:00 GMT", "2024-03-05"),
        ("March 5, 2024", "2024-03-05"),
        ("2024-03-05T23:30:00-05:00", "2024-03-05"),
        ("next week", None),
        ("", None),
        (None, None),
    ],
)
def test_published_dates_are_parsed_robustly(value: str | None, expected: str | None) -> None:
    assert iso_date(value) == expected


def test_markdown_front_matter_gives_title_date_and_url(tmp_path: Path) -> None:
    path = tmp_path / "mills.md"
    path.write_text(
        "---\ntitle: Mills chief to step down\ndate: 5 March 2024\n"
        "url: https://news.example/mills\n---\n\n" + WIRE_STORY,
        encoding="utf-8",
    )
    (article,) = read_articles(path)
    assert not isinstance(article, Rejected)
    assert (article.title, article.published, article.url) == (
        "Mills chief to step down",
        "2024-03-05",
        "https://news.example/mills",
    )
    assert article.text == WIRE_STORY


def test_a_date_line_with_a_colon_and_words_sets_the_date(tmp_path: Path) -> None:
    path = tmp_path / "halvard.txt"
    path.write_text("Date: March 4, 2024\n" + OTHER_STORY, encoding="utf-8")
    (article,) = read_articles(path)
    assert not isinstance(article, Rejected)
    assert article.published == "2024-03-04"
    assert article.text == OTHER_STORY


def test_a_first_line_that_merely_starts_with_date_stays_in_the_text(tmp_path: Path) -> None:
    path = tmp_path / "dates.txt"
    path.write_text("Dates matter to Halvard.\n" + OTHER_STORY, encoding="utf-8")
    (article,) = read_articles(path)
    assert not isinstance(article, Rejected)
    assert article.published is None
    assert article.text.startswith("Dates matter")


def test_broken_front_matter_is_rejected_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.md"
    path.write_text("---\ntitle: [unclosed\n---\nText.\n", encoding="utf-8")
    (item,) = read_articles(path)
    assert isinstance(item, Rejected)
    assert item.where == str(path)
    assert "front matter" in item.reason


def test_an_html_file_gives_its_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "halvard.html"
    path.write_bytes(page("Halvard names CTO", OTHER_STORY, canonical="https://ledger.example/h"))
    (article,) = read_articles(path)
    assert not isinstance(article, Rejected)
    assert article.title == "Halvard names CTO"
    assert article.published == "2024-03-04"
    assert article.url == "https://ledger.example/h"
    assert "Benedikt Osei" in article.text
    assert "Markets" not in article.text and "All invented" not in article.text


def test_an_html_page_without_text_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text(
        "<html><head><title>Nothing</title></head><body></body></html>", encoding="utf-8"
    )
    (item,) = read_articles(path)
    assert isinstance(item, Rejected)
    assert "no article text" in item.reason


def test_standard_input_is_recognised_as_json_lines_by_its_content() -> None:
    raw = b'{"text": "Osei joins Halvard.", "url": "https://x.example/1"}\n'
    (article,) = read_bytes(raw, name=None, source="-")
    assert not isinstance(article, Rejected)
    assert article.url == "https://x.example/1"
    assert article.article_id.startswith("a-")


def test_a_json_record_with_a_date_that_is_no_date_is_refused() -> None:
    with pytest.raises(ArticleInputError, match="not a date"):
        article_from_record({"text": "Osei joins.", "published": "soonish"}, where="w", source="s")


def test_directories_are_walked_recursively_skipping_hidden_and_other_files(
    tmp_path: Path,
) -> None:
    for name in ("a.txt", "sub/b.md", "sub/deeper/c.html", "sub/notes.pdf", ".git/d.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in files_under(tmp_path)]
    assert found == ["a.txt", "sub/b.md", "sub/deeper/c.html"]


def test_files_in_a_directory_are_named_by_their_relative_path(tmp_path: Path) -> None:
    for name in ("2023/index.md", "2024/index.md"):
        (tmp_path / name).parent.mkdir(parents=True)
        (tmp_path / name).write_text("text", encoding="utf-8")
    names = [getattr(i, "name", None) for i in expand([str(tmp_path)])]
    assert names == ["2023/index.md", "2024/index.md"]


def test_a_missing_source_is_rejected_by_name(tmp_path: Path) -> None:
    (item,) = expand([str(tmp_path / "nope.txt")])
    assert isinstance(item, Rejected)
    assert item.reason == "no such file or directory"
