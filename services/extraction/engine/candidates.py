"""Candidates: the move one trigger states about one person, and the moves it implies."""

from __future__ import annotations

import re

import msgspec

from .dates import resolve_when
from .merge import Candidate
from .modality import is_asserted, is_unrealised, return_type
from .names import Mention
from .orgchoice import FORMER_APPOS, pick_org
from .orgs import OrgMention
from .roles import nearest_role
from .triggers import Trigger

_NEWS_TENSE_RE = re.compile(
    r"\b(?:has|have|will|is|are|to\s+be|plans?|says|said)\b|\w(?:s|es)(?:\s+(?:down|aside|over))?$"
)
_TENURE_END = re.compile(r"\s*(?:to|until|-|and)\s+((?:\w+\s+)?(?:19|20)\d\d)\b")
_ALREADY_RE = re.compile(
    r"\b(?:already|currently|previously|from\s+within|internal(?:ly)?|(?<!in the )interim|acting|"
    r"had\s+been(?!\s+[a-z]+(?:ed|en)\b)|"
    r"caretaker|provisional|temporary|temporarily|company\s+veteran|insider|permanent|"
    r"veteran\s+of\s+the\s+(?:company|firm|bank|group|club)|who\s+(?:joined|ha[sd]\s+been\s+with|"
    r"ha[sd]\s+worked\s+(?:at|for))\s+the\s+(?:company|firm|bank|group|club))\b"
)
_PREDECESSOR_RE = re.compile(r"\b(?:from|replac\w*|succeed\w*|after)\b")
# "joined Acme from Beta", "from Dutch telecoms leader Beta": the job left
_FROM_ORG_RE = re.compile(r"\bfrom\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:[a-z-]+\s+){0,3}$")
# "Trichet's designated successor, Bank of Italy governor": the title is the post held now
_SUCCESSOR_OF = re.compile(
    r"\b[A-Z][\w-]*'s?\s+(?:[a-z-]+\s+)?successor,?\s+(?:(?:[A-Z][\w&.'-]*|of)\s+){0,5}"
    r"(?:[a-z-]+\s+){0,2}$"
)
_OWN_FIRM = re.compile(r"\s+(?:(?:his|her|their)\s+own|an?)\s+(?:new\s+)?(?:[a-z-]+\s+){0,2}"
                       r"(?:firm|company|shop|fund|business|venture|group|start-?up)\b")
