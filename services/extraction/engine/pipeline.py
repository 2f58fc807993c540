"""The extraction pipeline: clean, split, find people and organisations, link triggers."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from .candidates import FORMER_RE, candidate, implied
from .cleanup import clean_text
from .coref import CorefState
from .dates import parse_date as _parse_date
from .folding import fold_lines, whole_words
from .headline import apply_headline
from .link import link_people
from .merge import Candidate, merge
from .model import Move
from .names import Mention, index_people
from .orgchoice import affiliation
from .orgs import OrgMention, index_orgs
from .roles import find_roles
from .segments import find_segments
from .sentences import split_sentences
from .triggers import article_triggers

MAX_CHARS = 400_000
# A real sentence states a handful of moves; a run-on "sentence" with thousands of
# triggers (a list, a text with no sentence ends) would make linking quadratic.
MAX_TRIGGERS_PER_SENTENCE = 12
_LEAD = 3  # the first sentences are always read in full (names, the main organisation)
_CONTEXT = 2  # sentences before a trigger read in full, for pronouns
_POSITIONS = ("striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "full-back",
              "centre-back", "center-back", "forward", "playmaker", "batsman", "bowler",
              "fly-half", "scrum-half", "prop", "lock", "flanker", "quarterback", "pitcher")
_PLAYER_WORDS = f"(?:{'|'.join(_POSITIONS)})"
_PLAYER_BEFORE = re.compile(rf"\b(?:\S+\s+){{0,2}}{_PLAYER_WORDS}\s+$", re.I)
_PAST_PLAYER = re.compile(r"\b(?:former|then|ex-|retired|one-time)", re.I)
_PLAYER_AFTER = re.compile(
    rf",\s+(?:a|the|an)\s+(?:[\w-]+\s+){{0,3}}?{_PLAYER_WORDS}\b(?!\s+turned)", re.I
)
_MANAGING_ROLE = re.compile(r"\b(?:manager|coach|boss|chairman|director|chief|president|owner)\b")
# read on the folded sentence: the matches of the same pattern with re.I, found faster
# "Alex Heath and Nilay Patel Nov 18": a web page's byline, its writers no movers
_BYLINE_AFTER = re.compile(
    r"(?:\s+and\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)+)?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
    r"Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b(?!,?\s+\d{4})"
)
_OUTSIDER_RE = re.compile(
    r"\b(?:reporter|journalist|correspondent|analyst|columnist|spokes(?:man|woman|person))\s+$"
)
# analysts comment from outside; a spokesman usually speaks for the company itself
_COMMENTATOR_WORDS = ("analyst", "economist", "strategist")
_COMMENTATOR = r"(?:analyst|economist|strategist)s?"
_COMMENTATOR_AFTER = re.compile(  # "Beta senior analyst", not "Acme told analysts"
    rf"(?:'s)?\s+(?:(?:senior|chief|lead|principal|equity|credit|research|industry)\s+)?"
    rf"{_COMMENTATOR}\b"
)
_COMMENTATOR_BEFORE = re.compile(rf"\b{_COMMENTATOR}\s+(?:at|with|for|from)\s+(?:the\s+)?$")
# one of them is in every match of _OUTSIDER_RE (read on the folded sentence)
_OUTSIDER_WORDS = ("reporter", "journalist", "correspondent", "analyst", "columnist", "spokes")
# "former Beta executive X", "Ex-Beta chairman X", "X, former head of Beta": a post left
_FORMER_BEFORE = re.compile(
    r"\b(?:[Ff]ormer|[Ee]x-)\s*(?:(?:[A-Z][\w&.'-]*|of|and|&|\(\s*[\w.]+\s*\))\s+){0,6}"
    r"(?:[a-z-]+\s+){0,3}$"
)
_FORMER_AFTER = re.compile(r",\s+(?:a\s+|the\s+)?(?:former|ex-)")


def extract_moves(
    text: str, *, published: str | None = None, title: str | None = None
) -> list[Move]:
    """Return the executive moves an article states, in the order it states them."""
    names, cands = find_candidates(text, published=published, title=title)
    return [
        Move(person=names[c.person], org=c.org, type=c.type, role=c.role, when=c.when,
             evidence=c.evidence, confidence=round(c.confidence, 2))
        for c in cands
    ]


def find_candidates(
    text: str, *, published: str | None = None, title: str | None = None
) -> tuple[list[str], list[Candidate]]:
    """People's names and the article's merged candidate moves."""
    if not isinstance(text, str) or not text.strip():
        return [], []
    if not isinstance(published, str) or _parse_date(published) is None:
        published = None
    clean = clean_text(text[:MAX_CHARS])
    sentences = [s for _, s in split_sentences(clean)]
    folded = fold_lines(sentences)
    triggers = article_triggers(sentences, folded, MAX_TRIGGERS_PER_SENTENCE)
    # Sentences near a trigger are read in full; the others only for people's full names.
    window = set(range(_LEAD))
    for n, found in enumerate(triggers):
        if found:
            window.update(range(n - _CONTEXT, n + 1))
    if not any(triggers):
        return [], []
    segments = [find_segments(s, names_only=n not in window) for n, s in enumerate(sentences)]
    people = index_people(sentences, segments)
    if not people.people:
        return [], []
    orgs = index_orgs(segments, people, title if isinstance(title, str) else "")
    coref = CorefState(people.people)
    cands: list[Candidate] = []
    held: set[tuple[int, str | None]] = set()  # (person, org) posts taken in earlier sentences
    affil: dict[int, tuple[str, str]] = {}  # person -> the organisation and post a title names
    posts: dict[int, str] = {}  # person -> a post a bare title names (no organisation)
    outsiders: set[int] = set()  # people named as analysts, reporters, spokesmen
    formers: set[int] = set()  # people introduced by a post they have left
    athletes: set[int] = set()  # players: their transfers are no executive moves
    # only a person named in the sentence can be its player
    positions = _position_sentences([f if people.mentions[n] else "" for n, f in enumerate(folded)])
    for n, sentence in enumerate(sentences):
        if cands and cands[-1].sentence == n - 1:  # (candidates come in sentence order)
            held.update((c.person, c.org) for c in cands[-8:] if c.sentence == n - 1
                        and c.type in ("joined", "role_changed"))
        mentions = coref.resolve(sentence, people.mentions[n], link=bool(triggers[n]),
                                 folded=folded[n])
        if not mentions:
            continue  # no trigger can be linked to anyone here
        outside = any(word in folded[n] for word in _OUTSIDER_WORDS)
        outsiders.update(m.person for m in mentions if not m.pronoun and (
            (outside and _OUTSIDER_RE.search(folded[n], max(0, m.start - 25), m.start))
            or _BYLINE_AFTER.match(sentence, m.end)))
        if n in positions:
            athletes.update(m.person for m in mentions if not m.pronoun and _plays(sentence, m))
        if not triggers[n] and not (n in window and orgs.mentions[n]):
            continue
        new_names = list(  # one mention per person: a name repeated in a run-on sentence
            {m.person: m for m in reversed(mentions) if not m.pronoun and m.person not in affil}
            .values()
        )[::-1]
        if not triggers[n] and not new_names:
            continue
        roles = find_roles(sentence, folded[n])
        # "New Home Secretary X": a capitalised word of a title is no organisation
        here_orgs = [o for o in orgs.mentions[n]
                     if not any(o.start < r[1] and r[0] < o.end for r in roles)]
        for m in new_names:
            if _former_post(sentence, m):
                formers.add(m.person)
            titled = affiliation(sentence, m, roles, here_orgs)
            if titled is not None:
                affil[m.person] = titled
            else:  # a bare title ("chief executive Jane Roe"): the post, with no organisation
                post = next((r[2] for r in roles if 0 <= m.start - r[1] <= 2
                             and not FORMER_RE.search(sentence, max(0, r[0] - 8), r[0])), None)
                if post:
                    posts.setdefault(m.person, post)
        staff = _staff(sentence, here_orgs, mentions) if triggers[n] else {}
        # "has been at Acme since 1991 and was named CFO in 2011": inside Acme already
        stays: set[tuple[int, str | None]] = set()
        commentators = _commentator_orgs(sentence, folded[n], here_orgs) if triggers[n] else set()
        for trig in triggers[n]:
            for who, kind in link_people(sentence, trig, mentions, roles, here_orgs):
                if who.person in outsiders:
                    continue  # an analyst quoted earlier is not "he" of a later move
                titled = affil.get(who.person)
                homes = (titled[0], orgs.main, titled[1]) if titled \
                    else (None, orgs.main, posts.get(who.person))
                own_orgs = [o for o in here_orgs if staff.get(o.start, who.person) == who.person]
                cand = candidate(sentence, trig, who, kind, roles, own_orgs, homes,
                                  published, held | stays if stays else held, n,
                                  who.person in formers)
                if cand is None or cand.org in commentators:
                    continue  # an analyst's firm: the sentence comments, the move is told elsewhere
                if trig.link == "tenure" and cand.type == "joined" \
                        and trig.text.lower().startswith("since"):
                    stays.add((cand.person, cand.org))
                cands.append(cand)
                cands.extend(implied(sentence, trig, who, cand, own_orgs, published))
    cands = [c for c in cands if c.person not in athletes
             or (c.role is not None and _MANAGING_ROLE.search(c.role))]
    if isinstance(title, str):
        apply_headline(cands, people.people, title)
    return [p.name for p in people.people], merge(cands)


def _former_post(sentence: str, m: Mention) -> bool:
    """True when the words just before the name, or an apposition after it, give a former post
    ("former Beta Corp executive X", "Ex-Bank of Beta chairman X", "X, former head of Beta")."""
    if _FORMER_AFTER.match(sentence, m.end) is not None:
        return True
    lo = max(0, m.start - 80)
    before = sentence[lo : m.start]
    return ("ormer" in before or "x-" in before) \
        and _FORMER_BEFORE.search(sentence, lo, m.start) is not None  # a cheap test first


def _staff(sentence: str, orgs: list[OrgMention], mentions: list[Mention]) -> dict[int, int]:
    """Organisations named as someone's employer ("J.P. Morgan's Goldman"), by start: the
    person they employ. Another person's move is not at that organisation."""
    starts = {m.start: m.person for m in mentions if not m.pronoun}
    out = {}
    for o in orgs:  # the span may or may not hold the "'s"
        after = o.end + 1 if sentence.endswith("'s", 0, o.end) else o.end + 3
        if after in starts and sentence.startswith("'s ", after - 3):
            out[o.start] = starts[after]
    return out


