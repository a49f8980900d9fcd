"""Find dated events in an article and resolve relative dates against the article's date."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, insort
from functools import lru_cache

from briefgen.extract.date_captions import caption_date, own_sentence
from briefgen.extract.date_rules import (
    BASELINE_BEFORE, DAY_PAPER_AFTER, DAY_PAPER_BEFORE, MONTHS, PAST_TENSE, RECORD_AFTER_OPENING_SINCE, RECORD_BEFORE,
    STORY_WEEKDAY_AFTER, STORY_WEEKDAY_BEFORE, STORY_WEEKDAY_COUNTED, TITLE_CASE_TIME, WEEKDAY_DATE_AFTER, WEEKDAY_NAMES,
    WEEKDAYS, DateRule, approximate_days, date_matches,
)
from briefgen.extract.date_restated import RESTATED_DAY_RULES, restated_day, stated_years
from briefgen.extract.event_text import event_text
from briefgen.extract.lexicon import VOICE_NAMING_VERBS, verb_alternation
from briefgen.extract.sentences import has_full_stop, split_sentences
from briefgen.extract.summary_lines import (
    asks, glued_question_turns, is_embedded_post, page_furniture, with_attributions,
)
from briefgen.extract.timeline_clauses import compared_time, supposed_date
from briefgen.extract.timeline_deictic import TENSE_WINDOW, in_nowadays_frame, no_day_meant
from briefgen.extract.timeline_occasions import occasion_place
from briefgen.extract.timeline_openings import opening_year_non_event
from briefgen.extract.timeline_projections import projected_date
from briefgen.extract.timeline_prompts import reader_prompt
from briefgen.extract.timeline_tense import FUTURE, date_tense
from briefgen.extract.timeline_quotes import (
    in_speakers_description, inside_quotation, open_quote, quotation_runs_on, quoted_saying, with_quotation,
)
from briefgen.extract.timeline_stories import (
    day_over_year, one_per_sentence_story, one_per_story,
)
from briefgen.extract.timeline_verbs import breaks_off, may_have_a_verb
from briefgen.extract.transcript import interviewers, speaker_name, transcript_turns
from briefgen.model import Article, TimelineEvent

# Cheap first look: a sentence without a digit or a time word cannot hold a date.
_MAYBE_DATE = re.compile(r"\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)|"
                         r"\b(?:today|yesterday|tomorrow|tonight|weeks?|months?|years?|days?|ago)\b", re.IGNORECASE)
# Reference lists and category lines carry dates that are not events of the story.
_CITATION = re.compile(r"^(?:[\"“][^\"”]{3,}[\"”]\s*[—–-]|Categories:|Sources?:|Retrieved\b|Archived\b)")


def reference_date(article: Article) -> dt.date | None:
    """The date relative expressions resolve against: only a date the source states (in its metadata, or on a
    pasted page's date line).

    A date taken from the file's modification time (date_origin == "file") says when the file was
    saved, which can be days or years after publication; resolving "on Tuesday" against it would
    print a confident wrong date, so such articles keep relative dates as written (date None).
    """
    if article.date is None or article.date_origin not in ("source", "text"):
        return None
    try:
        return dt.date.fromisoformat(article.date[:10])
    except ValueError:
        return None


# A sentence that tells a habit: a weekday with "a/every/each" ("on a Monday") or an adverb of frequency. A bare
# weekday beside it in the present is part of the routine ("We sort them on a Monday, come in Tuesday and pick one");
# so is a weekday's time of day in the plural ("The debates are on Saturday nights").
_HABIT = re.compile(rf"\b(?:(?:a|every|each)\s+(?:{WEEKDAY_NAMES})|"
                    r"(?:every|each)\s+(?:week|weekend|morning|night|day)|usually|typically|normally|generally|routinely|regularly|weekly|tend to|"
                    rf"(?:{WEEKDAY_NAMES})s|(?:{WEEKDAY_NAMES})\s+(?:nights|mornings|evenings|afternoons))\b", re.I)


@lru_cache(maxsize=64)
def _tells_habit(sentence: str) -> bool:
    return _HABIT.search(sentence) is not None  # (once a sentence, not once for each of its dates)


def _routine_day(sentence: str, match: re.Match[str]) -> bool:
    """A bare weekday in a sentence that tells a habit, with no past or future verb near it, is a day of the routine."""
    if re.match(r"(?:last|this|next|since|until|by|from)\b", match.group(0), re.I) or not _tells_habit(sentence):
        return False
    near = sentence[max(0, match.start() - TENSE_WINDOW): match.end() + TENSE_WINDOW]
    return not (PAST_TENSE.search(near) or FUTURE.search(near))


# A sentence in someone's voice: it opens a quotation with a single mark (as British papers print them: "‘I really
# enjoy the media work …") or its subject is I or we; with no speech verb in it, the speaker is elsewhere.
_SINGLE_QUOTE_OPENS = re.compile(r"^[‘']\s?[A-Z]")
_FIRST_PERSON = re.compile(r"^(?:I|I'm|I’m|I've|I’ve|I'd|I’d|We|We're|We’re|We've|We’ve)\b")
_SPEECH_VERB = re.compile(verb_alternation(VOICE_NAMING_VERBS))
_QUOTATION_MARK = re.compile(r"[\"“”‘]|(?:^|\s)'|'(?:\s|$)")


def _unnamed_voice(sentence: str, paragraph: str) -> bool:
    """True for a sentence in someone's voice with no one named in it. "I" in a paragraph of reported speech is the
    speaker quoted there; in plain narration it is the reporter ("I visited the festival on Saturday night")."""
    if _SPEECH_VERB.search(sentence):
        return False
    if _SINGLE_QUOTE_OPENS.match(sentence):
        return True
    return bool(_FIRST_PERSON.match(sentence)) and _reports_speech(paragraph)


@lru_cache(maxsize=16)
def _reports_speech(paragraph: str) -> bool:
    return bool(_QUOTATION_MARK.search(paragraph) or _SPEECH_VERB.search(paragraph))  # (once a paragraph)


def _one_per_event(events: list[TimelineEvent], starts: list[tuple[int, int]],
                   sentences: dict[int, str]) -> list[TimelineEvent]:
    """One entry per event text, dated by the first date its sentence gives: "announced Tuesday that … this year"
    is Tuesday's; "a system backed in September 2021 …, which the Home Office today rejects" is September 2021's;
    but a near day dates it over a background year ("McCain, the nominee in 2008, spoke on Monday" is Monday's;
    timeline_stories.day_over_year) (`starts`: each event's sentence and the date's place in it)."""
    first: dict[str, int] = {}
    for n, event in enumerate(events):
        if event.event not in first:
            first[event.event] = n
            continue
        k = first[event.event]
        sentence, dated, kept = sentences[starts[n][0]], (event.when, starts[n][1]), (events[k].when, starts[k][1])
        if starts[n][0] == starts[k][0] and day_over_year(kept, dated, sentence):
            continue
        if (starts[n][0] == starts[k][0] and day_over_year(dated, kept, sentence)) or starts[n] < starts[k]:
            first[event.event] = n
    return [e for n, e in enumerate(events) if first[e.event] == n]


# An event tells something beside its date: at least this many words ("Leaders met on Tuesday."), not counting
# dates' own words and the small words around them ("Canberra on July 2012.", a schedule's "Saturday, March 28.").
EVENT_MIN_WORDS = 2
_EVENT_WORD = re.compile(r"[^\W\d_]{2,}")
_NOT_TOLD = frozenset({"on", "in", "at", "by", "of", "the", "an", "and", *MONTHS, *WEEKDAYS})


def _tells_something(event: str, when: str) -> bool:
    words = _EVENT_WORD.findall(event.replace(when, " ").lower())
    return sum(w not in _NOT_TOLD for w in words) >= EVENT_MIN_WORDS


# The rest of a quotation that is a question ('"Was the bridge finished in 2019?" the reporter asked').
_QUOTED_QUESTION = re.compile(r"[^\"“”]*\?\s*[\"”]")


# Days with a name of their own, not the last or next such weekday: "Super Tuesday" (March 1 in 2016), "Black Friday".
NAMED_DAYS = ("Super", "Black", "Good", "Cyber", "Ash", "Palm", "Easter", "Bloody", "Holy", "Maundy", "Shrove", "Giving")
_NAMED_DAY = re.compile(rf"\b(?:{'|'.join(NAMED_DAYS)})\s$")
# "the last week of October": the final week of another period, not the week before the article's (without "the" it is:
# "a hearing last month of the subcommittee"). (_THE_BEFORE also marks a counted weekday: "the Wednesday after …")
_PERIOD_OF = re.compile(r"\s+of\b")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# "in the past month", "for the last year", "over the next year": with "the", a span that runs up to (or on from) the
# day it is told, not the calendar month or year before or after the article's ("last month" alone is). A week is
# left dated: "over the past week" and the week before the article are near enough the same days.
SPAN_PERIODS = ("last", "past", "next")
SPAN_UNITS = ("month", "year")
# A ranking's previous place ("Donald Trump (Last week: 2.)"): no date.
_RANKING_PLACE = re.compile(r"\s*:\s*(?:No\.\s*)?\d")


def _is_a_name(sentence: str, match: re.Match[str], rule: DateRule) -> bool:
    """A date's words that name something: a show in Title Case ("ABC's This Week", "Last Week Tonight", "Saturday
    Night Live"), a named day ("Super Tuesday"), a newspaper ("The Sunday Times"), a ranking's column ("(Last week:
    2.)")."""
    if rule.name == "relative-period":
        return match.group("unit")[:1].isupper() or bool(_RANKING_PLACE.match(sentence, match.end()))
    if rule.name == "weekday":
        before = sentence[max(0, match.start() - 10): match.start()]
        return bool(_NAMED_DAY.search(before) or DAY_PAPER_BEFORE.search(before)
                    or TITLE_CASE_TIME.match(sentence, match.end()) or DAY_PAPER_AFTER.match(sentence, match.end()))
    return False


def _is_event_date(sentence: str, match: re.Match[str], rule: DateRule, carried: str | None) -> bool:
    """Whether a date the rules found dates an event the article tells.

    Not when it lies in a quotation an earlier sentence opened (the speaker is elsewhere), or in one that runs on past
    the sentence; a relative date inside any quotation counts from a day the article does not give ("today's game");
    "today" in the present means "nowadays", and "tomorrow's leaders" the future; "USA Today" is a name; a caption's
    date is its photo's.
    """
    if inside_quotation(sentence, match.start(), carried) and (
            carried or rule.relative or quotation_runs_on(sentence, carried)
            or _QUOTED_QUESTION.match(sentence, match.end()) or quoted_saying(sentence)):
        return False
    if _is_a_name(sentence, match, rule) or caption_date(sentence, match) or supposed_date(sentence, *match.span()) \
            or (rule.name in COMPARED_RULES and compared_time(sentence, match.start())) \
            or in_nowadays_frame(sentence, match.start()) or in_speakers_description(
                sentence, match.start(), rule.name, match.groupdict().get("unit")):
        return False
    if rule.name == "weekday" and (_routine_day(sentence, match) or WEEKDAY_DATE_AFTER.match(sentence, match.end())
                                   or _story_weekday(sentence, match)):
        return False  # (a day of a routine; a day whose date follows, which dates the event instead; the story's day)
    if rule.name == "relative-period" and _THE_BEFORE.search(sentence, max(0, match.start() - 5), match.start()) and (
            _PERIOD_OF.match(sentence, match.end()) or (match.group("which").lower() in SPAN_PERIODS
                                                    and match.group("unit").lower() in SPAN_UNITS)):
        return False  # ("the last week of October": a part of another time; "in the past month": a span)
    if rule.name in BASELINE_RULES and BASELINE_BEFORE.search(
            sentence[max(0, match.start() - 60): match.start()] + _leading_from(match)) \
            and not _RANGE_END.match(sentence, match.end()):
        return False  # ("down 10 percent from a year ago": a baseline; "fell 5 percent from 2009 to 2012" is a span)
    if _measures_a_record(sentence, match) or (rule.name == "year" and opening_year_non_event(
            sentence, *match.span(), match.group(0))):
        return False  # ("the first time since 1993": a record; "Since 1964, voters have been …": a state)
    return not (rule.name == "deictic-day" and no_day_meant(sentence, match))


# The rules whose times can be a change's baseline (date_rules.BASELINE_BEFORE): "from a year ago", "than last year",
# "from 2015" (the year rule holds its "from").
BASELINE_RULES = ("relative-period", "ago", "year", "occasion-year")
COMPARED_RULES = ("year", "occasion-year")  # (whose phrase holds its "in": "Unlike in 2012", "as in 1990")
OCCASION_RULES = ("occasion-year", "opening-occasion-year")  # (date_rules.OCCASION_NOUNS: dated only in the past)
_RANGE_END = re.compile(r"\s*(?:to|through|until|[-–])\s*(?:19|20)\d\d\b")


def _measures_a_record(sentence: str, match: re.Match[str]) -> bool:
    """'the first time since 1993', 'levels not seen since July 2009', 'Since 1972, only three …': a date a record
    counts from (date_rules.RECORD_BEFORE, RECORD_AFTER_OPENING_SINCE; the year rule holds its "since", the other
    rules' "since" is before them)."""
    text = match.group(0)
    if text.startswith("Since ") and RECORD_AFTER_OPENING_SINCE.match(match.string, match.end()):
        return True  # ("Since 1972, only three elections have …": the record follows)
    if text.lower().startswith("since "):
        before = sentence[max(0, match.start() - 70): match.start()] + "since "
    else:
        before = sentence[max(0, match.start() - 76): match.start()]
    return RECORD_BEFORE.search(before) is not None


def _leading_from(match: re.Match[str]) -> str:
    """'from ' when the match opens with it (the year rule's 'from 2015'), for BASELINE_BEFORE to read."""
    return "from " if match.group(0).lower().startswith("from ") else ""


def _story_weekday(sentence: str, match: re.Match[str]) -> bool:
    """'One Sunday in late 2001', 'the last Friday in August', 'the Wednesday after the caucus': a day counted from the
    story's own time (date_rules.STORY_WEEKDAY_BEFORE, STORY_WEEKDAY_AFTER, and "the" before the day with
    STORY_WEEKDAY_COUNTED after it)."""
    before = sentence[max(0, match.start() - 20): match.start()]
    if re.match(r"(?:next|last)\b", match.group(0), re.I):
        before += match.group(0).split()[0] + " "
    return bool(STORY_WEEKDAY_BEFORE.search(before) or STORY_WEEKDAY_AFTER.match(sentence, match.end())
                or (_THE_BEFORE.search(before) and STORY_WEEKDAY_COUNTED.match(sentence, match.end())))


def _as_mid_sentence(when: str) -> str:
    """'On Friday' at a sentence's start is written 'on Friday', as it is inside one: one day, one way ('Last week' →
    'last week'); a month or weekday keeps its capital."""
    first = when.split()[0].lower().rstrip(".,")
    if first in MONTHS or first in WEEKDAYS or not when[:1].isupper():
        return when
    return when[:1].lower() + when[1:]


def _sort_key(event: TimelineEvent, index: int, days: int, rank: int) -> tuple[int, str, int, int, int]:
    """Resolved dates first, in time order; then the unresolved ones, from the furthest back ("last year") to the
    furthest ahead ("in the coming weeks"), by their weekday_ranks where they point alike, then in the article's
    order."""
    return (0, event.date, 0, 0, index) if event.date else (1, "", days, rank, index)


# A weekday named alone ("on Tuesday", "Wednesday"), which news uses for a day of the week around the story's own
# ("last Tuesday", "next Friday" are a week further off and keep the article's order).
_PLAIN_WEEKDAY = re.compile(rf"^(?:(?:on|since|until|by)\s+)?({WEEKDAY_NAMES})$", re.IGNORECASE)
# Days that come after every weekday of the past week the story names: its last day before the article's.
AFTER_THE_NAMED_WEEKDAYS = frozenset({"yesterday"})


def weekday_ranks(whens: list[tuple[str, int]]) -> list[int]:
    """Per unresolved date (its words, its rough days from the article): its place in the week the story's weekdays
    span, when no date says which week that is. The weekdays told in the past (or the future) are taken to lie within
    one week, whose first day follows the widest gap between them: "Sunday", "Tuesday" and "Wednesday" are Sunday,
    then Tuesday, then Wednesday, whatever order the article tells them in. Two gaps of equal width leave no one such
    week: the article's order stands (rank 0), as it does for every other date."""
    ranks = [0] * len(whens)
    for side in (-1, 1):  # (the past week, the coming one: approximate_days' day either side of the article's)
        named = {n: WEEKDAYS.index(m.group(1).lower()) for n, (when, days) in enumerate(whens)
                 if days == side and (m := _PLAIN_WEEKDAY.match(when))}
        days_named = sorted(set(named.values()))
        if len(days_named) < 2:
            continue
        gaps = [(days_named[(k + 1) % len(days_named)] - day) % 7 or 7 for k, day in enumerate(days_named)]
        if gaps.count(max(gaps)) > 1:
            continue
        first = days_named[(gaps.index(max(gaps)) + 1) % len(days_named)]
        for n, day in named.items():
            ranks[n] = 1 + (day - first) % 7
    return [8 if days == -1 and when.lower() in AFTER_THE_NAMED_WEEKDAYS else rank
            for (when, days), rank in zip(whens, ranks)]


_PREPOSITION = re.compile(r"^(?:on|from|since|until|by)\s+", re.IGNORECASE)


def _same_day_key(sentence_number: int, when: str, date: str | None) -> tuple[int, str]:
    """'from Friday' and 'as of Friday' in one sentence are one day: one event."""
    return sentence_number, date or _PREPOSITION.sub("", when).lower()


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether start:end overlaps a span of `taken` (sorted, none overlapping, so the last one starting before `end`
    also ends last): a look-up, where testing every span was quadratic in the dates of a sentence."""
    index = bisect_left(taken, (end,)) - 1
    return index >= 0 and start < taken[index][1]


def extract_timeline(article: Article) -> tuple[TimelineEvent, ...]:
    """Return dated events sorted by time; unresolved relative dates keep their text and come last (see _sort_key)."""
    ref = reference_date(article)
    stated = stated_years(p.text for p in article.paragraphs)
    events: list[TimelineEvent] = []
    starts: list[tuple[int, int]] = []
    sentence_number = 0
    seen: set[tuple[str, str]] = set()
    same_day: set[tuple[int, str]] = set()
    told_by_event: dict[str, str] = {}  # each event's text without its speaker's name
    sentence_texts: dict[int, str] = {}  # the sentences that gave an event, by number
    days_from_article: dict[tuple[str, str], int] = {}  # for unresolved dates: roughly how far back or ahead
    turns = transcript_turns(article.paragraphs)
    asking = interviewers(turns)
    answers = {index: (speaker_name(label), text) for index, label, text in turns if label not in asking}
    questions = glued_question_turns([p.text for p in article.paragraphs])  # (the interviewer's: "QLast October, …")
    questions |= {index for index, label, _text in turns if label in asking}  # ("Q: You said yesterday, …": it asks)
    for index, paragraph in enumerate(article.paragraphs):
        if paragraph.kind not in ("text", "quote", "list") or is_embedded_post(paragraph.text) or index in questions:
            continue  # (an embedded post's date is its posting's; the article tells the event in its own words)
        # an interview's answer: its events are told by the one answering ("Tina McKenzie: Then in 2006 we …")
        speaker, text = answers.get(index, (None, paragraph.text))
        carried: str | None = None  # a quotation an earlier sentence of the paragraph left open
        opened_at: int | None = None  # the index of the sentence that opened it
        sentences = with_attributions(split_sentences(text))  # ('“Not fit!”' + 'Trump tweeted Monday.': one sentence)
        for number, sentence in enumerate(sentences, 1):
            sentence_number += 1
            open_before, carried = carried, open_quote(sentence, carried)
            quote_from, opened_at = opened_at, (opened_at if open_before else number - 1) if carried else None
            if not _MAYBE_DATE.search(sentence) or _CITATION.match(sentence) or asks(sentence) \
                    or reader_prompt(sentence) or page_furniture(sentence):
                continue  # (a prompt to the reader: "Tune in tonight …", "This is HuffPollster for Monday, May 2")
            if sentence.endswith(":"):
                continue  # a list's or a quotation's introduction ("On July 6 she made this statement:"): what
                # follows it is the news, and it is told there
            if number < len(sentences) and not has_full_stop(sentence):
                continue  # a photo caption run into the prose ("… on Monday A Texas teacher has been …")
            if speaker is None and _unnamed_voice(sentence, text):
                continue  # someone's words with no one named: "'We really have to concentrate …", "I was slow today"
            taken: list[tuple[int, int]] = []  # the spans of the dates found, in order, none overlapping
            for rule, match in date_matches(sentence):
                if _overlaps(taken, match.start(), match.end()):
                    continue
                insort(taken, (match.start(), match.end()))
                if not _is_event_date(sentence, match, rule, open_before):
                    continue
                when = _as_mid_sentence(match.group(0).strip())
                tense = date_tense(sentence, match)  # True: to come, False: gone by, None: no verb tells
                if rule.name in OCCASION_RULES and (
                        tense is not False or occasion_place(sentence, *match.span()) is None):
                    continue  # (an occasion's year dates only what happened there, told in the past)
                future = tense is True
                date = rule.resolve(match, ref, tense)
                if rule.name in RESTATED_DAY_RULES:  # ("after Sept. 11" in an article that names "9/11")
                    date = restated_day(match, stated, tense, ref) or date
                if projected_date(sentence, date, ref):
                    continue  # (the year an estimate is about: "projects the deficit will pass $1 trillion by 2026")
                key = _same_day_key(sentence_number, when, date)
                if key in same_day:
                    continue
                same_day.add(key)
                part, at = own_sentence(sentence, match)
                if part == sentence.strip():
                    part, ahead, mark = with_quotation(sentences, quote_from, number, part, open_before)
                    told = event_text(part, at + ahead, mark)
                else:
                    told = event_text(part, at, open_before)
                if not _tells_something(told, match.group(0)) or not may_have_a_verb(part) or breaks_off(part):
                    continue  # (no verb, no event: "Bush in 2000 and, Romney in 08.", "Then in 2010 we just ...")
                event = f"{speaker}: {told}" if speaker else told
                if (when.lower(), event) in seen:
                    continue
                seen.add((when.lower(), event))
                events.append(TimelineEvent(when=when, date=date, event=event))
                told_by_event[event] = told
                days_from_article[when, event] = 0 if date else approximate_days(rule, match, future)
                starts.append((sentence_number, match.start()))
                sentence_texts[sentence_number] = sentence
    kept = one_per_sentence_story(events, starts, told_by_event, sentence_texts)
    events, starts = [events[n] for n in kept], [starts[n] for n in kept]
    events = _one_per_event(events, starts, sentence_texts)
    events = one_per_story(events, [told_by_event[e.event] for e in events],
                           [_same_day_key(0, e.when, e.date)[1] for e in events])
    days = [days_from_article[e.when, e.event] for e in events]
    ranks = weekday_ranks([(e.when, d) for e, d in zip(events, days)])
    order = sorted(range(len(events)), key=lambda i: _sort_key(events[i], i, days[i], ranks[i]))
    return tuple(events[i] for i in order)
