"""Document-level merge: one move stated several times in an article is one move."""

from __future__ import annotations

import msgspec


class Candidate(msgspec.Struct):
    """A move found in one sentence, before the article-level merge."""

    person: int
    type: str
    org: str | None
    org_named: bool
    role: str | None
    when: str | None
    evidence: str
    sentence: int  # index of the sentence that states it
    confidence: float
    post_named: bool = False  # the statement itself names the post ("quit the board")
    restated: bool = False  # a join read as a role change because the person is already there
    noun: bool = False  # stated by a noun ("his resignation", "the departure of X")


_PER_ORG = frozenset(("joined", "departed", "role_changed"))


def _same_move(a: Candidate, b: Candidate, came_back: set[tuple[int, str | None]]) -> bool:
    if a.person != b.person or a.type != b.type:
        return False
    if a.type in _PER_ORG and a.org_named and b.org_named and a.org != b.org:
        return False  # "left A" and "left B" are two moves
    if a.type in _PER_ORG and a.sentence != b.sentence and _distinct_posts(a, b):
        return False  # "quit as chief executive" and "will remain a director until May"
    if a.type == "departed" and a.org_named and b.org_named and (a.person, a.org) not in came_back:
        return True  # one can only leave Acme twice by coming back between: one date is wrong
    if a.type == "returned" and a.org == b.org:
        return True  # an article tells of one comeback to Acme, however often it names it
    return not (a.when and b.when and a.when[:4] != b.when[:4])


_POST_WORDS = (
    ("chief executive", "ceo"), ("ceo", "ceo"), ("chief operating", "coo"), ("coo", "coo"),
    ("chief financial", "cfo"), ("cfo", "cfo"), ("finance", "cfo"), ("president", "president"),
    ("chairman", "chair"), ("chairwoman", "chair"), ("chair", "chair"),
)
_BOARD_ROLES = frozenset(("director", "board member", "non-executive director"))
_TEMPORARY = ("acting", "interim", "caretaker")
_BOARD = frozenset(("board",))


def _post_kinds(role: str) -> frozenset[str]:
    """The posts a role names, to tell two posts apart ("ceo", "chair", "board"...)."""
    if role in _BOARD_ROLES:
        return _BOARD
    role = role.replace("vice president", "vp").replace("vice chair", "vc").replace(
        "deputy chair", "dc")
    kinds = {kind for word, kind in _POST_WORDS if word in role}
    if kinds and any(word in role for word in _TEMPORARY):
        return frozenset("temporary " + kind for kind in kinds)
    return frozenset(kinds)


def _distinct_posts(a: Candidate, b: Candidate) -> bool:
    """True when two statements, each naming its post, name different posts ("chief
    executive" and "chairman"; a chairman's seat is on the board)."""
    if not (a.post_named and b.post_named and a.role and b.role):
        return False
    kinds_a, kinds_b = _post_kinds(a.role), _post_kinds(b.role)
    if _BOARD in (kinds_a, kinds_b) and "chair" in kinds_a | kinds_b:
        return False
    return bool(kinds_a) and bool(kinds_b) and kinds_a.isdisjoint(kinds_b)


def merge(cands: list[Candidate]) -> list[Candidate]:
    """Fold repeated statements of a move into one, keeping the first and filling gaps.

    A hint of a return is dropped when the article says the person did come back; a join
    read as a role change, with no post, when the article tells the join elsewhere.
    """
    came_back = {(c.person, c.org) for c in cands if c.type == "returned"}
    came = came_back | {(c.person, c.org) for c in cands if c.type == "joined"}
    # "since X took over", "X's appointment": a post-less restatement of a join told elsewhere
    cands = [c for c in cands if not (c.restated and c.role is None and (c.person, c.org) in came)]
    # "his exit was not linked to Beta's failure": a noun that restates a departure told by a
    # verb names the organisation only by chance
    left = {c.person for c in cands if c.type == "departed" and not c.noun}
    cands = [c for c in cands if not (c.noun and c.type == "departed" and c.person in left)]
    kept: list[Candidate] = []
    for c in cands:
        twin = next((k for k in kept if _same_move(k, c, came_back)), None)
        if twin is None:
            kept.append(msgspec.structs.replace(c))
            continue
        if not twin.org_named and c.org_named:
            twin.org, twin.org_named = c.org, True
        if twin.role is None and c.role is not None:
            twin.evidence = c.evidence  # the statement that names the post says more
        twin.role = twin.role or c.role
        twin.when = twin.when or c.when
        twin.confidence = min(0.99, max(twin.confidence, c.confidence) + 0.05)
    back = {k.person for k in kept if k.type == "returned"}
    return [k for k in kept if not (k.type == "return_hinted" and k.person in back)]
