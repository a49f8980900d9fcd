"""Timeline: a weekday named in an article written on that same weekday (date_rules.SAME_WEEKDAY_SHIFTS)."""

from __future__ import annotations

import pytest

from briefgen.extract.timeline import extract_timeline
from briefgen.model import Article, Paragraph

REF = "2021-03-09"  # a Tuesday


def _dates(text: str) -> list[str | None]:
    article = Article(name="t", paragraphs=(Paragraph(text),), date=REF, date_origin="source")  # type: ignore[arg-type]
    return [e.date for e in extract_timeline(article)]


@pytest.mark.parametrize(("name", "text", "date"), [
    # a plain weekday is the day itself, told in the past or to come
    ("plain-past", "The harbour board approved the new ferry fares on Tuesday after a long debate.", "2021-03-09"),
    ("plain-future", "The harbour board will vote on the new ferry fares on Tuesday evening.", "2021-03-09"),
    ("this", "The harbour board meets this Tuesday to settle the new ferry fares.", "2021-03-09"),
    # "last" names the one a week back, "next" the one a week on
    ("last", "The harbour board approved the new ferry fares last Tuesday after a long debate.", "2021-03-02"),
    ("last-opening", "Last Tuesday, the harbour board approved the new ferry fares.", "2021-03-02"),
    ("next", "The harbour board will vote on the new ferry fares next Tuesday.", "2021-03-16"),
    ("next-opening", "Next Tuesday, the harbour board votes on the new ferry fares.", "2021-03-16"),
    # other weekdays are as before: the last one gone, the next one to come
    ("last-other", "The harbour board approved the new ferry fares last Friday.", "2021-03-05"),
    ("next-other", "The harbour board will vote on the new ferry fares next Thursday.", "2021-03-11"),
])
def test_the_articles_own_weekday(name: str, text: str, date: str) -> None:
    assert _dates(text) == [date]
