"""Modality and polarity: is a trigger asserted, denied, hypothetical or only hinted?"""

from __future__ import annotations

import re

from .folding import is_word_start

# A clause starts after ";", ":" or one of these whole words (rf"[;:]|\b{word}\b"); no two
# of them overlap, so the last one ends where the last match of that regex would end.
_CLAUSE_WORDS = ("but", "while", "although", "whereas")
_NEGATION = re.compile(r"\b(?:not|never|no\s+longer|no\s+plans?|no\s+intention|n't)\b|n't\b")
# "his contract was not renewed that summer and (he) joined Beta": not negates another verb
_OTHER_VERB_NEGATED = re.compile(r"\bnot\s+[a-z]+(?:ed|en)\b[^,;]*\band\s+$")
_BLOCKERS = re.compile(
    r"\b(?:if|unless|whether|eventually|(?:would|could|should|might)(?:\s+have|'ve)|"
    r"den(?:y|ied|ies|ying)|rejected|refus(?:ed|es|ing)\s+to|declined\s+to|rul(?:ed|es|ing)\s+"
    r"out|calls?\s+for|called\s+for|calling\s+for|urg(?:e|ed|es|ing)|pressure[sd]?|"
    r"demand(?:s|ed|ing)?|should|must|speculation|rumou?r(?:s|ed)?|tipped|linked|candidates?|"
    r"front[- ]?runner|favourite|favorite|may|might|could|possible|possibly|potential(?:ly)?|"
    r"consider(?:s|ed|ing)?|talks|fears?|threat(?:en|ened|ens)?|want(?:s|ed)?\s+(?:him|her)|"
    r"reportedly|allegedly|alleg(?:e|es|ed|ing)|hop(?:e|es|ed|ing)\s+to|aims?\s+to|bid\s+to|pledges?\s+to|race\s+to|wait\s+until|"
    r"asked\s+to|ambitions?|choice\s+(?:to|as)|likely|chance|wants?\s+to|wanted\s+to|would\s+be\s+willing|"
    r"plans?\s+to\s+ask|(?:would|'d)\s+bet|vowed|threatened|running\s+to|close\s+to)\b"
)
# "After much speculation, he joined ...": the talk is over, the move that follows is real
_SETTLED_TALK = re.compile(
    r"\b(?:after|despite|amid|following)\s+(?:[\w'-]+\s+){0,4}?(?:speculation|rumou?rs?|talks|"
    r"fears|pressure|calls)\b[^,;]{0,40},"
)
_PRESSURE = re.compile(r"\b(?:pressure|calls?|urg\w+|demand\w*|push\w*)\b[^.;]*\bto\s*$")
_IF_AFTER = re.compile(
    r"[^,;.]{0,50}\b(?:if|unless)\b|[^,;.]{0,25}\b(?:at\s+some\s+point|some\s*day|one\s+day|"
    r"eventually)\b"
)
# What every match of _IF_AFTER at `end` holds: "if" or "unless" starting within 50
# characters of `end`, or "point", "day" or "eventually" somewhere after it. The pattern backs
# off character by character before failing, so it is tried only where one of them is found.
_IF_WORDS = ("if", "unless")
_SOME_DAY_WORDS = ("day", "point", "eventually")
_NOT_RULE_OUT = re.compile(
    r"(?:not|n't|never|refus(?:ed|es|ing)\s+to|declin(?:ed|es|ing)\s+to)\s+(?:\w+\s+)?"
    r"rul(?:e|ed|es|ing)\s+out|left\s+the\s+door\s+open|leaves?\s+the\s+door\s+open"
)
_DENIED = re.compile(r"\b(?:den(?:y|ied|ies|ying)|rejected)\b")
_RULED_OUT = re.compile(
    r"\b(?:no\s+(?:intention|plans?|desire|interest|wish|thought)|rul(?:ed|es|ing)?\s+out|"
    r"no\s+way|no\s+chance|(?:clos\w*|shut\w*)\s+the\s+door\s+on|dismiss\w*|"
    r"play(?:s|ed|ing)?\s+down|pour(?:s|ed|ing)?\s+cold\s+water\s+on)\b"
)
_NEGATED = re.compile(r"\b(?:not|never|won't|wouldn't)\b|n't\b")
_HINTED = re.compile(
    r"\b(?:may|might|could|would|consider\w*|open\s+to|possib\w*|potential\w*|talks|"
    r"interested|hop(?:e|es|ed|ing)|want\w*|wish\w*|plan\w*|intend\w*|expect\w*|like\s+to|"
    r"love\s+to|linked|tipped|happy\s+to|keen|eager|ready|willing|rumou?r\w*|speculat\w*|"
    r"chance|door|ambitions?|thoughts|dream\w*|if|whether|look(?:s|ing)?\s+forward|able\s+to|"
    r"perhaps|maybe|discussions?|negotiations?|vow(?:s|ed)?|seek\w*|bid|allow\w*|"
    r"in\s+principle|ambivalent|undecided|think\w*|approach\w*|sound\w*\s+out|court\w*|"
    r"weigh\w*|mull\w*|explor\w*|familiar\s+with|eye(?:s|d|ing)?|contemplat\w*|plot\w*|"
    r"angl(?:e|es|ed|ing)\s+for|lobby\w*)\b"
)
_OTHERS_WISH = re.compile(
    r"\b(?:urg\w+|call(?:s|ed|ing)?\s+for|demand\w*|petition\w*|until|unless|"
    r"(?:push|press|lobby|campaign)\w*\s+for|"
    r"asked\s+(?:whether|if))\b"
    r"|\b(?:expect\w*|hop\w*|want\w*|wish\w*)\s+(?:him|her)\s+to\s*$"
)
# "people think X would come back", "there is hope that X will return": others' guess
_OTHERS_GUESS = re.compile(
    r"\b(?:(?:people|analysts|investors|observers|commentators|insiders|many|some)\s+"
    r"(?:\w+\s+)?(?:think|believe|speculate|suspect|hope|guess)|there\s+(?:is|was)\s+"
    r"(?:\w+\s+)?hope)\s+that\b",
    re.I,
)
# "days, not weeks, ago", "X, not Mr Y, who was leaving": a contrast, no negation
_CONTRAST = re.compile(r",\s+not\s+[\w.' -]{1,30},")
_CONTRASTED_NAME = re.compile(r"\bnot\s+(?:(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+)?$")
_COUNTERFACTUAL = re.compile(r"\b(?:would|could|should|might)(?:\s+have\b|'ve)")
_AMBITION = re.compile(
    r"\b(?:ambitions?|bid|plans?|plots?|campaign|list\s+of\s+[\w\s]+?|hopes?|wants?|"
    r"wanted|trying|tries|tried|seeks?|sought)\s+to\s+$"
)
# "he hoped his son would replace him": a wish, not a succession
_WISHED = re.compile(r"\b(?:hop(?:e|es|ed|ing)|wish(?:es|ed)?)\b[^.;,]{0,40}\b(?:would|will)\s+$")
_RULED_OUT_AFTER = re.compile(
    r"\s*(?:to\s+[\w&.' -]{1,40}?\s+)?(?:is|was|would\s+be|seems?|looks?)\s+(?:\w+\s+)?[\"']?"
    r"(?:not\s+on\s+the\s+(?:cards|agenda|table)|out\s+of\s+the\s+question|off\s+the\s+table|"
    r"ruled\s+out|unlikely|impossible|not\s+(?:something|an\s+option)|not\s+on\s+(?:his|her|their)\s+"
    r"(?:agenda|radar|mind))"
)
_CONDITION = re.compile(r"\b(?:if|unless)\b")
_SET_TO = re.compile(r"\b(?:set\s+to|will|is\s+to|are\s+to|agreed\s+to|has\s+agreed)\s*$")


