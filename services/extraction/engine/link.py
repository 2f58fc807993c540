"""Argument linking: which person a trigger is about (the organisation is `orgchoice.py`'s)."""

from __future__ import annotations

import re

from .lexicon import load_words
from .modality import is_contrasted, ruled_out_after
from .names import Mention
from .orgchoice import COMPANY_WORDS, NAMESAKE
from .orgs import OrgMention
from .triggers import Trigger

_PREP_BEFORE = re.compile(r"\b(?:from|to|with|by|for|than|against|about|on|of)\s*$", re.I)
_NOUN_AFTER = re.compile(  # "Tony's cronies (being appointed)", not "his office shortly after"
    r"\s+(?:(?!(?:before|after|when|while|and|but|to|in|on|at|for|as|since|until|then|by|with|"
    r"of|from|shortly|soon|just|also)\s)[a-z-]+\s+){1,3}"
)
# "with Apple co-founder X", "to Acme chief executive X": a title does not hide the preposition
_PREP_TITLE_BEFORE = re.compile(
    r"\b(?:from|to|with|by|for|than|against|about)\s+(?:(?:the|his|her|its|their|former)\s+)?"
    r"(?:[A-Z][\w&'.-]*\s+){0,3}(?:(?:co-founder|founder|chief|executive|chairman|chairwoman|"
    r"president|director|officer|head|boss|manager|coach|secretary|minister)\s+){1,3}$"
)
# "X has a say in who is named", "we don't know who will succeed": the subject is not named
_OPEN_WHO = re.compile(
    r"\b(?:in|on|about|over|know|knows|knew|decide[sd]?|deciding|choose|chooses|chose|"
    r"ask(?:s|ed)?|wonder(?:s|ed)?|determin(?:e|es|ed|ing))\s+who\s+(?:[a-z]+\s+){0,2}$"
)
# "overtook X", "outlasted X", "longer than X": a person compared with, not the story's
_COMPARED_BEFORE = re.compile(
    r"\b(?:overt(?:ook|ake|akes|aking|aken)|surpass(?:ed|es|ing)?|eclips(?:ed|es|ing)|"
    r"outlast(?:ed|s|ing)?|outlived|than)\s+(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\.?\s+)?$"
)
# a name that opens a side clause ("when X was still riding high, ...") is its subject only
_SUBORDINATOR_BEFORE = re.compile(
    r"\b(?:when|while|as|after|before|because|although|though|since|until|once|whereas)\s+$"
)
_OWN_CLAUSE_GAP = re.compile(r"\s+[a-z][^,;]*,\s")
_PARTICIPLE_GAP = re.compile(  # "with X, recently sacked as", "with X, who has had"
    r",\s+(?:who\s+(?:[a-z]+\s+){0,4}|(?:[a-z]+ly\s+)?(?:(?:was|were|been|being)\s+)?)"
)
_OF_GAP = re.compile(r"^(?:\s+(?:to|at)\s+(?:the\s+)?[\w'&.-]+)?\s+of\s+(?:[\w'&.,-]+\s+){0,5}$")
_ADJ_GAP = re.compile(r"^\s*(?:[a-z-]+\s+){0,2}$")
_TITLE_AFTER = re.compile(r"\s+(?:[A-Z][\w&'-]*\s+){0,2}")
_TITLE_BEFORE = re.compile(r",\s+(?:the|its|[A-Z][\w&-]*'s?)\s+$")
_ROLE_OF = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?(?:[A-Z][\w&'.-]*(?:\s+|(?=,)))+")
_NAME_GAP = re.compile(r"^(?:,\s*|\s+)$")
_NEG_RETURN = re.compile(
    r"^\s+(?:to\s+)?(?:profit\w*|growth|the\s+black|normal\w*|health|form|fitness|action|play|"
    r"training|the\s+(?:pitch|field|squad|side|market|stock\s*market|bond\s+market|table|"
    r"negotiating\s+table|fold|streets|black|red|levels?|public\s+markets?|venue|stadium|"
    r"ground|scene|stage|same)|shareholders|"
    r"investors|cash|capital|money|funds|home|on(?!\s+(?:to\s+)?the\s+(?:board|team|staff)|"
    r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|\d))|"
    r"the\s+money|power|court|public\s+markets?|"
    r"(?:his|her|their)\s+(?:homeland|home|country|family|native|roots)|college|school|"
    r"university|studies|academia)\b",
    re.I,
)
_RETURN_FOLLOW = re.compile(
    r"\s*(?:to\b|as\b|at\b|in\b|after\b|next\b|later\b|soon\b|this\b|last\b|on\b|"
    r"full-time|[,.;:)\"'–—]|-\s|$|and\b|but\b|within\b|once\b|when\b|if\b|[A-Z]|"
    r"one\s+day|some\s*day|eventually|in\s+future|in\s+the\s+future|"
    r"from\s+(?:his\s+|her\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:leave|sabbatical|absence|break|"
    r"suspension|vacation))"
)
_OTHER_SUBJECT = re.compile(
    r"\b(?:they|we|you|I|it|them)\b|\bthe\s+[a-z]+\s+(?:have|has|had|were|was|is|are)\s*$"
    r"|\b[a-z]{3,}s\s+(?:are|were|have|had|will|would|could|may|might)\s+(?:[a-z]+\s+){0,3}$"
    r"|\b[a-z]{3,}s,?\s+who\s+(?:have|are|were)\b"  # "supporters, who have come together"
    r"|\b(?:as|while|because|although|whereas)\s+(?!(?:the|a|an|his|her|its|their)\s)"
    r"(?:[a-z-]+\s+){1,3}$"  # "as deal making returns"
)
# "until a successor is chosen": the verb's subject is someone not named
_UNNAMED_SUBJECT = re.compile(
    r"\b(?:a|an)\s+(?:[a-z-]+\s+){1,2}(?:(?:to|for|of)\s+(?:[A-Z][\w.'-]*\s+){1,3})?$"
)
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[a-z-]+\s+){0,2}$")
# "a Maori named X", "a man named X": called, not appointed (not "a committee named X")
_CALLED_BEFORE = re.compile(
    r"\b(?:a|an)\s+(?:[A-Z][\w-]*|man|woman|boy|girl|person|player|student|friend)\s+$"
)
_AUX_START = re.compile(r"(?:is|was|were|are|will|would|has|have|had|be|been)\s")
_RELATIVE_OPEN = re.compile(
    r",\s+(?:who|which|whose|(?:led|run|headed|chaired|founded|owned|backed)\s+by)\s[^,;]*$"
)
_CLAUSE_CLOSED = re.compile(r"[^,;]*,\s+(?:(?:will|would|has|have|had|is|are|was|were|also)\s+)*"
                            r"[a-z]*\s*$")
