"""People: decide which segments are person names and link short forms to full names."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

import msgspec

from .lexicon import CAP_STOP, load_lines, load_words
from .segments import Segment

_PARTICLES = load_words("particles.txt")
_ROLE_BEFORE = load_words("role_before.txt")
_JOINERS = frozenset(("&", "of", "the"))
_ORG_WORDS = load_words("org_words.txt")
_ORG_NAMES = frozenset(load_lines("org_names.txt"))
_FIRST_NAMES = load_words("first_names.txt")
_PLACES = load_words("places.txt")
_TITLES = frozenset(
    ("president", "chairman", "chairwoman", "chancellor", "minister", "secretary", "governor",
     "senator", "judge", "ceo", "coach", "manager", "boss", "commissioner", "premier")
)
_DEMONYM_RE = re.compile(r"(?:an|ese|ish|ean)$")
_INITIALS = re.compile(r"^(?:[A-Z]\.)+$")
_ADJ_SUFFIXES = frozenset(
    ("based", "led", "owned", "born", "run", "backed", "listed", "controlled", "era", "style",
     "made", "bound", "area", "wide")
)
# a post or a move right after the name and a comma: "X, chief information officer;", "X,
# former Acme vice chairman,", "X, newly named head of ...", but not "Acme, chief executive X"
_APPOSITION = (
    r"(?:recently|newly|former|chief|chairman|chairwoman|president|vice|senior|"
    r"managing|deputy|head|the\s+company's)\b"
    r"(?!(?:\s+(?!of\b|at\b|for\b|in\b)[a-z-]+)*\s+[A-Z][\w'-]*\s+[A-Z])"
)
# A bare capitalised word used the way newspapers use surnames: "Mr X", "X said", "X, 45,".
# No leading \b (it slows the regex engine down); the word boundary is checked per match,
# and repeats are bounded so that a huge unbroken word cannot make a failing match quadratic.
# Possessive repeats ({1,30}+) where what follows the word cannot be part of it, so a failing
# match does not back off letter by letter (the same matches, found faster).
_SURNAME_USES = (
    re.compile(r"(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady)\.?\s+([A-Z][\w'-]{1,30}+)"),
    re.compile(rf"([A-Z][\w'-]{{1,30}}+),\s+(?:\d{{2}},|who\b|{_APPOSITION})"),
    re.compile(r"(?:said|says|added)\s+([A-Z][\w'-]{1,30})\b(?!\s+[A-Z])"),
    re.compile(r"([A-Z][\w'-]{1,30}+)(?:'s)?\s+(?:said|says|told|added|explained|insisted|argued|"
               r"has\s+said|had\s+said|was\s+quoted)\b"),
    re.compile(r"([A-Z][\w-]{1,30}+)'s?\s+(?:retirement|resignation|departure|appointment|"
               r"successor|predecessor|tenure|return|exit|ouster|promotion|replacement|"
               r"responsibilities|duties|absence)\b"),
)
# Where the regex engine would try the second, third and fifth patterns at every capital or
# every "s" and "a", their matches are looked for only where one can start: at a "said",
# "says" or "added", or at a capital 2 to 31 characters before what must follow the word (a
# capitalised word of 2 to 31 characters ends there). These anchors have a first character or
# string the engine skips to, and none can hide another (each is zero-width past its first
# characters, and no two "said", "says" or "added" overlap).
_SAID_RES = (re.compile(r"sa(?:id|ys)"), re.compile(r"added"))  # one alternation: 4x slower
_AGE_OR_WHO_RE = re.compile(rf",(?=\s+(?:\d{{2}},|who\b|{_APPOSITION}))")
_POSSESSIVE_NOUN_RE = re.compile(
    r"'s?(?=\s+(?:retirement|resignation|departure|appointment|successor|predecessor|tenure|"
    r"return|exit|ouster|promotion|replacement|responsibilities|duties|absence)\b)"
)


def _capitals_before(anchor: re.Pattern[str], text: str) -> list[int]:
    """The offsets of the capitals (A-Z) 2 to 31 characters before a match of `anchor`."""
    return [p for m in anchor.finditer(text) for p in range(max(0, m.start() - 31), m.start() - 1)
            if "A" <= text[p] <= "Z"]


def _finditer_at(rx: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """`rx.finditer(text)`, given every offset at which `rx` can match (and perhaps others)."""
    end = 0
    for pos in sorted(set(starts)):
        if pos >= end and (m := rx.match(text, pos)) is not None:
            yield m
            end = m.end()


def _surname_use_matches(i: int, text: str) -> Iterator[re.Match[str]]:
    """`_SURNAME_USES[i].finditer(text)`."""
    rx = _SURNAME_USES[i]
    if i == 1:
        return _finditer_at(rx, text, _capitals_before(_AGE_OR_WHO_RE, text))
    if i == 2:
        starts = [m.start() for said in _SAID_RES for m in said.finditer(text)]
        return _finditer_at(rx, text, starts)
    if i == 4:
        return _finditer_at(rx, text, _capitals_before(_POSSESSIVE_NOUN_RE, text))
    return rx.finditer(text)


# what a name in the possessive may belong to without being a person's ("X's School")
_PLACE_AFTER = re.compile(
    r"'s?\s+(?:School|College|University|Hospital|Institute|Academy|Prize|Award|Cup|Trophy|"
    r"Stadium|Street|Road|Square|Park|Centre|Center|Hall)\b"
)


_WHICH_AFTER = (", which ", " which ")
_SHARES_BEFORE = ("shares in ", "shares of ", "Shares in ", "Shares of ")
_GATHERINGS = frozenset(("Summit", "Conference", "Forum", "Meeting", "Awards", "Award", "Dinner",
                         "Roundtable", "Council", "Congress", "Survey", "Index", "Confidence"))


# "Lee Kun-hee", "Ban Ki-moon": a Korean name, family name first, given name hyphenated
_FAMILY_NAME_FIRST = re.compile(r"[A-Z][a-z]{1,5} [A-Z][a-z]{1,5}-[a-z]{2,5}")


class Person(msgspec.Struct):
    """One person of the article: the fullest name and its surname and first name."""

    name: str
    surname: str
    first: str
    female: bool | None  # None when the first name does not tell


class Mention(msgspec.Struct, frozen=True):
    """A person mention inside one sentence (character offsets in that sentence)."""

    start: int
    end: int
    person: int  # index into PeopleIndex.people
    possessive: bool
    pronoun: bool = False  # a pronoun or description resolved by coref


class PeopleIndex(msgspec.Struct):
    """The people of an article and their mentions, sentence by sentence."""

    people: list[Person]
    mentions: list[list[Mention]]


@lru_cache(maxsize=256)
def _name_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words of the name a segment of these words gives: no joiners, no title or demonym
    before a given name (computed once for the words)."""
    if not _JOINERS.isdisjoint(words):
        words = tuple(w for w in words if w not in _JOINERS)
    if len(words) >= 3 and words[0] not in _FIRST_NAMES:
        start = next((i for i, w in enumerate(words[:-1]) if w in _FIRST_NAMES), 0)
        if start == 0 and (_DEMONYM_RE.search(words[0]) or words[0].lower() in _ROLE_BEFORE):
            start = 1  # "Australian Jane Roe", "(Chief) Scientist Ilya Sutskever"
        words = words[start:]
    return words


