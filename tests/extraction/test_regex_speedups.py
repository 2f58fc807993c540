"""The faster regexes (role trie, lookahead guards) find exactly what the plain ones found."""

from __future__ import annotations

import random
import re

from execwatch.services.extraction.engine import (
    cleanup,
    coref,
    dates,
    modality,
    names,
    pipeline,
    roles,
    segments,
    sentences,
    triggers,
)
from execwatch.services.extraction.engine.cleanup import clean_text
from execwatch.services.extraction.engine.dates import resolve_when
from execwatch.services.extraction.engine.folding import fold, whole_words
from execwatch.services.extraction.engine.lexicon import load_lines
from execwatch.services.extraction.engine.roles import find_roles
from execwatch.services.extraction.engine.segments import _word_before

SENTENCES = [
    "Jane Roe, chief executive officer of Acme Corp, resigned on Monday.",
    "The former Deputy Chief Executive was named interim chief executive and chairman.",
    "He became non-executive chairman, then co-chief executive of the group.",
    "Acme named John Doe senior director of ai, replacing its chief  financial officer.",
    "The managing director and the head coach left; the chief-executive-designate stayed.",
    "Chairmanship and chairmen are not roles; CEO is, and so is President of the EU.",
    "The CHIEF EXECUTIVE of ACME, İnterim ſenior Director of sales and a DEPUTY HEAD OF IT.",
    "Chief executive ofthe board, co-chief-executive, Chief\tExecutive of Global Widgets.",
]


def _flat_role_re() -> re.Pattern[str]:
    """The role pattern as a longest-first alternation (the slower form of the trie)."""
    phrases = sorted(load_lines("roles.txt"), key=len, reverse=True)
    alts = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(
        rf"(?<![\w-]){roles._MODIFIER}(?:{alts})(?![\w-]){roles._EXTENSION}", re.I
    )


def test_role_trie_matches_the_flat_alternation() -> None:
    flat = _flat_role_re()
    for sentence in SENTENCES:
        expected = [(m.start(), m.end(), " ".join(m.group(0).lower().split()))
                    for m in flat.finditer(sentence)]
        assert find_roles(sentence) == expected, sentence


def test_role_trie_prefers_the_longest_phrase() -> None:
    assert [r for _, _, r in find_roles("She was chief executive officer.")] == [
        "chief executive officer"
    ]
    assert [r for _, _, r in find_roles("She was chief executive.")] == ["chief executive"]


def test_trie_regex_tries_longer_phrases_first() -> None:
    rx = re.compile(roles.trie_regex(["ab", "abc", "abcd", "b c"]) + r"(?!\w)")
    assert [m.group(0) for m in rx.finditer("abcd abc ab abx b  c")] == [
        "abcd", "abc", "ab", "b  c"
    ]


def test_dates_still_found_after_the_lookahead_guard() -> None:
    text = "He joined on 15 July 2022, left in March 2001 and returned in 1999."
    assert resolve_when(text, text.index("joined"), None) == "2022-07-15"
    assert resolve_when(text, text.index("left"), None) == "2001-03"
    assert resolve_when(text, text.index("returned"), None) == "1999"


def test_word_before_matches_the_backward_regex() -> None:
    old = re.compile(r"([\w-]+)[\s,]*$")
    for sentence in (
        "The ex-chairman, , Jane Roe met Acme's co-founder\tJohn Doe and 3M, then   Beta",
        "Café_owner\u00a0Zoë, ,\u2009Ünal-Öz x_y;Roe " + "w" * 40 + " Doe",
    ):
        for pos in range(1, len(sentence) + 1):
            m = old.search(sentence, max(0, pos - 30), pos)
            assert _word_before(sentence, pos) == (m.group(1).lower() if m else ""), pos


def test_clean_text_replaces_typographic_characters() -> None:
    assert clean_text("\u201cHe\u2019s back\u201d \u2013 \u00abshe\u00bb\r\nsaid") == (
        "\"He's back\" - \"she\"\nsaid"
    )


