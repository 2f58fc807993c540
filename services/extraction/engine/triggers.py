"""Move triggers: verb and noun phrases that state a move, with how to find their person."""

from __future__ import annotations

import re
from collections.abc import Iterator

import msgspec

# How the moving person is linked to a trigger:
#   subj  the person before the trigger ("X resigned", "X was appointed")
#   obj   the person after an active transitive verb ("the board appointed X")
#   noun  a noun phrase: "the resignation of X", "X's resignation", "his resignation"
#   succ  "X succeeds Y": X takes the post, Y leaves it
#   succ_by  "X was replaced by Y": X leaves, Y takes the post
#   title  a role title before or after the name ("new chief executive X")


class Trigger(msgspec.Struct, frozen=True):
    """A trigger phrase matched in a sentence."""

    start: int
    end: int
    kind: str  # joined, departed, role_changed, on_leave, return, return_bid
    link: str
    text: str


_AUX = r"(?:was|were|is|are|been|be|being|has\s+been|have\s+been|had\s+been)\s+"
_PASSIVE_HEAD = rf"(?:{_AUX}|(?<=,\s))"
_PASSIVE = _PASSIVE_HEAD + \
           r"(?:(?:formally|officially|also|recently|quickly|now|just|then|later|since|finally|" \
           r"first|unexpectedly|effectively|subsequently|duly|suddenly|abruptly|summarily|" \
           r"unceremoniously|swiftly|immediately|initially|briefly|controversially|" \
           r"unanimously|both|all)\s+)?"
_APPOINT = r"(?:appointed|named|hired|elected|recruited|chosen|selected|picked|tapped|" \
           r"installed|drafted\s+in|brought\s+in|poached|made(?=\s+(?:a\s+|an\s+|the\s+)?" \
           r"(?:permanent|chief|chairman|president|director|head|manager|coach|leader|partner|" \
           r"governor|minister|secretary|ceo|cfo|coo|deputy|vice|interim|acting|non-executive|" \
           r"managing|board|life\s+peer)\b|" \
           r"\s+(?:[A-Z]\w+\s+){1,2}(?:Secretary|Minister|Chancellor|Commissioner)\b))" \
           r"(?!\s+(?:in\s+(?:a|the)\s+(?:lawsuit|suit|" \
           r"complaint|case|report|indictment|list|documents?|filing)|after|among|best|" \
           r"worst|top|player|" \
           r"winner|one\s+of|as\s+(?:a\s+)?(?:defendant|suspect|witness)|for\s+(?:an?\s+)?" \
           r"(?:award|prize|oscar)))"
_REMOVE = r"(?:fired|sacked|ousted|dismissed|removed|axed|toppled|deposed|forced\s+out|" \
          r"pushed\s+out|pushed\s+aside|eased\s+out|let\s+go|deselected|voted\s+out|" \
          r"thrown\s+out|kicked\s+out|" \
          r"relieved\s+of\s+(?:his|her|their)\s+duties)"
_LEAVE_OBJ = (
    r"(?=\s+(?:the|(?:his|her|its|their)\s+(?:\w+\s+)?(?:post|job|role|position|seat|office|"
    r"company|firm|party|club|side|team|board|group|bank|government|cabinet|ministry|"
    r"department|jobs|posts|roles)|as|after|at|in|on|for|amid|earlier|last|this|"
    r"to\s+(?:join|become|take|pursue|focus|start|run|head|lead|spend)|"
    r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+"
    r"(?:years?|months?|weeks?|days?)\s+later)\b"
    r"|\s+[A-Z]|\s*[.;,]|\s*$)"
)
_NOT_LEAVE = (r"(?!\s+(?:of\s+absence|unchanged|open|behind|out|over|alone|room|it\b|"
              r"the\s+door\b|(?:the\s+)?(?:rates?|prices?|forecasts?|outlooks?|guidance)\b))")

