"""Read a pasted page's publication date from its date line, the short line by the headline that dates the article."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import NamedTuple

from briefgen.extract.date_rules import MONTHS, WEEKDAYS

# A pasted page prints its date on a line of its own near the headline: "Published 18 November 2019",
# "By Joseph Tsidulko November 19, 2019, 07:47 PM EST", "Last Updated : Nov 20, 2019 01:41 PM IST | Source:
# Moneycontrol.com". Elsewhere on the page dates belong to other things (teasers, comments, tweets), so the line is
# looked for only just above the article, or just below the headline.
SEARCH_ABOVE = 12  # lines above the article's first kept paragraph
SEARCH_BELOW_HEADLINE = 4  # lines below the headline (when the headline is not right above the article)
MAX_WORDS = 22  # a date line is short: a date, a time, a by-line, a source
MAX_OTHER_WORDS = 6  # words left besides the date, the time and the DATE_LINE_WORDS: a by-line's names, a source
MAX_LOWER_CASE_WORDS = 1  # ... written as names: a sentence ("An MSC cargo ship leaves PortMiami") is no date line
# Dates on several lines there date a list of other articles (a teaser's title, its date, the next title...): then
# none of them is the article's.
MAX_DISTINCT_DATES = 2  # "Posted: Feb 16, 2018" above "Updated: Feb 17, 2018" is one article's

# Month names as pages in other languages write them on their date lines ("30. Juli 2018", "Posted on Maret 30, 2015",
# "24 сентября 2018"), besides English's names and abbreviations; one line a language, January to December.
FOREIGN_MONTHS: dict[str, tuple[str, ...]] = {lang: tuple(names.split()) for lang, names in (
    ("de", "januar februar märz april mai juni juli august september oktober november dezember"),
    ("fr", "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    ("es", "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"),
    ("pt", "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"),
    ("it", "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"),
    ("nl", "januari februari maart april mei juni juli augustus september oktober november december"),
    ("id", "januari februari maret april mei juni juli agustus september oktober november desember"),
    ("ru", "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"),
)}
PAGE_MONTHS = {**{name: number for names in FOREIGN_MONTHS.values() for number, name in enumerate(names, start=1)},
               **MONTHS}
_MONTH = r"(?P<month>[^\W\d_]{3,10})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19[5-9]|20[0-4])\d)(?!\d)"

# The written forms of a full date, each named; a form's month is checked against the month names.
DATE_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(pattern)) for name, pattern in (
    ("month-day-year", rf"\b{_MONTH} {_DAY},? {_YEAR}"),       # "Nov. 19, 2019", "November 20 2019"
    ("day-month-year", rf"\b{_DAY}\.? {_MONTH},? {_YEAR}"),    # "18 Nov 2019", "20 Nov, 2019", "25. September 2018"
    # Portuguese and Spanish join the parts with "de" (Spanish may write "del" before the year): "22 de outubro de 2010",
    # "3 de marzo del 2021", "1º de janeiro de 2020"
    ("day-de-month-de-year", rf"\b{_DAY}º? de {_MONTH} del? {_YEAR}"),
    # "2019-04-10", and a machine timestamp's date before its time: "2019-11-18T20:51:19Z"
    ("iso", rf"\b{_YEAR}-(?P<month>[01]\d)-{_DAY}(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?\b|\b)"),
    ("iso-dotted", rf"\b{_YEAR}\.(?P<month>[01]\d)\.{_DAY}\b"),  # "2016.12.01", the year first as in East Asia
    # "11/19/2019" (US) and "21/06/2014" (elsewhere): read only when the day is over 12, so that the order shows
    ("numeric", rf"\b(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/{_YEAR}(?!/\d)"),  # (not a path: "12/25/2021/7")
    ("numeric-dotted", rf"\b(?P<first>[0-3]?\d)\.(?P<second>[0-3]?\d)\.{_YEAR}"),  # "18.11.2019", read on the same terms
    # "11/19/19 06:56 AM EST": the year in two digits (this century), read on the same terms
    ("numeric-two-digit-year", r"\b(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/(?P<year>\d\d)(?![\d/])"),
))
# What every form's year needs ({_YEAR}, or a slash and two digits): one search of a line instead of a search for each
# form, since most lines the date line is looked for among (and the headline's tests) hold no year.
_HAS_YEAR = re.compile(rf"{_YEAR.replace('?P<year>', '')}|/\d\d")

# What a date line holds besides its date: cues, times, weekdays, time zones, separators.
DATE_LINE_WORDS = frozenset(WEEKDAYS) | {day[:3] for day in WEEKDAYS} | frozenset("""
    published posted updated last first modified on at by written publicado publié veröffentlicht am pm a.m. p.m.
    tues thur thurs
    est edt cst cdt mst mdt pst pdt et ct mt pt gmt utc bst cet cest ist aest amt wib sgt hkt jst
    and of the comments comment source
    in publiziert
    de del às em el las por atualizado actualizado
    segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo
    lunes martes miércoles jueves viernes