def test_fold_keeps_offsets_and_what_re_ignorecase_equates() -> None:
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    folded = fold(every)
    assert len(folded) == len(every)
    for ch, low in zip(every, folded, strict=True):
        if ch != low:  # \w, \s and \d read a character as they read its folded form
            assert (low.isalnum() or low == "_") == (ch.isalnum() or ch == "_"), hex(ord(ch))
            assert low.isspace() == ch.isspace() and low.isdecimal() == ch.isdecimal()
            assert not low.isascii() or low.isalpha(), hex(ord(ch))
    for letter in "abcdefghijklmnopqrstuvwxyz":
        expected = [i for i, low in enumerate(folded) if low == letter]
        assert [m.start() for m in re.finditer(letter, every, re.I)] == expected, letter
        assert [m.start() for m in re.finditer(f"[{letter}]", every, re.I)] == expected
    assert fold("ΟΔΥΣΣΕΥΣ İstanbul ſtriker") == "οδυσσευς istanbul striker"


def test_position_words_found_as_the_case_insensitive_pattern_finds_them() -> None:
    plain = re.compile(rf"\b{pipeline._PLAYER_WORDS}\b", re.I)
    sentences = [
        "The Striker scored.", "A goalkeeper-coach and a MIDFIELDER.", "No keepers here.",
        "ex-winger Jane Roe", "full-back", "the fullback, a backwinger", "sſtriker ſtriker",
        "Prop forward-thinking", "_lock lock_ lock", "", "midfielder\tdefender",
    ]
    expected = {n for n, s in enumerate(sentences) if plain.search(s)}
    assert pipeline._position_sentences([fold(s) for s in sentences]) == expected
    for s in sentences:
        found = [m.start() for m in re.finditer(rf"(?=\b{pipeline._PLAYER_WORDS}\b)", fold(s))]
        assert whole_words(pipeline._POSITIONS, fold(s)) == found, s
    assert pipeline._PLAYER_WORDS == (
        r"(?:striker|midfielder|defender|goalkeeper|keeper|winger|full-back|"
        r"centre-back|center-back|forward|playmaker|batsman|bowler|fly-half|scrum-half|"
        r"prop|lock|flanker|quarterback|pitcher)"
    )


TRIGGER_SENTENCES = [
    "Previously, she HAD BEEN chief; Formerly of Acme, he was previously CFO.",
    "Prior to joining Acme.com, the Outgoing chairman and the newly-appointed CEO met.",
    "Before that, the NEW boss, a Newly Elected head and an incoming, recently appointed chief.",
    "The ousted and sacked directors, retiring or departing, were renewed (knew, inn, news).",
    "Since 2001, from May 1999 until 2004, Between 1990 and 1995; since-2001 sincere fromage",
    "İncoming ſacked outgoıng: Most recently he was formerly at Beta.",
]


def test_folded_trigger_patterns_find_what_the_case_insensitive_ones_found() -> None:
    folded = [i for i, (_, on_folded, *_) in enumerate(triggers._COMPILED) if on_folded]
    assert len(folded) >= 3
    for i in folded:
        plain = re.compile(triggers._PATTERNS[i][0].removeprefix(r"\b"))
        for sentence in TRIGGER_SENTENCES:
            expected = [m.span() for m in plain.finditer(sentence)]
            rx = triggers._COMPILED[i][0]
            assert list(triggers._spans(rx, sentence, fold(sentence))) == expected, (i, sentence)


def test_year_trigger_spelled_out_finds_what_the_character_classes_found() -> None:
    rx = triggers._COMPILED[next(
        i for i, p in enumerate(triggers._PATTERNS) if p[2] == "tenure" and "Since" in p[0]
    )][0]
    plain = re.compile(rx.pattern.replace("(?:Since|since|From|from|Between|between)",
                                          "(?:[Ss]ince|[Ff]rom|[Bb]etween)"))
    assert plain.pattern != rx.pattern
    for sentence in TRIGGER_SENTENCES:
        assert [m.span() for m in rx.finditer(sentence)] == [
            m.span() for m in plain.finditer(sentence)
        ], sentence