_NATION_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:an|ese|ish|i)\s+$")  # "Palestinian leader"
_POSSESSED_GAP = re.compile(r"(?:'s?)?\s")  # "Beta's Gamma", "Beta' Gamma"
_LEFT_FOR_ORG = re.compile(
    r"\s+(?:the\s+)?(?:[A-Z][\w&'.-]*\s+){1,4}for\s+(?:(?:the|its|their|rivals?|rival|fellow)\s+)*"
)
_SIDE_CLAUSE_RE = re.compile(
    r"[;(]|,\s+(?:which|who|where|whose|a|an|his|her|their)\b|\b(?:is|are|was|were|has|have|had)\s"
)
_CANDIDACY_RE = re.compile(
    r"\s+as\s+(?:a|the|its|their)\s+(?:[\w-]+\s+){0,2}?candidate\b", re.I
)
_FURTHER_TERM = re.compile(
    r"\bfor\s+(?:an?\s+)?(?:\w+\s+)?(?:second|third|fourth|fifth|sixth|further|another)\s+"
    r"(?:\w+\s+)?(?:term|mandate)\b"
)
_BODY_RE = re.compile(
    r"\b(?:Parliament|Westminster|Commons|Senate|House\s+of\s+[A-Z]\w+|White\s+House)$"
)
_POWER_RE = re.compile(r"\b(?:power|Downing\s+Street|government)$")
_LEFT_TO_RE = re.compile(r"\b(?:left|leaving|leaves|quit)\s+to\s+$")
_BEFORE_JOINING_RE = re.compile(r"\b(?:[Bb]efore|[Pp]rior\s+to)\s+(?:he\s+|she\s+)?$")
_CAME_FROM_RE = re.compile(
    r"\b(?:after|having)\s+(?:spen[dt]|spending|work(?:ed|ing)|serv(?:ed|ing)|(?:a\s+)?career|"
    r"(?:\w+\s+)?(?:years|decades?|stints?|spells?))\b[^.;]{0,60}?\b(?:at|with|for|in)\s+"
    r"(?:(?:the|rival|[a-z-]+\s+goods|[a-z-]+)\s+){0,3}[A-Z]"
)
_AT_ORG_SINCE_RE = re.compile(
    r"\b(?:been|worked|working|employed)\s+(?:at|with|for|by)\s+(?:the\s+)?"
    r"[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3}\s+$"
)
# "Since taking over", "since Roe took over": a tenure recounted from its start, a join
# unless the post is a unit of the firm ("since taking over the unit")
_SINCE_BEFORE = re.compile(r"\b[Ss]ince\s+(?:(?:[A-Z][\w'.-]*\s+){1,3}|(?:he|she)\s+)?$")
_UNIT_AFTER = re.compile(
    r"\s+(?:the|its|his|her|their)\s+(?:[\w-]+\s+)?(?:unit|division|business|arm|operations?|"
    r"department|group|region|desk)\b"
)
_CURRENT_BEFORE_RE = re.compile(r"\b(?:current|sitting|incumbent)\s+(?:[A-Z][\w&.'-]*\s+){0,3}$")
# "joined the office of the CEO", "joined its retail division": a part of an organisation
_PART_JOINED = re.compile(
    r"\s+(?:the|its|his|her)\s+(?:[\w-]+\s+){0,2}?(?:office|division|unit|department|"
    r"committee|desk|arm)\b"
)
# "taken over by (its) supervisory board chairman X": the agent a passive verb names
_BY_GAP = re.compile(
    r"\s+by\s+(?:(?:the|its|their)\s+)?(?:[A-Z][\w&.'-]*\s+){0,3}(?:[a-z-]+\s+){0,2}"
)
_ALSO_RE = re.compile(r"\balso\b")
_INSIDE_MOVE_RE = re.compile(r"(?:bec[oa]me|becomes|becoming|took|take|takes|taking|step)\b", re.I)
# a party as the article's shorthand names it, and its name ("the Tories": Conservative Party)
_PARTY_NAMES = {"Conservatives": "Conservative Party", "Tories": "Conservative Party",
                "Tory": "Conservative Party", "Lib Dems": "Liberal Democrats",
                "Democrats": "Democratic Party", "Republicans": "Republican Party"}
_PARTIES = frozenset(("Labour", "Conservative", "Conservatives", "Tory", "Tories",
                      "Liberal Democrats", "Labour Party", "Conservative Party"))
_NOT_LEADER_RE = re.compile(
    r"\b(?:reporter|journalist|correspondent|analyst|player|striker|midfielder|defender|"
    r"goalkeeper|winger|singer|actor|actress|presenter|columnist|spokesman|spokeswoman)\s+$",
    re.I,
)
_APPOSITIVE_RE = re.compile(
    r",\s+(?:the\s+|its\s+|[a-z]+\s+|(?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*'s?\s+)?"
)
# "X, a Citigroup executive in Europe": one of the organisation's own people
_MEMBER_APPOSITIVE = re.compile(
    r",\s+(?:a|an)\s+(?:(?:senior|top|longtime|long-time)\s+)?([A-Z][\w&.'-]*)\s+"
    r"(?:[A-Z][\w&.'-]*\s+){0,2}(?:executive|banker|official|manager|insider|veteran|employee|"
    r"director|chief|head|president)\b"
)
# "quit the board", "resigned from Acme's board": the board seat given up
_BOARD_AFTER = re.compile(
    r"\s+(?:from\s+)?(?:the|its|his|her|[A-Z][\w&.-]*'s?)\s+board\b(?!\s+of\s+(?!directors))"
)
FORMER_RE = re.compile(r"\b(?:former|ex-|then)\s*$", re.I)
_POST_GAP = re.compile(
    r"\s+(?:[A-Z][\w&.'-]*\s+){0,4}(?:as|to)\s+(?:(?:the|its|a|an|new|permanent|sole)\s+)*"
)
_BECAME_GAP = re.compile(r"\s+(?:(?:the|its|a|an|new|permanent|sole)\s+)*")  # "became (its) CEO"
# "Since taking the reins, X has ...": a move recounted, not today's news
_SINCE_GERUND = re.compile(r"\b(?:[Ss]ince|[Aa]fter|[Uu]pon)\s+\w+ing\b")
# "had been CEO since May 2006": the date a recounted post began, not when it ended
_SINCE_RE = re.compile(r"\bsince\s+((?:\w+\s+){0,2}?(?:19|20)\d\d)\b")


