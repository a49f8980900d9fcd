"""Find dated events in an article and resolve relative dates against the article's date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from briefgen.extract.sentences import split_sentences
from briefgen.model import Article, TimelineEvent
from briefgen.readers.dateline import strip_dateline

MONTHS = {name: number for number, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
MONTHS.update({name[:3]: number for name, number in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_MONTH = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d|,\d)"  # a comma after the year ends a clause ("in March 2024, the court"); "2,019" is no year
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_FUTURE = re.compile(r"\b(?:will|next|expected|scheduled|due|set to|plans?|coming|upcoming|(?:is|are) to)\b", re.I)
# How far from a date a future word counts ("On Wednesday, he and his father are to travel"; not a "will" in a
# quotation at the end of a long sentence whose verb near the date is past: "Wednesday, Sunak defended …").
FUTURE_WINDOW = 50  # characters either side

Resolver = Callable[[re.Match[str], "dt.date | None", bool], "str | None"]


@dataclass(frozen=True, slots=True)
class DateRule:
    """A named date expression and how to turn it into YYYY, YYYY-MM or YYYY-MM-DD."""

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    relative: bool  # needs the article's date


def _month(match: re.Match[str]) -> int:
    return MONTHS[match.group("month").lower().rstrip(".")]


def _safe_date(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _full(match: re.Match[str], ref: dt.date | None, future: bool) -> str | None:
    return _safe_date(int(match.group("year")), _month(match), int(match.group("day")))


def _month_year(match: re.Match[str], ref: dt.date | None, future: bool) -> str | None:
    return f"{int(match.group('year')):04d}-{_month(match):02d}"


def _year(match: re.Match[str], ref: dt.date | None, future: bool) -> str | None:
    return match.group("year")


def _month_day(match: re.Match[str], ref: dt.date | None, future: bool) -> str | None:
    """'February 18' takes the article's year, or the next/previous one when that is closer."""
    if ref is None:
        return None
    month, day = _month(match), int(match.group("day"))
    candidates = [_safe_date(ref.year + delta, month, day) for delta in (-1, 0, 1)]
    valid = [dt.date.fromisoformat(c) for c in candidates if c]
    if not valid:
        return None
    return min(valid, key=lambda d: abs((d - ref).days)).isoformat()


def _weekday(match: re.Match[str], ref: dt.date | None, future: bool) -> str | None:
    """'on Tuesday': the last such day up to the article's date, or the next one for future tense."""
    if ref is None:
        return None
    target = WEEKDAYS.index(match.group("weekday").lower())
    delta = (ref.weekday() - target) % 7
    if future and delta:
        return (ref + dt.timedelta(days=7 - delta)).isoformat()
    return (ref - dt.timedelta(days=delta)).isoformat()


_DAY_OFFSETS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}


def _deictic_day(match: re.Match[str], ref: dt.date | None, future: bool) -> str | None:
    if ref is None:
        return None
    return (ref + dt.timedelta(days=_DAY_OFFSETS[match.group("word").lower()])).isoformat()


def _shift_month(ref: dt.date, months: int) -> str:
    index = ref.year * 12 + ref.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _relative_period(match: re.Match[str], ref: dt.date | None, future: bool) -> str | None:
    """'last week', 'next month', 'this year', 'earlier this month' → the period's date."""
    if ref is None:
        return None
    which, unit = match.group("which").lower(), match.group("unit").lower()
    step = {"last": -1, "past": -1, "next": 1, "this": 0, "earlier this": 0, "later this": 0}[which]
    if unit == "week":
        return (ref + dt.timedelta(days=7 * step)).isoformat()
    if unit == "month":
        return _shift_month(ref, step)
    return str(ref.year + step)


def _ago(match: re.Match[str], ref: dt.date | None, future: bool) -> str | None:
    if ref is None:
        return None
    words = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9, "ten": 10}
    raw = match.group("n").lower()
    n = int(raw) if raw.isdigit() else words[raw]
    unit = match.group("unit").lower().rstrip("s")
    if unit == "day":
        return (ref - dt.timedelta(days=n)).isoformat()
    if unit == "week":
        return (ref - dt.timedelta(weeks=n)).isoformat()
    if unit == "month":
        return _shift_month(ref, -n)
    return str(ref.year - n)


