"""Organisation choice: which organisation, and which post, a move is about."""

from __future__ import annotations

import re

from .lexicon import load_words
from .names import Mention
from .orgs import OrgMention
from .triggers import Trigger

_PLACES = load_words("places.txt")
# "former Acme", "a former banker at Acme", "his former assistant at Acme"
_FORMER_BEFORE = re.compile(r"\b(?:former|ex-)\s*(?:[a-z-]+\s+(?:at|with)\s+(?:the\s+)?)?$")
_FORMER_TITLE = re.compile(r"\b(?:former|ex-|then|one-time|previous)\s*$", re.I)
# "a return to former club Acme", "return full-time to the Acme group"
_BACK_TO = re.compile(r"(?:\s+[a-z]+(?:-[a-z]+|ly))?\s+to\s+(?:the\s+|his\s+|her\s+|their\s+)?"
                      r"(?:former\s+|old\s+)?(?:club|company|firm|team|side|employer|party|bank|"
                      r"group)?\s*")
_ORG_CHAIN_GAP = re.compile(r"(?:'s?)?\s+(?:(?:the|its)\s+)?")  # "Switzerland's SGS Group"
# "Acme's new CEO", "Acme's former chairman and CEO"
_OWNER_GAP = re.compile(r"(?:'s?)?\s*(?:(?:new|former|outgoing|incoming|current|top|next)\s+)?"
                        r"(?:[a-z-]+\s+(?:and|&)\s+)?")
_CORPORATE_ROLE = re.compile(r"\b(?:chief|ceo|cfo|coo|cto|chair\w*|director|officer|executive)\b")
_GOVERNMENT_AFTER = re.compile(
    r"\s+(?:(?:from|to|in)\s+(?:the\s+)?(?:coalition\s+|minority\s+|national\s+)?government|"
    r"(?:from\s+|to\s+|into\s+)?the\s+"
    r"(?:shadow\s+)?cabinet)\b"
)
_APPOSITION_START = re.compile(r",\s*$")  # ", Europe's biggest bank, hired"
# "The maker of Beta nuts placed X on leave": a brand the company makes, not the company
_MAKER_OF = re.compile(r"\b(?:maker|makers|producer|producers|manufacturer)\s+of\s+$")
_IT_BEFORE = re.compile(
    r"\b(?:it|the\s+(?:company|bank|firm|group|club|board))\s+(?:(?:has|have|had|also)\s+)*$"
)
# "The maker of Acme razors and Beta soap named X": the subject is the company, the names products
_MAKER_SUBJECT = re.compile(
    r"\W*(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:maker|makers|manufacturer|producer|owner|operator|"
    r"publisher|developer|parent)\s+of\s",
    re.I,
)
_NAME_BEFORE = re.compile(r",\s+[A-Z][\w'-]+\s+$")  # ", Roe promoted": a person's clause
# "joined the troubled Corus", "was brought in to turn around Airbus": the organisation joined
_JOIN_VERB = re.compile(r"\b(?:join\w*|brought\s+in|mov\w+|launch\w*|(?:co-?)?found\w*)", re.I)
# "the troubled Anglo-Dutch", "his new party, Veritas"
_WEAK_OBJECT_GAP = re.compile(
    r"\s+(?:(?:the|his|her|their)\s+)?(?:[a-z-]+\s+){0,3}(?:[a-z-]+,\s+)?"
)
_CLAUSE_RESUMES = re.compile(r",\s+(?:has|have|had|is|was|will|would|said|says)\s")
_DIRECT_GAP = re.compile(r"\s+(?:the\s+|his\s+|her\s+|their\s+)?")
_STAY_GAP = re.compile(r"\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}")
# "left in June to join Beta", "left in 2018 to avoid a conflict with Beta": a purpose clause
_LEFT_FOR = re.compile(
    r"\s+(?:(?:in|on|last|this|earlier|later)\s+(?:\w+\s+){0,2}?)?to\s+"
    r"(?!(?:the|a|an|his|her|its|their|be)\b)[a-z]{2,}\b"
)
_CLAUSE_BREAK = re.compile(r"[,;]")
_ITS_AFTER = re.compile(r"\s+(?:as\s+)?(?:its|their)\s+(?:new\s+|next\s+)?[a-z]")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")  # "joins from Beta": Beta is the old job
_OWNER_OF = re.compile(r"\s+(?:of|at|for)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,4}")
# "joined as", "took up the post of", "assumed the role of"
_AS_GAP = re.compile(r"(?:(?:(?<=post|role)|(?<=position))\s+of)?"
                     r"\s+(?:(?:his|her|their)\s+(?:post|role|job|position)\s+(?=as\s))?"
                     r"(?:(?:as|to|to\s+become|to\s+be)\s+)?"
                     r"(?:(?:the|its|their|his|her|a|an)\s+)?"
                     r"(?:[A-Z][\w&'.-]*\s+){0,4}")