def candidate(
    sentence: str, trig: Trigger, who: Mention, kind: str, roles: list[tuple[int, int, str]],
    orgs: list[OrgMention], homes: tuple[str | None, str | None, str | None],
    published: str | None,
    held: set[tuple[int, str | None]],
    n: int,
    outsider: bool = False,
) -> Candidate | None:
    """The move ``trig`` states about ``who`` (``kind`` from linking) in sentence ``n``: its
    type after modality, organisation, post and date, or None when it states none. ``homes``
    is (the organisation of the person's title, the article's main one, the title's post);
    ``held`` the (person, organisation) posts taken in the sentence before; ``outsider`` tells
    that the article introduces the person by a post they no longer hold."""
    if not who.pronoun and _NOT_LEADER_RE.search(sentence, max(0, who.start - 25), who.start):
        return None  # reporters, analysts and players do not make executive moves
    if kind == "return":
        move_type = return_type(sentence, trig.start, trig.end)
        if move_type is None:
            return None
    elif kind == "return_bid":  # standing again: ruled out when denied, else only hinted
        ruling = return_type(sentence, trig.start, trig.end)
        if ruling is None:
            return None
        move_type = "return_ruled_out" if ruling == "return_ruled_out" else "return_hinted"
    elif (kind == "departed" and trig.link == "succ") or trig.link == "succ_by":
        if is_unrealised(sentence, trig.start):
            return None  # "ambitions to replace X", "would've replaced X"
        move_type = kind  # a predecessor leaves even when the successor is only tipped
    elif not is_asserted(sentence, trig.start, trig.end):
        return None
    else:
        move_type = kind
    if _CANDIDACY_RE.match(sentence, trig.end):
        return None  # standing, or standing down, as a candidate is no move (rule 11)
    if move_type in ("joined", "role_changed") and _FURTHER_TERM.search(
        sentence, trig.end, trig.end + 80
    ):
        return None  # "became chairman for a fifth term": the post is kept, not taken
    home = homes[0] or homes[1]
    successor = _SUCCESSOR_OF.search(sentence, max(0, who.start - 80), who.start) \
        if move_type in ("joined", "role_changed") else None
    if successor is not None:  # "Y's successor, Beta governor X, will start": Y's post, not Beta
        orgs = [o for o in orgs if not successor.start() <= o.start < who.start]
        home = homes[1]
    org, org_named = pick_org(sentence, trig, who, orgs, home, move_type, roles)
    if trig.link == "found" and _OWN_FIRM.match(sentence, trig.end) \
            and not any(0 <= o.start - trig.end <= 60 for o in orgs):
        org = None  # "opened his own investment firm": a new firm the article does not name
    if not org_named and any(0 <= who.start - r[1] <= 3 and _NATION_BEFORE.search(
            sentence, max(0, r[0] - 20), r[0]) for r in roles):
        org = None  # "the new Palestinian leader, X": a nation's post, no organisation named
    body = _BODY_RE.search(trig.text)
    if body is not None:  # "entered Parliament": the trigger names the body joined
        org, org_named = body.group(0), True
    elif _POWER_RE.search(trig.text):  # "swept to power", "entered Downing Street"
        org, org_named = "government", True
    inside = move_type == "joined" and trig.link != "found" \
        and _already_there(sentence, trig, who, org, held, roles, orgs, homes[:2], homes[2],
                           outsider)
    if inside:
        move_type = "role_changed"
    # "since X took over": a join read as a role change that names no post after the verb may
    # only restate a join the article tells elsewhere (not a succession or a noun)
    restated = inside and trig.link not in ("succ", "succ_by", "noun") \
        and not any(r[0] >= trig.end for r in roles)
    titled = next((r[2] for r in roles if 0 <= who.start - r[1] <= 2), None) \
        if move_type == "departed" and not who.pronoun else None  # "Chairman X will step down"
    inner = next((r[2] for r in roles if trig.start <= r[0] and r[1] <= trig.end), None) \
        if trig.link in ("succ", "succ_by") or move_type == "departed" else None
    # "succeeded as CEO by", "will remain a director until May": the post the trigger names
    board = _BOARD_AFTER.match(sentence, trig.end) if move_type == "departed" else None
    after = "board member" if board is not None else _post_after(sentence, trig, who, roles)
    role = after or inner or titled \
        or nearest_role(roles, trig.end, 60) \
        or nearest_role(roles, who.start, 40)
    if move_type in ("return_hinted", "return_ruled_out"):
        role = None
    elif trig.link == "found":  # a founder's title is not the one named after the company
        role = "co-founder" if "co" in trig.text.lower().replace("company", "") else "founder"
    elif role is None and (move_type == "departed" or (org is not None and org == homes[0])):
        role = homes[2]  # "Acme chairman X ... he resigned": the post the title names
    if role and (not org_named or org in _PARTIES):
        org = _office_of(role) or org
    org = _PARTY_NAMES.get(org, org) if org else org
    when = None
    if trig.link == "tenure":  # "from May 2001", "until 2008": the date is the trigger's own
        when = resolve_when(trig.text, 0, published)
    when = when or resolve_when(sentence, trig.start, published)
    if when and trig.link == "career" and move_type == "departed":
        since = _SINCE_RE.search(sentence, trig.end, trig.end + 90)
        if since is not None and resolve_when(since.group(1), 0, published) == when:
            when = None
    if when is None and published and "founder" not in trig.text and _NEWS_TENSE_RE.search(
        sentence[max(0, trig.start - 30) : trig.end]
    ) and not _SINCE_GERUND.search(sentence, max(0, trig.start - 8), trig.end):
        when = published[:10]
    confidence = 0.7 if who.pronoun else 0.85
    if not org_named:
        confidence -= 0.1
    if move_type == "return_hinted" or trig.link in ("tenure", "career"):
        confidence -= 0.1
    return Candidate(
        person=who.person, type=move_type, org=org, org_named=org_named, role=role,
        when=when, evidence=_evidence(sentence, trig, who), sentence=n, confidence=confidence,
        post_named=role is not None and role in (after, inner, titled),
        restated=restated, noun=trig.link == "noun",
    )


