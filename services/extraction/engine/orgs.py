"""Organisations: segments that are not people, their fullest forms and the article's main one."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

import msgspec

from .lexicon import load_lines, load_words
from .names import PeopleIndex
from .segments import Segment

_GENERIC_FIRST = frozenset(
    ("Bank", "New", "National", "Royal", "First", "General", "United", "American", "British",
     "U.S.", "US", "UK", "U.K.", "EU")
)
_NOT_ORG = load_words("not_org.txt")
# organisation words that are adjectives: they do not make "the New Year" an organisation
_ADJECTIVE_WORDS = frozenset(("New", "National", "Royal", "General", "First"))
# "moved to White Hart Lane", "sacked at Spurs": the ground or nickname stands for its club
_CLUB_ALIASES = dict(
    (alias.strip(), club.strip()) for alias, club in
    (line.split("=", 1) for line in load_lines("club_aliases.txt"))
)
_ORG_WORDS = load_words("org_words.txt")
_PLACES = load_words("places.txt")
_DEMONYM_RE = re.compile(r"(?:ian|ese|ish|ean|ians|ans)$")
_ORG_VERBS = frozenset(
    ("said", "says", "announced", "has", "have", "had", "will", "named", "appointed", "hired",
     "reported", "posted", "confirmed", "plans", "is", "was")
)
_ORG_CONTEXT = load_words("org_context.txt")
# Words that name an organisation only with another word ("Virgin Group", not "the Group")
_NOT_ALONE = frozenset(("Group", "Office", "Company", "Companies", "Holdings", "Holding", "Fund",
                        "Funds", "Partners", "Management", "Services", "Research", "Division",
                        "Unit", "Units", "Business", "Businesses"))
_CONTRACTION_RE = re.compile(r"'(?:m|ve|re|ll|d|t)$")
_JOINERS = frozenset(("&", "of", "the"))
_LEGAL = frozenset(("Inc", "Corp", "Co", "Plc", "PLC", "plc", "Ltd", "LLC", "AG", "SA", "NV"))


class OrgMention(msgspec.Struct, frozen=True):
    """An organisation mention inside one sentence (character offsets in that sentence)."""

    start: int
    end: int
    name: str
    strong: bool  # has an organisation word, an acronym, a possessive or an org context


class OrgIndex(msgspec.Struct):
    """The organisations of an article, sentence by sentence, and the main one."""

    mentions: list[list[OrgMention]]
    main: str | None


class _Shape(NamedTuple):
    """What the words of a possible organisation's name tell by themselves."""

    text: str  # the name as written, joined by single spaces
    lone: str | None  # a lone word not in capitals: a name only if not just a sentence's first
    placeless: bool  # names no place
    marked: bool  # has an organisation word or opens with an acronym


@lru_cache(maxsize=256)
def _shape(words: tuple[str, ...]) -> _Shape | None:
    """The shape of a segment's words, or None when they name no organisation: "World Cup"
    (but "World Bank"), adjectives, headline capitals, demonyms, "the Group" (computed once
    for the words, wherever they stand)."""
    if not _NOT_ORG.isdisjoint(words) and not any(
        w in _ORG_WORDS and w not in _NOT_ORG and w not in _ADJECTIVE_WORDS for w in words
    ):
        return None
    core = words if _JOINERS.isdisjoint(words) else tuple(w for w in words if w not in _JOINERS)
    if not core:
        return None
    last = core[-1]
    if "-" in last and last.rsplit("-", 1)[1].islower():
        return None
    if len(core) > 1 and all(w.isupper() for w in core) and "&" not in words:
        return None
    if not last.isalpha() and any(map(str.isdigit, last)):  # (a letter is no digit)
        return None
    if len(core) == 1 and (
        _DEMONYM_RE.search(last) or (last.isupper() and len(last) > 5) or last in _NOT_ALONE
        or len(last) < 2 or _CONTRACTION_RE.search(last)
    ):
        return None  # "Sources said I'm", "the Group": no organisation's name
    return _Shape(
        " ".join(words),
        last if len(core) == 1 and not last.isupper() else None,
        _PLACES.isdisjoint(core),
        not _ORG_WORDS.isdisjoint(core) or (len(core[0]) > 1 and core[0].isupper()),
    )