_PATTERNS: list[tuple[str, str, str, str]] = [
    # returns first, so that "returned to Tesla" is not also read as something else
    (r"\b(?:return(?:s|ed|ing)?|comeback|come\s+back|came\s+back|comes\s+back|coming\s+back|"
     r"go(?:ing)?\s+back|went\s+back|get(?:ting)?\s+back|got\s+back|rejoin(?:s|ed|ing)?|"
     r"revisit(?:ing)?)\b", "return", "subj",
     "retu come came comi back rejo revi gett got"),
    (rf"\b{_PASSIVE}(?:reinstated|rehired|re-hired|re-appointed|reappointed|brought\s+back)\b",
     "return", "subj",
     "rein rehi re-h re-a reap"),
    # "will not stand for the leadership again": a bid to come back, hinted or ruled out
    (r"\b(?:stand(?:s|ing)?|stood|run(?:s|ning)?|ran)\s+(?:again\s+for\s+(?:the\s+)?"
     r"(?:\w+\s+)?(?:leadership|presidency|chairmanship|top\s+job)|for\s+(?:the\s+)?(?:\w+\s+)?"
     r"(?:leadership|presidency|chairmanship|top\s+job)\s+again)\b",
     "return_bid", "subj",
     "stan stoo run runs runn ran"),
    # not "came out of retirement to join Beta": a new employer is a join
    (r"\bout\s+of\s+retirement\b(?!\s+to\s+(?:join|take|lead|run|head|become)\b(?![^.;]{0,60}\bagain\b))|\bretook\s+the\s+reins\b|\bretakes?\s+the\s+reins\b",
     "return", "subj",
     "reti reto reta"),
    (r"\b(?:rehire[sd]?|reinstate[sd]?|re-?appoint(?:s|ed)?|re-?hired|brought\s+back|"
     r"bring(?:s|ing)?\s+back)\b(?=\s+(?:[A-Z]|him\b|her\b|former|ex-|founder|veteran|chief))",
     "return", "obj",
     "rehi rein reap re-a re-h brou brin"),
    # "brought Jane Roe back into the cabinet": the person sits between verb and particle
    (r"\b(?:brought|bring|brings|bringing)\b(?=\s+(?:(?:[A-Z][\w.'-]*\s+){1,3}|(?:him|her|the\s+latter|the\s+former)\s+)"
     r"back\b)", "return", "obj",
     "brou brin"),
    (r"\b(?:f[oi]u?nd(?:s|ing)?|ma(?:de|kes?|king))\s+(?:his|her|their)\s+way\s+back\b",
     "return", "subj",
     "foun find made make maki"),
    # "appointed to his second stint", "has had two separate stints with the company"
    (r"\b(?:second|third|fourth|another|two(?:\s+separate)?|three(?:\s+separate)?)\s+"
     r"(?:stints?|spells?)\b(?=\s+(?:as|at|with|in\s+charge|in\s+the)\b)", "return", "noun",
     "seco thir four anot two thre"),
    # "is back at Acme as chairman", "back in charge of Acme"
    (r"\b(?:is|was|are|were|be|been)\s+(?:now\s+)?back\s+(?:at|with|in\s+charge\s+(?:of|at)|as|"
     r"in\s+the\s+(?:hot\s+seat|top\s+job))\b",
     "return", "subj",
     "back"),
    (r"\b(?:placed|put|places|puts)\b(?=[^.;]{0,120}?\bon\s+(?:\w+\s+)?leave\b)", "on_leave", "obj",
     "plac put puts"),
    # every branch spelt out, so that each begins with a letter the regex engine can skip to
    (r"\b(?:leave\s+of\s+absence|medical\s+leave|sick\s+leave|maternity\s+leave|"
     r"paternity\s+leave|extended\s+leave|temporary\s+leave|compassionate\s+leave|"
     r"gardening\s+leave|indefinite\s+leave|personal\s+leave|administrative\s+leave|"
     r"paid\s+leave|unpaid\s+leave|garden\s+leave|parental\s+leave|study\s+leave|"
     r"bereavement\s+leave|sabbatical|on\s+leave|long\s+vacation|vacation|time\s+off|"
     r"take\s+a\s+break|taking\s+a\s+break|took\s+a\s+break|takes\s+a\s+break)\b",
     "on_leave", "subj",
     "leav sabb vaca off brea"),
    # "the new unit will be headed by X": an announced post, taken by the one after "by"
    (r"\b(?:will\s+be|is\s+to\s+be|are\s+to\s+be)\s+(?:headed|led|run|chaired)\s+by\b",
     "joined", "obj",
     "head led run chai"),
    # "those responsibilities have been shifted to Chief Mobile Officer X": more to X's post
    (r"\b(?:responsibilities|duties)\s+(?:(?:have|has|had|will|would)\s+)?(?:been\s+|be\s+)?"
     r"(?:shifted|transferred|handed|passed|moved|reassigned)\s+to\b",
     "role_changed", "obj",
     "resp duti"),
    # "took the year off", "is taking a few months off"
    (r"\bt(?:ake|akes|aking|ook)\s+(?:the|a|an)\s+(?:few\s+|couple\s+of\s+)?(?:\w+\s+)?"
     r"(?:year|years|months?|weeks|summer|semester)\s+off\b", "on_leave", "subj",
     "take took taki"),
    # "resumed her duties": back from leave
    (r"\bresum(?:e|es|ed|ing)\s+(?:his|her|their|full)\s+(?:\w+\s+)?(?:duties|role|post|job|"
     r"position|responsibilities)\b", "return", "subj",
     "resu"),
    # "is stepping back temporarily"
    (r"\b(?:step(?:s|ped|ping)?\s+(?:back|aside|down)\s+temporarily|temporarily\s+step(?:s|ped|ping)?"
     r"\s+(?:back|aside|down))\b",
     "on_leave", "subj",
     "temp"),
    # "will be away from the company for six weeks"
    (r"\baway\s+from\s+(?:work|the\s+(?:office|company|business|firm|bank|group|job)|[A-Z]\w*)"
     r"(?=[^.;]{0,40}?\bfor\s+(?:\w+\s+)?(?:days|weeks|months)\b)",
     "on_leave", "subj",
     "away"),
    (r"\bsuspension\b(?!\s+(?:of\s+(?:trading|shares|the)|for\s+(?:the\s+)?\w+\s+(?:match|game|leg)))",
     "on_leave", "noun",
     "susp"),
    (rf"\b{_PASSIVE}suspended\b(?!\s+(?:for\s+(?:the\s+)?(?:\w+\s+)?(?:match|game|games|leg|"
     r"matches|race|tie)|from\s+(?:trading|the\s+(?:stock|exchange))))", "on_leave", "subj",
     "susp"),
    (rf"\b{_PASSIVE}{_APPOINT}\b", "joined", "subj",
     "appo name hire elec recr chos sele pick tapp inst nomi draf brou poac made"),
    # reduced relative: "Jane Roe, the specialist appointed by the board as chief executive"
    (r"\b(?:appointed|named|hired|elected|chosen|installed|recruited)\b(?=\s+(?:by|as|to|"
     r"chief|chairman|president|head|ceo|leader|director|manager|coach|interim|acting|senior|"
     r"vice|executive|managing|general|deputy)\b)",
     "joined", "subj",
     "appo name hire elec recr chos sele pick tapp inst nomi draf brou poac made"),
    (r"\b(?:appoint(?:s|ed)?|name[sd]?|hire[sd]?|recruit(?:s|ed)?|elect(?:s|ed)|"
     r"install(?:s|ed)|brought\s+(?:in|on)|bring(?:s|ing)?\s+(?:in|on)|tap(?:s|ped)|poach(?:es|ed))\b"
     r"(?=\s+(?:[A-Z]|its|his|her|their|a\s+new\s+(?:[\w-]+\s+){0,8}?[\w-]+[:,]\s+[A-Z]|"
     r"former|ex-|veteran|chief|deputy|interim|acting|permanent))", "joined", "obj",
     "appo name hire recr elec inst brou brin tap taps tapp poac"),
    # "has brought in outsiders for other roles, including CFO X": hires named in a list
    (r"\b(?:hired|hiring|hires|recruited|recruiting|brought\s+in|bringing\s+in|poached|"
     r"lured)\s+(?:[\w-]+\s+){0,4}?(?:outsiders|others|executives|managers|bankers|hires|officials|"
     r"directors)\b", "joined", "group",
     "hire hiri recr brou brin poac lure"),
    # "executives who will not have roles at the combined bank include X, Y and Z"
    (r"\b(?:will|would)\s+not\s+(?:have|get|keep|be\s+offered)\s+(?:a\s+|any\s+)?(?:roles?|"
     r"jobs?|posts?|positions?|places?)\s+(?:at|in|with)\b", "departed", "group",
     "role job jobs post posi plac"),
    # "walked out on Rovers"
    (r"\bwalk(?:s|ed|ing)?\s+out\s+(?:on|of)\b", "departed", "subj",
     "walk"),
    # "has been confirmed as the new manager"
    (r"\bconfirmed\s+as\s+(?:the\s+|its\s+|their\s+)?(?:new\s+|next\s+|permanent\s+)?"
     r"(?=(?:chief|ceo|chair\w*|president|head|manager|coach|boss|director|leader)\b)",
     "joined", "subj",
     "conf"),
    # "X is out as chief executive"
    (r"\b(?:is|was|are|were)\s+out\s+as\b", "departed", "subj",
     "out"),
    # "will not seek another term": a departure announced
    (r"\b(?:not|n't|never)\s+(?:to\s+)?(?:seek|stand\s+for|run\s+for)\s+(?:another|a\s+(?:second|"
     r"third|fourth|fifth|new|further)\s+(?:term|mandate)|re-?election)\b", "departed", "subj",
     "seek stan run"),
    # "Acme added X to its board"
    (r"\badd(?:s|ed|ing)?\b(?=\s+(?:[A-Z][\w.'-]*\s+){1,3}to\s+(?:its|the)\s+(?:\w+\s+)?(?:board|"
     r"team|cabinet))", "joined", "obj",
     "add adds adde addi"),
    # "Acme suspended chief executive X pending an inquiry"
    (r"\bsuspend(?:s|ed)\b(?=\s+(?:its\s+|his\s+|her\s+|their\s+)?(?:[A-Z]|chief|former|"
     r"deputy|senior|executive|president|chairman|director|head|manager|coach))"
     r"(?![^.;]{0,60}?\bfor\s+(?:the\s+)?(?:[\w-]+\s+)?(?:match|matches|game|games|race|tie|leg)\b)",
     "on_leave", "obj",
     "susp"),
    # "Acme parted ways with X" / "X parted company with Acme": the person on either side
    (r"\bpart(?:s|ed|ing)?\s+(?:ways|company)\s+with\b", "departed", "either",
     "part"),
    # "X was joined in the new venture by Y", "will be joined on the board by Y" (not "at the
    # hearing by": an event)
    (rf"\b{_PASSIVE}joined\s+(?:(?:in|on|at)\s+(?:the|his|her|its|their|this)\s+(?:new\s+)?"
     r"(?:venture|party|board|business|company|firm|project|team|cabinet|government|"
     r"management|leadership)\s+(?:of\s+(?:[A-Z][\w&.'-]*\s+){1,4})?)?by\b", "joined", "obj",
     "join"),
    (r"\b(?:appointment|hiring|election|elevation)\b", "joined", "noun",
     "appo hiri elec elev nomi"),
    # joining phrases, one pattern each so that a common word runs only its own pattern
    (r"\b(?:entered|enters|entering)\s+(?:Parliament|Westminster|the\s+(?:Commons|House\s+of\s+"
     r"[A-Z]\w+|Senate|Cabinet|cabinet|government|White\s+House)|government|Downing\s+Street)\b",
     "joined", "subj", "ente"),
    (r"\bwent\s+on\s+to\s+(?:coach|manage|lead|run|head|chair|captain)\b", "joined", "subj",
     "went"),
    (r"\b(?:is|was|are|were)\s+(?:a|the|one\s+of\s+the)\s+co-?founders?\s+of\b", "joined",
     "subj", "co-f cofo"),
    (r"\b(?:be|was|were|is|been)\s+unveiled\s+as\b", "joined", "subj", "unve"),
    (r"\b(?:took|takes|take|taking|assumed|assumes|assume)\s+office\b", "joined", "subj",
     "offi"),
    (r"\b(?:was|were|is|be|been|being)\s+sworn\s+in\b", "joined", "subj", "swor"),
    (r"\b(?:put|placed)\s+in\s+(?:temporary\s+|interim\s+|overall\s+|sole\s+)?charge\b",
     "joined", "subj", "char"),
    (r"\bwon\s+(?:the|a|his|her)\s+(?:\w+\s+)?seat\b", "joined", "subj", "seat"),
    (r"\b(?:swept|came|rose)\s+(?:in)?to\s+power\b", "joined", "subj", "powe"),
    (r"\b(?:assum|start)(?:e|es|ed|s|ing)?\s+(?:his|her)\s+(?:new\s+)?(?:[\w-]+\s+)?(?:post|role|"
     r"position|job|duties|term)\b", "joined", "subj", "assu star"),
    # the words before "join" are checked behind it (the same test), so that the regex engine
    # can skip to "join"
    (r"\bjoin(?<!be\sjoin)(?<!been\sjoin)(?<!being\sjoin)(?<!was\sjoin)(?<!were\sjoin)"
     r"(?<!\bis\sjoin)(?<!are\sjoin)(?:s|ed|ing)?\b(?!-|\s+(?:forces|hands|the\s+(?:call|chorus|queue|protest|"
     r"race|fray|list|ranks\s+of\s+(?:critics|investors))|in\b|with\b|together|us\b|"
     r"(?:growing\s+)?(?:calls|criticism|protests?|demands|critics)\b))",
     "joined", "subj",
     "join"),
    (r"\b(?:took|take|takes|taking|taken)\s+(?:over|(?:the\s+)?helm|the\s+reins|charge|up\s+the\s+"
     r"(?:[A-Z][\w.-]*\s+)?(?:post|role|job|position))\b(?!\s+(?:of\s+(?:his|her|their|the)\s+(?:first|last|\d+\w*|"
     r"next|final)\s+(?:\w+\s+)?(?:match|game|fixture|race|training|session)|"
     r"from|of\s+(?:a|the)\s+(?:company|firm|business|"
     r"stake)|at\s+(?:the\s+)?[A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,3}\s+from\s|"
     r"as\s+(?:(?:the|its)\s+)?(?:[\w-]+\s+){0,3}?[\w-]+\s+from\s))", "joined", "subj",
     "took take taki"),
    (r"\b(?:bec[oa]me|becomes|becoming|will\s+be|is(?=\s+(?:the\s+|its\s+)?new\s))\b"
     r"(?=\s+(?:the\s+|an?\s+|its\s+|their\s+|(?:[A-Z][\w&.-]*\s+){1,3}(?=[a-z]))?"
     r"(?:(?:new|first|next|interim|acting|permanent|non-?executive|executive|sole|joint|group|"
     r"female|woman|black)\s+){0,2}(?:co-|deputy\s+|vice\s+|vice-)?(?i:chief|chairman|executive|"
     r"chairwoman|president|ceo|cfo|coo|director|head|manager|coach|leader|governor|minister|"
     r"secretary|partner|chair|boss|mp|commissioner)\b)", "joined", "subj",
     "beca beco be new"),
    (r"\b(?:co-?found(?:ed|ing)?|found(?:ed|ing)?|set\s+up|launch(?:ed|ing)?|start(?:ed|ing)|"
     r"establish(?:ed|ing)?|open(?:ed|ing)?|form(?:ed|ing)?)\b(?=\s+(?:[A-Z]|by\s+[A-Z]|in\s+(?:\w+\s+)?(?:19|20)\d\d\s+by\s+[A-Z]|by\s+its\s+(?:late\s+)?namesake|(?:the|his|her|a|an|"
     r"their)\s+(?:own\s+|new\s+)?(?:[\w-]+\s+){0,3}(?:company|firm|business|party|fund|"
     r"start-?up|group|bank|chain|shop|venture|partnership|studio|label|agency|charity))"
     # "which X co-founded with fellow student Y", "formed with Y and Z a hedge fund"
     r"|(?:(?<=unded)|(?<=formed)|(?<=lished)|(?<=set\sup))\s+with\s+(?:[\w-]+\s+){0,4}?(?:[A-Z][\w.'-]*\s+)?[A-Z][a-z])",
     "joined", "found",
     "co-f cofo foun set laun star esta open form"),
    # "Acme, the company he founded in 1976": the founder is the sentence's subject
    (r"\b(?:company|firm|business|group|bank|fund|party|chain|empire|venture)\s+(?:he|she)\s+"
     r"(?:had\s+)?(?:co-?found(?:ed)?|found(?:ed)?|helped\s+(?:to\s+)?(?:co-?)?found)\b"
     r"(?!\s+(?:[A-Z]|the\b|a\b|an\b|his\b|her\b|its\b))",
     "joined", "subj",
     "foun cofo co-f"),
    # "started with Acme", "began his career at Acme", "Having begun my career at Acme"
    (r"\b(?:start(?:ed|s)|(?:began|begun|begins|started|starting|beginning)\s+(?:his|her|my|their)"
     r"\s+career)\s+(?:with|at)\b(?=\s+(?:the\s+)?[A-Z]|"
     r"\s+the\s+(?:company|firm|bank|group))", "joined", "subj",
     "star bega begu begi"),
    (r"\b(?:Since|since|From|from|Between|between)\s+(?:(?:early|late|mid-?)\s*)?(?:\w+\s+)?(?:19|20)\d\d\b",
     "joined", "tenure",
     "sinc from betw"),
    # "was CFO of Beta until 2012": the end of a recounted tenure
    (r"\buntil\s+(?:(?:early|late|mid-?)\s*)?(?:\w+\s+)?(?:19|20)\d\d\b", "departed", "tenure",
     "unti"),
    (r"\btakeover\b", "joined", "noun",
     "take"),
    (r"\b(?:mov(?:e|ed|es|ing)\s+(?:on\s+)?to|hand(?:s|ed|ing)?\s+(?:over\s+)?(?:(?:the\s+reins|"
     r"the\s+baton|control)\s+(?:over\s+)?)?to|pass(?:es|ed|ing)?\s+(?:on\s+)?the\s+(?:baton|reins)\s+"
     r"to|"
     # "handed the position over to X", "ceded that role the following month to X"
     r"(?:hand(?:s|ed|ing)?|ced(?:e|es|ed|ing)|pass(?:es|ed|ing)?)\s+(?:the|his|her|that|this|its|"
     r"their)\s+(?:[\w-]+\s+){0,2}?(?:role|roles|post|posts|position|job|title|chairmanship|"
     r"presidency|helm|leadership)\s+(?:over\s+)?(?:[\w-]+\s+){0,4}?to)"
     r"\b(?=\s+(?:the\s+)?[A-Z])",
     "joined", "move_to",
     "move movi hand pass cede cedi"),
    (r"\b(?:succeed(?:s|ed|ing)?|replac(?:e|es|ed|ing)|(?:took|take|takes|taking)\s+(?:over|"
     r"the\s+reins|the\s+helm)(?:\s+at\s+(?:the\s+)?[A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,3}|"
     r"\s+as\s+(?:(?:the|its)\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)?"
     r"\s+from|succession\s+to|successor\s+to)\b(?=\s+(?:[A-Z]|"
     r"(?:the|another|his|her|its|their)\s+(?:[a-z-]+\s+){0,3}(?:[A-Z][\w&.-]*\s+){0,2}"
     r"(?:[a-z-]+\s+){0,2},?\s*(?:Sir\s+)?[A-Z]|"
     r"(?:outgoing|retiring|former|departing|interim|acting|prior|previous|ousted|longtime|"
     r"veteran)\s|chief|chairman|president|ceo))", "joined", "succ",
     "succ repl took take taki"),
    # "he picked Jane Roe as his successor": the one picked takes the post, the picker leaves it
    (r"\bas\s+(?:his|her)\s+(?:[a-z]+\s+)?successor\b", "joined", "heir",
     "succ"),
    (rf"\b(?:{_PASSIVE})?(?:succeeded|replaced)\s+(?:(?:\w+\s+){{1,3}}?later\s+|as\s+[^,.;]{{1,60}}?\s+)?"
     r"by\b", "departed",
     "succ_by",
     "succ repl"),
    (r"\b(?:promot(?<!was\spromot)(?<!been\spromot)(?<!were\spromot)(?<!\bis\spromot)(?:ed|es)"
     r"|elevated(?<!was\selevated)(?<!been\selevated)(?<!were\selevated)(?<!\bis\selevated))"
     r"\b(?=\s+(?:[A-Z]|"
     r"(?:its|his|her|their)\s))", "role_changed", "obj",
     "prom elev"),
    # "promoting market share", "upgraded its forecast": a lower-case object is no post
    (r"\b(?:(?:promot(?:ed|es|e|ing)|elevated|upgraded)(?!\s+(?!(?:to|as|from|within|in|on|at|"
     r"last|this|earlier|internally|after|by|the\s+(?:role|post|position|job)|chief|ceo|chair\w*|"
     r"president|vice|senior|executive|managing|general|head|director|deputy|manager|coach|"
     r"captain|partner)\b)[a-z])|"
     r"moved\s+up|move\s+up|moves\s+up|"
     r"was\s+made\s+permanent|take\s+on\s+the\s+role|took\s+on\s+the\s+role|"
     r"takes\s+on\s+the\s+role)\b", "role_changed", "subj",
     "prom elev upgr move made take took"),
    # "is serving as acting CEO", "will serve as interim chairman", "who has been acting CEO"
    (r"\b(?:is|are|was|were|be|been)\s+serving\s+as\s+(?:the\s+)?(?:acting|interim)\b|"
     r"\b(?:will|would|to)\s+serve\s+as\s+(?:the\s+)?(?:acting|interim)\b|"
     r"\b(?:has|have)\s+been\s+(?:the\s+|its\s+)?(?:acting|interim)\b",
     "role_changed", "subj",
     "serv acti inte"),
    # "X will lead the risk management group": a unit taken over
    (r"\bwill\s+(?:now\s+)?(?:lead|head|run)\s+(?:the|its)\s+(?:[\w&-]+\s+){0,4}?(?:group|unit|"
     r"division|business|operations|arm|department)\b", "joined", "subj",
     "lead head run"),
    # "X, who is now Beta's deputy leader": a post taken since
    (r"\b(?:is|are)\s+now\b(?=\s+(?:the\s+|an?\s+|its\s+|(?:[A-Z][\w&.-]*(?:'s|')?\s+){1,3})?"
     r"(?:(?:non-executive|executive|deputy|vice|acting|interim)\s+)?(?:chairman|chairwoman|chief|"
     r"president|director|head|leader|minister|secretary|manager|coach|ceo|governor)\b)",
     "joined", "subj",
     "now"),
    # "has agreed to serve as chief executive of Acme"
    (r"\b(?:will|would|to)\s+(?:both\s+|also\s+|now\s+)?serve\s+as\s+(?:the\s+|its\s+|their\s+)?"
     r"(?:new\s+)?(?=(?:chief|ceo|chair\w*|president|head|managing|executive|non-executive|"
     r"director|cfo|coo|cto|deputy|vice)\b)",
     "joined", "subj",
     "serv"),
    # "X, who was Roe's predecessor as COO": X left the post Roe holds
    (r"\b(?:was|were)\s+(?:[A-Z][\w.-]*(?:'s|')\s+|his\s+|her\s+)predecessor\b", "departed",
     "subj",
     "pred"),
    # "X, a banker poached from Beta": the job X left
    (r"\bpoached\s+from\b", "departed", "subj",
     "poac"),
    (r"\bpromotion\b", "role_changed", "noun",
     "prom"),
    # "will remain a director until the annual meeting": a departure announced (not "stays on
    # until a successor to Roe is found": the post of another is filled)
    (r"\b(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?)\s+(?:on\s+)?(?:as\s+)?(?:(?:a|an|the|its|his|her|"
     r"their|that|this|in|on)\s+){0,2}(?:(?:[\w-]+\s+){0,3}?(?i:chairman|chairwoman|chair|president|"
     r"director|ceo|chief\s+executive|head|mp|board|post|role|job|position|office|seat|member)\b"
     r"(?:\s+of\s+(?:the\s+)?(?:[\w&'-]+\s+){0,2}?[\w&'-]+)?\s+)?(?:until|through|till)\b"
     r"(?!\s+(?:at\s+least|an?\s+(?:successor|replacement)\s+(?:to|for)\s+[A-Z]))",
     "departed", "subj",
     "rema stay"),
    (r"\b(?:demoted|remain(?:s|ed)?\s+(?:as\s+)?(?=(?:the\s+|its\s+)?(?:non-executive\s+|executive\s+)?"
     r"(?:chairman|chairwoman|chair|president|director|vice|deputy|ceo|chief|head|board))|"
     r"stay(?:s|ed|ing)?\s+on\s+as)\b",
     "role_changed", "subj",
     "demo rema stay"),
    # a post taken up: from inside or outside, as the article tells (rule 10)
    (r"\b(?:tak(?:e|es|ing|en)\s+up\s+the\s+(?:role|post|position|job)|"
     r"(?:assume|assumes|assumed|assuming)\s+the\s+(?:[\w-]+\s+){0,2}?(?:role|post|position|"
     r"title|duties|responsibilities|reins|helm))\b",
     "joined", "subj",
     "take taki assu"),
    # career history: "Previously, X was CFO of Beta", "Y, who had been treasurer, ..."
    (r"\b(?=[hwpfmbHWPFMB])(?i:had\s+been(?!\s+(?:[a-z]+ed|let|forced|thrown|driven|taken|chosen|given|seen)\b)|was\s+previously|previously\s+(?:was|served\s+as|worked\s+as)|"
     r"previously|was\s+formerly|formerly|most\s+recently|prior\s+to\s+(?:that|this|"
     r"joining\s+[\w&.]+)|before\s+(?:that|joining\s+[\w&.]+))\b", "departed", "career",
     "been prev form most prio befo"),
    (r"\b(?:resign(?<!was\sresign)(?<!is\sresign)(?<!were\sresign)(?<!seemed\sresign)"
     r"(?:s|ed|ing)?(?!\s+to\s+(?:a|an|the|"
     r"defeat|losing|it|being)\b)|quit(?:s|ting)?|depart(?:s|ed|ing(?!\s+(?i:chief|ceo|chairman|"
     r"president|head|boss|manager|coach|director)))?|"
     r"retir(?:e|es|ed|ing)(?!\s+(?:the|a|an|its|their|some|all|debt|bonds?|shares|chief|ceo|"
     r"chairman|president|head|boss|manager|coach|director)\b(?!\s+(?:[\w-]+\s+){0,2}?(?:posts?|"
     r"roles?|jobs?|positions?|seats?|titles?)\b)|\s+[A-Z])|"
     r"g(?:ive|ives|ave|iving)\s+up\s+(?:his|her|the)\s+(?:post|role|job|seat|position)|"
     r"step(?:s|ped|ping)?\s+(?:down|aside|back)(?!\s+temporarily)|stood\s+(?:down|aside)|stand(?:s|ing)?\s+"
     r"(?:down|aside)|exit(?:s|ed|ing)?(?=\s+(?:the\s+|his\s+|her\s+)?(?:company|firm|board|"
     r"bank|group|post|role|job|position|[A-Z])|\s*[,.;]|\s+(?:amid|after|over|following|as|in)\b)|ceded?|handed\s+over|hand(?:s|ing)?\s+over|"
     r"lost\s+(?:his|her)\s+(?:seat|job|post)|was\s+defeated|bow(?:s|ed)?\s+out)\b",
     "departed", "subj",
     "resi quit reti depa step stoo stan exit cede hand lost defe bow bows bowe give gave givi"),
    # "left" and "leav" with the tests before them made behind them (the same tests), so that
    # the regex engine can skip to "le"
    (rf"le(?:ft(?<!was left)(?<!were left)(?<!been left)(?<!\bis left)(?<!\wleft)"
     rf"|av(?<!\wleav)(?:e|es|ing))\b"
     rf"{_NOT_LEAVE}{_LEAVE_OBJ}",
     "departed", "subj",
     "left leav"),
    (rf"\b{_PASSIVE}{_REMOVE}\b", "departed", "subj",
     "fire sack oust dism remo axed toppl topp depo forc push let vote thro kick reli"),
    (r"\b(?:fire[sd]?|sack(?:s|ed)|oust(?:s|ed)|dismiss(?:es|ed)|remov(?:e|es|ed)|axe[sd]?|"
     r"replac(?:e|es|ed))\b(?=\s+(?:[A-Z]|its|his|her|him|their|chief|chairman|president|ceo|"
     r"manager|coach|the\s+(?:chief|chairman|president|ceo|manager|coach)|"
     r"(?:[a-z-]+\s+){1,2}(?:head|chief|officer|director|manager|executive|boss)\s+[A-Z]))",
     "departed", "obj",
     "fire sack oust dism remo axe axes axed repl"),
    # "Acme has lost its chief executive, X, to Beta"
    (r"\b(?:lost|loses|losing)\b(?=\s+(?:its|their|his|her|the)\s+(?:[\w-]+\s+){0,3}?(?:chief|ceo|"
     r"cfo|coo|chairman|president|head|boss|manager|coach|director|executive|officer)(?:,|\s+[A-Z]))",
     "departed", "obj", "lost lose losi"),
    # leaving in other words: "jumped ship", "fell from office", "ended his career at Beta",
    # "will cease to be an officer", "lasted until April"
    (r"\bjump(?:ed|s|ing)?\s+ship\b", "departed", "subj", "jump"),
    (r"\bf(?:e|a)ll(?:s|en|ing)?\s+from\s+(?:office|power|grace)\b", "departed", "subj",
     "fell fall"),
    (r"\bend(?:ed|s|ing)?\s+(?:his|her)\s+(?:[\w-]+\s+)?(?:career|tenure|stint|time)\s+(?:at|with)\b",
     "departed", "subj", "end ende ends endi"),
    (r"\bceas(?:e|es|ed|ing)\s+to\s+be\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:employee|officer|"
     r"director|member|chairman|chief|president|executive|head)\b", "departed", "subj", "ceas"),
    (r"\blasted\s+(?:only\s+)?until\b", "departed", "subj", "last"),
    # a recounted stay that the story moves on from: "took the helm in 2003, after 24 years
    # with Beta", "after spending most of his career at Beta", "Before heading for Washington,
    # X had spent 26 years at Beta" (a bare length, "spent 20 years at Beta", is no move)
    (r"\b(?:after\s+(?:spending\s+)?(?:[\w-]+\s+){0,3}?(?:years|decades)|after\s+spending\s+"
     r"(?:most|much|all|the\s+bulk)\s+of\s+(?:his|her|their)\s+(?:[\w-]+\s+)?career|"
     r"(?<=\bhad\s)spent\s+(?:[\w-]+\s+){0,3}?(?:years|decades))\s+(?:at|with)\b"
     r"(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[A-Z])", "departed", "subj", "afte spen"),
    # "the mandate of X, who had angered the board, was not renewed": the post runs out
    # ("left when his contract was not renewed" says why, the leaving verb states the move)
    (r"\b(?<!when\shis\s)(?<!when\sher\s)(?:mandate|contract|term)\b(?=(?:[^.;]|(?<=\b[A-Z])\.){0,160}?\b(?:was|were|is|are|"
     r"will|would|has|had)\s+(?:not|never)\s+(?:been\s+|be\s+)?renewed\b)",
     "departed", "noun", "mand cont term"),
    # "his spell in charge of the U.S. side came to an end" (the dots of "U.S." go on)
    (r"\b(?:reign|tenure|stint|spell)\b(?=(?:[^.;]|(?<=\b[A-Z])\.){0,60}?\b(?:came|comes|come|"
     r"coming)\s+to\s+an\s+end\b)",
     "departed", "noun", "reig tenu stin spel"),
    (r"\b(?:resignation|departure|retirement|ouster|ousting|dismissal|sacking|removal|exit|"
     r"firing|downfall)s?\b(?!\s+(?:against|from\s+the\s+(?:euro|tournament|competition|cup)))",
     "departed", "noun",
     "resi depa reti oust dism sack remo exit firi down"),
    (r"\b(?=[odrsODRS])(?i:outgoing|departing|retiring|ousted|sacked)\b", "departed", "title",
     "outg depa reti oust sack"),
    (r"\b(?=[nirNIR])(?i:new|newly[- ](?:appointed|elected|named|installed)|incoming|"
     r"recently[- ]appointed)\b", "joined", "title",
     "new newl inco rece"),
]
# A pattern whose first words are case-insensitive or open with \b opens with a lookahead of
# their first letters: it fails at once where no trigger can start.
# A leading \b stops the regex engine from skipping ahead to a possible first character, so
# it is dropped here and the word boundary is checked on each match instead (much faster).
# A pattern that is case-insensitive as a whole, behind such a lookahead, is read on the folded
# sentence (see folding.py) without re.I and without the lookahead: the engine then skips ahead
# to its first letters itself, and finds the same matches at the same offsets, but for a match
# whose first character is not ASCII ("ſacked"), which the lookahead refused: the search goes on
# from the next character, as it did.
_FOLDABLE_RE = re.compile(r"\\b\(\?=\[[a-zA-Z]+\]\)\(\?i:(.*)\)\\b")


