"""Whether a sentence may hold a finite verb (word tables, no tagger), and where a clause a colon opens begins."""

from __future__ import annotations

import re
from functools import lru_cache

from briefgen.extract.date_rules import MONTHS, PAST_TENSE, WEEKDAYS
from briefgen.extract.lexicon import FINITE_AUXILIARIES, QUOTE_SPEAKER_VERBS
from briefgen.extract.timeline_clauses import SUPPOSING_WORDS

# Finite auxiliaries and modals (the lexicon's, with the first person's "am" and "shall"), and the contracted ones
# ("she's", "they'll", "didn't").
FINITE_WORDS = FINITE_AUXILIARIES | frozenset({"am", "shall"})
CONTRACTED_FINITE = re.compile(r"^(?:it|he|she|that|there|here|what|who|where|how)['’]s$|\w['’](?:re|ve|ll|m|d)$|"
                               r"n['’]t$", re.IGNORECASE)  # (after a noun, "'s" is a possessive: "the governor's")
# Past tenses that PAST_TENSE (date_rules) does not name, many spelt as their base ("no one forecast it").
MORE_PASTS = frozenset("""
cast cut forecast hurt quit spread bet shut cost beat broadcast read split bid upset let fled grew caught taught felt
drew built spent sought lay lied dealt dug hung slid swore swept swam sang rang sank sprang stuck stole shook woke
""".split())
# Verbs in their base form news uses most: a plural present after a subject far back ("Tickets for the tour go on
# sale Friday") or an order ("Thunder: Host the Lakers on Friday"); not after a determiner or preposition ("the vote").
BASE_VERBS = frozenset("""
go come take make get give say see know think want need plan hope expect face remain begin continue run head hold vote
meet win lose seem look keep stay start open close return move pay play host lead join visit support oppose approve
agree fear believe like love show tell ask call try help leave bring buy sell become stand sit fall rise grow live die
happen arrive launch kick air attend compete travel speak debate rally caucus gather march serve work
""".split())
# Words that are no verb and, after a subject, hide none ("Bush in 2000", "Idaho and Utah on Tuesday").
NOT_VERBS = frozenset("""
in on at by of for from with to into onto over under after before during since until through about against among
between within without across around near per via and or but nor the a an this that these those his her its their our
my your no not as than so then now also only just even still again later earlier here there when where who which whom
whose what how why if while because although though both either neither each every all some any more most less least
very too once twice ago last next this past early late night morning afternoon evening
""".split())
# A subject a plural verb in its base form may follow ("they approve", "one-third approve", "Democrats hope").
PLURAL_SUBJECTS = frozenset("i we you they half third thirds quarter most many some all both few others none".split())
# Capitalised words that are no subject: determiners, prepositions, conjunctions opening a sentence, and days.
NOT_SUBJECTS = NOT_VERBS | frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset("likewise however".split())
_WORD = re.compile(r"[A-Za-z][\w’'-]*")


def _subject_like(word: str) -> bool:
    low = word.lower()
    if low.endswith(("'s", "’s")) or low in NOT_SUBJECTS:
        return False  # (a possessive is a determiner: "Tuesday's schedule")
    return (low in PLURAL_SUBJECTS or low.split("-")[-1] in PLURAL_SUBJECTS or word[:1].isupper()
            or (low.endswith("s") and not low.endswith(("ss", "us", "is"))))


def _surely_finite(word: str) -> bool:
    """An auxiliary (not the month "May"), a past tense or a contracted auxiliary."""
    low = word.lower()
    return (low in FINITE_WORDS and word != "May") or low in MORE_PASTS or bool(
        CONTRACTED_FINITE.search(word) or PAST_TENSE.fullmatch(low))


def has_a_finite_word(text: str) -> bool:
    """Whether a word in small letters is surely finite: an auxiliary, a past tense or a contracted auxiliary."""
    return any(word.islower() and _surely_finite(word) for word in _WORD.findall(text))


@lru_cache(maxsize=1024)  # (asked of a whole sentence again for each of its dates)
def may_have_a_verb(text: str) -> bool:
    """False only for words with no finite verb in any reading ("Bush in 2000 and, Romney in 08.", "The best new
    character in 2019."): a word in -s may be a present tense ("Missouri votes"), and a word after a subject-like one
    its plural present ("Iowans caucus", "they approve"). Words left out ("…") may have held the verb."""
    if "…" in text or "..." in text:
        return True
    found = list(_WORD.finditer(text))
    words = [m.group() for m in found]
    if words and words[0].lower().endswith("ing"):
        return True  # an action named by its gerund: a list's item ("Opening of the new library on Friday")
    for index, word in enumerate(words):
        low = word.lower()
        if _surely_finite(word):
            return True
        before = words[index - 1].lower() if index else ""
        if low in BASE_VERBS and before not in NOT_VERBS and not before.endswith(("'s", "’s")) and (
                word.islower() or not index or text[:found[index].start()].rstrip().endswith(":")):
            return True
        if not word.islower() or low in NOT_VERBS or len(low) < 2:
            continue
        if low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s")):
            return True
        if index and _subject_like(words[index - 1]):
            return True
    return False


# An ellipsis that ends a sentence, before any closing mark: the speaker broke off ("And then in 2010 we just ...").
_BREAK_OFF = re.compile(r"\s*(?:…|\.\.\.)[\s\"”’']*$")


def breaks_off(text: str) -> bool:
    """Whether a sentence breaks off before its verb came: it ends in its one ellipsis, and the words before it have
    no finite verb in any reading (may_have_a_verb). An ellipsis inside a sentence may have left the verb out."""
    cut = _BREAK_OFF.search(text)
    if cut is None or "…" in text[:cut.start()] or "..." in text[:cut.start()]:
        return False
    return not may_have_a_verb(text[:cut.start()])


# A colon that ends a sentence's introduction and opens a clause in capitals ("… the story of Copenhagen: In December
# 2009, the two learned …"): not a quotation (its mark opens the clause) nor a speaker's words ("he said: We …").
_CLAUSE_COLON = re.compile(r":\s+(?=[A-Z])")
# A supposition after the colon tells no event of its own ("… intervened: If Sanders would debate on April 14, …").
_SUPPOSING = re.compile(rf"(?:{'|'.join(w.capitalize() for w in SUPPOSING_WORDS)})\b")
_SPEECH_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(QUOTE_SPEAKER_VERBS)) + r")\b[^:]{0,40}$")


def _inside_quotation(text: str) -> bool:
    """Whether a quotation opened in `text` is still open at its end ('“That's what's important to understand:')."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def clause_after_colon(sentence: str, start: int) -> int:
    """Where the clause holding the date at `start` begins when a colon opens it, that clause having a verb of its
    own (an auxiliary or a past tense in small letters: "dates: June 9 -- Veterans United Amphitheater, …" is a
    list); else 0 (the sentence's start)."""
    begin = 0
    for colon in _CLAUSE_COLON.finditer(sentence):
        before = sentence[: colon.start()]
        if colon.end() <= start and not (_SPEECH_BEFORE.search(before) or _inside_quotation(before)
                                         or _SUPPOSING.match(sentence, colon.end())) and has_a_finite_word(
                sentence[colon.end():]):
            begin = colon.end()
    return begin