_PREDECESSOR = re.compile(r"\bpredecessor\b")
_AWARD_RE = re.compile(
    r"\bof\s+the\s+(?:year|month|tournament|century|season|match|decade)\b"
    r"|\b(?:category|award|prize|nominee)\b",
    re.I,
)
_TO_PLACE = re.compile(r"\s+to\s+([A-Z][\w.]*)")
_PLACES = load_words("places.txt")
_FIELD_RE = re.compile(
    r"\s+to\s+(?:front-?line\s+)?(?:management|politics|football|coaching|the\s+game|the\s+dugout|"
    r"the\s+industry|business|banking|journalism|public\s+life|(?:the\s+)?corporate\s+(?:world|life|"
    r"america|battlefield|arena)|the\s+sport|work(?=\s+as\s+(?!soon\b))|the\s+workforce)\b"
)
_TITLE_GAP = re.compile(
    r"\s+(?:(?:his|her|their)\s+(?:[a-z-]+\s+){0,3})?"
    r"(?:(?:[A-Z][\w'&.-]*|chief|executive|secretary|minister|president|chairman|director|"
    r"colleague|friend|former|his|her|fellow|rival)\s+){0,4}"
)
_AT_EVENT = re.compile(
    r"[^,;.]{0,80}?\b(?:at|on|during)\s+(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:match|game|dinner|conference|launch|ceremony|party|gala|rally|reception|screening|"
    r"premiere|event|fundraiser|concert|tournament|visit|tour|podium|photo-?call)\b"
)
_NAMED_IN = re.compile(r"\s+in\s+(?:the|a|an)\b")
_AND_GAP = re.compile(r"\s*(?:,|and|,\s*and)\s*(?:(?:[A-Z][\w.-]*|&)\s+){0,3}?[A-Z][\w.&-]*'s?\s+"
                      r"|\s*(?:,|and|,\s*and)\s*(?:(?:[A-Z][a-z]+|chief|finance|executive)\s+){0,2}"
                      r"|,?\s+and\s+(?:[a-z]+\s+){1,3}")  # "X, and longtime researcher Y"