def implied(
    sentence: str, trig: Trigger, who: Mention, cand: Candidate, orgs: list[OrgMention],
    published: str | None,
) -> list[Candidate]:
    """Moves a statement implies: the end of a tenure, the job left for a new one."""
    out: list[Candidate] = []
    if trig.link == "tenure":
        end = _TENURE_END.match(sentence, trig.end)
        if end is not None:
            # "to July 2001": the month too, when the sentence gives it
            out.append(_derived(cand, "departed",
                                when=resolve_when(end.group(1), 0, published) or end.group(1)[-4:]))
    if cand.type == "departed" and cand.org_named:
        new_home = _LEFT_FOR_ORG.match(sentence, trig.end)
        to = next((o for o in orgs if new_home and o.start == new_home.end()), None)
        if to is not None and to.name != cand.org:  # "left Beta for rivals Acme"
            out.append(_derived(cand, "joined", org=to.name, role=None))
    if cand.type == "return_ruled_out":
        # the departure keeps a date the sentence gives, not the article's own date
        dated = cand.when if cand.when != (published or "")[:10] else None
        out.append(_derived(cand, "departed", when=dated))
    if cand.type in ("joined", "role_changed"):
        after = max(trig.end, who.end)  # "hired CFO X from Beta and CMO Y from Gamma": Gamma
        for i, o in enumerate(orgs):
            gap = sentence[after : o.start] + " "
            if o.start >= after and o.start - after <= 120 and o.name != cand.org \
                    and _FROM_ORG_RE.search(gap) and not _SIDE_CLAUSE_RE.search(gap):
                unit = orgs[i + 1] if i + 1 < len(orgs) else None
                if unit is not None and _POSSESSED_GAP.fullmatch(sentence, o.end, unit.start):
                    o = unit  # "from Beta's Gamma unit": Gamma
                out.append(_derived(cand, "departed", org=o.name, role=None))
                break
        if _BEFORE_JOINING_RE.search(sentence, max(0, trig.start - 12), trig.start):
            # "who ran Beta's unit before he joined Acme": the clause before the pronoun
            lo, hi = (max(0, trig.start - 120), who.start) \
                if trig.start - 12 <= who.start < trig.start else (who.end, trig.start)
            left = [o for o in orgs if lo <= o.start and o.end <= hi
                    and o.strong and o.name != cand.org]
            if not left and who.start > trig.end:  # "Before joining Acme, X spent years at Beta"
                left = [o for o in orgs if o.start >= who.end and o.strong
                        and o.name != cand.org][:1]
            if left:  # "X ran the unit at Beta before joining Acme": X left Beta
                out.append(_derived(cand, "departed", org=left[-1].name, role=None, when=None))
    # "former Beta executive X joined Acme" states no departure from Beta (guidelines rule 10)
    return out