# "replaced Jane Roe as Acme chairman": the one succeeded, then the post
_SUCCEEDED_AS_GAP = re.compile(r"\s+(?:(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+)?(?:[A-Z][\w.'-]*\s+){1,4}as\s+"
                               r"(?:(?:the|its|their|his|her|a|an|new)\s+)*"
                               r"(?:[A-Z][\w&'.-]*\s+){0,4}")
_VETERAN_AFTER = re.compile(r"\s+(?:veteran|insider|lifer|stalwart)\b")
_SIDE_CLAUSE = re.compile(r",\s+who\s[^,;]*,")
# a closing "who" clause about another job: "who is now Beta's CFO", "who accepted a new post"
_LATER_JOB = re.compile(r",\s+who\s+(?:is\s+now|accepted|took\s+a\s+new|has\s+taken\s+a\s+new)"
                        r"\s[^,;]*$")
# "X, a former Beta undersecretary and Acme vice chairman, became ...": posts no longer held
FORMER_APPOS = re.compile(r",\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:former|ex-)[^,;]*,")
_AS_AFTER = re.compile(r"\s+as\s+(?:(?:the|its|their|a|an|new)\s+)*")
_COMPASS = frozenset(("North", "South", "East", "West", "Central", "Northern", "Southern",
                      "Eastern", "Western"))
_WAS_BEFORE = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+(?:and|&)\s+)?$"
)
_WHEN_GAP = re.compile(r"\s+(?:of|at)\s+[^,;]{1,60}?\s+(?:when|until|before)\s+")
_APPOS_GAP = re.compile(r",\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[A-Z][\w&'.-]*\s+){0,4}")
# "Acme, which X co-founded with Y": the organisation the relative clause is about
_WHICH_GAP = re.compile(r",\s+(?:which|that)\s+(?:[^\s,;]+\s+){1,4}")
# "Acme Jones was founded by its late namesake": the founder's name is the firm's
NAMESAKE = re.compile(r"\s+by\s+(?:its|their)\s+(?:late\s+)?namesake\b")
_OWN_OF = re.compile(r"(?:\s+and\s+(?:[A-Z][\w.'-]*\s+){0,2}[A-Z][\w.'-]*)?\s+of\s+(?:the\s+)?")
_NOW_AFTER = re.compile(r",?\s+(?:who\s+is\s+)?now\s+")
_WITH_AFTER = re.compile(r"\s+with\s")
_NAMED_ORG = re.compile(r"\b(?:named|called)\s+$")
COMPANY_WORDS = re.compile(
    r"^\s+(?:to\s+|at\s+|from\s+)?the\s+(?:company|firm|group|bank|club|board|party|team|"
    r"business|carmaker|automaker|retailer|insurer|lender|airline|network|agency|side|"
    r"organisation|organization)\b",
    re.I,
)