def test_trigger_keys_as_with_a_leading_word_boundary() -> None:
    plain = re.compile(r"\b[a-z][a-z-]{0,3}")
    for sentence in [*TRIGGER_SENTENCES, "x-ray co-founder abc-def ab-cd 3m _ab é-ab a"]:
        low = sentence.lower()
        assert triggers._PREFIX_RE.findall(low) == plain.findall(low), sentence


def test_one_space_as_splitting_every_line() -> None:
    texts = ["a b\nc d", "\n\na  b \n c\n\n", " a", "a ", "a\tb\nc", "x\n \ny", "", "\n",
             "a\u00a0 b\n"]
    rng = random.Random(5)
    texts += ["".join(rng.choice(["a", "bc", " ", "  ", "\n", "\n\n", " \n ", "\t", "é"])
                      for _ in range(rng.randrange(0, 20))) for _ in range(3000)]
    for text in texts:
        lines = (" ".join(line.split()) for line in text.split("\n"))
        assert cleanup._one_space(text) == "\n".join(line for line in lines if line), text


def test_clean_text_removes_control_characters_and_codes_as_before() -> None:
    plain_ric = re.compile(r"[A-Z]{2,6}[a-z]?\.[A-Z]{1,2}\b(?!\.)")
    text = "Acme (ACME.N) and GM.UL, BACLTD.UL; x.GM.UL A.B.C. ABCDEFGH.UL Abc.De"
    assert [m.span() for m in cleanup._RIC_RE.finditer(text)] == [
        m.span() for m in plain_ric.finditer(text)
    ]
    assert clean_text("a\x00b\x7fc\td\x1fe") == "a b c d e"
    for text in ("It was tough.I'm sure!He left?She did.", "Acme.N and GM.UL.", "U.S.A", "a.b"):
        glued = cleanup._GLUED_RE.sub(cleanup._unglue, cleanup._RIC_RE.sub(cleanup._drop_ric, text))
        assert clean_text(text) == glued, text
    assert clean_text("plain\ttext\nhere") == "plain text\nhere"


def test_surname_uses_found_where_the_engine_would_find_them() -> None:
    pieces = ["said", "says", "added", "Smith", "O'Brien", "McDonald", "X-added", "Isaid",
              "Jones", "who", "45,", "46,", ",", "'s", "retirement", "exit", "Mr", "Ms.",
              "Deutsche", "Boerse", "told", "has said", "A" * 33, "Ab" * 16, "\n", "said,",
              "Smith,", "Jones's", "O'Brien's", "X" * 31 + ",", "Ab-cd's", "aB,"]
    rng = random.Random(7)
    texts = ["Smith, 45, 46, who said Isaid Jones. said X-added Jones; O'Brien's exit",
             "McDonald's retirement, Jones, who, Smith,  45, said Smith Jones said"]
    texts += [" ".join(rng.choice(pieces) for _ in range(40)) for _ in range(300)]
    texts += [t.replace(" ", "") for t in texts[:50]]
    for text in texts:
        for i, rx in enumerate(names._SURNAME_USES):
            assert [m.span() for m in names._surname_use_matches(i, text)] == [
                m.span() for m in rx.finditer(text)
            ], (i, text)


