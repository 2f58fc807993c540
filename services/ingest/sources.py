"""SOURCE arguments to articles: files, directories, standard input, feed and page URLs."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from execwatch.schemas import ArticleReceived
from execwatch.services.ingest.config import Feed
from execwatch.services.ingest.feeds import entry_article, feed_entries, looks_like_feed
from execwatch.services.ingest.fetch import Fetcher, FetchError
from execwatch.services.ingest.files import files_under, read_articles, read_bytes
from execwatch.services.ingest.pages import article_from_html
from execwatch.services.ingest.records import ArticleInputError, Rejected

STDIN = "-"
Item = ArticleReceived | Rejected


@dataclass(frozen=True)
class Input:
    """One thing to read: a file (with the article id it gives), standard input, or a URL."""

    label: str
    path: Path | None = None
    name: str | None = None
    url: str | None = None


def is_url(arg: str) -> bool:
    """Whether a SOURCE argument is a web address rather than a path."""
    return arg.lower().startswith(("http://", "https://"))


def expand(args: Sequence[str]) -> list[Input | Rejected]:
    """Every input the arguments name, directories walked recursively, in argument order.

    A file inside a directory is named by its path relative to that directory,
    which is the id of a single-article file.
    """
    inputs: list[Input | Rejected] = []
    for arg in args:
        if arg == STDIN:
            inputs.append(Input("standard input"))
        elif is_url(arg):
            inputs.append(Input(arg, url=arg))
        elif not (root := Path(arg)).exists():
            inputs.append(Rejected(arg, "no such file or directory"))
        elif root.is_dir():
            found = [
                Input(str(path), path=path, name=str(path.relative_to(root)))
                for path in files_under(root)
            ]
            inputs.extend(found or [Rejected(arg, "the directory holds no article files")])
        else:
            inputs.append(Input(arg, path=root, name=root.name))
    return inputs


async def read_input(item: Input, fetcher: Fetcher) -> list[Item]:
    """The articles of one input; what cannot be read comes back as Rejected, never raised."""
    if item.path is not None:
        return list(read_articles(item.path, item.name))
    if item.url is None:
        return list(read_bytes(sys.stdin.buffer.read(), name=None, source=STDIN))
    try:
        return await _read_url(item.url, fetcher)
    except (FetchError, ArticleInputError) as exc:
        return [Rejected(item.url, str(exc).removeprefix(f"{item.url}: "))]


async def _read_url(url: str, fetcher: Fetcher) -> list[Item]:
    response = await fetcher.get(url)
    if not looks_like_feed(response):
        return [article_from_html(response.text(), url=response.url, source=url)]
    feed = Feed(url=url)
    items: list[Item] = []
    for entry_id, entry in feed_entries(response).items():
        try:
            items.append(await entry_article(entry, feed, fetcher))
        except (FetchError, ArticleInputError) as exc:
            items.append(Rejected(f"{url} entry {entry.get('link') or entry_id}", str(exc)))
    return items
