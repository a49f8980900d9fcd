"""Whether "today", "tomorrow", "yesterday" or "tonight" names a day: not in a name ("USA Today"), for the present at large ("nowadays") or an age ("tomorrow's leaders")."""

from __future__ import annotations

import re

from briefgen.extract.date_rules import PAST_TENSE
from briefgen.extract.timeline_tense import FUTURE


# "Today" with a past or future verb near it is a day ("gave it to the CBC today", "is to begin today"); in the present
# or conditional it means "nowadays" ("there are more magicians working today", "he would be a Libertarian today").
_NOWADAYS = re.compile(r"\b(?:still|than ever|these days|nowadays|even today|would|could|might)\b", re.IGNORECASE)
TENSE_WINDOW = 60  # characters either side of "today"
# Frames around "today" that set the present against the past or ask what is so now, whatever the verbs near them
# (a past one in "as true today as it was"): (name, pattern).
NOWADAYS_FRAMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "That's as true today as it was a month ago", "she is just as strong today as she was"
    # (and the time it is set against: "a week or a month ago" there is no event either)
    ("then-and-now", re.compile(r"\b(?:as|so)\s+\w+\s+today\s+as\b[^,;.!?]*", re.IGNORECASE)),
    # "she can't make sense of where the party is today", "what's today called 'regenerative medicine'"
    ("what-it-is-today", re.compile(r"\b(?:where|what|who|how)(?:['’]s|\s+[^,.;]{1,40}?\s+(?:is|are))\s+today\b"
                                    r"(?!['’]s)", re.IGNORECASE)),
)


def in_nowadays_frame(sentence: str, at: int) -> bool:
    """Whether the date at `at` lies in one of NOWADAYS_FRAMES (its "today", or the past it is set against)."""
    if "today" not in sentence.lower():
        return False
    start, end = max(0, at - 2 * TENSE_WINDOW), at + 2 * TENSE_WINDOW
    return any(frame.start() <= at < frame.end()
               for _name, pattern in NOWADAYS_FRAMES for frame in pattern.finditer(sentence, start, end))


def _means_nowadays(sentence: str, match: re.Match[str]) -> bool:
    if match.group(0).lower() != "today":
        return False
    near = sentence[max(0, match.start() - TENSE_WINDOW): match.end() + TENSE_WINDOW]
    if _NOWADAYS.search(near):
        return True
    return not (PAST_TENSE.search(near) or any(m.group(0).lower() != "should" for m in FUTURE.finditer(near))
                or re.search(r"\bto be\b", near))


# "the Today programme", "the tonight show" (in a text written small): a programme named for its time, in any case.
PROGRAMME_NOUNS = ("show", "programme", "program")
_PROGRAMME_AFTER = re.compile(rf"\s+(?:{'|'.join(PROGRAMME_NOUNS)})\b", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _part_of_a_name(sentence: str, match: re.Match[str]) -> bool:
    """A capitalised 'Today' inside a sentence, beside another capitalised word, is a name: 'USA Today', 'Trending
    Today USA', 'the Today Show'; so is 'the Today programme' (PROGRAMME_NOUNS)."""
    word = match.group(0)
    if _PROGRAMME_AFTER.match(sentence, match.end()) and _THE_BEFORE.search(sentence, max(0, match.start() - 5),
                                                                          match.start()):
        return True
    if not word[:1].isupper() or not sentence[: match.start()].strip(" \"“‘'("):
        return False
    before = sentence[: match.start()].rsplit(None, 1)  # (the next words only: splitting the whole sentence at each
    after = sentence[match.end():].split(None, 1)  # of its dates was quadratic)
    return bool(before and before[-1][:1].isupper()) or bool(after and after[0][:1].isupper())


# Nouns of an age, not of an occasion: after "today's", "tomorrow's" or "yesterday's" they name the present, the future
# or the past at large ("tomorrow's leaders", "today's world", "yesterday's news"); "tomorrow's vote", "today's hearing"
# and "yesterday's Grand National" are days.
ERA_NOUNS = frozenset("""
world society generation generations youth children kids teens teenagers students leaders politicians voters consumers
workers workforce families parents women men heroes stars standards terms dollars money prices economy market markets
climate politics culture technology technologies media era age times problems challenges threats jobs news doings
version versions equivalent schools cities cars
""".split())
ERA_LOOKAHEAD = 4  # words after the possessive that may hold its noun ("today's more stridently ideological media")
_DEICTIC_POSSESSIVE = re.compile(r"['’]s\s+((?:[\w-]+ ){0,%d}[\w-]+)" % (ERA_LOOKAHEAD - 1))
# Where the noun phrase after the possessive ends: its head is the word before ("tomorrow's vote on jobs": "vote").
_PHRASE_ENDS = frozenset("of on in at for with to and or but that which who by from as is are was were will would has "
                         "have had".split())


def _names_an_era(sentence: str, match: re.Match[str]) -> bool:
    """'tomorrow's leaders', 'today's more stridently ideological media': a day's possessive whose noun is one of an
    age (ERA_NOUNS), or a comparison ('more', 'most'), which no day has."""
    after = _DEICTIC_POSSESSIVE.match(sentence, match.end())
    if not after:
        return False
    words = [w.lower() for w in after.group(1).split()]
    phrase = words[: next((i for i, w in enumerate(words) if w in _PHRASE_ENDS), len(words))]
    return bool(phrase) and (phrase[0] in ("more", "most", "less", "least") or phrase[-1] in ERA_NOUNS)


def no_day_meant(sentence: str, match: re.Match[str]) -> bool:
    """Whether the deictic day at `match` names no day: part of a name, "nowadays" or an age. (A frame that means
    nowadays, in_nowadays_frame, the timeline reads for every rule's date first: its "today" never gets here.)"""
    return _part_of_a_name(sentence, match) or _means_nowadays(sentence, match) or _names_an_era(sentence, match)