def _compile(pattern: str) -> tuple[re.Pattern[str], bool]:
    """The compiled pattern, and whether it is to be read on the folded sentence."""
    whole = _FOLDABLE_RE.fullmatch(pattern)
    if whole is not None:
        return re.compile(f"(?:{whole.group(1)})\\b"), True
    return re.compile(pattern.removeprefix(r"\b")), False


_COMPILED = [
    (*_compile(p), kind, link, frozenset(gate.split(" "))) for p, kind, link, gate in _PATTERNS
]
# A passive pattern, (?:AUX|(?<=,\s))REST, can start at any word after a comma, so the regex
# engine tries it at every character. It is read as its two branches instead, AUX REST (the
# engine skips to the first letters of the auxiliaries) and ,\s REST (it skips to the commas),
# each at every offset where it matches; the first branch is taken where both match, and no
# match is taken inside an earlier one, as the regex engine does.
_BRANCHES: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {
    i: (re.compile(_AUX + rest), re.compile(r",\s" + rest))
    for i, (p, *_) in enumerate(_PATTERNS)
    if (rest := p.removeprefix(r"\b" + _PASSIVE_HEAD)) != p
}
# Strings every match of a pattern holds (it is read on the sentence as written, case and
# all, or on the folded sentence for a pattern read there): a sentence that has the pattern's
# keys but none of these is not searched with it. Only for patterns whose keys come mostly from
# other words ("be", "made", "succ" of "successor", "form" of "former"), keyed by how each
# pattern begins.
_NEEDED_BY_START = {
    r"\b(?:will\s+be|is\s+to\s+be": (" by",),
    r"\bt(?:ake|akes|aking|ook)\s+(?:the|a|an)": ("off",),
    r"\b(?:stand(?:s|ing)?|stood": ("again",),
    r"\b(?:after\s+(?:spending": ("years", "decades", "career"),
    r"\b(?=[hwpfmbHWPFMB])(?i:had": ("had", "previously", "formerly", "recently", "prior",
                                     "before"),
    r"\bout\s+of\s+retirement": ("retirement", "reins"),
    r"\b(?:f[oi]u?nd": ("way",),
    r"\b(?:second|third": ("stint", "spell"),
    r"\b(?<!when\shis\s)": ("renewed",),
    r"\b(?:leave\s+of": ("leave", "sabbatical", "vacation", "off", "break"),
    r"\b(?:appointed|named|hired|elected|chosen": ("appointed", "named", "hired", "elected",
                                                   "chosen", "installed", "recruited"),
    r"\b(?:appointment|hiring": ("appointment", "hiring", "election", "elevation"),
    r"\b(?:bec[oa]me": ("bec", "will", "new"),
    r"\b(?:Since|since": ("19", "20"),
    r"\buntil\s+": ("19", "20"),
    rf"\b(?:{_PASSIVE})?(?:succeeded": ("succeeded", "replaced"),
    r"\b(?:(?:promot(?:ed|es|e|ing)": ("promot", "elevated", "upgraded", "move", "permanent",
                                       "role"),
    r"\b(?:remain(?:s|ed|ing)?|stay": ("until", "till", "through"),
    r"\b(?:is|are|was|were|be|been)\s+serving": ("acting", "interim"),
    r"\b(?:return(?:s|ed|ing)?|comeback": ("return", "back", "rejoin", "revisit"),
    rf"\b{_PASSIVE}{_APPOINT}": ("appointed", "named", "hired", "elected", "recruited", "chosen",
                                "selected", "picked", "tapped", "installed", "drafted",
                                "brought", "poached", "made"),
    r"\badd(?:s|ed|ing)?\b": ("board", "team", "cabinet"),
    r"\b(?:succeed(?:s|ed|ing)?|replac": ("succeed", "replac", "from", "succession",
                                         "successor"),
    rf"\b{_PASSIVE}{_REMOVE}": ("fired", "sacked", "ousted", "dismissed", "removed", "axed",
                               "toppled", "deposed", "forced", "pushed", "eased", "let",
                               "deselected", "voted", "thrown", "kicked", "relieved"),
    r"\b(?:resignation|departure": ("resignation", "departure", "retirement", "ouster",
                                    "ousting", "dismissal", "sacking", "removal", "exit",
                                    "firing", "downfall"),
}
_NEEDED: list[tuple[str, ...]] = [()] * len(_PATTERNS)
for _start, _needed in _NEEDED_BY_START.items():
    (_i,) = (i for i, (p, *_) in enumerate(_PATTERNS) if p.startswith(_start))
    _NEEDED[_i] = _needed