def _person_like(seg: Segment, surname_uses: set[str]) -> bool:
    """True when a segment looks like a person's name, given the words the article uses the
    way newspapers use surnames."""
    last, if_not_used, if_used = _person_verdicts(
        seg.words, bool(seg.honorific), seg.prev in _ROLE_BEFORE)
    return if_used if last in surname_uses else if_not_used


@lru_cache(maxsize=256)
def _person_verdicts(
    words: tuple[str, ...], honorific: bool, title_before: bool
) -> tuple[str, bool, bool]:
    """Whether a segment of these words (after an honorific, after a title) looks like a
    person's name: the last word of the name, and the verdicts when the article does not and
    when it does use that word as a surname (computed once for the words)."""
    if not _JOINERS.isdisjoint(words):
        return "", False, False
    names = _name_words(words)
    core = [w for w in names if w not in _PARTICLES]
    if len(core) < 2 or len(core) > 4 or " ".join(names) in _ORG_NAMES:
        return "", False, False
    # a title comes just before the name ("chief Ilya Sutskever")
    titled = title_before or (len(words) >= 3 and words[0].lower() in _ROLE_BEFORE)
    return (core[-1], _verdict(core, honorific, titled, surname_used=False),
            _verdict(core, honorific, titled, surname_used=True))


