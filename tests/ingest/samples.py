"""Invented articles, pages and feeds for the ingest tests."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

WIRE_STORY = (
    "Brackenridge Mills said on Tuesday that its chief executive Odile Marchetti will step "
    "down at the end of the year after nine years in the role. The textile maker named its "
    "chief operating officer, Ravi Anand, as her successor. Marchetti joined the company in "
    "2015 from Lantern Freight, where she ran the European division. Under her leadership "
    "Brackenridge Mills doubled its revenue and opened two plants in northern Portugal. The "
    "board thanked her for steering the group through a difficult period for the industry. "
    "Anand, who has been with the company since 2018, will take over on January 1. Shares in "
    "the company were little changed in afternoon trading. Analysts said the succession had "
    "been widely expected after Anand was given responsibility for the group's operations "
    "last spring. Marchetti will remain an adviser to the board until the end of March."
)

# The same wire story as three other outlets ran it: a dateline, a word or two changed.
SYNDICATED = [
    "LISBON (Northwire) - " + WIRE_STORY,
    WIRE_STORY.replace("little changed", "slightly higher") + " Reporting by Northwire staff.",
    WIRE_STORY.replace("on Tuesday", "on Tuesday morning").replace("two plants", "two new plants"),
]

# A follow-up reusing the background but reporting a different move: not a duplicate.
FOLLOW_UP = (
    "Ravi Anand, who takes over as chief executive of Brackenridge Mills in January, said on "
    "Friday that he had hired Imogen Tsai from Corvel Logistics as chief financial officer. "
    "Tsai spent twelve years at Corvel, most recently as its treasurer, and will start in "
    "February. The appointment completes the new leadership team. " + WIRE_STORY[:300]
)

OTHER_STORY = (
    "Halvard Systems appointed Benedikt Osei as chief technology officer on Monday. Osei was "
    "previously head of engineering at Pellucid Networks, where he built its cloud platform. "
    "He replaces Mira Sandoval, who left in May to start her own company."
)


@dataclass(frozen=True)
class Entry:
    """One invented feed entry."""

    guid: str
    title: str
    text: str
    link: str = ""
    published: str = "Tue, 05 Mar 2024 09:00:00 GMT"


def rss(entries: list[Entry], title: str = "Invented Business Wire") -> bytes:
    """An RSS 2.0 document of ``entries`` (newest first, as feeds list them)."""
    items = "".join(
        f"<item><guid>{escape(e.guid)}</guid><title>{escape(e.title)}</title>"
        f"<link>{escape(e.link)}</link><pubDate>{e.published}</pubDate>"
        f"<description>{escape('<p>' + e.text + '</p>')}</description></item>"
        for e in entries
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>http://example.invalid/</link>"
        f"<description>Invented</description>{items}</channel></rss>"
    ).encode()


def atom(entries: list[Entry]) -> bytes:
    """An Atom document of ``entries``."""
    items = "".join(
        f"<entry><id>{escape(e.guid)}</id><title>{escape(e.title)}</title>"
        f'<link href="{escape(e.link)}"/><updated>2024-03-05T09:00:00Z</updated>'
        f'<content type="html">{escape("<p>" + e.text + "</p>")}</content></entry>'
        for e in entries
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Invented Atom</title><id>urn:invented</id>"
        f"<updated>2024-03-05T09:00:00Z</updated>{items}</feed>"
    ).encode()


def page(title: str, text: str, published: str = "2024-03-04", canonical: str = "") -> bytes:
    """An invented news page: navigation, the article, a footer."""
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in text.split(". ") if p)
    link = f'<link rel="canonical" href="{escape(canonical)}">' if canonical else ""
    return (
        f"<!doctype html><html><head><title>{escape(title)} | The Invented Ledger</title>"
        f'<meta property="article:published_time" content="{published}T08:00:00Z">{link}'
        '</head><body><nav><a href="/">Home</a> <a href="/markets">Markets</a></nav>'
        f"<article><h1>{escape(title)}</h1>{paragraphs}</article>"
        "<footer>All invented, 2024</footer></body></html>"
    ).encode()


# A copy of the second copy, edited again: close to that copy, further from the original.
SECOND_HAND = (
    SYNDICATED[1]
    .replace("nine years in the role", "nine years at the helm")
    .replace("textile maker", "fabric manufacturer")
)
