"""Date expressions as data: each a named pattern and how it resolves against the article's date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

MONTHS = {name: number for number, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
MONTHS.update({name[:3]: number for name, number in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# The names as regular-expression alternatives, for every module that spells a date: "May" has no abbreviation.
MONTH_NAMES = "|".join(name.capitalize() for name in list(MONTHS)[:12])
MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
WEEKDAY_NAMES = "|".join(name.capitalize() for name in WEEKDAYS)

_MONTH = rf"(?P<month>{MONTH_NAMES}|(?:{MONTH_ABBREVIATIONS})\.)"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d|,\d)"  # a comma after the year ends a clause ("in March 2024, the court"); "2,019" is no year
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_WEEKDAY = rf"(?P<weekday>{WEEKDAY_NAMES})"

# Past-tense verbs, by form ("-ed") or by name: the tense that dates a weekday or "today" as gone.
_PAST_IRREGULAR = ("was|were|did|had|said|told|gave|took|made|went|came|found|met|began|held|won|lost|left|sent|got|"
                   "saw|spoke|wrote|ran|led|fell|rose|struck|brought|bought|sold|paid|put|set|hit|shot|flew|broke|chose|"
                   "drove|ate|fought|heard|kept|knew|laid|meant|sat|stood|thought|threw|wore|became|won")
_NOT_PAST = "hundred|indeed|need|speed|seed|feed|breed|proceed|succeed|exceed|greed|creed|embed|shed|bed|red"
PAST_TENSE = re.compile(rf"\b(?:{_PAST_IRREGULAR}|(?!(?:{_NOT_PAST})\b)[a-z]{{2,}}ed)\b")

# A weekday and a time of day in Title Case name a show: "Saturday Night Live", "Sunday Morning Futures" ("Saturday
# night" is a time).
TITLE_CASE_TIME = re.compile(r"\s+(?:Night|Morning|Evening|Afternoon)\b")
# Newspapers named for a day: "The Sunday Times", "the Sunday Telegraph", "The Mail on Sunday" (the weekday is no date).
DAY_PAPER_HEADS = ("Times", "Telegraph", "Mirror", "Express", "People", "Post", "Herald", "Independent", "Age",
                   "Star", "Tribune", "Mail", "Sport", "Observer")
DAY_PAPER_AFTER = re.compile(rf"\s+(?:{'|'.join(DAY_PAPER_HEADS)})\b")
DAY_PAPER_BEFORE = re.compile(r"\bMail\s+$")  # before the match's "on Sunday"
# A weekday of the story's own time, not the article's ("One Sunday in late 2001, …", "on the last Friday in August",
# "the first Tuesday in November"): no date the article's can resolve, so it dates nothing. (Not "that": "said that
# Monday's attack …" is a complementizer; not "the next Tuesday", which counts from the story's last day and, in a
# report filed just after it, mostly from the article's.)
STORY_WEEKDAY_BEFORE = re.compile(r"\b(?:one|the\s+(?:first|second|third|fourth|last))\s+$", re.IGNORECASE)
STORY_WEEKDAY_AFTER = re.compile(r"s?\s+(?:in|of)\s+(?:(?:late|early|mid)[\s-]+)?(?:{month}|(?:19|20)\d\d)\b".format(
    month=_MONTH.replace("?P<month>", "")))
# "the Wednesday after the caucus", "the Friday before the vote" (with "the" before the day): a day counted from another
# event, not the article.
STORY_WEEKDAY_COUNTED = re.compile(r"\s+(?:after|before|following)\b")
# A weekday with its own date after it ("go on sale Friday, Dec. 6", "on Sunday, October 13th, 2019", "Monday night
# (Nov. 18)"): the date says which day it is, the weekday adds nothing (read alone, "Friday" was the last one).
WEEKDAY_DATE_AFTER = re.compile(r"(?:\s+(?:night|morning|evening|afternoon))?,?\s*\(?(?:{month}\s+{day}|{day}\s+{month})\b".format(
    month=_MONTH.replace("?P<month>", ""), day=_DAY.replace("?P<day>", "")))

# A year before one of these nouns is a measure's baseline, not a day something happened: "80 percent below 2005
# levels", "in 2010 dollars", "from 2019 prices". (Looked for after the year rules' year.)
YEAR_BASELINE_NOUNS = ("levels", "level", "prices", "dollars", "values", "baseline", "baselines")
_NOT_A_BASELINE = rf"(?!\s+(?:{'|'.join(YEAR_BASELINE_NOUNS)})\b)"
# A change measured against a time ("down 10 percent from a year ago", "earnings dropped sharply from last year", "up
# from $38,373 a year ago", "a slightly higher share than four years ago"): the figure is today's, the time a baseline.
# (Not "more than a year ago", "less than two weeks ago": a count of time. "from eight years ago" alone is a source.)
CHANGE_WORDS = ("up", "down", "rose", "risen", "fell", "fallen", "dropped", "declined", "climbed", "jumped",
                "increased", "decreased", "slipped", "plunged", "sharply", "slightly", "percent", "points", "higher",
                "lower")
BASELINE_BEFORE = re.compile(rf"\b(?:{'|'.join(CHANGE_WORDS)})\b[^.;,]{{0,25}}?\b(?:from|than)\s+"
                             r"(?:[$€£]?\d[\d.,]*\s*(?:million|billion|percent|%)?\s+)?$", re.IGNORECASE)
# A record measured since a time ("the first time since 1993", "its largest majority since 1928", "the most significant
# dissent since 1976", "higher than in any year since 2004", "levels not seen since 2007"): the record is today's, the
# time only where the count starts, and no event of its own. (Not "has held the seat since 2001": a span that starts;
# nor "most of them have lived here since 1990".)
RECORD_WORDS = ("first", "only", "highest", "lowest", "largest", "biggest", "smallest", "best", "worst", "most",
                "least", "longest", "shortest", "strongest", "weakest", "fastest", "slowest", "greatest", "deadliest",
                "warmest", "coldest", "wettest", "driest", "hottest")
RECORD_BEFORE = re.compile(rf"(?:\b(?:{'|'.join(RECORD_WORDS)})\b(?!\s+of\b)[^.;,—–]{{0,50}}?|"
                           r"\bthan\s+(?:in\s+)?any\b[^.;,]{0,30}?|\bnot\s+(?:been\s+)?seen\s+)\bsince\s+$",
                           re.IGNORECASE)

# A sentence that opens on a year with "Since" and tells a record right after it ("Since 1972, only three elections
# have …", "Since 1976, just one candidate has …"): the year is where the count starts (as RECORD_BEFORE finds it
# before a "since"), no event. (Only where the sentence opens: "has held the seat since 2001, the first …" is a span.)
RECORD_AFTER_OPENING_SINCE = re.compile(rf",?\s+(?:\w+\s+){{0,2}}(?:{'|'.join(RECORD_WORDS)}|just)\b(?!\s+of\b)",
                                        re.IGNORECASE)

# (match, the article's date, the tense around the date: True to come, False gone by, None when no verb tells)
Resolver = Callable[[re.Match[str], "dt.date | None", "bool | None"], "str | None"]


@dataclass(frozen=True, slots=True)
class DateRule:
    """A named date expression and how to turn it into YYYY, YYYY-MM or YYYY-MM-DD."""

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    relative: bool  # needs the article's date


def _month(match: re.Match[str]) -> int:
    return MONTHS[match.group("month").lower().rstrip(".")]


def safe_date(year: int, month: int, day: int) -> str | None:
    """The day's ISO date, or None when there is no such day ("Feb. 30")."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _full(match: re.Match[str], ref: dt.date | None, tense: bool | None) -> str | None:
    return safe_date(int(match.group("year")), _month(match), int(match.group("day")))