# ", <description>, and <title>": the description opens with a determiner (group 1) or holds
# a post (checked on its span, group 2)
_APPOSED_GAP = re.compile(
    r",\s+(?:(a|an|the|its|their|his|her|who)\s+)?([^,;()]{2,120}),\s+and\s+"
    r"(?:(?:[A-Z][a-z]+|chief|finance|executive)\s+){0,2}"
)
_LIST_PREP = re.compile(r"\b(?:at|from|to|with|by|for|against|about|on|of|between|among)\s+$")
_AUX_GAP = re.compile(r"\s*(?:has|have|had|will|would|is|was|also|then)?\s*$")
_LIST_GAP = re.compile(
    r"(?:,\s+|\s+and\s+|,\s+and\s+)(?:[A-Z][\w-]*'s?\s+)?(?:[A-Z][a-z]+\s+){0,3}(?:of\s+)?"
    r"(?:[a-z-]+\s+){0,4}$"
)
_WITH_RE = re.compile(r",?\s+with\s+")
# "succeeded by X and finance chief Y" (not "replace X, with investor Y pushing")
_HEIRS_GAP = re.compile(
    r"(?:,\s+|\s+and\s+|,\s+and\s+)(?!(?:with|by|from|to|as|in|at|on|for|who|which|after|"
    r"before|while)\b)(?:[A-Z][\w-]*'s?\s+)?(?:[A-Z][a-z]+\s+){0,3}(?:[a-z-]+\s+){0,3}$"
)
# "the third senior executive to announce his departure this week, joining X and Y": X and Y
# made the same move
_LATEST_TO = re.compile(
    r"\b(?:latest|second|third|fourth|fifth|another|last)\s+(?:[\w-]+\s+){0,4}?to\s+"
    r"(?:[\w-]+\s+){0,3}$"
)
_JOINING_AFTER = re.compile(r"(?:[^,;.]|\.(?=\S|\s+[a-z])){0,80},\s+joining\s+")  # ("U.S. bank")
_GROUP_NAMED = re.compile(r"(?:\s+(?:from|at)\s+(?:the\s+)?(?:[A-Z][\w&.'-]*\s*){1,4})?\s*[,:]\s+")
_BARE_SUBJECT = re.compile(r"(?:,\s+[^,;]{1,80},)?\s*(?:(?:also|now|still)\s+)?")  # "X, 52, will"
_INCLUDING = re.compile(r"\b(?:including|includes?|such\s+as|among\s+them)\s+")
# a list of a group's members, each with the firm they come from: "X from Beta and CMO Y"
_GROUP_LIST = re.compile(
    r"(?:\s+(?:from|of|at)\s+(?:[A-Z][\w&.'-]*\s+){0,3}[A-Z][\w&.'-]*)?"
    + _LIST_GAP.pattern.replace("{0,4}", "{0,8}")  # a title: "and executive vice president of"
)
_AS_SUSPECT = re.compile(
    r"\s+as\s+(?:a\s+|the\s+)?(?:\w+\s+)?(?:suspect|defendant|witness|co-conspirator|"
    r"respondent|plaintiff)\b"
)
_TITLE_WORD = re.compile(
    r"\b(?:its|their|chief|executive|chairman|chairwoman|president|director|manager|head|"
    r"boss|coach|officer)\b"
)
_OF_ORG = re.compile(r",?\s+(?:of|at|from)\s+(?:the\s+)?")
# "CEO from 1987 to 2000", "had been (interim) CFO (of Beta) since 2006": a tenure told by its
# dates, or a post still held when the story begins
_YEARS_AFTER = re.compile(
    r"(?:\s+(?:of|at)\s+[\w&.' -]{1,50}?)?,?\s+(?:(?:from|between)\s+(?:\w+\s+)?(?:19|20)\d\d|"
    r"since\b)"
)
_DESCRIPTORS = frozenset(("previously", "formerly"))
# "founded (in 1998) by X", "taken over by X"
_BY = re.compile(r"\s+(?:in\s+(?:\w+\s+)?(?:19|20)\d\d\s+)?by\s+")
# founders listed with a description between: "X and two of her students, Y and Z"
_FOUNDER_LIST = re.compile(
    r"(?:,\s+|\s+and\s+|,\s+and\s+)(?:[A-Z][\w-]*'s?\s+)?(?:[\w-]+\s+){0,5}?(?:[a-z]+,\s+)?"
    r"(?:[a-z-]+\s+){0,3}"
)
# a founding partner after the verb: "with X", "alongside fellow student X"
_TENURE_CONTEXT = re.compile(
    r"\b(?:worked|working|been|served|serving|employed|member|board|tenure|career|chief|"
    r"chairman|president|director|head|ceo|cfo|coo|manager|coach|partner|leader|governor|"
    r"minister|secretary|executive|officer|founder|mp|has\s+run|ran|led|headed|"
    r"(?:was|were|been)\s+(?:at|with)|held|jobs?|roles?|posts?|positions?)\b",
    re.I,
)
_WHO_OPENS = re.compile(r",\s+who\s")
_RECORD_BEFORE = re.compile(
    r"\b(?:first|biggest|largest|highest|lowest|best|worst|strongest|weakest|longest|shortest|"
    r"sharpest|steepest|fastest|slowest|deepest)\s+(?:[\w'-]+\s+){0,4}$"
)
_THING_GAP = re.compile(r"\s+(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+){0,2}")
# "founded Beta with Y", not "with backing from Y" or "with the help of Y": Y gave, not founded
_PARTNER_GAP = re.compile(
    r"\b(?:with|alongside|and)\s+(?:[\w'-]+\s+){0,5}(?<!\bfrom\s)(?<!\bof\s)(?<!\bby\s)$"
)
_WITHOUT_AFTER = re.compile(
    r"\s+(?:the|its|their|his|her|[A-Z][\w&.'-]*)\s+(?:[\w'-]+\s+){0,4}?without\b"
)
_FROM_FIELD = re.compile(
    r"\s+from\s+(?:management|politics|football|coaching|the\s+game|the\s+dugout|the\s+sport|"
    r"the\s+industry|business|banking|journalism|public\s+life)\b"
)
_FROM_STUDIES = re.compile(
    r"\s+from\s+(?:(?:the|his|her|their)\s+)?(?:[\w-]+\s+){0,4}?(?:studies|degree|course|"
    r"program|programme|doctorate)\b"
)
_OUT_OF_A_THING = re.compile(
    r"\s+of\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:deal|race|bid|talks|auction|contest|running|"
    r"competition|tournament|market)\b"
)
_ROLE_OF_A_THING = re.compile(r"\s+of\s+(?:the|a|an)\s+[a-z]")
_TO_NAME = re.compile(r"\s+to\s+(?:the\s+)?[A-Z]")  # "a return to Acme", not "to growth"
_CHOSE = re.compile(
    r"\b(?:pick(?:s|ed)|name[sd]|ch(?:ose|osen|ooses)|tap(?:s|ped)|anoint(?:s|ed)|select(?:s|ed)|"
    r"designate[sd]|nominate[sd])\s+(?=[A-Z])"
)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+$")
_NOUN_THEN_COMMA = re.compile(r"\s+[a-z][\w-]*\s*,")  # "a Smith lieutenant,"
_SAID_AFTER = re.compile(r"\s+(?:said|says|told)\b")


