"""Photo captions around dates: a photo's own date, and sentences run into the next one (texts without paragraph
breaks print captions so)."""

from __future__ import annotations

import re

from briefgen.extract.captions import PICTURED_ASIDE, PHOTO_VERB_CAPTION
from briefgen.extract.date_rules import DATE_RULES, PAST_TENSE, TITLE_CASE_TIME
from briefgen.extract.lexicon import SPEECH_VERB_FORMS

# A sentence run into the next one, as texts without paragraph breaks print a photo caption ("… one-day race on Sunday
# Australian rider Rohan Dennis poses …", "… a rumoured due date of April 25 Mr Waley-Cohen, pictured in 2014, rode …"):
# a date well inside its clause, after a verb, straight before a capitalised word with no stop between, ends the
# sentence; its event is cut there. Not a date opening its clause ("And in 2012 Mr Waley-Cohen …", "On the morning of
# Feb. 28 Trump jumped …"), one that modifies the noun after it ("the April 19 New York primary", "Obama's Dec. 6 Oval
# Office address"), or a possessive ("yesterday's Grand National").
_CAPTION_RUN_ON = re.compile(r"\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
                             r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)[A-Z][a-z]")
CLAUSE_OPENING_WORDS = 2  # words before a date that still open its clause ("And in 2012 …")
_CLAUSE_START = re.compile(r"^.*[,;:—–(]")
_MODIFIES_NEXT = re.compile(r"(?:\b(?:the|a|an|this|that|its|his|her|their|our|your)\s+(?:[\w-]+\s+)?|['’]s\s+)$", re.I)
# A verb before the date: without one the date is in an opening phrase, not at the end of a sentence.
_HAS_VERB = re.compile(rf"{PAST_TENSE.pattern}|\b(?:is|are|will|would|can|could|has|have|says|tells)\b")
# A photo's own date in a caption's aside, the aside (captions.PICTURED_ASIDE) and up to eight words before the date:
# "Paul Casey, pictured in action last month, is …", ", pictured in 2014,", "(pictured in 2013)", "Michael Schumacher
# pictured during testing … in December 2007"; not "was pictured on social media today".
_PICTURED = re.compile(PICTURED_ASIDE + r"\s+(?:[\w'’-]+\s+){0,8}$", re.I)


def caption_date(sentence: str, match: re.Match[str]) -> bool:
    """A date that dates a photo ('Paul Casey, pictured in action last month, …') or is in a caption's sentence
    (captions.PHOTO_VERBS)."""
    before = sentence[: match.start()]
    return bool(_PICTURED.search(before) or PHOTO_VERB_CAPTION.search(before))


def run_on_end(sentence: str, match: re.Match[str]) -> int | None:
    """Where a sentence ends that runs on into the next one with no stop at the date ('… race on Sunday Australian
    rider Rohan Dennis poses …': a caption, or prose before one): the date's end, else None. The date's event is the
    text up to there."""
    before = sentence[: match.start()]
    if not _CAPTION_RUN_ON.match(sentence, match.end()) or _MODIFIES_NEXT.search(before) \
            or TITLE_CASE_TIME.match(sentence, match.end()):  # ("''Monday Night Baseball''" is a name)
        return None
    words = _CLAUSE_START.sub("", before).split()
    if len(words) <= CLAUSE_OPENING_WORDS or not _HAS_VERB.search(before):
        return None  # the date is in an opening phrase ("At around 3.30pm on March 17 Mr Docherty was …")
    # (after a speech verb the name opens what was said: "The Times reported last month Cameron had ordered …")
    return None if SPEECH_VERB_FORMS.intersection(w.lower() for w in words[-2:]) else match.end()


def own_sentence(sentence: str, match: re.Match[str]) -> tuple[str, int]:
    """The part of a run-on sentence the date is in (see run_on_end): from the last run-on end before the date to its
    own, if any; and the date's place in that part."""
    ends = sorted({end for rule in DATE_RULES for m in rule.pattern.finditer(sentence)
                   if (end := run_on_end(sentence, m)) is not None})
    start = max((e for e in ends if e <= match.start()), default=0)
    stop = next((e for e in ends if e >= match.end()), None)
    part = sentence[start:stop].strip() + ("." if stop is not None else "")
    return part, match.start() - (len(sentence[start:]) - len(sentence[start:].lstrip())) - start