REWRITTEN_TRIGGERS = [  # (the rewritten part, as it was written before)
    (r"(?:leave\s+of\s+absence|medical\s+leave|sick\s+leave|maternity\s+leave|"
     r"paternity\s+leave|extended\s+leave|temporary\s+leave|compassionate\s+leave|"
     r"gardening\s+leave|indefinite\s+leave|personal\s+leave|administrative\s+leave|"
     r"paid\s+leave|unpaid\s+leave|garden\s+leave|parental\s+leave|study\s+leave|"
     r"bereavement\s+leave|sabbatical|on\s+leave|long\s+vacation|vacation|time\s+off|"
     r"take\s+a\s+break|taking\s+a\s+break|took\s+a\s+break|takes\s+a\s+break)",
     r"(?:leave\s+of\s+absence|(?:medical|sick|maternity|paternity|extended|temporary|"
     r"compassionate|gardening|indefinite|personal|administrative|paid|unpaid|garden|parental|"
     r"study|bereavement)\s+leave|sabbatical|"
     r"on\s+leave|(?:long\s+)?vacation|time\s+off|(?:take|taking|took|takes)\s+a\s+break)"),
    (r"join(?<!be\sjoin)(?<!been\sjoin)(?<!being\sjoin)(?<!was\sjoin)(?<!were\sjoin)"
     r"(?<!\bis\sjoin)(?<!are\sjoin)",
     r"(?<!be\s)(?<!been\s)(?<!being\s)(?<!was\s)(?<!were\s)(?<!\bis\s)(?<!are\s)join"),
    (r"(?:promot(?<!was\spromot)(?<!been\spromot)(?<!were\spromot)(?<!\bis\spromot)(?:ed|es)"
     r"|elevated(?<!was\selevated)(?<!been\selevated)(?<!were\selevated)(?<!\bis\selevated))",
     r"(?<!was\s)(?<!been\s)(?<!were\s)(?<!\bis\s)(?:promot(?:ed|es)|elevated)"),
    (r"le(?:ft(?<!was left)(?<!were left)(?<!been left)(?<!\bis left)(?<!\wleft)"
     r"|av(?<!\wleav)(?:e|es|ing))",
     r"(?:(?<!was )(?<!were )(?<!been )(?<!\bis )\bleft|\bleav(?:e|es|ing))"),
]


def test_rewritten_triggers_find_what_they_found_before() -> None:
    sentences = [
        "She left, he was left out; Roe is left and left Acme. He is leaving, will leave, "
        "cleft, leaves office, been left, were left, Xleft, newleave, bereft left.",
        "He joins, joined Acme, is joining, being joined, are join, been joined, rejoined, "
        "this joins, his joined, joining the race, joined-up.",
        "He was promoted Jane, promotes its chief, elevated Roe, been elevated Roe, this "
        "promoted Roe, is promoted, unpromoted Roe, was elevated her.",
        "Roe took a break, takes  a break, on leave, on sick leave, on paid leave, unpaid leave, "
        "long vacation, vacation, time off, leave of absence, sabbatical, gardening leave, "
        "garden leave, on parental leave.",
    ]
    for new, old in REWRITTEN_TRIGGERS:
        compiled = next(rx for rx, *_ in triggers._COMPILED if new in rx.pattern)
        plain = re.compile(compiled.pattern.replace(new, old))
        assert plain.pattern != compiled.pattern
        for sentence in sentences:
            assert [m.span() for m in compiled.finditer(sentence)] == [
                m.span() for m in plain.finditer(sentence)
            ], (old, sentence)


def test_clause_start_where_the_regex_found_it() -> None:
    plain = re.compile(r"[;:]|\bbut\b|\bwhile\b|\balthough\b|\bwhereas\b")
    pieces = ["but", "debut", "butter", ";", ":", "while", "awhile", "although", "whereas",
              "x", " ", "_", "é", "-", "9", "whereasbut", ","]
    rng = random.Random(3)
    windows = ["", "but", "a but b; c: while d", "debut but_ _but whereas"]
    windows += ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 25)))
                for _ in range(2000)]
    for window in windows:
        cuts = [m.end() for m in plain.finditer(window)]
        assert modality._last_clause_start(window) == (cuts[-1] if cuts else 0), window


def test_passive_triggers_read_as_two_branches_find_what_the_pattern_found() -> None:
    assert len(triggers._BRANCHES) >= 5
    pieces = ["was", "were", "is", "been", "being", "has been", "had  been", ",", ", ", ",  ",
              "formally", "also", "appointed", "named", "made", "chief", "a", "fired", "sacked",
              "suspended", "joined by", "reinstated", "Roe", "X", "for", "the", "match",
              "pushed out", "be", "ousted", "relieved of his duties", "in the lawsuit"]
    rng = random.Random(11)
    sentences = ["Roe, appointed chief, was named; Doe, also fired, had been sacked, "
                 "being appointed, wasappointed, ,appointed"]
    sentences += [" ".join(rng.choice(pieces) for _ in range(30)) for _ in range(400)]
    sentences += [s.replace(" ,", ",") for s in sentences[:100]]
    for i in triggers._BRANCHES:
        plain = re.compile(triggers._PATTERNS[i][0].removeprefix(r"\b"))
        for sentence in sentences:
            assert list(triggers._branch_spans(*triggers._BRANCHES[i], sentence)) == [
                m.span() for m in plain.finditer(sentence)
            ], (i, sentence)