def _left(sentence: str, pos: int, mentions: list[Mention], width: int = 150) -> Mention | None:
    for m in reversed(mentions):
        if m.end > pos:
            continue
        gap = sentence[m.end : pos]
        if pos - m.end > width or ";" in gap or _OTHER_SUBJECT.search(gap) \
                or _OPEN_WHO.search(gap):
            return None
        if m.possessive and _NOUN_AFTER.fullmatch(gap):
            return None  # "Tony's cronies being appointed": the cronies are the subject
        if is_contrasted(sentence, m.start):
            continue  # "it was X, not Y, who was leaving": not Y
        if gap.startswith(", who") and _COMPARED_BEFORE.search(sentence, max(0, m.start - 20),
                                                               m.start):
            return None  # "he overtook X, who served between 1908 and 1915": a yardstick
        if _OWN_CLAUSE_GAP.match(gap) and _SUBORDINATOR_BEFORE.search(
                sentence, max(0, m.start - 10), m.start):
            continue  # "when X was riding high, but (he) stepped down": X has its own verb
        if _describes(sentence, m):
            continue  # "X, long a Diamond lieutenant, also left": the name describes X
        if _CLAUSE_CLOSED.match(gap) and _RELATIVE_OPEN.search(sentence, max(0, m.start - 90),
                                                              m.start):
            continue  # "the directors, who replace X, will join": X sits in the side clause
        if not (_PREP_BEFORE.search(sentence[max(0, m.start - 12) : m.start])
                or (not gap.startswith(",")  # "by chairman X, currently on leave": X's
                    and _PREP_TITLE_BEFORE.search(sentence, max(0, m.start - 70), m.start))) \
                or _PARTICIPLE_GAP.fullmatch(gap):
            return m  # "... with X, recently sacked as ...": the participle is about X
    return None


def _describes(sentence: str, m: Mention) -> bool:
    """A name used as a description of someone else: "a Diamond lieutenant,"."""
    return bool(_ARTICLE_BEFORE.search(sentence, max(0, m.start - 4), m.start)
                and _NOUN_THEN_COMMA.match(sentence, m.end))


def _right(sentence: str, pos: int, mentions: list[Mention], width: int = 70) -> Mention | None:
    for m in mentions:
        if m.start >= pos and not (m.pronoun and m.possessive):
            gap = sentence[pos : m.start]
            if m.start - pos <= width and ";" not in gap and ". " not in gap:
                return m
            return None
    return None


def _noun_person(sentence: str, trig: Trigger, mentions: list[Mention]) -> Mention | None:
    for m in mentions:
        if m.start >= trig.end and _OF_GAP.match(sentence[trig.end : m.start]):
            return m
    for m in reversed(mentions):
        if m.end <= trig.start and m.possessive and _ADJ_GAP.match(sentence[m.end : trig.start]):
            return m
    return None


def _speaker_after(sentence: str, trig: Trigger, mentions: list[Mention]) -> Mention | None:
    """The person who says it: "A return to Acme is off the table, X said." """
    for m in mentions:
        if m.start > trig.end and not m.pronoun and _SAID_AFTER.match(sentence, m.end):
            return m
    return None