def clause_before(sentence: str, pos: int, width: int = 90) -> str:
    """The lower-cased text of the clause just before `pos`, at most `width` characters."""
    window = sentence[max(0, pos - width) : pos].lower()
    return window[_last_clause_start(window) :]


def _last_clause_start(window: str) -> int:
    """Where the last clause of `window` starts (0 when it has one clause), found with
    `str.rfind`, many times faster than the regex engine trying the words at every letter."""
    cut = max(window.rfind(";"), window.rfind(":")) + 1
    for word in _CLAUSE_WORDS:
        end = len(window)
        while (start := window.rfind(word, 0, end)) >= 0:
            end = start + len(word)
            if is_word_start(window, start) and (
                end == len(window) or not (window[end].isalnum() or window[end] == "_")
            ):
                cut = max(cut, end)
                break
            end -= 1  # an occurrence that starts before this one
    return cut


def ruled_out_after(sentence: str, end: int) -> bool:
    """True when what follows a return rules it out ("a return is not on the cards")."""
    return _RULED_OUT_AFTER.match(sentence, end) is not None


def is_contrasted(sentence: str, start: int) -> bool:
    """True for a name set against another: "it was X, not Y, who ..." (at Y's start)."""
    return _CONTRASTED_NAME.search(sentence, max(0, start - 12), start) is not None