def _coming(match: re.Match[str], ref: dt.date | None, future: bool) -> str | None:
    """'in the coming weeks' → the month two weeks on; 'in the coming months' → the year."""
    if ref is None:
        return None
    unit = match.group("unit").lower()
    if unit == "days":
        return (ref + dt.timedelta(days=3)).isoformat()[:7]
    if unit == "weeks":
        return (ref + dt.timedelta(days=14)).isoformat()[:7]
    return str(ref.year)


def _iso(match: re.Match[str], ref: dt.date | None, future: bool) -> str | None:
    return _safe_date(int(match.group("year")), int(match.group("m")), int(match.group("d")))


# Order matters: longer expressions first, and a span taken by one rule is not matched again.
DATE_RULES: tuple[DateRule, ...] = (
    DateRule("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"), _iso, False),
    DateRule("month-day-year", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}"), _full, False),
    DateRule("day-month-year", re.compile(rf"\b{_DAY}\s+{_MONTH}\s+{_YEAR}"), _full, False),
    DateRule("month-year", re.compile(rf"\b(?:(?:early|mid|late)-?\s?)?{_MONTH}\s+(?:of\s+)?{_YEAR}"), _month_year,
             False),
    DateRule("month-day", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!,?\s+(?:19|20)\d\d)(?![\d%])"), _month_day, True),
    DateRule("day-month", re.compile(rf"\b{_DAY}\s+{_MONTH}(?!\s+(?:19|20)\d\d)"), _month_day, True),
    DateRule("weekday", re.compile(rf"\b(?:(?:on|last|this|next|since|until|by|from)\s+)?{_WEEKDAY}\b"), _weekday,
             True),
    # (not a web address: "today.kz", "Russia Today" in lower case stays a risk)
    DateRule("deictic-day", re.compile(r"\b(?P<word>today|yesterday|tomorrow|tonight)\b(?!\.\w)", re.I), _deictic_day, True),
    DateRule("relative-period", re.compile(
        r"\b(?P<which>last|past|next|earlier this|later this|this)\s+(?P<unit>week|month|year)\b", re.I),
        _relative_period, True),
    DateRule("ago", re.compile(
        r"\b(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>days?|weeks?|months?|"
        r"years?)\s+ago\b", re.I), _ago, True),
    DateRule("coming", re.compile(r"\bin the (?:coming|next few|next)\s+(?P<unit>days|weeks|months)\b", re.I),
             _coming, True),
    DateRule("year", re.compile(rf"\b(?:in|since|by|until|from|during|early|late|mid-|before|after)\s+{_YEAR}\b"),
             _year, False),
)

# Cheap first look: a sentence without a digit or a time word cannot hold a date.
_MAYBE_DATE = re.compile(r"\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)|"
                         r"\b(?:today|yesterday|tomorrow|tonight|weeks?|months?|years?|days?|ago)\b", re.IGNORECASE)
# A comma between digits is a thousands separator ("422,000 euros"), not the end of a clause.
_SEGMENT = re.compile(r"(?:[^,;—–]|(?<=\d),(?=\d{3}))+(?:[,;]|\s[—–]\s|$)")
_ATTRIBUTION = re.compile(r",?\s*(?:\w+\s){0,4}(?:said|says|told \w+|according to [^,]+)\s*[.,]?$")
# A part that starts with a quote mark, a participle, a relative pronoun or any lower-case word other
# than a determiner or pronoun ("had been denied visas …") leans on the part before it.
_LEANING = re.compile(r"^(?:[\"“”'\d]|(?!(?:the|a|an|this|that|these|those|his|her|its|their|he|she|it|they|we|"
                      r"some|many|most|all|both|no)\b)[a-z])")  # (a figure too: "6-3, 6-1 by Lauren Davis on Wednesday")
# Reference lists and category lines carry dates that are not events of the story.
_CITATION = re.compile(r"^(?:[\"“][^\"”]{3,}[\"”]\s*[—–-]|Categories:|Sources?:|Retrieved\b|Archived\b)")
MIN_EVENT_WORDS = 8
MAX_EVENT_WORDS = 30