def _month_year(match: re.Match[str], ref: dt.date | None, tense: bool | None) -> str | None:
    return f"{int(match.group('year')):04d}-{_month(match):02d}"


def _year(match: re.Match[str], ref: dt.date | None, tense: bool | None) -> str | None:
    return match.group("year")


# A month's day told in the future that lies more than this many days before the article, in the closest year, is the
# next year's; one told in the past that lies more than this many days after it, the year before's (see _month_day).
FUTURE_GRACE_DAYS = 31


# Days that name one event of one year, read from the noun after them: "the Sept. 11 attacks" are 2001's, whatever the
# article's year ("the Sept. 11 memorial ceremony" is not: it is held every year). (name, year, month, day, noun after)
NAMED_EVENT_DAYS: tuple[tuple[str, int, int, int, re.Pattern[str]], ...] = (
    ("sept-11-attacks", 2001, 9, 11, re.compile(r"(?:th)?,?\s+(?:(?:terror(?:ist)?|terror-related)\s+)?"
                                                r"(?:attacks?|hijack(?:ers|ings?)|terrorists?|commission)\b",
                                                re.IGNORECASE)),
)


def month_day_of(match: re.Match[str]) -> tuple[int, int]:
    """A month-and-day match's (month, day)."""
    return _month(match), int(match.group("day"))