def _office_of(role: str) -> str | None:
    """The body a public office belongs to, when the sentence names none (UK usage)."""
    if role == "home secretary":
        return "Home Office"
    if role == "mp":
        return "Parliament"
    if role.endswith(("prime minister", " minister")) or role in ("minister", "chancellor"):
        return "government"
    return None


def _derived(cand: Candidate, move_type: str, **changes: str | None) -> Candidate:
    """A move implied by `cand` (a little less certain than what the sentence states); it
    restates nothing, whatever `cand` restates."""
    return msgspec.structs.replace(cand, type=move_type, confidence=cand.confidence - 0.1,
                                   restated=False, **changes)


def _already_there(
    sentence: str, trig: Trigger, who: Mention, org: str | None,
    held: set[tuple[int, str | None]],
    roles: list[tuple[int, int, str]], orgs: list[OrgMention], homes: tuple[str | None, ...],
    title_post: str | None, outsider: bool = False,
) -> bool:
    if trig.text.lower().startswith("join") and _PART_JOINED.match(sentence, trig.end) \
            and (who.person, org) in held:
        return True  # "has been with Acme since 1988 ... before joining the office of the CEO"
    if trig.text.lower().startswith(("join", "start", "beg")) or trig.link == "title" \
            or trig.kind == "return" \
            or "found" in trig.text.lower():  # a founder joins, whatever title follows
        return False  # "back to work as president of Acme": from outside
    if trig.link == "tenure" and _AT_ORG_SINCE_RE.search(sentence, max(0, trig.start - 70),
                                                          trig.start):
        return False  # "has been at Acme since 2016": when the person came to Acme
    if org not in homes and _LEFT_TO_RE.search(sentence, max(0, trig.start - 12), trig.start):
        return False  # "left to take over Beta": Beta is a new employer
    clause = _own_clause(sentence, trig, who)
    already = next((m for m in _ALREADY_RE.finditer(clause)  # not "its former interim CEO"
                    if not FORMER_RE.search(clause, max(0, m.start() - 8), m.start())), None)
    recounted = trig.link == "tenure" and already is not None and (
        already.group(0).startswith(("previously", "who", "interim", "acting"))
        or (already.group(0).startswith("had been") and org not in homes))  # elsewhere
    if already and not recounted:
        return True  # "previously CEO from 1987": a recounted tenure, not a move inside
    if outsider and _NEWS_TENSE_RE.search(sentence[max(0, trig.start - 30) : trig.end]):
        return False  # "former Beta chief X ... will take over": from outside (a career told
        # in the past may have passed through the organisation first)
    if _INSIDE_MOVE_RE.match(trig.text) and _CAME_FROM_RE.search(sentence, trig.end,
                                                                 trig.end + 160):
        return False  # "took the helm in 2003, after spending his career at Beta": an outsider
    if _INSIDE_MOVE_RE.match(trig.text) and _SINCE_BEFORE.search(
            sentence, max(0, trig.start - 40), trig.start) \
            and not _UNIT_AFTER.match(sentence, trig.end):
        return False  # "Since taking over in 2007, X has ...": a tenure told from its start
    past = FORMER_APPOS.match(sentence, who.end) if _INSIDE_MOVE_RE.match(trig.text) else None
    if past is not None and past.end() <= trig.start and org not in {
            o.name for o in orgs if past.start() < o.start < past.end()}:
        return False  # "X, a former Beta vice chairman, became CEO": from Beta, an outsider
    if _INSIDE_MOVE_RE.match(trig.text) and org is not None and (org == homes[1] or (
            org == homes[0] and not _same_post(title_post, nearest_role(roles, trig.end, 40)))):
        return True  # "became CEO" at the article's company, or at one a title names (unless
        # the title is the post the move gives: "Acme CEO X ... became CEO of Acme")
    if (who.person, org) in held and not (
            outsider and _ALSO_RE.search(sentence, max(0, trig.start - 16), trig.end)):
        return True  # a post after another there (a newcomer's "also named a director" joins)
    by_title = _title_after_by(sentence, trig, who, roles)
    if by_title is not None:  # "taken over by supervisory board chairman X": a post held now
        owner = next((o.name for o in orgs if 0 <= by_title[0] - o.end <= 2), None)
        return owner is None or owner == org
    if trig.link == "succ_by" and " as " in trig.text:  # "succeeded as CEO by President X"
        title = next((r for r in roles if r[0] >= trig.end and 0 <= who.start - r[1] <= 2), None)
        if title is not None and not FORMER_RE.search(sentence[max(0, title[0] - 8) : title[0]]):
            owner = next((o.name for o in orgs if 0 <= title[0] - o.end <= 2), None)
            return owner is None or owner == org
    member = _MEMBER_APPOSITIVE.match(sentence, who.end)
    if member is not None and org is not None and org.split()[0] == member.group(1):
        return True  # "X, an Acme executive in Europe": already at Acme
    new_posts = [r for r in roles if 0 <= r[0] - _after_object(trig, who) <= 40
                 or 0 <= r[0] - trig.end <= 40]
    for start, end, _ in roles:
        if 0 <= who.start - end <= 2 and not FORMER_RE.search(sentence[max(0, start - 8) : start]):
            if _CURRENT_BEFORE_RE.search(sentence, max(0, start - 40), start):
                return True  # "replaced by current Acme president X": already there
            if not new_posts or new_posts == [(start, end, _)]:
                return False  # "Coach X, who took over in May", "named a new CEO: X"
            owner = next((o.name for o in orgs if 0 <= start - o.end <= 2), None)
            return owner == org or (owner is None and (org is None or org in homes))
        if 0 <= start - who.end <= 30 and _APPOSITIVE_RE.fullmatch(sentence, who.end, start) \
                and not (trig.link == "tenure" and 0 <= trig.start - end <= 2) \
                and not FORMER_RE.search(sentence, max(0, start - 8), start):
            return True  # "X, chief technology officer, was appointed ..." (not "X, CEO from")
    return False


