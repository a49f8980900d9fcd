"""A month's day named again without its year ("after Sept. 11"): the one year the article states it with, not near the
day's anniversary."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from briefgen.extract.date_rules import (
    DATE_RULES, FUTURE_GRACE_DAYS, NAMED_EVENT_DAYS, month_day_of, named_event_day, safe_date,
)

# A day of the month the article states once with its year ("on Sept. 11, 2012") has that year where the article names
# it again without one ("the Sept. 11 attack", "after Sept. 11"); "9/11" states 2001's Sept. 11 (a shorthand: name,
# pattern, year, month, day). Not a day kept every year ("the Sept. 11 memorial", ANNUAL_DAY_NOUNS) nor one told to
# come, and not a day the article states with two years.
RESTATED_DAY_RULES = ("month-day", "day-month")
YEAR_STATING_RULES = ("month-day-year", "day-month-year")
DAY_SHORTHANDS: tuple[tuple[str, re.Pattern[str], int, int, int], ...] = (
    ("nine-eleven", re.compile(r"(?<![\d/])9/11(?![\d/])"), 2001, 9, 11),
)
ANNUAL_DAY_NOUNS = ("memorial", "memorials", "anniversary", "ceremony", "ceremonies", "service", "services", "event",
                    "events", "commemoration", "commemorations", "observance", "remembrance", "tribute", "tributes",
                    "holiday", "parade", "vigil")
_ANNUAL_AFTER = re.compile(rf"(?:th)?['’]?s?,?\s+(?:\w+\s+)?(?:{'|'.join(ANNUAL_DAY_NOUNS)})\b", re.IGNORECASE)
_YEAR_STATING = tuple(rule for rule in DATE_RULES if rule.name in YEAR_STATING_RULES)
# Every _YEAR_STATING match holds a year (_YEAR): one search of a paragraph for it first, since most hold none.
_HAS_YEAR = re.compile(r"(?:19|20)\d\d")
# A day of one event (NAMED_EVENT_DAYS, DAY_SHORTHANDS) named bare, without the event's noun, in an article dated within
# FUTURE_GRACE_DAYS of that day in its own year is most likely that year's, the anniversary ("On Sept. 11, crowds
# gathered at the site", in a Sept. 12 article), not the event's.
_EVENT_DAYS = frozenset({(month, day) for _n, _y, month, day, _a in NAMED_EVENT_DAYS}
                        | {(month, day) for _n, _p, _y, month, day in DAY_SHORTHANDS})


def _anniversary(match: re.Match[str], ref: dt.date) -> bool:
    month, day = month_day_of(match)
    if (month, day) not in _EVENT_DAYS or named_event_day(match) is not None:
        return False
    return any(abs((dt.date(ref.year + delta, month, day) - ref).days) <= FUTURE_GRACE_DAYS for delta in (-1, 0, 1))


def stated_years(texts: Iterable[str]) -> dict[tuple[int, int], int]:
    """(month, day) → the one year the texts state that day with (YEAR_STATING_RULES, DAY_SHORTHANDS). (A day named
    with its event's noun, "the Sept. 11 attack", states no year for the rest: Benghazi's was 2012's, NAMED_EVENT_DAYS
    would say 2001.)"""
    years: dict[tuple[int, int], set[int]] = {}
    for text in texts:
        if _HAS_YEAR.search(text):
            for rule in _YEAR_STATING:
                for m in rule.pattern.finditer(text):
                    years.setdefault(month_day_of(m), set()).add(int(m.group("year")))
        for _name, pattern, year, month, day in DAY_SHORTHANDS:
            if pattern.search(text):
                years.setdefault((month, day), set()).add(year)
    return {day: next(iter(found)) for day, found in sorted(years.items()) if len(found) == 1}


def restated_day(match: re.Match[str], years: dict[tuple[int, int], int], tense: bool | None,
                 ref: dt.date | None = None) -> str | None:
    """The date of a RESTATED_DAY_RULES match whose day `years` (stated_years) gives a year, else None; None too for
    an event's day named bare near its anniversary in the article's (`ref`) year (_anniversary)."""
    if tense is True or _ANNUAL_AFTER.match(match.string, match.end()):
        return None
    month, day = month_day_of(match)
    if (month, day) not in years or (ref is not None and _anniversary(match, ref)):
        return None
    return safe_date(years[month, day], month, day)