def test_descriptions_found_where_the_pattern_found_them() -> None:
    sentences = [
        "THE former chief executive said the 61-year-old businessman, this Frenchman, left.",
        "That veteran banker of Acme met the new boss; the the chief Executive Roe and "
        "bathe this\tengineer, tHaT  embattled ex-minister of Beta.",
        "Then the company's American founder, theatre the lawyer at Acme, this official",
    ]
    for sentence in sentences:
        assert [m.span() for m in coref._descriptions(sentence, fold(sentence))] == [
            m.span() for m in coref._DESC_RE.finditer(sentence)
        ], sentence


def test_hints_found_on_the_folded_text_as_with_re_ignorecase() -> None:
    texts = ["He WILL join NEXT Year", "She'll go in a Month", "IS TO leave; plans  to",
             "Daylight, agony, yearly, weekday", "Expected to; SET TO; Intends to.", "wiLL",
             "ſhall İs to", "the Quarter ago", "", "BBC Reporter Jane Roe", "ANALYST  Roe",
             "the spokesWoman\tRoe", "columnists Roe", "co-correspondent Roe", "analyſt Roe"]
    old_hint = r"(?=[aymwqd])(?:ago\b|year\b|month\b|week\b|quarter\b|day\b)"
    for rx, old in ((dates._HINT_RE, old_hint), (dates._FUTURE_RE, dates._FUTURE_RE.pattern),
                    (pipeline._OUTSIDER_RE, pipeline._OUTSIDER_RE.pattern)):
        plain = re.compile(old, re.I)
        for text in texts:
            for end in range(len(text) + 1):
                found = rx.search(fold(text), max(0, end - 25), end)
                expected = plain.search(text, max(0, end - 25), end)
                assert (found and found.span()) == (expected and expected.span()), text


def test_sentence_boundaries_found_as_by_the_regex() -> None:
    rng = random.Random(9)
    pieces = ["Mr.", "He", "left", ".", "!", "?", "?!", "...", '"', ")", " ", "  ", "A", "3",
              "(The", "U.S.", "e.g.", "x"]
    paras = ["He left. She stayed! Did he? Yes.", 'He said "no." Then (Acme) ... A.B. Roe left.']
    paras += ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 30)))
              for _ in range(3000)]
    for para in paras:
        assert [m.span() for m in sentences._boundaries(para)] == [
            m.span() for m in sentences._BOUNDARY_RE.finditer(para)
        ], para


def test_clause_boundaries_between_a_date_and_a_trigger_as_before() -> None:
    plain = re.compile(r"[,;]\s|\s(?:and|but|while|before|after)\s")
    rng = random.Random(13)
    pieces = [",", ";", " ", "  ", "and", "but", "while", "before", "after", "x", "\n", ", and"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 25))) for _ in range(3000)]
    for text in texts:
        lo, hi = sorted((rng.randrange(len(text) + 1), rng.randrange(len(text) + 1)))
        assert dates._BOUNDARY_RE.findall(text) == plain.findall(text), text
        assert dates._BOUNDARY_RE.findall(text, lo, hi) == plain.findall(text, lo, hi), text


def test_no_letter_is_a_digit() -> None:
    """What lets the organisation filter skip its digit test for a word of letters."""
    assert not any(chr(c).isalpha() and chr(c).isdigit() for c in range(0x110000)
                   if not 0xD800 <= c <= 0xDFFF)