_GATES = frozenset().union(*(gate for *_, gate in _COMPILED))
_BY_KEY: dict[str, tuple[int, ...]] = {
    key: tuple(i for i, (*_, gate) in enumerate(_COMPILED) if key in gate) for key in _GATES
}
# `(?<!\w)` is the `\b` before a lower-case letter, and faster
_PREFIX_RE = re.compile(r"(?<!\w)[a-z][a-z-]{0,3}")
# the same matches on ASCII text (where \w is [a-zA-Z0-9_] either way), found faster
_ASCII_PREFIX_RE = re.compile(_PREFIX_RE.pattern, re.ASCII)


def trigger_keys(lowered: str, *, ascii_text: bool = False) -> frozenset[str]:
    """Cheap first pass: the trigger stems (first four letters of words) in a lower-cased
    sentence (`ascii_text` when it is ASCII)."""
    prefixes = _ASCII_PREFIX_RE if ascii_text else _PREFIX_RE
    return _GATES.intersection(prefixes.findall(lowered))


def article_triggers(
    sentences: list[str], folded: list[str], limit: int
) -> list[list[Trigger]]:
    """The first `limit` triggers of each sentence, given the folded sentences (a sentence
    without trigger keys is not searched)."""
    text = "\n".join(sentences)
    ascii_text = text.isascii()
    lowered = folded if ascii_text else text.lower().split("\n")
    return [
        find_triggers(sentence, keys, fold_s)[:limit]
        if (keys := trigger_keys(low, ascii_text=ascii_text)) else []
        for sentence, low, fold_s in zip(sentences, lowered, folded, strict=True)
    ] if sentences else []