def _verdict(core: list[str], honorific: bool, titled: bool, *, surname_used: bool) -> bool:
    """Whether a name of these words (no particles) looks like a person's name."""
    first = core[0].split("-", 1)[0]
    # "David West", "Robert Steel": a surname that is also a word, known from its use alone
    named = first in _FIRST_NAMES and len(core) == 2 and surname_used
    for w in core[:-1] if named else core:
        acronym = w.isupper() and len(w) > 1 and not _INITIALS.match(w)
        if w in _ORG_WORDS or w in _PLACES or acronym:
            return False
        if "-" in w and w.rsplit("-", 1)[1] in _ADJ_SUFFIXES:
            return False
    if first in _FIRST_NAMES or honorific or _FAMILY_NAME_FIRST.fullmatch(" ".join(core)):
        return True
    if _INITIALS.match(core[0]):  # "A.G. Lafley", not "U.S. Steel"
        return surname_used or titled
    return titled or surname_used


def _org_prefix(seg: Segment, surname_uses: set[str], org_forms: set[str]) -> bool:
    """True when the name is the start of an organisation's name ("J.C. Penney Co")."""
    words = _name_words(seg.words)
    if _INITIALS.match(words[0]) is None and (words[-1] in surname_uses or seg.honorific):
        return False
    name = " ".join(words) + " "
    return any(form.startswith(name) for form in org_forms)


def _used_as_companies(
    sentences: list[str], segments: list[list[Segment]]
) -> set[tuple[str, ...]]:
    """Names the article twice uses as a company's: "Laura Ashley, which ...", "shares of J.C.
    Penney" (a person is "who" and has no shares)."""
    uses: Counter[tuple[str, ...]] = Counter()
    for sentence, sent in zip(sentences, segments, strict=True):
        for seg in sent:
            if len(seg.words) > 1 and (sentence.startswith(_WHICH_AFTER, seg.end)
                                       or sentence.endswith(_SHARES_BEFORE, 0, seg.start)):
                uses[seg.words] += 1
    return {words for words, n in uses.items() if n > 1}


def _ends_with(words: tuple[str, ...], names: set[tuple[str, ...]]) -> bool:
    """True when the words end with one of the names ("Attention J.C. Penney")."""
    return any(words[-len(name) :] == name for name in names)


def _after_capital(text: str, pos: int) -> bool:
    """True when the word before `pos` is capitalised (the match is inside a longer name)."""
    before = text[max(0, pos - 25) : pos].rstrip()
    if not before or before[-1] in ".:;!?\n\"'":
        return False
    last = before.rsplit(None, 1)[-1]
    return last[:1].isupper() and last not in CAP_STOP


def _gender(first: str) -> bool | None:
    if first in load_words("female_names.txt"):
        return True
    return False if first in _FIRST_NAMES else None


def index_people(sentences: list[str], segments: list[list[Segment]]) -> PeopleIndex:
    """Find the people in an article, given its sentences and their segments."""
    text = "\n".join(sentences)
    surname_uses: set[str] = set()
    for i in range(len(_SURNAME_USES)):
        for m in _surname_use_matches(i, text):
            start = m.start()
            if start and text[start - 1].isalnum():
                continue
            if i == 3 and _after_capital(text, start):
                continue  # "Deutsche Boerse said": a company, not a surname
            surname_uses.add(m.group(1))
    people: list[Person] = []
    by_key: dict[tuple[str, str], int] = {}
    looks: dict[tuple[tuple[str, ...], str, str], bool] = {}
    surnamed: dict[str, int] = {}  # surname -> its first person
    org_forms = {
        " ".join(seg.words) for sent in segments for seg in sent
        if len(seg.words) > 2 and seg.words[-1] in _ORG_WORDS
    }
    companies = _used_as_companies(sentences, segments)
    for sentence, sent in zip(sentences, segments, strict=True):
        for seg in sent:
            if len(seg.words) == 1 and seg.start and seg.words[0] in surname_uses:
                seg = _month_named(seg, sentence)
            if len(seg.words) < 2 or _PLACE_AFTER.match(sentence, seg.end):
                continue  # "Lewis Boys' School": a school, not a person
            memo = (seg.words, seg.honorific, seg.prev)
            if memo not in looks:
                looks[memo] = _person_like(seg, surname_uses) and not _org_prefix(
                    seg, surname_uses, org_forms) and not (
                        not seg.honorific and _ends_with(seg.words, companies))
            if not looks[memo]:
                continue
            words = _name_words(seg.words)
            key = (words[-1], words[0][0])
            name = " ".join(words)
            joined = "-".join(words[-2:])
            twin = surnamed.get(joined)
            if twin is not None:
                by_key[key] = twin
                continue
            if key not in by_key:
                by_key[key] = len(people)
                surnamed.setdefault(words[-1], len(people))
                if _FAMILY_NAME_FIRST.fullmatch(name):  # "Lee Kun-hee" is Mr Lee
                    people.append(Person(name, words[0], words[-1], None))
                else:
                    people.append(Person(name, words[-1], words[0], _gender(words[0])))
            elif len(name) > len(people[by_key[key]].name):
                people[by_key[key]].name = name
    people, by_key = _drop_glued(people, by_key)
    counts: Counter[int] = Counter()
    mentions: list[list[Mention]] = []
    # (a person added below for a lone titled word is found through by_key, never by these)
    by_surname: dict[str, list[int]] = {}
    by_first: dict[str, list[int]] = {}
    for i, p in enumerate(people):
        by_surname.setdefault(p.surname, []).append(i)
        by_first.setdefault(p.first, []).append(i)
    short_forms = by_surname.keys() | by_first.keys()
    for sent in segments:
        found: list[Mention] = []
        for seg in sent:
            if len(seg.words) == 1 and not seg.honorific and seg.words[0] not in short_forms \
                    and seg.prev not in _TITLES:
                continue
            idx = _resolve(seg, (by_surname, by_first), by_key, counts, surname_uses)
            titled = seg.prev in _TITLES and seg.words[0] not in _ORG_WORDS \
                and seg.words[0] not in _GATHERINGS  # "the APEC CEO Summit"
            if idx is None and (seg.honorific or titled) and len(seg.words) == 1 \
                    and not seg.words[0].isupper():
                word = seg.words[0]
                by_key[(word, "")] = len(people)
                female = seg.honorific in {"Mrs", "Ms", "Miss", "Dame", "Lady", "Baroness"}
                people.append(Person(word, word, "", female or None))
                idx = len(people) - 1
            if idx is not None:
                counts[idx] += 1
                found.append(Mention(seg.start, seg.end, idx, seg.possessive))
        mentions.append(found)
    return PeopleIndex(people, mentions)