def _without_prefix(seg: Segment) -> Segment:
    """The name without a leading "Ex-" or adjective ("Cincinnati-based P&G" is "P&G", "New
    York-based Citigroup" is "Citigroup"), for a segment with a hyphen."""
    first = seg.words[0]
    cut = next((i + 1 for i in range(len(seg.words) - 2, -1, -1)
                if "-" in seg.words[i] and seg.words[i].rsplit("-", 1)[1].islower()), 0)
    if cut:  # "New York-based Citigroup": Citigroup
        skipped = sum(len(w) + 1 for w in seg.words[:cut])
        return msgspec.structs.replace(seg, start=seg.start + skipped, words=seg.words[cut:])
    if first.startswith(("Ex-", "ex-")) and len(first) > 4 and first[3].isupper():
        return msgspec.structs.replace(seg, start=seg.start + 3, words=(first[3:], *seg.words[1:]))
    return seg


def _acronyms(words: list[str]) -> set[str]:
    """Initials of a name, with and without its legal suffix ("BBC", "IBM", "UKIP", "HP")."""
    parts = [p for w in words for p in w.split("-") if p]
    letters = [p if p.isupper() else p[0] for p in parts if p[0].isupper()]
    out = {"".join(letters), "".join(p[:2] for p in parts if p[0].isupper())}  # "WaMu"
    if "&" in words:  # "P&G" for "Procter & Gamble"
        out.add("".join(w[0] for w in words if w[0].isupper() or w == "&"))
        if words[-1] in _LEGAL:
            out.add("".join(w[0] for w in words[:-1] if w[0].isupper() or w == "&"))
    if parts and parts[-1] in {"Inc", "Corp", "Co", "Plc", "Ltd", "Group"}:
        out.add("".join(letters[:-1]))
    if "of" in words:  # "BofA", "BoE": the initials keep the "of"
        core = words[:-1] if words[-1] in _LEGAL else words
        for joiner in ("of", "o"):
            out.add("".join(joiner if w == "of" else w[0] for w in core
                            if w == "of" or w[0].isupper()))
    return out