# More than any real sentence holds: bounds the overlap check on run-on input.
MAX_TRIGGERS_FOUND = 64


# each pattern with its folding flag, kind, link, passive branches and needed strings
_SEARCHES = [(*_COMPILED[i][:4], _BRANCHES.get(i), _NEEDED[i]) for i in range(len(_COMPILED))]


def find_triggers(sentence: str, keys: frozenset[str], folded: str) -> list[Trigger]:
    """Return the triggers of a sentence, in order, without overlaps, given its trigger keys
    and `fold(sentence)`."""
    found: list[Trigger] = []
    taken: list[tuple[int, int]] = []
    order = _BY_KEY[next(iter(keys))] if len(keys) == 1 else sorted(
        {i for key in keys for i in _BY_KEY[key]})  # (each _BY_KEY entry is in order)
    for i in order:
        rx, on_folded, kind, link, branches, needed = _SEARCHES[i]
        if len(found) >= MAX_TRIGGERS_FOUND:
            break
        if needed and not any(word in (folded if on_folded else sentence) for word in needed):
            continue
        spans = (
            _spans(rx, sentence, folded) if on_folded
            else _branch_spans(*branches, sentence) if branches is not None
            else map(re.Match.span, rx.finditer(sentence))
        )
        for start, end in spans:
            if len(found) >= MAX_TRIGGERS_FOUND:
                break
            if start and (sentence[start - 1].isalnum() or sentence[start - 1] == "-"):
                continue  # inside a word or a compound ("far-left")
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            found.append(Trigger(start, end, kind, link, sentence[start:end]))
    if len(found) > 1:
        found.sort(key=lambda t: t.start)
    return found


def _branch_spans(
    aux: re.Pattern[str], comma: re.Pattern[str], sentence: str
) -> Iterator[tuple[int, int]]:
    """The spans `finditer` gives for a passive pattern, from its two branches (`_BRANCHES`)."""
    found = []
    pos = 0
    while (m := aux.search(sentence, pos)) is not None:
        found.append((m.start(), 0, m.end()))
        pos = m.start() + 1
    pos = 0
    while (m := comma.search(sentence, pos)) is not None:
        found.append((m.start() + 2, 1, m.end()))  # the match starts after the comma and space
        pos = m.start() + 1
    end = 0
    for start, _, stop in sorted(found):
        if start >= end:
            yield start, stop
            end = stop


def _spans(rx: re.Pattern[str], sentence: str, folded: str) -> Iterator[tuple[int, int]]:
    """The spans `finditer` gives for a folded pattern, skipping a match that starts with a
    character other than ASCII (see `_compile`)."""
    pos = 0
    while (m := rx.search(folded, pos)) is not None:
        if sentence[m.start()].isascii():
            yield m.span()
            pos = m.end()
        else:
            pos = m.start() + 1