def _title_person(
    sentence: str, trig: Trigger, mentions: list[Mention], roles: list[tuple[int, int, str]]
) -> Mention | None:
    gap = _TITLE_AFTER.match(sentence, trig.end)
    at = gap.end() if gap else trig.end
    role = next((r for r in roles if r[0] in (at, trig.end + 1)), None)
    if role is not None:
        of_org = _ROLE_OF.match(sentence, role[1])
        end = of_org.end() if of_org else role[1]
        for m in mentions:
            if m.start >= end and _NAME_GAP.match(sentence[end : m.start] or " "):
                return m
    for m in reversed(mentions):
        if m.end <= trig.start and _TITLE_BEFORE.search(sentence[m.end : trig.start + 1]):
            return m
    return None


def _org_subject(sentence: str, trig: Trigger, who: Mention, orgs: list[OrgMention]) -> bool:
    """True when an organisation sits between the person and the trigger, as its subject."""
    return any(
        who.end <= o.start <= o.end <= trig.start
        and _AUX_GAP.match(sentence[o.end : trig.start]) is not None
        and not _OF_ORG.fullmatch(sentence, who.end, o.start)  # "X of Acme resigned"
        for o in orgs
    )


def link_people(
    sentence: str, trig: Trigger, mentions: list[Mention], roles: list[tuple[int, int, str]],
    orgs: list[OrgMention],
) -> list[tuple[Mention, str]]:
    """Return (mention, kind) pairs for a trigger; kind may differ for successions. A group
    ("the two", resolved by coref to one mention per person on one span) moves together, and
    so do the people "the latest to leave" joins."""
    out = _link(sentence, trig, mentions, roles, orgs)
    if out:
        out.extend((m, trig.kind) for m in _joined_by_latest(sentence, trig, mentions))
    for m, kind in out[:]:
        if m.pronoun:
            out.extend((g, kind) for g in mentions if g.start == m.start and g.end == m.end
                       and g.person != m.person and (g, kind) not in out)
    return out


def _joined_by_latest(sentence: str, trig: Trigger, mentions: list[Mention]) -> list[Mention]:
    """The people who made the move before: "the third executive to announce his departure
    this week, joining X and Y"."""
    if trig.kind not in ("departed", "joined") \
            or not _LATEST_TO.search(sentence, max(0, trig.start - 80), trig.start):
        return []
    joining = _JOINING_AFTER.match(sentence, trig.end)
    others = _right(sentence, joining.end(), mentions, 40) if joining else None
    return _with_list(sentence, others, mentions)


