"""Coreference: pronouns and descriptions ("the engineer", "the former boss") to people."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from .folding import fold
from .modality import is_contrasted
from .names import Mention, Person
from .roles import trie_regex

# A pronoun, read on the folded sentence (see folding.py): the matches of
# r"\b(?:(he|him|his|himself)|(she|her|herself))\b" with re.I, found faster (the pattern opens
# with a class the regex engine skips to, and the word boundary before it is checked behind it).
_PRONOUN_RE = re.compile(r"[hs](?<!\w[hs])(?<=h)(?:e|im|is|imself|er|erself)\b|"
                         r"[hs](?<!\w[hs])(?<=s)he\b")
_FEMALE = frozenset(("she", "her", "herself"))
_DESC_NOUNS = (
    "engineer", "executive", "boss", "chief", "chairman", "chairwoman", "manager", "coach",
    "founder", "co-founder", "banker", "businessman", "businesswoman", "entrepreneur",
    "billionaire", "tycoon", "minister", "politician", "veteran", "scientist", "investor",
    "financier", "lawmaker", "mogul", "director", "official", "host", "lawyer", "economist",
    "scot", "dutchman", "frenchman", "englishman", "welshman", "irishman", "briton", "german",
    "american", "italian", "spaniard", "swede", "australian", "canadian",
)
# The lookahead fails at once where no description can start. The nouns as a trie (see
# roles.py): at each word the engine tries only the nouns that begin with its first letter
# (the same matches: no two nouns can both end at a word's end).
_DESC_RE = re.compile(
    r"\b(?=t)(?:the|this|that)\s+(?:former\s+|ex-|outgoing\s+|new\s+|then\s+|\d+-year-old\s+|"
    rf"veteran\s+|embattled\s+)*(?:[a-z-]+\s+){{0,2}}?(?:\d+-year-old|{trie_regex(_DESC_NOUNS)})"
    r"\b(?-i:(?!\s+(?:of|at)\s+(?:(?:the\s+)?[a-z-]+\s+){0,3}[A-Z])(?!\s+[A-Z][a-z])"
    r"(?!\s+(?:executive|officer)\b))",
    re.I,
)
# Every description starts with "the", "this" or "that" and a space: found in the folded
# sentence (one string the regex engine skips to), they are where _DESC_RE can match.
_DESC_START_RE = re.compile(r"th(?:e|is|at)\s")
_DECAY = 0.5
_FIRST_PERSON_RE = re.compile(r"\b(?:I|me|my)\b")
# "..., X said", "X, an analyst at Beta, said"
_SAID_AFTER_RE = re.compile(r"(?:,\s+[^,\"']{1,60},)?,?\s+(?:said|says|added|told)\b")
_TOLD_RE = re.compile(
    r"\b(?:told|asked|urged|informed|warned|assured)\s+(?:(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+)?$"
)
_OBJECT_WORDS = frozenset(("to", "by", "with", "under", "from", "against", "than", "of", "for",
                           "in", "at", "on"))
# "the latter" / "the former" standing alone for a person named in the last sentence
_LATTER_RE = re.compile(
    r"\b[Tt]he\s+(latter|former)\b(?=\s*[,.;]|\s+(?:would|will|has|had|was|is|said|says|also|"
    r"then|later|did|left|quit|resigned|joined|became|returned|retired|stepped|took|back)\b)"
)
# "the two", "the pair", "both men": the last two people named (one of the words in
# _GROUP_WORDS is in every match, read on the folded sentence)
_GROUP_RE = re.compile(
    r"\bthe\s+(?:two|pair|duo)(?:\s+(?:men|women|brothers|sisters|executives|founders|"
    r"co-founders|partners|friends|coaches|bankers|businessmen|sons|ministers|leaders))?"
    r"(?=\s*[,;]|\s+(?:who|have|had|were|are|will|would|went|later|then|also|both|jointly|"
    r"together|left|quit|took|became|set|ran|led|[a-z]+ed)\b)"
    r"|\bboth\s+(?:men|women|executives|founders|brothers)\b"
)
_GROUP_WORDS = ("two", "pair", "duo", "both")
_OBJECT_HER = re.compile(
    r"\s*(?:[,.;:)\"']|$)|\s+(?:on|in|at|as|to|for|from|with|after|before|last|this|next|back|"
    r"out|over|again|into|onto|away|and|but|because|when)\b"
)
_AND_RE = re.compile(r"\s+and\s+(?:(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+)?")
_QUOTED_RE = re.compile(r"\b(?:said|says|according\s+to)\s+$")
_QUOTE_MARK_RE = re.compile("['\"]")
_OPENS_AFTER = " \t\n(:\u2014-"  # a quote mark after one of these (or at the start) opens a quote
_QUOTE_WORDS = ("said", "says", "according")  # one is in every match of _QUOTED_RE


def _descriptions(sentence: str, folded: str) -> Iterator[re.Match[str]]:
    """`_DESC_RE.finditer(sentence)`, trying the pattern only where a description can start."""
    end = 0
    for start in _DESC_START_RE.finditer(folded):
        if start.start() >= end and (m := _DESC_RE.match(sentence, start.start())) is not None:
            yield m
            end = m.end()


def quote_open_after(sentence: str, open_before: bool) -> bool:
    """Whether a quotation is still open at the end of ``sentence`` (``open_before``: open at
    its start). A quote mark opens after a space, "(" or ":" when a letter follows; a double one
    closes elsewhere, a single one only after ".", ",", "!" or "?" ("won't" and "players'"
    are apostrophes)."""
    inside = open_before
    for mark in _QUOTE_MARK_RE.finditer(sentence):
        pos = mark.start()
        before = sentence[pos - 1] if pos else " "
        after = sentence[pos + 1] if pos + 1 < len(sentence) else " "
        if before in _OPENS_AFTER and after.isalnum():
            inside = True
        elif mark.group() == '"' or (before in ".,!?" and not after.isalnum()):
            inside = False
    return inside


def _quotes(sentence: str) -> bool:
    """True when the sentence holds a quotation mark (not only apostrophes)."""
    return '"' in sentence or sentence.startswith("'") or any(
        f"{c}'" in sentence for c in (" ", ":", ",", ".", "?", "!")
    )


def _speaker(sentence: str, named: list[Mention]) -> int | None:
    """The person a quote in this sentence is attributed to ("..., X said" / "said X")."""
    for m in named:
        if _SAID_AFTER_RE.match(sentence, m.end) or _QUOTED_RE.search(
            sentence, max(0, m.start - 16), m.start
        ):
            return m.person
    return None


class CorefState:
    """Tracks how salient each person is, to resolve the next pronoun or description."""

    def __init__(self, people: list[Person]) -> None:
        self.people = people
        self.salience: dict[int, float] = {}
        self.last_named: list[int] = []  # the people the last sentence naming anyone named
        self.quoting: int | None = None  # who speaks the quotation the last sentence ended in
        self.quote_open = False  # whether that quotation is still open
        self.named_counts: Counter[int] = Counter()  # how often each person was named so far
        self.named_before = False  # whether the sentence before named anyone

    def resolve(
        self, sentence: str, named: list[Mention], *, link: bool = True, folded: str | None = None
    ) -> list[Mention]:
        """Return named mentions plus resolved pronoun/description mentions, in order
        (`folded` is `fold(sentence)`, computed here when needed and not given)."""
        extra: list[Mention] = []
        if link and (self.salience or named):
            quoted_by = self._carried(sentence)  # "he" inside a quotation is not its speaker
            if quoted_by is None and named and _quotes(sentence):
                quoted_by = _speaker(sentence, named)  # '"... he had stepped back," X said'

            folded = fold(sentence) if folded is None else folded
            for m in _PRONOUN_RE.finditer(folded):
                female = m.group(0) in _FEMALE
                target = self._target(sentence, m.start(), named, female=female,
                                      speaker=quoted_by)
                if target is not None:  # "her" before a noun is a possessive, not an object
                    word = sentence[m.start() : m.end()].lower()
                    poss = word == "his" or (
                        word == "her" and not _OBJECT_HER.match(sentence, m.end()))
                    extra.append(Mention(m.start(), m.end(), target, poss, pronoun=True))
            for m in _descriptions(sentence, folded):
                if "year-old" in m.group(0) and self.named_counts \
                        and not any(n.end <= m.start() for n in named):
                    # "The 54-year-old entered Parliament": the story's subject, most named
                    target = max(self.named_counts, key=lambda p: (self.named_counts[p], -p))
                else:
                    target = self._target(sentence, m.start(), named, female=None)
                if target is not None:  # "the Dutchman's second spell": possessive
                    poss = sentence.startswith("'s ", m.end())
                    end = m.end() + 2 if poss else m.end()
                    extra.append(Mention(m.start(), end, target, poss, pronoun=True))
            latter = "latter" in sentence or "he former " in sentence
            for m in _LATTER_RE.finditer(sentence) if latter else ():  # "the latter would retire"
                pair = self._pair(sentence, m.start(), named)
                if pair is not None:
                    target = pair[1] if m.group(1).lower() == "latter" else pair[0]
                    extra.append(Mention(m.start(), m.end(), target, False, pronoun=True))
            if any(word in folded for word in _GROUP_WORDS):
                extra.extend(self._groups(folded, named))
            speaker = self._quotation_speaker(sentence, named)
            if speaker is not None:  # "I won't go back," Smith said.
                for m in _FIRST_PERSON_RE.finditer(sentence):
                    poss = m.group(0) == "my"
                    extra.append(Mention(m.start(), m.end(), speaker, poss, pronoun=True))
        else:
            self._quotation_speaker(sentence, named)
        if not extra:
            self._update(sentence, named)
            return named
        everyone = sorted(named + extra, key=lambda x: x.start)
        self._update(sentence, everyone)
        return everyone

    def _carried(self, sentence: str) -> int | None:
        """The speaker of a quotation ``sentence`` carries on: one the sentence before left
        open, or one it reopens at its start (a new paragraph of the same quote)."""
        return self.quoting if self.quote_open or sentence.startswith(("'", '"')) else None

    def _quotation_speaker(self, sentence: str, named: list[Mention]) -> int | None:
        """Who speaks the quotation in ``sentence``: the person it is attributed to ("...,"
        X said), else the speaker of a quotation it carries on (one left open by the sentence
        before, or reopened at its start); the quotation's state is kept for the next one."""
        if not self.quote_open and "'" not in sentence and '"' not in sentence:
            self.quoting = None
            return None  # (most sentences: no quotation here or carried on)
        quoted = _quotes(sentence)
        carried = self._carried(sentence)
        speaker = _speaker(sentence, named) if quoted else None
        if speaker is None:
            speaker = carried
        if quoted:
            self.quote_open = quote_open_after(sentence, self.quote_open)
        self.quoting = speaker if quoted or self.quote_open else None
        return speaker if quoted or carried is not None else None

    def _groups(self, folded: str, named: list[Mention]) -> Iterator[Mention]:
        """Two mentions, one per person, at each "the two" / "both men" of the (folded)
        sentence: the last two people named before it, in it or in the sentence before (not
        across a sentence about something else: "Acme and Beta ... . The pair formed")."""
        for m in _GROUP_RE.finditer(folded):
            before = [n.person for n in named if n.end <= m.start()]
            earlier = self.last_named if self.named_before else []
            order = list(dict.fromkeys(reversed(earlier + before)))
            if len(order) >= 2:
                for person in order[1::-1]:
                    yield Mention(m.start(), m.end(), person, False, pronoun=True)

    def _pair(self, sentence: str, pos: int, named: list[Mention]) -> tuple[int, int] | None:
        """The two people "the former" and "the latter" choose between: the last "X and Y"
        before them in the sentence, else the first and last the previous sentence named."""
        before = [m for m in named if m.end <= pos]
        for a, b in zip(before[-2::-1], before[:0:-1], strict=False):
            if a.person != b.person and _AND_RE.fullmatch(sentence, a.end, b.start):
                return a.person, b.person
        if len(self.last_named) >= 2:
            return self.last_named[0], self.last_named[-1]
        return None

    def _agrees(self, person: int, female: bool | None) -> bool:
        known = self.people[person].female
        return female is None or known is None or known == female

    def _target(
        self, sentence: str, pos: int, named: list[Mention], female: bool | None,
        speaker: int | None = None,
    ) -> int | None:
        before = [m for m in named if m.end <= pos and self._agrees(m.person, female)
                  and not is_contrasted(sentence, m.start)]
        for i in range(len(before) - 1, -1, -1):
            m = before[i]
            if i and _TOLD_RE.search(sentence, max(0, m.start - 14), m.start):
                continue  # "X told Y he would ..." is about X
            return m.person
        ranked = sorted(self.salience.items(), key=lambda kv: (-kv[1], kv[0]))
        return next((p for p, _ in ranked if self._agrees(p, female) and p != speaker), None)

    def _update(self, sentence: str, mentions: list[Mention]) -> None:
        if self.salience:
            self.salience = {key: value * _DECAY for key, value in self.salience.items()}
        by_name = [m.person for m in mentions if not m.pronoun]
        self.named_before = bool(by_name)
        if not mentions:
            return
        self.named_counts.update(by_name)
        named = list(dict.fromkeys(by_name))
        if named:
            self.last_named = named
        # "He inherited Roe's side": the subject is the pronoun, not the first name
        pronoun_subject = sentence.startswith(("He ", "She ")) and not mentions[0].pronoun
        lead = 1.0 if pronoun_subject else 2.0
        quotes = any(word in sentence for word in _QUOTE_WORDS)
        for i, m in enumerate(mentions):
            weight = lead if i == 0 else 1.0
            if quotes and _QUOTED_RE.search(sentence, max(0, m.start - 16), m.start):
                weight = 0.3  # "..., said Jane Roe, an analyst": a source, not the story's subject
            elif _word_before(sentence, m.start) in _OBJECT_WORDS:
                weight = 0.5  # "... lost in 1992 to John Major": not who the next "he" is
            self.salience[m.person] = self.salience.get(m.person, 0.0) + weight


def _word_before(sentence: str, pos: int) -> str:
    """The word just before ``pos`` (a short one: prepositions are what is looked for)."""
    return sentence[max(0, pos - 9) : pos].rstrip().rpartition(" ")[2]
