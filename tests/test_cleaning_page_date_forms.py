"""More written forms of a date line's date (page_date.DATE_FORMS): a machine timestamp, a two-digit year, a day
written with a full stop."""

from __future__ import annotations

import pytest

from briefgen.cleaning.page_date import date_line_date


@pytest.mark.parametrize("line, date", [
    # "iso": the date of a timestamp, its time and zone read as the time
    ("By Dana Whitfield 2021-03-09T14:02:11Z Politics", "2021-03-09"),
    ("By Omar Lindqvist, Dana Whitfield 2021-03-09T08:15:00Z Science", "2021-03-09"),
    ("Filed 2021-03-09T08:15:00+02:00 by Omar Lindqvist", "2021-03-09"),
    # "numeric-two-digit-year": read only when the day is over 12, so that the order shows
    ("By Omar Lindqvist - 03/27/21 09:15 AM EST", "2021-03-27"),
    ("By Dana Whitfield On 10/14/22 at 6:30 PM EDT", "2022-10-14"),
    ("27/03/21 Omar Lindqvist", "2021-03-27"),
    # "day-month-year" with the full stop some languages write after the day
    ("Von Omar Lindqvist publiziert am 14. September 2020", "2020-09-14"),
])
def test_more_date_forms(line: str, date: str) -> None:
    assert date_line_date(line) == date


@pytest.mark.parametrize("line", [
    "By Omar Lindqvist - 03/04/21 09:15 AM EST",  # March 4 or 3 April: the order is not known
    "Ref. 12/25/2021/7",  # a reference number, not a date
    "Section 2021-13-40T10:00Z",  # no such month
])
def test_not_read_as_dates(line: str) -> None:
    assert date_line_date(line) is None