def is_unrealised(sentence: str, start: int) -> bool:
    """True for a move that did not or may never happen: "would have replaced", "could've
    quit", "ambitions to replace", "a list of executives to replace", "hoped his son would
    replace him"."""
    before = clause_before(sentence, start, 60)
    return _COUNTERFACTUAL.search(before[-40:]) is not None \
        or _AMBITION.search(sentence, max(0, start - 40), start) is not None \
        or _WISHED.search(before) is not None


def is_asserted(sentence: str, start: int, end: int) -> bool:
    """False when a trigger is negated, denied, hypothetical or speculative."""
    before = _CONTRAST.sub(" ", clause_before(sentence, start, 90))
    if "," in before:  # (the talk that is over ends at a comma)
        before = _SETTLED_TALK.sub(" ", before)
    negated = _NEGATION.search(before[-30:]) and not _OTHER_VERB_NEGATED.search(before[-30:])
    if negated or _BLOCKERS.search(before[-60:]) or _PRESSURE.search(before) \
            or _WISHED.search(before):
        return False
    return not _if_after(sentence, end)


def _if_after(sentence: str, end: int) -> bool:
    """`_IF_AFTER.match(sentence, end)`: an "if" or a "one day" after the trigger."""
    near = sentence[end : end + 56]  # (a word starting 50 characters on ends before 56)
    if not any(word in near for word in _IF_WORDS) and all(
        sentence.find(word, end) < 0 for word in _SOME_DAY_WORDS
    ):
        return False
    return _IF_AFTER.match(sentence, end) is not None


# "a return of Jane Roe to Acme would ...": a return that is only imagined
_SUPPOSED_RETURN = re.compile(
    r"(?:\s+(?:of|to)\s+(?:the\s+)?[A-Z][\w.'&-]*(?:\s+[A-Z][\w.'&-]*){0,2})*\s+"
    r"(?:would|could|might)\s+"
    r"(?:be|mean|help|boost|bring|give|make|calm|reassure|please|signal)\b"
)


def return_type(sentence: str, start: int, end: int | None = None) -> str | None:
    """Classify a return trigger as returned, return_hinted or return_ruled_out."""
    before = _CONTRAST.sub(" ", clause_before(sentence, start, 70))
    near = before[-45:]
    if end is not None and ruled_out_after(sentence, end):
        return "return_ruled_out"  # "a return is not on the cards"
    if _COUNTERFACTUAL.search(before):
        return None
    if end is not None and _SUPPOSED_RETURN.match(sentence, end):
        return "return_hinted"  # "the return of X would be the best thing": not yet real
    if _OTHERS_WISH.search(near) or _OTHERS_GUESS.search(sentence, max(0, start - 160), start):
        return None
    if _NOT_RULE_OUT.search(before):
        return "return_hinted"
    if _SET_TO.search(near):
        return "returned"
    if _RULED_OUT.search(near) or _NEGATED.search(near[-22:]):
        if _CONDITION.search(near):
            return None  # "that could change if X does not return": a condition, no statement
        return "return_ruled_out"
    if _DENIED.search(before):
        return None  # "denied she was planning a return": no statement either way
    if _HINTED.search(before):
        return "return_hinted"
    return "returned"