def _month_named(seg: Segment, sentence: str) -> Segment:
    """The segment with the given name a month word cut off ("Jan Roe, the company's CFO,"
    opening a sentence, when Roe is used as a surname), else the segment as it is."""
    month = sentence[: seg.start].rstrip()
    if month in _FIRST_NAMES and month.lower() == seg.prev and sentence[seg.start - 1] == " ":
        return msgspec.structs.replace(seg, start=0, words=(month, *seg.words), prev="")
    return seg


def _drop_glued(
    people: list[Person], by_key: dict[tuple[str, str], int]
) -> tuple[list[Person], dict[tuple[str, str], int]]:
    """Drop names glued to a following word ("Jane Roe Acme" when "Jane Roe" stands alone) and
    fold a name whose first word is no given name into the person of that surname who has one
    ("Yet Roe", "Co-founder Roe" -> "Jane Roe")."""
    names = {p.name for p in people}
    target: dict[int, int] = {}
    for i, p in enumerate(people):
        words = p.name.split()
        if any(" ".join(words[:k]) in names for k in range(2, len(words))):
            target[i] = -1  # "Jay Peters OpenAI": drop it
    # (a glued name is dropped, so it cannot take in another)
    named = {p.surname: i for i, p in enumerate(people)
             if p.first in _FIRST_NAMES and i not in target}
    for i, p in enumerate(people):
        if i not in target and p.first not in _FIRST_NAMES and not _INITIALS.match(p.first) \
                and named.get(p.surname, i) != i and not _FAMILY_NAME_FIRST.fullmatch(p.name):
            target[i] = named[p.surname]  # "Yet Brockman", "Van Gaal": the named person
    if not target:
        return people, by_key
    keep = [i for i in range(len(people)) if i not in target]
    new_index = {old: new for new, old in enumerate(keep)}
    for i, j in target.items():
        if j >= 0:
            new_index[i] = new_index[j]
    return [people[i] for i in keep], {
        key: new_index[i] for key, i in by_key.items() if i in new_index
    }


def _resolve(
    seg: Segment,
    named: tuple[dict[str, list[int]], dict[str, list[int]]],
    by_key: dict[tuple[str, str], int],
    counts: Counter[int],
    surname_uses: set[str],
) -> int | None:
    words = _name_words(seg.words)
    if not words or not _JOINERS.isdisjoint(seg.words):
        return None
    if len(words) >= 2:
        idx = by_key.get((words[-1], words[0][0]))
        if idx is not None or not _person_like(seg, surname_uses):
            return idx
    word = words[-1]
    if (word, "") in by_key:
        return by_key[(word, "")]
    cands = named[0].get(word, [])  # the people of that surname
    if not cands and len(words) == 1:
        cands = named[1].get(word, [])  # of that first name
    if not cands:
        return None
    return max(cands, key=lambda i: (counts[i], -i))