def test_relative_dates_read_on_the_folded_text_as_with_re_ignorecase() -> None:
    plain = re.compile(dates._REL_RE.pattern, re.I)
    texts = ["He left TWO Years ago, on Monday; Last Quarter, the Following WEEK, TODAY",
             "a month ago, 3 months AGO, earlier  this year, yeſterday, İn thıs year",
             "Tuesdays, sundayX, the previous\tmonth, next year's, eleven years ago"]
    for text in texts:
        found = [(m.span(), {k: text[m.start(k) : m.end(k)] for k, v in m.groupdict().items() if v})
                 for m in dates._REL_RE.finditer(fold(text))]
        assert found == [(m.span(), {k: v for k, v in m.groupdict().items() if v})
                         for m in plain.finditer(text)], text
    assert resolve_when("He quit two YEARS ago.", 3, "2020-05-17") == "2018"


def test_capitalised_runs_found_as_with_the_lookahead() -> None:
    token = segments._TOKEN
    plain = re.compile(
        rf"(?=[\"{segments._UP}]){token}(?:(?:\s+{segments._PARTICLE})*\s+{token}"
        rf"|\s*&\s*{token}|\s+of\s+(?:the\s+)?{token})*"
    )
    pieces = ["U.S.", "A.", "A.G.", "Jane", "ROE", "Ünal", "Öz-Ab", "\"Big\"", "\"x\"", "\"",
              "van", "der", "of", "the", "&", "and", "O'Brien", "Co.", "3M", "x", "É", ".",
              "A.b.", "Mc*Do", "-", "'s", "Bank", "ß"]
    rng = random.Random(5)
    texts = ["J.P. Morgan's Jane van der Roe of the Bank & Trust met \"Big\" U.S.A. chief."]
    texts += [" ".join(rng.choice(pieces) for _ in range(25)) for _ in range(1500)]
    texts += ["".join(rng.choice(pieces) for _ in range(25)) for _ in range(500)]
    for text in texts:
        assert [m.span() for m in segments._RUN_RE.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], text


def test_headings_found_as_with_the_lookbehind() -> None:
    hint = re.compile(r"[A-Z]{2}\s+[A-Z]{2}")
    plain = re.compile(
        r"(?<=[.!?\"'] )((?:[A-Z][A-Z&'.,-]*\s+){1,8}[A-Z][A-Z&'.-]+)\s+(?=[A-Z][a-z])"
    )

    def own_line(m: re.Match[str]) -> str:
        heading = m.group(1)
        return m.group(0) if len(heading) < 12 and heading.count(" ") < 2 else heading + "\n"

    pieces = ["said.", "CHANGING", "OF", "THE", "GUARD", "U.S.", "Lafley", "A", "B-C", "AT&T",
              "\"", "'", "!", "?", ".", "US", "SEC", "Chairman", "Xy", "NEW", "ERA'S", "x",
              "HE SAID.", "Ab.", "IBM,", "\n"]
    rng = random.Random(13)
    texts = ["He said. CHANGING OF THE GUARD Lafley, who left. US SEC Chairman Roe. A B-C Xy"]
    texts += [" ".join(rng.choice(pieces) for _ in range(30)) for _ in range(3000)]
    for text in texts:
        assert bool(cleanup._HEADING_HINT_RE.search(text)) == bool(hint.search(text)), text
        assert cleanup._HEADING_RE.sub(cleanup._own_line, text) == plain.sub(own_line, text), text


def test_trigger_keys_of_ascii_text_as_with_unicode_word_characters() -> None:
    pieces = ["x-ray", "co-founder", "abc-def", "3m", "_ab", "a", "-", "'", "appointed", "(new",
              "re-elected", "b", "ab_c", "9a", ".", ",", "\t", "\n"]
    rng = random.Random(17)
    texts = ["".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(30))
             for _ in range(2000)]
    for text in texts:
        assert triggers.trigger_keys(text, ascii_text=True) == triggers.trigger_keys(text), text