def _link(
    sentence: str, trig: Trigger, mentions: list[Mention], roles: list[tuple[int, int, str]],
    orgs: list[OrgMention],
) -> list[tuple[Mention, str]]:
    """(mention, kind) pairs for a trigger, a group counted once."""
    after = sentence[trig.end :]
    if trig.kind == "return":
        if _NEG_RETURN.match(after) and not COMPANY_WORDS.match(after):
            return []
        before = sentence[max(0, trig.start - 20) : trig.start].lower()
        noun = re.search(r"(?:the|his|her|'s|\ba|\ban)\s+(?:[a-z-]+\s+)?$", before)
        if noun is not None and trig.text.lower() == "returns":
            return []
        if noun is not None and not noun.group(0).startswith("a"):
            who = _noun_person(sentence, trig, mentions)
            return [(m, "return") for m in _with_list(sentence, who, mentions)]  # "of X and Y"
        if noun is not None:  # "a return": of someone, by the one who speaks, else the subject's
            who = _noun_person(sentence, trig, mentions) or (
                _speaker_after(sentence, trig, mentions) if _TO_NAME.match(after) else None)
            if who is not None:
                return [(who, "return")]
        if trig.link == "subj" and not _RETURN_FOLLOW.match(after) \
                and not trig.text.endswith((" at", " with", " as", " of", " seat", " job")) \
                and not ruled_out_after(sentence, trig.end):
            return []
        place = _TO_PLACE.match(after)
        if place is not None and (place.group(1) in _PLACES or place.group(1)[:-1] in _PLACES):
            return []  # "will return to Italy for a board meeting"
        field = _FIELD_RE.match(after)
        if field is not None:  # back to a field: a move only if it names where ("with Acme")
            who = _left(sentence, trig.start, mentions)
            joins = any(0 <= o.start - trig.end - field.end() <= 60 for o in orgs)
            return [(who, "joined")] if who is not None and joins else []
    if trig.kind == "joined" and "join" in trig.text.lower() \
            and _AT_EVENT.match(sentence, trig.end):
        return []  # "was joined by X at a press conference", "joins X and Y at a golf match"
    if trig.link == "subj" and trig.text.lower().startswith("join"):
        nxt = _right(sentence, trig.end, mentions, 45)
        if nxt is not None and _TITLE_GAP.fullmatch(sentence, trig.end, nxt.start):
            return []  # "joined Home Secretary Jane Roe on a visit": joined a person
    link = trig.link
    if trig.kind == "joined" and (
        _AWARD_RE.search(sentence, trig.end, trig.end + 70)
        or (trig.text.endswith("named") and _NAMED_IN.match(sentence, trig.end))
    ):
        return []  # "named Player of the Year", "named in the best film category"
    if link == "found":
        return _founders(sentence, trig, mentions)
    if link == "group":  # "hired outsiders for other roles, including X and Y"
        listed = _INCLUDING.search(sentence, trig.end, trig.end + 160)
        if listed is None and trig.kind == "departed":  # "X will not have a role at Acme"
            who = _left(sentence, trig.start, mentions, 90)
            near = who is not None and _BARE_SUBJECT.fullmatch(sentence, who.end, trig.start)
            return [(who, trig.kind)] if who is not None and near else []
        named = _GROUP_NAMED.match(sentence, trig.end)  # "hired two bankers from Beta: X and Y"
        if named is not None:
            members = _with_list(sentence, _right(sentence, named.end(), mentions, 3), mentions)
            said = members and _SAID_AFTER.match(sentence, members[-1].end)
            return [] if said else [(m, trig.kind) for m in members]
        if listed is None or ";" in sentence[trig.end : listed.start()]:
            return []
        member = _right(sentence, listed.end(), mentions, 45)
        if member is None or "," in sentence[listed.end() : member.start]:
            return []  # "including 40 engineers, X said": no member named
        return [(m, trig.kind) for m in _with_list(sentence, member, mentions, _GROUP_LIST)]
    if link == "tenure":
        if _RECORD_BEFORE.search(sentence, max(0, trig.start - 60), trig.start):
            return []  # "their first cup success since 1977": a record, no tenure
        who = _left(sentence, trig.start, mentions, 100)
        if who is None:  # "X, who joined Acme in 2011 after ..., held jobs at Beta from 1990"
            who = _left(sentence, trig.start, mentions, 220)
            if who is not None and not _WHO_OPENS.match(sentence, who.end):
                who = None
        if who is not None:
            context = sentence[who.end : trig.start]
        else:  # "Since 2006, Schwartz has been the chairman of ..."
            who = _right(sentence, trig.end, mentions, 12)
            context = sentence[who.end : who.end + 60] if who else ""
        return [(who, trig.kind)] if who and _TENURE_CONTEXT.search(context) else []
    if link == "move_to":
        left = _left(sentence, trig.start, mentions)
        if trig.text.lower().startswith(("hand", "pass", "ced")):
            right = _right(sentence, trig.end, mentions, 40)
            return [(m, k) for m, k in ((left, "departed"), (right, "joined")) if m is not None]
        dest = next((o for o in orgs if 0 <= o.start - trig.end <= 6), None)
        return [(left, "joined")] if left and dest is not None and dest.strong else []
    if link == "career":
        role = next((r for r in roles if 0 <= r[0] - trig.end <= 25), None)
        if role is None or _YEARS_AFTER.match(sentence, role[1]):
            return []  # "previously CEO from 1987 to 2000", "had been interim chief since May"
        who = _left(sentence, trig.start, mentions, 100) or _right(sentence, trig.end, mentions, 60)
        if who is not None and who.end <= trig.start and trig.text.lower() in _DESCRIPTORS \
                and _NAME_GAP.match(sentence[who.end : trig.start]):
            return []  # "X, formerly finance chief, became CEO": a descriptor (rule 10)
        return [(who, "departed")] if who else []
    if link == "either":  # "X parted company with Acme", "Acme parted ways with its chief X"
        right = _right(sentence, trig.end, mentions, 60)
        titled = right is not None and _TITLE_WORD.search(sentence, trig.end, right.start)
        who = right if titled else _left(sentence, trig.start, mentions) or right
        return [(who, trig.kind)] if who is not None else []
    if link == "noun":
        who = _noun_person(sentence, trig, mentions)
        if who is None and trig.kind == "return":  # "X has had two stints with Acme"
            who = _left(sentence, trig.start, mentions, 40)
        return [(m, trig.kind) for m in _with_list(sentence, who, mentions)]
    if link == "title":
        who = _title_person(sentence, trig, mentions, roles)
        return [(who, trig.kind)] if who else []
    if link == "obj" and trig.text == "named" \
            and _CALLED_BEFORE.search(sentence, max(0, trig.start - 30), trig.start):
        return []  # "a Maori named Joe Roe": called, not appointed
    if link == "obj":
        who = _right(sentence, trig.end, mentions, 60)
        if who is None or _AS_SUSPECT.match(sentence, who.end):
            return []  # "named X as a suspect" is no appointment
        out = [(m, trig.kind) for m in _with_list(sentence, who, mentions)]
        by = _WITH_RE.match(sentence, who.end)
        heir = _right(sentence, by.end(), mentions, 5) if by else None
        if heir is not None and trig.kind == "departed":
            out.append((heir, "joined"))
        return out
    if link == "heir":
        return _heir(sentence, trig, mentions)
    if link in ("succ", "succ_by"):
        left = _left(sentence, trig.start, mentions)
        right = _right(sentence, trig.end, mentions, 60)
        if link == "succ" and _replaces_a_thing(sentence, trig, right, orgs):
            return []  # "replacing the controversial CSA would be": no one is succeeded
        first, second = ("joined", "departed") if link == "succ" else ("departed", "joined")
        with_m = _WITH_RE.match(sentence, right.end) if right is not None and left is None else None
        if with_m is not None and link == "succ":  # "the decision to replace X with Y"
            left = _right(sentence, with_m.end(), mentions, 5)
        if right is not None and _PREDECESSOR.search(sentence, trig.end, right.start):
            second = "returned"  # "replaced by his predecessor, X": X comes back
        if left is not None and link == "succ" and _INDEFINITE_BEFORE.search(
            sentence, max(0, trig.start - 30), trig.start
        ):
            left = None  # "X will stay until a successor to Y is found": X is no successor
        out = []
        if left is not None:  # "X and Y take over from Z": both
            out.extend((m, first) for m in _subjects(sentence, trig, left, mentions, roles))
        if right is not None and (left is None or right.person != left.person):
            out.extend((m, second) for m in _with_list(sentence, right, mentions, _HEIRS_GAP))
        return out
    if trig.kind == "on_leave" and trig.text.endswith("break") \
            and _FROM_FIELD.match(sentence, trig.end):
        return []  # "a break from the game": away from a field, not on leave from a post
    if trig.kind == "on_leave" and _FROM_STUDIES.match(sentence, trig.end):
        return []  # "on leave from the PhD program at Stanford": a student's leave
    if trig.kind == "departed" and _OUT_OF_A_THING.match(sentence, trig.end):
        return []  # "was forced out of the deal": out of a deal, not a post
    if trig.text.endswith("role") and _ROLE_OF_A_THING.match(sentence, trig.end) \
            and not any(0 <= r[0] - trig.end <= 12 for r in roles):
        return []  # "assumed the role of the guardian of stability": a figure of speech
    if trig.text == "leave" and sentence.endswith(("his ", "their "), 0, trig.start):
        return []  # "during his leave": a noun, the time away
    if trig.text == "leaving" and sentence.endswith(", ", 0, trig.start) \
            and _WITHOUT_AFTER.match(sentence, trig.end):
        return []  # "will take time off, leaving the fund without its manager": a consequence
    if trig.text.startswith("taken"):  # "X's duties will be taken over by Y": Y takes them
        by = _BY.match(sentence, trig.end)
        agent = _right(sentence, by.end(), mentions, 60) if by is not None else None
        return [(agent, trig.kind)] if agent is not None else []
    if trig.text.startswith("spent") and "efore " not in sentence:
        return []  # "had spent 26 years at Beta" is a move only when the story goes on
    if _AUX_START.match(trig.text) and _UNNAMED_SUBJECT.search(sentence, 0, trig.start):
        return []
    who = _left(sentence, trig.start, mentions)
    if who is None and trig.text.split(None, 1)[0].endswith("ing"):  # "Since taking over, X"
        comma = sentence.find(", ", trig.end)
        who = _right(sentence, comma + 2, mentions, 3) if comma > 0 else None
    if who is None and trig.text.startswith(("begun", "beginning", "starting")):
        # "Having begun my career at Acme": the one whose career it is
        who = next((m for m in mentions if trig.start < m.start < trig.end), None)
    if who is None or _org_subject(sentence, trig, who, orgs):
        return []
    return [(m, trig.kind) for m in _subjects(sentence, trig, who, mentions, roles)]