def index_orgs(segments: list[list[Segment]], people: PeopleIndex, title: str) -> OrgIndex:
    """Find organisation mentions and pick the article's main organisation."""
    mid_words = {seg.words[0] for sent in segments for seg in sent if seg.start > 0}
    raw: list[list[tuple[Segment, bool, str]]] = []
    for sent, pmentions in zip(segments, people.mentions, strict=True):
        row: list[tuple[Segment, bool, str]] = []
        raw.append(row)
        if not sent:
            continue
        taken = {(m.start, m.end) for m in pmentions}
        for seg in sent:
            if "-" in "".join(seg.words):
                seg = _without_prefix(seg)
            if (seg.start, seg.end) in taken or (shape := _shape(seg.words)) is None:
                continue
            if shape.lone is not None and seg.start == 0 and not seg.possessive \
                    and seg.next_word not in _ORG_VERBS and shape.lone not in mid_words:
                continue  # a capitalised word that only starts the sentence
            strong = shape.placeless and (
                seg.possessive or seg.prev in _ORG_CONTEXT or shape.marked
            )
            row.append((seg, strong, shape.text))
    names = [text for row in raw for _, _, text in row]
    canon = _canonical_forms(Counter(names), _ORG_WORDS)
    counts: Counter[str] = Counter()
    mentions: list[list[OrgMention]] = []
    for row in raw:
        out: list[OrgMention] = []
        for seg, strong, text in row:
            name = canon.get(text, text)
            name = _CLUB_ALIASES.get(name, name)
            counts[name] += 2 if strong else 1
            out.append(OrgMention(seg.start, seg.end, name, strong))
        mentions.append(out)
    title_words = {word.strip("'\":,.").removesuffix("'s") for word in title.split()}
    title_words = {w for w in title_words if w[:1].isupper() and w not in _GENERIC_FIRST}
    title_acronyms = {w for w in title_words if sum(c.isupper() for c in w) > 1}
    bonus = max(4, sum(counts.values()) // 5)  # the headline names what the story is about
    for name in counts:
        words = name.split()
        if title_words.intersection(words) or (
            title_acronyms and title_acronyms.intersection(_acronyms(words))
        ):
            counts[name] += bonus
    first = next((w.strip("'\":,.").removesuffix("'s") for w in title.split()), "")
    if first[:1].isupper() and first not in _GENERIC_FIRST:  # "Acme names Beta veteran CEO"
        named = [n for n in counts if first in n.split() or first in _acronyms(n.split())]
        if len(named) == 1:
            counts[named[0]] += bonus // 2  # the headline's first word: its subject
    lead = next((row for row in mentions if row), [])
    for i, o in enumerate(lead):
        counts[o.name] += 4 if i == 0 else 2  # so does the lead sentence, its subject most
    main = max(counts, key=lambda k: (counts[k], len(k))) if counts else None
    return OrgIndex(mentions, main)


def _canonical_forms(counts: Counter[str], org_words: frozenset[str]) -> dict[str, str]:
    """Map short forms and acronyms to the fullest form the article gives."""
    boards = {f for f in counts if f.endswith(" Board") and f.removesuffix(" Board") in counts}
    by_first: dict[str, list[str]] = {}
    for form in sorted(counts, key=lambda f: (-len(f), f)):
        if form not in boards:  # "the IGT Board" is no fuller name of IGT
            by_first.setdefault(form.split(" ", 1)[0], []).append(form)
    long_forms = [f for f in counts if " " in f or "-" in f]
    acronyms: list[tuple[str, set[str]]] | None = None  # built when first needed
    suffixed = {f.rsplit(" ", 1)[0]: f for f in sorted(counts, reverse=True)
                if " " in f and f.rsplit(" ", 1)[1] in _LEGAL}
    by_prefix: dict[str, list[str]] = {}  # first three letters -> forms, in the article's order
    for form in counts:
        by_prefix.setdefault(form[:3], []).append(form)
    canon: dict[str, str] = {}
    for short in counts:
        sw = short.split()
        if len(sw) > 1 and sw[-1] in _LEGAL:
            continue
        if short in suffixed:  # "Bank of America" and "Bank of America Corp" are one name
            canon[short] = suffixed[short]
            continue
        packed = short.replace(" ", "").rstrip(".")  # "P & G." ends a sentence
        if (len(sw) == 1 or "&" in sw) and len(packed) > 1 \
                and sum(map(str.isupper, packed)) > 1 and not any(
                    # "CME Group" is a fuller form of "CME"; "NYSE Euronext" is not
                    f != short and all(w in org_words for w in f.split()[1:])
                    for f in by_first.get(short, ())):
            if acronyms is None:
                acronyms = [(f, _acronyms(f.split())) for f in long_forms]
            full = next((f for f, acr in acronyms if packed in acr), None)
            if full is not None:
                canon[short] = full
                continue
        if len(sw) == 2 and (inverted := _inverted(sw, long_forms)) is not None:
            canon[short] = inverted  # "Minneapolis Fed": "Federal Reserve Bank of Minneapolis"
            continue
        if sw[0] in _GENERIC_FIRST:
            continue
        if len(sw) == 1 and len(short) >= 3:
            longer = [f for f in by_prefix.get(short[:3], ())
                      if f != short and f.startswith(short) and f[len(short)].isalpha()]
            if longer:
                canon[short] = max(longer, key=lambda f: (counts[f], len(f)))
                continue
        for full in by_first.get(sw[0], []):
            fw = full.split()
            if len(fw) > len(sw) and fw[: len(sw)] == sw and (
                counts[full] >= 2 or all(w in org_words or w == "&" for w in fw[len(sw) :])
            ):
                canon[short] = full
                break
    for board in boards:  # "the IGT Board": the company's board is the company
        owner = board.removesuffix(" Board")
        canon[board] = canon.get(owner, owner)
    return canon


def _inverted(words: list[str], long_forms: list[str]) -> str | None:
    """The "B... of A" form of a name "A B" ("Oxford University": "University of Oxford";
    "Minneapolis Fed": "Federal Reserve Bank of Minneapolis"), when the article gives it."""
    place, body = words
    if len(body) < 3 or not body[0].isupper():
        return None
    tail = " of " + place
    return next((f for f in long_forms if f.endswith(tail) and f.startswith(body)), None)