def _role_owner(
    sentence: str, role: tuple[int, int, str], orgs: list[OrgMention]
) -> OrgMention | None:
    """The organisation a role phrase names: "Acme chairman", "Acme's new CEO", "head of Acme"."""
    start, end, title = role
    corporate = _CORPORATE_ROLE.search(title) is not None
    for i, o in enumerate(orgs):
        before = o.end <= start and _OWNER_GAP.fullmatch(sentence, o.end, start) is not None
        if not before and not (o.start >= end and _OWNER_OF.fullmatch(sentence, end, o.start)):
            continue
        nxt = orgs[i + 1] if i + 1 < len(orgs) else None
        owner = o
        if nxt is not None and 0 <= nxt.start - o.end <= 12 \
                and _ORG_CHAIN_GAP.fullmatch(sentence, o.end, nxt.start):
            if before:
                continue  # another name follows: the nearer one owns the role
            owner = nxt  # "CFO at Switzerland's SGS Group": the firm, not the country
        if (corporate or title == "head" or title.startswith("head of")) \
                and all(w in _PLACES or w in _COMPASS for w in owner.name.split()):
            return None  # a company post does not belong to a country ("North America")
        return owner
    return None


def _owns_next(sentence: str, org: OrgMention) -> bool:
    """True for a possessive organisation: "Beta's European arm"."""
    return sentence.endswith(("'s", "'"), 0, org.end) or sentence.startswith(("'s ", "' "), org.end)


def _titles(roles: list[tuple[int, int, str]], start: int, end: int) -> bool:
    """True when a role fills the gap between an organisation and a name: "hired Acme chief
    executive X" names X's present employer, not the one hiring."""
    return any(0 <= r[0] - start <= 2 and 0 <= end - r[1] <= 2 for r in roles)


def _move_role(
    sentence: str, trig: Trigger, who: Mention, roles: list[tuple[int, int, str]], kind: str
) -> tuple[int, int, str] | None:
    """The role the trigger moves into or out of: "resigned as R", "R X", "X, R,"."""
    for r in roles:
        if 0 <= r[0] - trig.end <= 25 and _AS_GAP.fullmatch(sentence, trig.end, r[0]) \
                and not 0 <= who.start - r[1] <= 2:  # not a title before the name
            return r
        if trig.link == "obj" and 0 <= r[0] - who.end <= 25 \
                and _AS_AFTER.fullmatch(sentence, who.end, r[0]):
            return r  # "appointed Beta's CEO X as the new head of Acme"
        if trig.link in ("succ", "succ_by") and 0 <= r[0] - trig.end <= 60 \
                and _SUCCEEDED_AS_GAP.fullmatch(sentence, trig.end, r[0]):
            return r  # "replaced Jane Roe as Acme chairman"
    for r in roles:
        if 0 <= who.start - r[1] <= 2:
            if kind == "departed" or (trig.link == "title" and trig.kind == "joined"):
                return r  # "Acme chairman X resigned", "new Acme chairman X"
            return None  # "Acme chairman X will succeed Y at Beta": the post held now
        if kind == "departed" and 0 <= r[0] - who.end <= 12 \
                and _APPOS_GAP.fullmatch(sentence, who.end, r[0]):
            return r  # "X, chief executive of Acme, resigned"
        if kind == "departed" and r[1] <= who.start and _WAS_BEFORE.search(sentence, 0, r[0]) \
                and _WHEN_GAP.fullmatch(sentence, r[1], who.start):
            return r  # "X was chief executive of Acme when she stepped down"
    return None


def affiliation(
    sentence: str, who: Mention, roles: list[tuple[int, int, str]], orgs: list[OrgMention]
) -> tuple[str, str] | None:
    """The organisation and post a name's title gives: "Acme chairman Jane Roe", "Roe, CEO of
    Acme,"."""
    for r in roles:
        before = 0 <= who.start - r[1] <= 2
        appos = 0 <= r[0] - who.end <= 6 and _APPOS_GAP.fullmatch(sentence, who.end, r[0])
        if not (before or appos):
            continue
        owner = _role_owner(sentence, r, orgs)
        if owner is None:
            continue
        head = min(r[0], owner.start)  # "former Acme chairman X": the title is no longer held
        if not _FORMER_TITLE.search(sentence, max(0, head - 12), head):
            return owner.name, r[2]
    return None


