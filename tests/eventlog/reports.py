"""Building MoveReported events for the event-log tests."""

from __future__ import annotations

from execwatch.schemas import MoveReported
from execwatch.services.core.ids import digest


def report(
    person: str,
    org: str | None,
    type: str,
    when: str | None,
    published: str | None = None,
    *,
    article: str | None = None,
    role: str | None = None,
    evidence: str | None = None,
) -> MoveReported:
    """A report of one move in one article; the event id derives from article and move."""
    article_id = article or f"art-{digest(person, org, type, when, published, length=8)}"
    return MoveReported(
        event_id="m-" + digest(article_id, type, person, org or ""),
        article_id=article_id,
        person=person,
        org=org,
        type=type,
        role=role,
        when=when,
        evidence=evidence or f"{person} {type} {org}.",
        confidence=0.9,
        published=published,
        url=f"https://news.example/{article_id}",
        reported_at="2026-01-01T00:00:00+00:00",
    )


def karpathy() -> list[MoveReported]:
    """The seed story told by four articles, spelled three ways, newest first."""
    return [
        report(
            "Andrey Karpathy", "Tesla", "return_hinted", "2022-10", "2022-10-31", article="seed"
        ),
        report("Andrey Karpathy", "Tesla", "departed", "2022-07", "2022-10-31", article="seed"),
        report("Andrej Karpathy", "Tesla", "departed", "2022-07-13", "2022-07-13", article="jul"),
        report("Karpathy", "Tesla", "on_leave", "2022-03", "2022-03-28", article="mar"),
        report(
            "Andrej Karpathy",
            "Tesla",
            "role_changed",
            "2019",
            "2019-05-01",
            article="may",
            role="senior director of ai",
        ),
        report(
            "Andrej Karpathy",
            "Tesla",
            "joined",
            "2017-06",
            "2017-06-20",
            article="jun",
            role="director of ai",
        ),
    ]