def _commentator_orgs(sentence: str, folded: str, orgs: list[OrgMention]) -> set[str]:
    """The names of the organisations named as an analyst's employer ("said Beta analyst X",
    "an analyst at Beta")."""
    if not any(word in folded for word in _COMMENTATOR_WORDS):
        return set()
    return {o.name for o in orgs if _COMMENTATOR_AFTER.match(folded, o.end)
            or _COMMENTATOR_BEFORE.search(folded, max(0, o.start - 30), o.start)}


def _position_sentences(folded: list[str]) -> set[int]:
    """The indices of the sentences that name a playing position ("striker", "Midfielder"),
    given the folded sentences."""
    # whole words of the folded text: where rf"\b{_PLAYER_WORDS}\b" matches with re.I
    starts = whole_words(_POSITIONS, "\n".join(folded))
    if not starts:
        return set()
    ends = list(accumulate(len(s) + 1 for s in folded))  # where each next sentence starts
    return {bisect_right(ends, pos) for pos in starts}


def _plays(sentence: str, m: Mention) -> bool:
    """True when the sentence describes the person as a current player ("striker X", "X, a
    midfielder"), not a former one."""
    found = _PLAYER_AFTER.match(sentence, m.end) or _PLAYER_BEFORE.search(
        sentence, max(0, m.start - 40), m.start)
    return found is not None and not _PAST_PLAYER.search(found.group(0))


