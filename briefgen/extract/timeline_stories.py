"""Two dates of one story give one timeline event: the words events share, and one sentence's story told twice."""

from __future__ import annotations

import re

from briefgen.extract.date_rules import MONTHS, WEEKDAYS
from briefgen.extract.event_parts import clause_and_splits
from briefgen.extract.lexicon import FINITE_AUXILIARIES, SPEECH_VERB_FORMS
from briefgen.model import TimelineEvent

__all__ = ["SAME_STORY_MIN_WORDS", "SAME_STORY_SHARE", "STORY_WORD", "background_year", "day_over_year", "near_day",
           "one_per_sentence_story", "one_per_story", "restates_an_occurrence"]

# Two events of one day sharing this much of their words tell one story twice: a photo caption repeating its
# sentence ("… unveiled at the gala night this week (shown)"), a standfirst repeated in the text. The first told
# is kept. Events of fewer words share them by chance ("It was the same on Sunday."), and so do two answers of
# one interview, whose events are compared without their speaker's name.
SAME_STORY_SHARE = 0.75  # of the shorter event's words (of three letters or more)
SAME_STORY_MIN_WORDS = 6
STORY_WORD = re.compile(r"\w{3,}")

# Two coordinated clauses, each with its own subject, between two dates of a sentence: each date has its own event
# ("… increased in May 2019, and the list of goods expanded in September 2019 …"), however event_text cut them. (With
# the comma only: "losses and a shrinking market" joins two nouns; without it, event_text.clause_and_splits.)
_OWN_CLAUSE_BETWEEN = re.compile(r";|,\s*(?:and|but|while|whereas)\s+(?:the|a|an|this|these|his|her|their|its|he|"
                                 r"she|it|they|we|I|[A-Z][\w'’-]+)\b")


_DATE_WORDS = frozenset({*MONTHS, *WEEKDAYS, "ago", "week", "weeks", "month", "months", "year", "years", "day", "days",
                         "last", "next", "this", "past", "today", "yesterday", "tomorrow", "tonight"})  # (of 3+ letters)


# A weekday or "today", "yesterday", … dates a sentence's news; a year (or a month of one) inside the sentence, not
# opening it, is background to that news: "McCain, the party's nominee in 2008, issued a statement on Monday", "The jet,
# built in 1991, is his favourite toy, he said on Saturday". Of two dates of one story, the near day is kept. (A year
# that opens the sentence frames it: "In 2015, the mayor said the council would vote on Tuesday" is 2015's.)
NEAR_DAY_WORDS = frozenset({*WEEKDAYS, "today", "yesterday", "tomorrow", "tonight"})
_NEAR_DAY = re.compile(rf"\b(?:{'|'.join(sorted(NEAR_DAY_WORDS))})\b", re.IGNORECASE)
_YEAR_WORDS = re.compile(r"\b(?:19|20)\d\d\b")
OPENING_WORDS = 1  # words before a year that still opens its sentence ("Back in 2015", "“In 2006")


def background_year(when: str, sentence: str, start: int) -> bool:
    """Whether a date's words (`when`, at `start` in `sentence`) are a year or a month of one that does not open the
    sentence (NEAR_DAY_WORDS)."""
    return bool(_YEAR_WORDS.search(when)) and not _NEAR_DAY.search(when) \
        and len(sentence[:start].split()) > OPENING_WORDS


def near_day(when: str) -> bool:
    """Whether a date's words name a day near the article's ("on Monday", "yesterday"), with no year."""
    return bool(_NEAR_DAY.search(when)) and not _YEAR_WORDS.search(when)


# A relative pronoun between the two: the day is its clause's, not the sentence's news ("A system backed in September
# 2021 was rejected by the minister, which the ministry today denies" stays September 2021's).
_RELATIVE_BETWEEN = re.compile(r"\b(?:which|who|whom|whose)\b", re.IGNORECASE)


def day_over_year(day: tuple[str, int], year: tuple[str, int], sentence: str) -> bool:
    """Whether a near day (its words and place in `sentence`) dates the sentence's one story instead of a background
    year (near_day, background_year)."""
    low, high = sorted((day[1], year[1]))
    return near_day(day[0]) and background_year(year[0], sentence, year[1]) \
        and not _RELATIVE_BETWEEN.search(sentence, low, high)