def _event_text(sentence: str, start: int, end: int) -> str:
    """The event a date belongs to, as one line: the sentence when it is short, else the comma-separated
    part holding the date, widened to its neighbours until it says something."""
    if len(sentence.split()) <= MAX_EVENT_WORDS:
        return sentence  # short enough to be the event as written
    spans = [(m.start(), m.end()) for m in _SEGMENT.finditer(sentence) if m.group(0).strip()]
    here = next((i for i, (s, e) in enumerate(spans) if s <= start < e), 0) if spans else 0
    low = high = here
    def words(lo: int, hi: int) -> int:
        return len(sentence[spans[lo][0]: spans[hi][1]].split()) if spans else len(sentence.split())
    while spans and words(low, high) < MIN_EVENT_WORDS and (low > 0 or high < len(spans) - 1):
        if low > 0:
            low -= 1
        if words(low, high) < MIN_EVENT_WORDS and high < len(spans) - 1:
            high += 1
    # A participle or an apposition ("telling Axios on Tuesday…") leans on the clause before it.
    while spans and low > 0 and _LEANING.match(sentence[spans[low][0]:].lstrip()):
        low -= 1
    clause = sentence[spans[low][0]: spans[high][1]] if spans else sentence
    clause = _ATTRIBUTION.sub("", strip_dateline(clause.strip())).strip().rstrip(",;:—– ")
    tokens = clause.split()
    if len(tokens) > MAX_EVENT_WORDS:
        clause = " ".join(tokens[:MAX_EVENT_WORDS]) + " …"
    clause = clause[:1].upper() + clause[1:]
    return clause if clause.endswith((".", "!", "?", "…", '"', "”")) else clause + "."


def reference_date(article: Article) -> dt.date | None:
    """The date relative expressions resolve against: only a date the source states.

    A date taken from the file's modification time (date_origin == "file") says when the file was
    saved, which can be days or years after publication; resolving "on Tuesday" against it would
    print a confident wrong date, so such articles keep relative dates as written (date None).
    """
    if article.date is None or article.date_origin != "source":
        return None
    try:
        return dt.date.fromisoformat(article.date[:10])
    except ValueError:
        return None


def _inside_quotation(sentence: str, start: int) -> bool:
    """True when `start` lies inside a quotation the sentence opens: a relative date there ("today's game") counts
    from the day the words were said, which the article does not give."""
    before = sentence[:start]
    doubled = before.count("''")  # two apostrophes: the quotation marks of some papers' archives ("''makes me smart''")
    return (before.replace("''", "").count('"') % 2 == 1 or before.count("“") > before.count("”")
            or doubled % 2 == 1)


def _one_per_event(events: list[TimelineEvent], starts: list[tuple[int, int]]) -> list[TimelineEvent]:
    """One entry per event text, dated by the first date its sentence gives: "announced Tuesday that … this year"
    is Tuesday's; "a system backed in September 2021 …, which the Home Office today rejects" is September 2021's
    (`starts`: each event's sentence and the date's place in it)."""
    first: dict[str, int] = {}
    for n, event in enumerate(events):
        if event.event not in first or starts[n] < starts[first[event.event]]:
            first[event.event] = n
    return [e for n, e in enumerate(events) if first[e.event] == n]


def _sort_key(event: TimelineEvent, index: int) -> tuple[int, str, int]:
    return (0, event.date, index) if event.date else (1, "", index)


def extract_timeline(article: Article) -> tuple[TimelineEvent, ...]:
    """Return dated events sorted by time; unresolved relative dates keep their text and come last."""
    ref = reference_date(article)
    events: list[TimelineEvent] = []
    starts: list[tuple[int, int]] = []
    sentence_number = 0
    seen: set[tuple[str, str]] = set()
    for paragraph in article.paragraphs:
        if paragraph.kind not in ("text", "quote", "list"):
            continue
        for sentence in split_sentences(paragraph.text):
            sentence_number += 1
            if not _MAYBE_DATE.search(sentence) or _CITATION.match(sentence):
                continue
            taken: list[tuple[int, int]] = []
            for rule in DATE_RULES:
                for match in rule.pattern.finditer(sentence):
                    if any(s < match.end() and match.start() < e for s, e in taken):
                        continue
                    taken.append((match.start(), match.end()))
                    if rule.relative and _inside_quotation(sentence, match.start()):
                        continue
                    when = match.group(0).strip()
                    near = sentence[max(0, match.start() - FUTURE_WINDOW): match.end() + FUTURE_WINDOW]
                    date = rule.resolve(match, ref, bool(_FUTURE.search(near)))
                    event = _event_text(sentence, match.start(), match.end())
                    if (when.lower(), event) in seen:
                        continue
                    seen.add((when.lower(), event))
                    events.append(TimelineEvent(when=when, date=date, event=event))
                    starts.append((sentence_number, match.start()))
    events = _one_per_event(events, starts)
    order = sorted(range(len(events)), key=lambda i: _sort_key(events[i], i))
    return tuple(events[i] for i in order)