""".split())  # ("in": a blog's "October 12, 2018 / 0 Comments / in News / by admin" names the post's category;
# Portuguese and Spanish lines: "sexta-feira, 22 de outubro de 2010 às 20:13", "Publicado el lunes 3 de marzo de 2021")
# the date a page was changed: taken only when no other is given
UPDATE_CUES = ("updated", "modified", "last updated", "atualizado", "actualizado")
_TIME = re.compile(r"\b\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w.'’-]*")


class DateLine(NamedTuple):
    """The date a page's date line gives ('YYYY-MM-DD'), and the index of that line."""

    date: str
    line: int


def _date_in(text: str) -> tuple[str, re.Match[str]] | None:
    """The first full date written in the text, as 'YYYY-MM-DD', with its match."""
    if _HAS_YEAR.search(text) is None:
        return None
    found = []
    for name, form in DATE_FORMS:
        for match in form.finditer(text):
            if (date := _to_iso(name, match)) is not None:
                found.append((match.start(), date, match))
                break
    if not found:
        return None
    _, date, match = min(found, key=lambda f: f[0])
    return date, match


def _to_iso(name: str, match: re.Match[str]) -> str | None:
    year = int(match["year"]) + (2000 if name == "numeric-two-digit-year" else 0)
    if name.startswith("numeric"):
        first, second = int(match["first"]), int(match["second"])
        if (first > 12) == (second > 12):  # "05/10/2018" could be either; "31/31/2019" is neither
            return None
        month, day = (second, first) if first > 12 else (first, second)
    elif name.startswith("iso"):
        month, day = int(match["month"]), int(match["day"])
    else:
        month, day = PAGE_MONTHS.get(match["month"].lower(), 0), int(match["day"])
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def date_line_date(text: str) -> str | None:
    """The date of a date line ('YYYY-MM-DD'), or None when the text is not a date line.

    A date line is short, holds a full date, and besides its date, times and DATE_LINE_WORDS holds at most a
    by-line's or a source's few names: "November 19, 2019 / 1:07 AM / CBS News", not a teaser's headline that ends
    with its date ("BREAKING: Tottenham Announce Mourinho as New Coach November 20, 2019").
    """
    if len(text.split()) > MAX_WORDS or (found := _date_in(text)) is None:
        return None
    date, _ = found
    rest = text
    for _, form in DATE_FORMS:
        rest = form.sub(" ", rest)
    others = [w for w in _WORD.findall(_TIME.sub(" ", rest)) if w.lower().rstrip(".") not in DATE_LINE_WORDS
              and w.lower() not in DATE_LINE_WORDS]
    lower_case = [w for w in others if w[0].islower()]
    return date if len(others) <= MAX_OTHER_WORDS and len(lower_case) <= MAX_LOWER_CASE_WORDS else None


def _is_update(text: str) -> bool:
    """A date line giving the date the page was changed ("Updated: …"), not published."""
    low = text.lower()
    return any(low.startswith(cue) or f" {cue}" in low[:20] for cue in UPDATE_CUES) and "publish" not in low \
        and "posted" not in low


def page_date(texts: Sequence[str], decisions: Sequence[str | None], headline_line: int | None) -> DateLine | None:
    """The publication date a pasted page gives on its date line, or None.

    `texts`: the page's paragraphs as read; `decisions`: for each, the rule that removed it (None: kept);
    `headline_line`: the headline's index when cleaning found it among the removed lines. The line looked for is
    one the cleaner removed, just above the article's first kept paragraph or just below the headline; the one
    nearest the article wins, and a date the page was updated only when no other date is given.
    """
    body = next((i for i, d in enumerate(decisions) if d is None), None)
    if body is None or body == 0:
        return None
    near = set(range(max(0, body - SEARCH_ABOVE), body))
    if headline_line is not None:
        near |= set(range(headline_line + 1, min(len(texts), headline_line + 1 + SEARCH_BELOW_HEADLINE)))
    found = [(i, date) for i in sorted(near, key=lambda i: abs(body - i))
             if decisions[i] is not None and (date := date_line_date(texts[i])) is not None]
    chosen = chosen_date_line(found, texts)
    return DateLine(chosen[1], chosen[0]) if chosen else None


def chosen_date_line(found: Sequence[tuple[int, str]], texts: Sequence[str]) -> tuple[int, str] | None:
    """Of the date lines found ((index in `texts`, date), the likeliest first): the first giving the publication date,
    else the first (an update's); None when they give more than MAX_DISTINCT_DATES dates (a list of other articles)."""
    if len({date for _, date in found}) > MAX_DISTINCT_DATES:
        return None
    published = [f for f in found if not _is_update(texts[f[0]])]
    return (published or found or [None])[0]
