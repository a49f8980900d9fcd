"""Photo captions around dates: a photo's own date, and sentences run into the next one (texts without paragraph
breaks print captions so)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from briefgen.extract.captions import PICTURED_ASIDE, PHOTO_VERB_CAPTION
from briefgen.extract.date_rules import MONTH_ABBREVIATIONS, MONTH_NAMES, PAST_TENSE, TITLE_CASE_TIME, date_matches
from briefgen.extract.lexicon import SPEECH_VERB_FORMS
from briefgen.extract.sentences import words_back

# A sentence run into the next one, as texts without paragraph breaks print a photo caption ("… one-day race on Sunday
# Australian rider Rohan Dennis poses …", "… a rumoured due date of April 25 Mr Waley-Cohen, pictured in 2014, rode …"):
# a date well inside its clause, after a verb, straight before a capitalised word with no stop between, ends the
# sentence; its event is cut there. Not a date opening its clause ("And in 2012 Mr Waley-Cohen …", "On the morning of
# Feb. 28 Trump jumped …"), one that modifies the noun after it ("the April 19 New York primary", "Obama's Dec. 6 Oval
# Office address"), or a possessive ("yesterday's Grand National").
_CAPTION_RUN_ON = re.compile(rf"\s+(?!(?:{MONTH_NAMES}|{MONTH_ABBREVIATIONS})\b)[A-Z][a-z]")
CLAUSE_OPENING_WORDS = 2  # words before a date that still open its clause ("And in 2012 …")
_CLAUSE_MARK = re.compile(r"[,;:—–(]")  # the last one before a date ends the clause opening the sentence
_MODIFIES_NEXT = re.compile(r"(?:\b(?:the|a|an|this|that|its|his|her|their|our|your)\s+(?:[\w-]+\s+)?|['’]s\s+)$", re.I)
MODIFIER_WORDS = 3  # words _MODIFIES_NEXT spans at most: "the" and a word, or a possessive's "'s"
# A verb before the date: without one the date is in an opening phrase, not at the end of a sentence.
_HAS_VERB = re.compile(rf"{PAST_TENSE.pattern}|\b(?:is|are|will|would|can|could|has|have|says|tells)\b")
# A photo's own date in a caption's aside, the aside (captions.PICTURED_ASIDE) and up to eight words before the date:
# "Paul Casey, pictured in action last month, is …", ", pictured in 2014,", "(pictured in 2013)", "Michael Schumacher
# pictured during testing … in December 2007"; not "was pictured on social media today".
_PICTURED = re.compile(PICTURED_ASIDE + r"\s+(?:[\w'’-]+\s+){0,8}$", re.I)
_PICTURED_WORD = re.compile("pictured", re.I)
PICTURED_WORDS = 11  # words _PICTURED spans at most: a word and the aside's mark, "pictured", eight words
_WORD_CHAR = re.compile(r"\w")


@lru_cache(maxsize=256)
def _clause_marks(sentence: str) -> tuple[int, ...]:
    """Where the clause marks of the sentence's first line are (the opening clause was read by "^.*[,;:—–(]", whose
    "." stops at a newline); found once for all of its dates."""
    line = sentence.find("\n")
    return tuple(m.start() for m in _CLAUSE_MARK.finditer(sentence, 0, len(sentence) if line < 0 else line))


def caption_date(sentence: str, match: re.Match[str]) -> bool:
    """A date that dates a photo ('Paul Casey, pictured in action last month, …') or is in a caption's sentence
    (captions.PHOTO_VERBS)."""
    start = match.start()
    window = words_back(sentence, start, PICTURED_WORDS)
    pictured = _says_pictured(sentence) and _PICTURED.search(sentence, window, start)
    return bool(pictured or _found_before(PHOTO_VERB_CAPTION, sentence, start))


@lru_cache(maxsize=64)
def _says_pictured(sentence: str) -> bool:
    """Whether the sentence holds the word _PICTURED needs: without it (most sentences) the search, run once per
    date, is skipped."""
    return _PICTURED_WORD.search(sentence) is not None


@lru_cache(maxsize=256)
def _first_end(pattern: re.Pattern[str], sentence: str) -> int | None:
    return m.end() if (m := pattern.search(sentence)) else None


def _found_before(pattern: re.Pattern[str], sentence: str, end: int) -> bool:
    """bool(pattern.search(sentence[:end])) for a pattern whose matches end on a whole word, read from its first
    match in the whole sentence (found once) instead of a search of every date's prefix, which was quadratic. Where
    `end` cuts a word the prefix may hold a match the sentence does not (a shorter alternative, \\b at the cut): those
    dates are searched as before."""
    if 0 < end < len(sentence) and _WORD_CHAR.match(sentence, end - 1) and _WORD_CHAR.match(sentence, end):
        return pattern.search(sentence, 0, end) is not None
    first = _first_end(pattern, sentence)
    return first is not None and first <= end


def run_on_end(sentence: str, match: re.Match[str]) -> int | None:
    """Where a sentence ends that runs on into the next one with no stop at the date ('… race on Sunday Australian
    rider Rohan Dennis poses …': a caption, or prose before one): the date's end, else None. The date's event is the
    text up to there."""
    start = match.start()
    if not _CAPTION_RUN_ON.match(sentence, match.end()) \
            or _MODIFIES_NEXT.search(sentence, words_back(sentence, start, MODIFIER_WORDS), start) \
            or TITLE_CASE_TIME.match(sentence, match.end()):  # ("''Monday Night Baseball''" is a name)
        return None
    marks = _clause_marks(sentence)
    index = bisect_left(marks, start)
    # the words after the last clause mark before the date (the last few are all that is read)
    words = sentence[marks[index - 1] + 1 if index else 0: start].rsplit(None, CLAUSE_OPENING_WORDS + 1)
    if len(words) <= CLAUSE_OPENING_WORDS or not _found_before(_HAS_VERB, sentence, start):
        return None  # the date is in an opening phrase ("At around 3.30pm on March 17 Mr Docherty was …")
    # (after a speech verb the name opens what was said: "The Times reported last month Cameron had ordered …")
    return None if SPEECH_VERB_FORMS.intersection(w.lower() for w in words[-2:]) else match.end()


@lru_cache(maxsize=64)
def _run_on_ends(sentence: str) -> tuple[int, ...]:
    """The run-on ends of a sentence, found once for all of its dates (once per date was quadratic in their number)."""
    return tuple(sorted({end for _rule, m in date_matches(sentence) if (end := run_on_end(sentence, m)) is not None}))


def own_sentence(sentence: str, match: re.Match[str]) -> tuple[str, int]:
    """The part of a run-on sentence the date is in (see run_on_end): from the last run-on end before the date to its
    own, if any; and the date's place in that part."""
    ends = _run_on_ends(sentence)
    before, after = bisect_right(ends, match.start()), bisect_left(ends, match.end())
    start = ends[before - 1] if before else 0
    stop = ends[after] if after < len(ends) else None
    part = sentence[start:stop].strip() + ("." if stop is not None else "")
    return part, match.start() - (len(sentence[start:]) - len(sentence[start:].lstrip())) - start