def _subjects(
    sentence: str, trig: Trigger, who: Mention, mentions: list[Mention],
    roles: list[tuple[int, int, str]],
) -> list[Mention]:
    """The subject and the names listed before it; none when the list is a preposition's
    object ("aimed at X and chief executive Y from supporters, who came together to form")."""
    listed = _listed_before(sentence, who, mentions, roles)
    if listed and _LIST_PREP.search(sentence, max(0, listed[-1].start - 12), listed[-1].start) \
            and not trig.text.split(None, 1)[0].endswith("ing"):
        return []  # (but "with X and Y taking the helm": the participle's subjects)
    return [who, *listed]


def _listed_before(
    sentence: str, last: Mention, mentions: list[Mention], roles: list[tuple[int, int, str]]
) -> list[Mention]:
    """The names listed before a subject, nearest first: "X and Y resigned", "X, head of
    sales, and Y, its finance chief, both left" (a possessor inside a description, "Z's
    office", is no member)."""
    out: list[Mention] = []
    for m in reversed(mentions):
        if m.end > last.start or m.pronoun or m.person == last.person:
            continue
        if _AND_GAP.fullmatch(sentence, m.end, last.start) is None and not _apposed(
            sentence, m.end, last.start, roles
        ):
            if m.possessive:
                continue
            break
        out.append(m)
        last = m
    return out


