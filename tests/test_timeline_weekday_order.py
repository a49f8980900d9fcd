"""Weekdays with no date to resolve them: ordered within the one week they span, not in the article's order."""

from __future__ import annotations

import pytest

from briefgen.extract.timeline import extract_timeline, weekday_ranks
from briefgen.model import Article, Paragraph


@pytest.mark.parametrize(("whens", "expected"), [
    # the widest gap (Wednesday → Sunday) closes the week: Sunday opens it
    ([("on Wednesday", -1), ("on Tuesday", -1), ("Sunday", -1)], [4, 3, 1]),
    # a week that runs over its end: Friday, Saturday, Monday
    ([("Monday", -1), ("on Friday", -1), ("Saturday", -1)], [4, 1, 2]),
    # the coming week's days are ordered among themselves, apart from the past's
    ([("on Friday", 1), ("on Tuesday", 1), ("on Monday", -1)], [4, 1, 0]),
    # one weekday alone, and "last"/"next" weekdays, keep the article's order
    ([("on Friday", -1), ("last Tuesday", -1), ("next Monday", 1)], [0, 0, 0]),
    # two days: the shorter way round (Monday, then Thursday three days on; not Thursday, then Monday four on)
    ([("Thursday", -1), ("Monday", -1)], [4, 1]),
    # gaps of equal widest width (two days each): no one week, the article's order stands
    ([("Friday", -1), ("Monday", -1), ("Wednesday", -1), ("Sunday", -1)], [0, 0, 0, 0]),
    # "yesterday" is the last day of the past week the story names
    ([("yesterday", -1), ("on Monday", -1), ("on Tuesday", -1)], [8, 1, 2]),
])
def test_weekday_ranks(whens: list[tuple[str, int]], expected: list[int]) -> None:
    assert weekday_ranks(whens) == expected


def _undated(*paragraphs: str) -> Article:
    return Article(name="t", paragraphs=tuple(map(Paragraph, paragraphs)), date=None)  # type: ignore[arg-type]


def test_undated_article_tells_its_weekdays_in_the_week_order() -> None:
    article = _undated(
        "The council approved the new budget on Wednesday after a long debate in the town hall.",
        "The mayor had presented a revised draft to the finance committee on Tuesday.",
        "Residents held a protest outside the library on Sunday against the planned closures.",
    )
    assert [e.when for e in extract_timeline(article)] == ["on Sunday", "on Tuesday", "on Wednesday"]


def test_dated_article_resolves_its_weekdays_instead() -> None:
    article = Article(name="t", paragraphs=(Paragraph(
        "The council approved the budget on Wednesday, a day after the mayor presented it on Tuesday."),),
        date="2024-03-07", date_origin="source")  # type: ignore[arg-type]
    assert [e.date for e in extract_timeline(article)] == sorted(e.date for e in extract_timeline(article))