def named_event_day(match: re.Match[str]) -> str | None:
    """The date of a NAMED_EVENT_DAYS day ("Sept. 11 attacks" → 2001-09-11), else None."""
    month, day = month_day_of(match)
    for _name, year, named_month, named_day, after in NAMED_EVENT_DAYS:
        if (month, day) == (named_month, named_day) and after.match(match.string, match.end()):
            return safe_date(year, month, day)
    return None


def _month_day(match: re.Match[str], ref: dt.date | None, tense: bool | None) -> str | None:
    """'February 18' takes the article's year, or the next/previous one when that is closer; a day that names one event
    has that event's year (NAMED_EVENT_DAYS). The tense corrects the year, both ways, by FUTURE_GRACE_DAYS: a day told
    in the future that lies further back is the next year's ("the band will play Shoreline on Sept. 12", in a November
    article), one told in the past that lies further ahead the year before's ("He was arrested in April for the March
    21 call", in a November article); nearer, the tense may be a plan that has passed ("the verdict was expected on
    Nov. 10") or a day just ahead misdated, likelier than a year off."""
    named = named_event_day(match)
    if named is not None:
        return named
    if ref is None:
        return None
    month, day = month_day_of(match)
    candidates = [safe_date(ref.year + delta, month, day) for delta in (-1, 0, 1)]
    valid = [dt.date.fromisoformat(c) for c in candidates if c]
    if not valid:
        return None
    closest = min(valid, key=lambda d: abs((d - ref).days))
    if tense is True and (ref - closest).days > FUTURE_GRACE_DAYS:
        closest = min((d for d in valid if d >= ref), default=closest)
    elif tense is False and (closest - ref).days > FUTURE_GRACE_DAYS:
        closest = max((d for d in valid if d <= ref), default=closest)
    return closest.isoformat()


# A weekday with one of these words before it, named on that same weekday, lies that many days off: "last Tuesday" in a
# Tuesday's article is a week back, "next Tuesday" a week on ("on Tuesday", "this Tuesday" are the day itself).
SAME_WEEKDAY_SHIFTS = {"last": -7, "next": 7}


def _weekday(match: re.Match[str], ref: dt.date | None, tense: bool | None) -> str | None:
    """'on Tuesday': the last such day up to the article's date, or the next one for future tense; the article's own
    weekday is its date, a week off with "last" or "next" (SAME_WEEKDAY_SHIFTS)."""
    if ref is None:
        return None
    target = WEEKDAYS.index(match.group("weekday").lower())
    delta = (ref.weekday() - target) % 7
    if not delta:
        return (ref + dt.timedelta(days=SAME_WEEKDAY_SHIFTS.get(match.group(0).split()[0].lower(), 0))).isoformat()
    if tense is True:
        return (ref + dt.timedelta(days=7 - delta)).isoformat()
    return (ref - dt.timedelta(days=delta)).isoformat()


_DAY_OFFSETS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}


def _deictic_day(match: re.Match[str], ref: dt.date | None, tense: bool | None) -> str | None:
    if ref is None:
        return None
    return (ref + dt.timedelta(days=_DAY_OFFSETS[match.group("word").lower()])).isoformat()


def _shift_month(ref: dt.date, months: int) -> str:
    index = ref.year * 12 + ref.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _week(ref: dt.date, step: int) -> str | None:
    """A week names no one day ("The boy brought the clock to school last week" was its Monday; ref - 7 days printed
    a Tuesday the article never names): the month its Monday-to-Sunday lies in, else the year, else no date."""
    monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=step)
    sunday = monday + dt.timedelta(days=6)
    if (monday.year, monday.month) == (sunday.year, sunday.month):
        return f"{monday.year}-{monday.month:02d}"
    return str(monday.year) if monday.year == sunday.year else None


def _relative_period(match: re.Match[str], ref: dt.date | None, tense: bool | None) -> str | None:
    """'last week', 'next month', 'this year', 'earlier this month' → the period's date."""
    if ref is None:
        return None
    which, unit = match.group("which").lower(), match.group("unit").lower()
    step = {"last": -1, "past": -1, "next": 1, "this": 0, "earlier this": 0, "later this": 0}[which]
    if unit == "week":
        return _week(ref, step)
    if unit == "month":
        return _shift_month(ref, step)
    return str(ref.year + step)


