"""Timeline: which weekday a sentence means, the last or the next, read from the verb that dates it."""

from __future__ import annotations

import pytest

from briefgen.extract.timeline import extract_timeline
from briefgen.model import Article, Paragraph

REF = "2019-11-19"  # a Tuesday


def _dates(text: str) -> list[str | None]:
    article = Article(name="t", paragraphs=(Paragraph(text),), date=REF, date_origin="source")  # type: ignore[arg-type]
    return [e.date for e in extract_timeline(article)]


@pytest.mark.parametrize(("text", "date"), [
    # the closing attribution's past tense is the telling's: the day is to come
    ("The new timetable for the harbour ferries will be shown to staff at a meeting on Friday, the manager said in a "
     "letter.", "2019-11-22"),
    ("The river should drop by Thursday evening, letting crews clear the flooded roads again, said Ana "
     "Ruiz, the county's chief engineer.", "2019-11-21"),
    ("Forecasters say the smog over the valley is likely to reach its worst levels on Saturday.", "2019-11-23"),
    # a speech verb that is the sentence's own verb dates it as before
    ("Friday, the mayor announced she will step down at the end of the year.", "2019-11-15"),
    # a future word of the main clause does not reach a relative clause's day
    ("The council should ignore the critics who on Sunday called the new plan a waste of money, the mayor said.",
     "2019-11-17"),
    # "should" reaches only the verb it governs
    ("The team should also get a lift in the polls from the narrow win Sunday, the coach said.", "2019-11-17"),
])
def test_a_weekday_to_come_or_gone(text: str, date: str) -> None:
    assert _dates(text) == [date]


def test_should_does_not_make_today_a_day() -> None:
    # "today" in the present means nowadays, with or without a "should" near it
    assert _dates("He argued that the city should build more sea walls like the old ones for the towns of today.") == []


@pytest.mark.parametrize(("text", "date"), [
    # a present verb of a schedule before the day: the day to come (REF is a Tuesday)
    ("The museum's opening day is Friday, a month later than first planned.", "2019-11-22"),
    ("The retrial of the two bankers opens on Monday in the city's high court.", "2019-11-25"),
    ("Voting in the union's leadership race runs until Thursday, its officers have said.", "2019-11-21"),
    ("Launch day is Tuesday, the company has told its early buyers.", "2019-11-19"),
    # in the past the same day is gone
    ("The museum's opening day was Friday, a month later than first planned.", "2019-11-15"),
    ("The retrial of the two bankers opened on Monday in the city's high court.", "2019-11-18"),
])
def test_a_present_schedule_names_a_day_to_come(text: str, date: str) -> None:
    assert _dates(text) == [date]


def test_a_weekday_time_in_the_plural_is_a_habit() -> None:
    assert _dates("The league's remaining games are on Saturday nights, like last season's.") == []


@pytest.mark.parametrize(("text", "date"), [
    # a month's day to come that lies months back in the closest year is next year's (REF is 2019-11-19)
    ("The band's farewell tour kicks off June 9th in a small hall by the sea.", "2020-06-09"),
    ("The band's farewell tour concludes October 10th in a small hall by the sea.", "2020-10-10"),
    ("The new museum will open its doors on Sept. 12 with a show of river paintings.", "2020-09-12"),
    # a day told in the past stays the closest one
    ("The new museum opened its doors on Sept. 12 with a show of river paintings.", "2019-09-12"),
    # a plan only days gone keeps its day
    ("The verdict is expected on Nov. 10, the court's clerk said.", "2019-11-10"),
])
def test_a_month_day_to_come(text: str, date: str) -> None:
    assert _dates(text) == [date]


@pytest.mark.parametrize(("text", "date"), [
    # a day that names one event of one year: the Sept. 11 attacks are 2001's
    ("The senator spoke of her work for the city's firefighters after the Sept. 11 attacks.", "2001-09-11"),
    ("The museum's new hall tells the story of the September 11th terrorist attacks in New York.", "2001-09-11"),
    # a yearly occasion on that day is the closest one (REF is 2019-11-19)
    ("The mayor laid a wreath at the Sept. 11 memorial ceremony by the river.", "2019-09-11"),
])
def test_a_day_that_names_one_event(text: str, date: str) -> None:
    assert _dates(text) == [date]


@pytest.mark.parametrize(("text", "date"), [
    # a month's day told in the past that lies months ahead in the closest year is last year's (REF is 2019-11-19)
    ("He was arrested in April for the March 21 call to the mayor's office.", "2019-03-21"),
    ("The ferry went down on 2 April after a storm in the bay.", "2019-04-02"),
    # with no verb telling, or in the future, the closest or the next one
    ("Tickets for the March 21 concert in the old hall cost twenty dollars.", "2020-03-21"),
    ("The trial will open on March 21 in the old court.", "2020-03-21"),
    # a day just ahead, told in the past, stays (a date a little off is likelier than a year off)
    ("The board said it approved the plan on Dec. 2 at a closed meeting.", "2019-12-02"),
])
def test_a_month_day_gone_by(text: str, date: str) -> None:
    assert _dates(text) == [date]
