"""Timeline: a month's day named again without its year takes the year the article states it with (date_rules.
stated_years, restated_day)."""

from __future__ import annotations

import pytest

from briefgen.extract.timeline import extract_timeline
from briefgen.model import Article, Paragraph

REF = "2026-02-11"


def _date_of(when: str, paragraphs: list[str], date: str | None = REF) -> list[str | None]:
    article = Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs), date=date,  # type: ignore[arg-type]
                      date_origin="source")
    return [e.date for e in extract_timeline(article) if e.when == when]


@pytest.mark.parametrize(("name", "paragraphs", "date", "when", "expected"), [
    # "9/11" states 2001's Sept. 11 (DAY_SHORTHANDS), in an undated article and a dated one
    ("shorthand-undated", ["Air travel was never the same after 9/11.", "Airport checks grew stricter after Sept. 11 "
                           "for every traveller."], None, "Sept. 11", ["2001-09-11"]),
    ("shorthand-dated", ["Air travel was never the same after 9/11.", "What the pilots saw on Sept. 11 changed the "
                         "training."], REF, "Sept. 11", ["2001-09-11"]),
    # a day stated with its year earlier in the article
    ("stated-year", ["The old bridge closed on March 3, 2019 after the flood.", "Ferry trade collapsed after March 3 "
                     "as drivers went round."], REF, "March 3", ["2019-03-03"]),
    ("stated-year-day-month", ["The old bridge closed on 3 March 2019 after the flood.", "Ferry trade collapsed after "
                               "3 March as drivers went round."], REF, "3 March", ["2019-03-03"]),
    # a stated year outweighs a named day's own (NAMED_EVENT_DAYS: "the Sept. 11 attack" alone is 2001's)
    ("stated-over-named", ["The consulate was attacked on Sept. 11, 2012 by armed men.", "Officials changed their "
                           "account of the Sept. 11 attack weeks later."], REF, "Sept. 11", ["2012-09-11"]),
    # a day kept every year (ANNUAL_DAY_NOUNS) and a day told to come keep the article's own year
    ("annual-memorial", ["Air travel was never the same after 9/11.", "The mayor spoke at the Sept. 11 memorial "
                         "ceremony downtown."], "2025-09-12", "Sept. 11", ["2025-09-11"]),
    ("annual-remembrance", ["Air travel was never the same after 9/11.", "The mayor spoke at the city's Sept. 11 "
                           "remembrance service."], "2025-09-12", "Sept. 11", ["2025-09-11"]),
    ("to-come", ["The old bridge closed on March 3, 2019 after the flood.", "The council will vote on March 3 on its "
                 "repair."], REF, "March 3", ["2026-03-03"]),
    # a day stated with two years says neither; a date written 9/11/2019 is no shorthand
    ("two-years", ["The mill burned on May 5, 1990 and again on May 5, 2001.", "Its workers were sent home after May "
                   "5 without pay."], REF, "May 5", ["2025-05-05"]),
    ("numeric-date", ["The permit was filed on 9/11/2019 by the owners.", "Work on the roof stopped after Sept. 11 "
                      "for a week."], REF, "Sept. 11", ["2025-09-11"]),
])
def test_a_day_named_again_keeps_its_stated_year(name: str, paragraphs: list[str], date: str | None, when: str,
                                                 expected: list[str | None]) -> None:
    assert _date_of(when, paragraphs, date) == expected