def _founded_org(sentence: str, trig: Trigger, cands: list[OrgMention]) -> OrgMention | None:
    """The organisation founded with partners: "Acme, which X co-founded with Y", "formed with
    Y and Z a fund named Acme" (not an organisation in a partner's description)."""
    if not _WITH_AFTER.match(sentence, trig.end):
        return None
    before = next((o for o in reversed(cands) if o.end <= trig.start), None)
    if before is not None and _WHICH_GAP.fullmatch(sentence, before.end, trig.start):
        return before
    return next((o for o in cands if o.start > trig.end
                 and _NAMED_ORG.search(sentence, max(0, o.start - 8), o.start)), None)


def pick_org(
    sentence: str, trig: Trigger, who: Mention, orgs: list[OrgMention], main: str | None,
    kind: str, roles: list[tuple[int, int, str]],
) -> tuple[str | None, bool]:
    """Choose the organisation of a move; the flag tells whether the sentence names it."""
    side = [m.span() for m in _SIDE_CLAUSE.finditer(sentence)
            if not m.start() <= trig.start < m.end()]
    side.extend(m.span() for m in _LATER_JOB.finditer(sentence) if m.end() <= trig.start
                or m.start() > trig.end)  # "replacing X, who is now Beta's CFO."
    past = FORMER_APPOS.match(sentence, who.end)
    if past is not None and not past.start() <= trig.start < past.end():
        side.append(past.span())
    cands = [o for o in orgs if not (o.start < who.end and who.start < o.end)
             and not _FORMER_BEFORE.search(sentence, max(0, o.start - 36), o.start)
             and not _MAKER_OF.search(sentence, max(0, o.start - 16), o.start)
             and not any(lo < o.start < hi for lo, hi in side)]  # "X, who spent years at Beta,"
    if main and trig.link == "obj" and (maker := _MAKER_SUBJECT.match(sentence)) is not None \
            and maker.end() <= trig.start:
        return main, True  # "The maker of Acme razors on Monday named X": not Acme
    if kind == "departed" and _LEFT_FOR.match(sentence, trig.end):
        cands = [o for o in cands if o.end <= trig.start]  # "left to join Beta": not Beta
    if COMPANY_WORDS.match(sentence[trig.end :]) and main:
        veteran = next((o for o in reversed(cands) if who.end <= o.start < trig.start
                        and _VETERAN_AFTER.match(sentence, o.end)), None)
        if veteran is not None:  # "X, a 28-year Beta veteran who left the company": Beta
            return veteran.name, True
        return main, True
    if trig.link == "tenure" and trig.text[0].islower():  # "worked for Beta from 2005 to 2010"
        held = [o for o in cands if who.end <= o.start and o.end <= trig.start
                and not sentence[o.end : trig.start].strip() and o.strong]
        if held:
            return held[-1].name, True
        clause = [o for o in cands if who.end <= o.start and o.end <= trig.start
                  and trig.start - o.end <= 40 and _owns_next(sentence, o)
                  and not _CLAUSE_BREAK.search(sentence, o.end, trig.start)]
        if clause:  # "who ran Beta's European arm until 2018": Beta
            return clause[-1].name, True
    if _ITS_AFTER.match(sentence, trig.end):  # "joined Acme in 2015 and became its CEO"
        antecedent = [o for o in cands if o.end <= trig.start and o.strong
                      and not _FROM_BEFORE.search(sentence, 0, o.start)]
        if antecedent:
            return antecedent[-1].name, True
    body = _GOVERNMENT_AFTER.match(sentence, trig.end)
    if body is not None:  # "resigned from the government over ...", "quit the cabinet"
        found = body.group(0)
        if "shadow" in found:
            return "shadow cabinet", True
        return ("Cabinet", True) if "cabinet" in found else ("government", True)
    if kind in ("returned", "return_hinted", "return_ruled_out"):
        back_to = next((o for o in cands if 0 <= o.start - trig.end <= 40
                        and _BACK_TO.fullmatch(sentence, trig.end, o.start)), None)
        if back_to is not None:
            return back_to.name, True  # "a return to former club Acme"
    if kind == "joined" and trig.link == "obj":
        now = _NOW_AFTER.match(sentence, who.end)
        post = next((r for r in roles if now and 0 <= r[0] - now.end() <= 30), None)
        owner = _role_owner(sentence, post, cands) if post is not None else None
        if owner is not None:  # "joined by X, who is now Acme's deputy leader": Acme
            return owner.name, True
    if kind == "departed" and who.start > trig.end:  # "... joining X and Y of Acme": Acme
        own = next((o for o in cands if o.start > who.end
                    and _OWN_OF.fullmatch(sentence, who.end, o.start)), None)
        if own is not None:
            return own.name, True
    if trig.link == "found" and NAMESAKE.match(sentence, trig.end):
        return sentence[who.start : who.end], True  # founded by its namesake: the same name
    if trig.link == "found":
        founded = _founded_org(sentence, trig, cands)
        if founded is not None:
            return founded.name, True
    inside = next((o for o in cands if trig.start <= o.start and o.end <= trig.end), None)
    if inside is not None:
        return inside.name, True  # "taking up the England job"
    if trig.text.startswith(("after", "spent")):  # "after 24 years with (rival) Beta"
        stay = next((o for o in cands if 0 <= o.start - trig.end <= 40
                     and _STAY_GAP.fullmatch(sentence, trig.end, o.start)), None)
        if stay is not None:
            return stay.name, True
    direct = next((o for o in cands if 0 <= o.start - trig.end <= 7), None)  # " their "
    if direct is not None and (direct.strong or trig.text.endswith(" from")) \
            and not 0 <= who.start - direct.end <= 4 \
            and _DIRECT_GAP.fullmatch(sentence, trig.end, direct.start) \
            and not _titles(roles, direct.end, who.start):
        return direct.name, True  # "joined Acme", "left the Acme board"
    role = _move_role(sentence, trig, who, roles, kind)
    owner = _role_owner(sentence, role, cands) if role is not None else None
    if owner is not None:
        return owner.name, True
    if trig.link in ("obj", "group") and (kind in ("joined", "role_changed", "returned")
                               or trig.text.startswith(("lost", "lose"))):  # "Acme lost its CEO"
        appointer = [o for o in cands if o.end <= trig.start and trig.start - o.end <= 60
                     and not (_APPOSITION_START.search(sentence, max(0, o.start - 3), o.start)
                              and "," in sentence[o.end : trig.start])]  # not "In May, Acme"
        subject = _NAME_BEFORE.search(sentence, max(0, trig.start - 30), trig.start)
        if appointer and subject is not None \
                and not any(o.end >= subject.start() for o in appointer):
            return main, False  # "... the business Beta is shrinking, Roe promoted X": not Beta
        if appointer:
            return appointer[-1].name, True
        if main and _IT_BEFORE.search(sentence, max(0, trig.start - 40), trig.start):
            return main, True  # "it hired X from Beta": "it" is the article's company
    for o in cands:
        if o.start < trig.end:
            continue
        gap = sentence[trig.end : o.start]
        if o.start - trig.end > 50 or ";" in gap or _CLAUSE_RESUMES.search(gap):
            break  # "X, elected in May, has urged the Beta Parliament": Beta is urged
        if kind != "departed" and gap.endswith("from "):
            continue
        if o.strong or o.name == main or (
                kind == "joined" and _JOIN_VERB.search(trig.text) is not None
                and _WEAK_OBJECT_GAP.fullmatch(gap)
                and not all(w in _PLACES or w in _COMPASS for w in o.name.split())):
            return o.name, True  # "joined the troubled Anglo-Dutch Corus steel company"
    near = [o for o in cands if o.end <= who.start and who.start - o.end <= 45 and o.strong]
    if near:
        return near[-1].name, True
    if main and any(o.name == main for o in cands):
        return main, True
    strong = [o for o in cands if o.strong and abs(o.start - trig.start) <= 60
              and not (kind != "departed" and _FROM_BEFORE.search(sentence, 0, o.start))
              and not (o.start > trig.end
                       and _CLAUSE_RESUMES.search(sentence, trig.end, o.start))]
    if strong:
        return min(strong, key=lambda o: abs(o.start - trig.start)).name, True
    return main, False