def _heir(sentence: str, trig: Trigger, mentions: list[Mention]) -> list[tuple[Mention, str]]:
    """"He picked X as his successor": X takes the post, the one who picked leaves it."""
    verbs = list(_CHOSE.finditer(sentence, max(0, trig.start - 120), trig.start))
    verb = verbs[-1] if verbs else None  # the last choosing verb before the trigger
    heir = _right(sentence, verb.end(), mentions, 3) if verb is not None else None
    if verb is None or heir is None or heir.end > trig.start:
        return []
    chooser = _left(sentence, verb.start(), mentions)
    if chooser is None or chooser.person == heir.person:
        return [(heir, "joined")]
    return [(heir, "joined"), (chooser, "departed")]


def _apposed(sentence: str, start: int, end: int, roles: list[tuple[int, int, str]]) -> bool:
    """True when a description set off by commas, then "and", fills the gap: ", a former
    aide, and ", ", head of sales, and ", ", 52, and "."""
    gap = _APPOSED_GAP.fullmatch(sentence, start, end)
    return gap is not None and (gap.group(1) is not None or gap.group(2).isdigit() or any(
        start < r[0] and r[1] <= gap.end(2) for r in roles))  # (", 52, and ": an age)


def _replaces_a_thing(
    sentence: str, trig: Trigger, right: Mention | None, orgs: list[OrgMention]
) -> bool:
    """True when what is replaced, right after the verb, is an organisation, not a person."""
    thing = next((o for o in orgs if 0 <= o.start - trig.end <= 25), None)
    return thing is not None and (right is None or right.start - thing.end > 30) \
        and _THING_GAP.fullmatch(sentence, trig.end, thing.start) is not None


def _with_list(
    sentence: str, first: Mention | None, mentions: list[Mention], gap: re.Pattern[str] = _LIST_GAP
) -> list[Mention]:
    """A mention and the names listed after it: "X, Y and Executive Vice President of Sales
    Z"; a possessor in a description ("and Y's lawyer Z") is no member."""
    if first is None:
        return []
    out = [first]
    for m in mentions:
        if m.possessive and m.start >= out[-1].end:
            continue  # "with X, who was Y's predecessor": Y owns what follows, is no partner
        if m.start >= out[-1].end and not m.pronoun:
            if gap.fullmatch(sentence, out[-1].end, m.start) is None \
                    and not _apposed(sentence, out[-1].end, m.start, []):
                break  # (", its finance chief, and Y": a description between)
            if sentence.endswith((" a ", " an "), 0, m.start):
                break  # (not "X, long a Diamond lieutenant": a name used as an adjective)
            if _SAID_AFTER.match(sentence, m.end):
                break  # "hired X, a friend, and Y said": Y speaks
            if not sentence.startswith("' ", m.end):  # ("Bates' lawyer Z": Bates owns)
                out.append(m)
    return out


def _founders(sentence: str, trig: Trigger, mentions: list[Mention]) -> list[tuple[Mention, str]]:
    """The founder before the verb, and partners named after it ("with X", "alongside X")."""
    if NAMESAKE.match(sentence, trig.end):  # "Acme Jones was founded by its late namesake"
        who = _left(sentence, trig.start, mentions, 20)
        return [(who, "joined")] if who is not None else []
    by = _BY.match(sentence, trig.end)
    if by is not None:  # "a company founded by X and two of her students, Y and Z"
        first = _right(sentence, by.end(), mentions, 3)
        return [(m, "joined") for m in _with_list(sentence, first, mentions, _FOUNDER_LIST)]
    before = sentence[max(0, trig.start - 6) : trig.start]
    if re.search(r"\b(?:was|were|been|be|is)\s*$", before):
        return []
    out: list[tuple[Mention, str]] = []
    who = _left(sentence, trig.start, mentions)
    if who is not None:  # "X and Y co-founded Acme": both
        out.extend((m, "joined") for m in _subjects(sentence, trig, who, mentions, []))
    for m in mentions:
        if trig.end <= m.start <= trig.end + 120 and not m.pronoun and _PARTNER_GAP.search(
            sentence, trig.end, m.start
        ) and ";" not in sentence[trig.end : m.start]:
            out.extend((p, "joined") for p in _with_list(sentence, m, mentions, _FOUNDER_LIST))
            break
    return out