def one_per_sentence_story(events: list[TimelineEvent], starts: list[tuple[int, int]],
                            told: dict[str, str], sentences: dict[int, str]) -> list[int]:
    """The indexes of the events kept when two dates of one sentence tell its one story (event_text could not cut
    either date's clause: "The company, which is expected to lay off thousands beginning this week, confirmed on
    Monday that …"; "A year ago, NASA announced that … as early as next year", whose "next year" is not the
    article's): of two sharing SAME_STORY_SHARE of their words, and not in two clauses of their own
    (_OWN_CLAUSE_BETWEEN, event_text.clause_and_splits), a near day's over a background year (day_over_year), else
    the shorter text, the one cut to its date's clause, else the first (`sentences`: each sentence by its number in
    `starts`)."""
    words = [set(STORY_WORD.findall(told[e.event].lower())) for e in events]
    # (a story is long enough without its dates: a sentence naming one day thrice tells no more)
    told_words = [len({w for w in bag if w not in _DATE_WORDS and not w.isdigit()}) for bag in words]
    size = [len(told[e.event]) for e in events]
    dropped: set[int] = set()
    for n in range(len(events)):
        for m in range(n + 1, len(events)):
            if starts[m][0] != starts[n][0]:
                break  # (events come in reading order: a sentence's dates are neighbours)
            if n in dropped or m in dropped or min(told_words[n], told_words[m]) < SAME_STORY_MIN_WORDS:
                continue
            sentence = sentences[starts[n][0]]
            low, high = min(starts[n][1], starts[m][1]), max(starts[n][1], starts[m][1])
            if len(words[n] & words[m]) >= SAME_STORY_SHARE * min(len(words[n]), len(words[m])) \
                    and not _OWN_CLAUSE_BETWEEN.search(sentence[low:high]) \
                    and not any(low < cut < high for cut in clause_and_splits(sentence)):
                dated = [(events[k].when, starts[k][1]) for k in (n, m)]
                if day_over_year(dated[0], dated[1], sentence):
                    dropped.add(m)  # (the year is background to the day's news)
                elif day_over_year(dated[1], dated[0], sentence):
                    dropped.add(n)
                else:
                    dropped.add(m if (size[n], starts[n]) <= (size[m], starts[m]) else n)
    return [n for n in range(len(events)) if n not in dropped]


# A thing named with "the" whose clause only says when it happened ("The accident, which occurred yesterday afternoon,
# was caused by …", "The blast happened on Friday"): the article told it before, so a day that already has an event
# does not get it again (OCCURRENCE_VERBS; a few words of the thing's name, at most NAME_MAX_WORDS).
OCCURRENCE_VERBS = ("occurred", "happened", "took place")
NAME_MAX_WORDS = 4
_RESTATED_OCCURRENCE = re.compile(rf"^(?:The|This|That)\s+(?P<name>(?:[\w'’-]+\s+){{0,{NAME_MAX_WORDS - 1}}}?"
                                  rf"[\w'’-]+)(?:,\s+which)?\s+(?:\w+ly\s+)?(?:{'|'.join(OCCURRENCE_VERBS)})\b")
_NOT_IN_A_NAME = frozenset({*FINITE_AUXILIARIES, *SPEECH_VERB_FORMS, "that", "what", "which", "who"})


def restates_an_occurrence(told: str) -> bool:
    """Whether an event's text names a thing told before and says when it happened (_RESTATED_OCCURRENCE; not "The
    mayor said the vote took place …": a name holds no verb of its own)."""
    match = _RESTATED_OCCURRENCE.match(told)
    return match is not None and not any(w.lower() in _NOT_IN_A_NAME for w in match.group("name").split())


def one_per_story(events: list[TimelineEvent], told: list[str], days: list[str]) -> list[TimelineEvent]:
    """Events in reading order without a later one telling the same day's story again: sharing SAME_STORY_SHARE of
    its words with an earlier one, or naming what happened that day again (restates_an_occurrence) (`told`: each
    event's text without its speaker's name; `days`: each event's day, its date or its date's words)."""
    kept: list[TimelineEvent] = []
    stories: dict[str, list[set[str]]] = {}  # by day: only a day's own stories are compared (all of them was quadratic)
    for event, text, day in zip(events, told, days):
        words = set(STORY_WORD.findall(text.lower()))
        if stories.get(day) and restates_an_occurrence(text):
            continue
        if len(words) >= SAME_STORY_MIN_WORDS and any(
                len(words & other) >= SAME_STORY_SHARE * min(len(words), len(other))
                for other in stories.get(day, ()) if len(other) >= SAME_STORY_MIN_WORDS):
            continue
        kept.append(event)
        stories.setdefault(day, []).append(words)
    return kept