# Counts written in words, as data: "three weeks ago", "twenty-two years ago".
NUMBER_WORDS = {word: n for n, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen".split())}
NUMBER_WORDS.update({"a": 1, "an": 1})
TENS_WORDS = {word: 10 * n for n, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
_UNITS = "|".join(w for w in NUMBER_WORDS if NUMBER_WORDS[w] and w not in ("a", "an") and NUMBER_WORDS[w] < 10)
_COUNT = (rf"(?:{'|'.join(TENS_WORDS)})(?:[-\s](?:{_UNITS}))?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
          + r"|\d{1,3}")


def _count(words: str) -> int:
    """'22', 'twenty-two', 'three', 'a' → the number."""
    if words.isdigit():
        return int(words)
    parts = re.split(r"[-\s]", words.lower())
    return sum(TENS_WORDS.get(p, NUMBER_WORDS.get(p, 0)) for p in parts)


def _ago(match: re.Match[str], ref: dt.date | None, tense: bool | None) -> str | None:
    if ref is None:
        return None
    n = _count(match.group("n"))
    unit = match.group("unit").lower().rstrip("s")
    if unit == "day":
        return (ref - dt.timedelta(days=n)).isoformat()
    if unit == "week":
        return (ref - dt.timedelta(weeks=n)).isoformat()
    if unit == "month":
        return _shift_month(ref, -n)
    return str(ref.year - n)


def _coming(match: re.Match[str], ref: dt.date | None, tense: bool | None) -> str | None:
    """'in the coming weeks' → the month two weeks on; 'in the coming months' → the year."""
    if ref is None:
        return None
    unit = match.group("unit").lower()
    if unit == "days":
        return (ref + dt.timedelta(days=3)).isoformat()[:7]
    if unit == "weeks":
        return (ref + dt.timedelta(days=14)).isoformat()[:7]
    return str(ref.year)


def _iso(match: re.Match[str], ref: dt.date | None, tense: bool | None) -> str | None:
    return safe_date(int(match.group("year")), int(match.group("m")), int(match.group("d")))


# The words before a year that date something by it ("in 2014", "since 1993", "by 2030"). Capitalised, only where a
# sentence, clause or quotation opens ("In 2014, the mill closed."; "“In 2008, I was a delegate"), not inside a
# headline's Title Case ("Things Latinos Said In 2015", "A Beta Version Until 2020").
YEAR_PREPOSITIONS = ("in", "since", "by", "until", "from", "during", "early", "late", "mid-", "before", "after")
_YEAR_PREPOSITION_OPENING = rf"(?<![\w,] )\b(?:{'|'.join(w.capitalize() for w in YEAR_PREPOSITIONS)})"

# An occasion named with its year ("after the 2012 Summer Paralympics", "During the 2012 election, …", a sentence's opening
# "2002 World Cup, we won bronze."): the year dates what the sentence tells happened there (the timeline takes it only
# in the past tense, timeline_occasions). Nouns of one occasion, not of a span ("the 2016 campaign", "race", "crisis").
OCCASION_NOUNS = ("Olympics", "Paralympics", "Olympiad", "Games", "World Cup", "Cup", "Championship", "Championships",
                  "Grand Prix", "Marathon", "Super Bowl", "World Series", "Final", "Finals", "Hajj", "Summit", "Festival",
                  "Expo", "Convention", "convention", "election", "elections", "primary", "primaries", "caucus",
                  "caucuses", "midterms", "referendum", "debate", "attack", "attacks", "bombing", "bombings", "shooting",
                  "earthquake", "tsunami", "hurricane", "invasion", "coup", "massacre")
OCCASION_MODIFIERS = 3  # words between the year and the noun, at most ("the 2018 FIFA football World Cup")
_OCCASION = (rf"(?P<year>(?:19|20)\d\d)\s+(?:[\w'’.-]+\s+){{0,{OCCASION_MODIFIERS}}}?"
             rf"(?:{'|'.join(sorted(OCCASION_NOUNS, key=len, reverse=True))})\b")
OCCASION_PREPOSITIONS = ("at", "after", "during", "in", "before", "following")  # (not "of", "from": a source, a part)
# A noun after the occasion's that makes it a span: "the 2016 election year", "the 2008 election cycle".
_NOT_AN_OCCASION = r"(?![\w-])(?!\s+(?:year|cycle|season|campaign|contest|period)s?\b)"

# Order matters: longer expressions first, and a span taken by one rule is not matched again.
DATE_RULES: tuple[DateRule, ...] = (
    DateRule("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"), _iso, False),
    DateRule("month-day-year", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}"), _full, False),
    DateRule("day-month-year", re.compile(rf"\b{_DAY}\s+{_MONTH}\s+{_YEAR}"), _full, False),
    DateRule("month-year", re.compile(rf"\b(?:(?:early|mid|late)-?\s?)?{_MONTH}\s+(?:of\s+)?{_YEAR}{_NOT_A_BASELINE}"),
             _month_year, False),
    DateRule("month-day", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!,?\s+(?:19|20)\d\d)(?![\d%])"), _month_day, True),
    DateRule("day-month", re.compile(rf"\b{_DAY}\s+{_MONTH}(?!\s+(?:19|20)\d\d)"), _month_day, True),
    # (not a habit: "on a Monday", "every Friday")
    DateRule("weekday", re.compile(rf"(?<!\ba\s)(?<!\bevery\s)(?<!\beach\s)\b(?:(?i:on|last|this|next|since|until|by|"
                                   rf"from)\s+)?{_WEEKDAY}\b"), _weekday, True),
    # (not a web address: "today.kz", "Russia Today" in lower case stays a risk)
    DateRule("deictic-day", re.compile(r"\b(?P<word>today|yesterday|tomorrow|tonight)\b(?!\.\w)", re.I), _deictic_day, True),
    DateRule("relative-period", re.compile(
        r"\b(?P<which>last|past|next|earlier this|later this|this)\s+(?P<unit>week|month|year)\b", re.I),
        _relative_period, True),
    DateRule("ago", re.compile(
        rf"(?<![\w-])(?P<n>{_COUNT})\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b", re.I), _ago, True),
    DateRule("coming", re.compile(r"\bin the (?:coming|next few|next)\s+(?P<unit>days|weeks|months)\b", re.I),
             _coming, True),
    DateRule("year", re.compile(rf"(?:\b(?:{'|'.join(YEAR_PREPOSITIONS)})|{_YEAR_PREPOSITION_OPENING})\s+{_YEAR}\b"
                                rf"{_NOT_A_BASELINE}"), _year, False),
    DateRule("occasion-year", re.compile(rf"\b(?i:{'|'.join(OCCASION_PREPOSITIONS)})\s+the\s+{_OCCASION}{_NOT_AN_OCCASION}"),
             _year, False),
    DateRule("opening-occasion-year", re.compile(rf"(?:^|(?<=^[“\"‘])){_OCCASION}(?=,)"), _year, False),
)


@lru_cache(maxsize=64)
def date_matches(sentence: str) -> tuple[tuple[DateRule, re.Match[str]], ...]:
    """Every DATE_RULES match in the sentence, rule by rule in the table's order: found once for the timeline, its
    run-on ends (date_captions) and its clauses joined by "and" (event_text)."""
    return tuple((rule, m) for rule in DATE_RULES for m in rule.pattern.finditer(sentence))


def names_a_date(text: str) -> bool:
    """Whether any of DATE_RULES finds a date in `text`."""
    return any(rule.pattern.search(text) for rule in DATE_RULES)


# The rules whose dates lie years or months back, not on a day near the article's: a full date, a month, a year, and
# "ago" in months or years ("in 2014", "two years ago"; not "on Wednesday", "three days ago"). A speaker's past in
# their description (timeline_quotes) and a name's in its relative clause (event_relative) are told only by these.
PAST_DATE_RULES = ("iso", "month-day-year", "day-month-year", "month-year", "year", "ago")


def years_or_months_back(rule_name: str, unit: str | None) -> bool:
    """Whether a date of the rule named `rule_name` (`unit`: the "ago" rule's) is one of PAST_DATE_RULES, an "ago"
    only in months or years."""
    return rule_name in PAST_DATE_RULES and (rule_name != "ago" or (unit or "").lower().startswith(("month", "year")))


# Roughly how many days from the article's date a relative expression points, used only to order the events whose
# date could not be resolved (no date stated by the source): "last year" before "on Tuesday" before "in the coming
# weeks". Days of the story itself (a weekday, "February 18") count as the story's present.
_PERIOD_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
_PERIOD_STEP = {"last": -1, "past": -1, "next": 1, "this": 0, "earlier this": -1, "later this": 1}
_COMING_DAYS = {"days": 3, "weeks": 14, "months": 60}


def approximate_days(rule: DateRule, match: re.Match[str], future: bool) -> int:
    """Days from the article's date that a relative date points to, roughly (0 when it cannot tell)."""
    if rule.name == "weekday":
        return 1 if future else -1
    if rule.name == "deictic-day":
        return _DAY_OFFSETS[match.group("word").lower()]
    if rule.name == "relative-period":
        which, unit = match.group("which").lower(), match.group("unit").lower()
        step = _PERIOD_STEP[which]
        return step if which in ("earlier this", "later this") else step * _PERIOD_DAYS[unit]
    if rule.name == "ago":
        return -_count(match.group("n")) * _PERIOD_DAYS[match.group("unit").lower().rstrip("s")]
    if rule.name == "coming":
        return _COMING_DAYS[match.group("unit").lower()]
    return 0