def _title_after_by(
    sentence: str, trig: Trigger, who: Mention, roles: list[tuple[int, int, str]]
) -> tuple[int, int, str] | None:
    """The title between a passive verb's "by" and the name ("will be taken over by chairman
    X"), unless it is a former or a new one."""
    if trig.link != "subj" or who.start < trig.end:
        return None
    title = next((r for r in roles if r[0] >= trig.end and 0 <= who.start - r[1] <= 2), None)
    if title is None:
        return None
    gap = _BY_GAP.fullmatch(sentence, trig.end, title[0])
    words = gap.group(0).split() if gap is not None else ["new"]
    return title if "new" not in words and "former" not in words else None


def _post_after(
    sentence: str, trig: Trigger, who: Mention, roles: list[tuple[int, int, str]]
) -> str | None:
    """The post named just after the trigger ("joined Acme as chief executive") or after the
    person it names ("named its CFO X as chief executive"), even when a title before it is
    nearer ("X, Beta's former finance chief, joined ...")."""
    after = _after_object(trig, who)
    gap = _BECAME_GAP if trig.text.lower().startswith("bec") else _POST_GAP
    for start, _, role in roles:
        if any(0 <= start - end <= 40 and gap.fullmatch(sentence, end, start)
               for end in (trig.end, after)):
            return role
    return None


def _after_object(trig: Trigger, who: Mention) -> int:
    """Where the person a verb names ends ("named X"), else the trigger's end."""
    return who.end if trig.link == "obj" and who.start >= trig.end else trig.end


def _same_post(title: str | None, post: str | None) -> bool:
    """True when the post a move gives is the one a title names ("ceo", "ceo of acme")."""
    return title is not None and post is not None and post.split(" of ")[0] == title


def _own_clause(sentence: str, trig: Trigger, who: Mention) -> str:
    """The words about the moving person: from just before the name to just after the trigger,
    stopping at the predecessor ("will take over from interim chief X")."""
    start = max(0, min(who.start, trig.start) - 30)
    end = min(len(sentence), max(who.end, trig.end) + 40)
    cut = _PREDECESSOR_RE.search(sentence, trig.start, end)
    return sentence[start : cut.start() if cut else end]


def _evidence(sentence: str, trig: Trigger, who: Mention) -> str:
    if len(sentence) <= 220:
        return sentence
    start = min(who.start, trig.start)
    end = max(who.end, trig.end)
    left = sentence.rfind(", ", 0, max(0, start - 40))
    right_m = re.compile(r"[;,.](?:\s|$)").search(sentence, end + 30)
    lo = left + 2 if left >= 0 else 0
    hi = right_m.start() if right_m else len(sentence)
    return sentence[lo:hi].strip()