def test_patterns_skipped_without_their_needed_strings_find_nothing_there() -> None:
    fillers = ["Roe", "Acme", ",", "the", "was", "is", "has been", "1999", "2020", "chief",
               "executive", "as", "by", "to", "new", "will be", "his", "her", "Since", "until",
               "interim", "on", "up", "the role", "of", "Jane", ".", "a", "found his way back",
               "made her way back", "out of retirement", "retook the reins", "second stint",
               "two spells", "took a break", "on leave", "leave of absence", "appointed",
               "named", "appointment", "elevation", "became", "becoming", "since 2001",
               "from May 1999", "until 2012", "was succeeded by", "replaced by", "promoted",
               "moved up", "was made permanent", "is serving as", "to serve as acting",
               "stand for the leadership again", "ran again for the presidency",
               "took the year off", "is taking a few months off", "will be headed by",
               "is to be led by", "duties have been shifted to",
               "HAD BEEN", "Previously", "FORMERLY", "Most Recently", "Prior to that",
               "BEFORE joining", "hAd", "to its board", "to the cabinet", "came back",
               "went back to", "comeback", "fired", "was ousted", "let go", "took over from",
               "after 24 years with", "after spending most of his career at", "was not renewed",
               "added Roe to its board"]
    rng = random.Random(19)
    for i, needed in enumerate(triggers._NEEDED):
        if not needed:
            continue
        rx, on_folded, *_ = triggers._COMPILED[i]
        words = sorted(set(re.findall(r"[a-z]+", triggers._PATTERNS[i][0])) - {"s", "w", "b"})
        pieces = [*words, *needed, *fillers]
        found = 0
        for _ in range(3000):
            sentence = " ".join(rng.choice(pieces) for _ in range(rng.randrange(3, 14)))
            folded = fold(sentence)
            if rx.search(folded if on_folded else sentence):
                found += 1
                assert any(word in (folded if on_folded else sentence) for word in needed), (
                    i, sentence)
        assert found, i  # the random sentences do hold matches


def _pronoun_texts() -> list[str]:
    words = ["he", "him", "his", "himself", "she", "her", "herself", "hers", "the", "sheer",
             "HE", "Him", "HİS", "hım", "ſhe", "herſelf", "shE", "x", "_he", "he_", "3he", "-he",
             "'her'", "\u212aher", "Shelby", "ah", "hıs"]
    seps = [" ", "-", "'", ",", "", "_", "\t", "é", "."]
    rng = random.Random(11)
    return ["".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randrange(1, 9)))
            for _ in range(3000)]


def test_pronouns_found_on_the_folded_sentence_as_with_re_ignorecase() -> None:
    plain = re.compile(r"\b(?:(he|him|his|himself)|(she|her|herself))\b", re.I)
    for text in _pronoun_texts():
        assert [(m.span(), m.group(0) in coref._FEMALE)
                for m in coref._PRONOUN_RE.finditer(fold(text))] == [
            (m.span(), m.group(2) is not None) for m in plain.finditer(text)
        ], text


def test_description_nouns_as_a_trie_find_what_the_flat_alternation_found() -> None:
    flat = re.compile(coref._DESC_RE.pattern.replace(
        roles.trie_regex(coref._DESC_NOUNS), "|".join(coref._DESC_NOUNS)), re.I)
    assert flat.pattern != coref._DESC_RE.pattern
    rng = random.Random(3)
    pieces = ["the", "this", "That", "THE", "former", "ex-", "new", "61-year-old", "veteran",
              "chief", "chiefs", "executive", "co-founder", "founder", "Scot", "Scottish",
              "German", "Germans", "boss", "host", "hostile", "Acme", "of", "at", "Jane", "Roe",
              "ſcot", "İtalian", "\u212aing", ",", "'s", "chairwoman", "chairman's", "big"]
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randrange(2, 14)))
             for _ in range(3000)]
    for text in texts:
        assert [m.span() for m in coref._DESC_RE.finditer(text)] == [
            m.span() for m in flat.finditer(text)
        ], text


def test_if_after_tried_only_where_its_words_are() -> None:
    rng = random.Random(5)
    pieces = ["if", "If", "unless", "gift", "at some point", "someday", "some day", "one day",
              "eventually", "Eventually", "day", "point", "x" * 20, "a", ",", ".", ";", " ",
              "  ", "one\tday", "ifs"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 12)))
             for _ in range(5000)]
    for text in texts:
        for end in range(len(text) + 1):
            assert modality._if_after(text, end) == (
                modality._IF_AFTER.match(text, end) is not None), (text, end)
