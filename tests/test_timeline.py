"""Timeline: date rules resolve against a source date, stay as written otherwise, and sort by time."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.extract.timeline import extract_timeline
from briefgen.model import Article, Paragraph

REF = "2026-02-11"  # a Wednesday

CASES = [
    ("month-day-year", "The treaty was signed on March 3, 2019 in Geneva by both sides.", "March 3, 2019", "2019-03-03"),
    ("day-month-year", "The treaty was signed on 3 March 2019 in Geneva by both sides.", "3 March 2019", "2019-03-03"),
    ("month-year", "The United States struck its nuclear sites in June 2025.", "June 2025", "2025-06"),
    ("abbrev-month", "The vote is set for Feb. 18, 2026 after a long delay.", "Feb. 18, 2026", "2026-02-18"),
    ("month-day", "The trip, originally scheduled for February 18, was brought forward.", "February 18", "2026-02-18"),
    ("month-day-closest-year", "The plan was first drafted on December 20 by aides.", "December 20", "2025-12-20"),
    ("weekday-past", "Trump told Axios on Tuesday that he was considering it.", "on Tuesday", "2026-02-10"),
    ("weekday-same-day", "Leaders met at the White House on Wednesday for talks.", "on Wednesday", "2026-02-11"),
    ("weekday-future", "The talks will resume on Friday in Oman, officials said.", "on Friday", "2026-02-13"),
    ("yesterday", "The minister resigned yesterday after the vote.", "yesterday", "2026-02-10"),
    ("last-week", "Both sides at last week's Oman meeting described the talks as positive.", "last week", "2026-02-04"),
    ("last-month", "Prices rose sharply last month across the region.", "last month", "2026-01"),
    ("last-year", "Trump returned to office last year after the election.", "last year", "2025"),
    ("ago", "The ceasefire was agreed three weeks ago in Cairo.", "three weeks ago", "2026-01-21"),
    ("coming-weeks", "The next round of talks is expected in the coming weeks.", "in the coming weeks", "2026-02"),
    ("year", "The company was founded in 1997 by two engineers.", "in 1997", "1997"),
    ("iso", "The report is dated 2025-11-30 and was leaked.", "2025-11-30", "2025-11-30"),
]


def _article(text: str, date: str | None = REF, origin: str = "source") -> Article:
    return Article(name="t", paragraphs=(Paragraph(text),), date=date, date_origin=origin)  # type: ignore[arg-type]


@pytest.mark.parametrize(("name", "text", "when", "date"), CASES, ids=[c[0] for c in CASES])
def test_date_rules(name: str, text: str, when: str, date: str) -> None:
    events = extract_timeline(_article(text))
    assert [(e.when, e.date) for e in events] == [(when, date)]
    assert events[0].event.endswith((".", "…", '"'))


@pytest.mark.parametrize("origin", ["file", "none"])
def test_relative_dates_kept_as_written_without_a_source_date(origin: str) -> None:
    text = "Leaders met on Tuesday. The deal collapsed in June 2025. A vote is due on February 18."
    events = extract_timeline(_article(text, date=REF if origin == "file" else None, origin=origin))
    assert [(e.when, e.date) for e in events] == [
        ("June 2025", "2025-06"), ("on Tuesday", None), ("February 18", None)]


def test_sorted_by_time_with_mixed_precision() -> None:
    text = ("The summit opened on Wednesday. The first talks were held in 2019. "
            "A second round followed in March 2024. Officials met again last week.")
    dates = [e.date for e in extract_timeline(_article(text))]
    assert dates == ["2019", "2024-03", "2026-02-04", "2026-02-11"]


def test_numbers_that_are_not_dates_are_ignored() -> None:
    text = "The company may hire 2,000 workers and spent 2019 dollars; it may also grow by 20%."
    assert extract_timeline(_article(text)) == ()


def test_long_sentence_event_is_the_clause_with_the_date() -> None:
    text = ("The president warned that if negotiations fail, the outcome would be uncertain, noting that the last "
            "time Iran rejected a deal, the United States struck its nuclear sites in June 2025 during Operation "
            "Midnight Hammer.")
    (event,) = extract_timeline(_article(text))
    assert event.event == "The United States struck its nuclear sites in June 2025 during Operation Midnight Hammer."


def test_reference_list_lines_are_not_events() -> None:
    text = '"Sensitive document found on rainy street" — CBC.ca, August 15, 2008'
    assert extract_timeline(_article(text)) == ()


def test_clause_without_subject_takes_its_subject_along() -> None:
    text = ("The six-member Afghan team, which consists entirely of girls, had been denied visas to enter the "
            "United States until last week, drawing notice from critics of the travel ban and from many members "
            "of the public.")
    (event,) = extract_timeline(_article(text))
    assert event.event.startswith("The six-member Afghan team")
    assert "until last week" in event.event


_PIECES = [*list("abc JFMTWS0123456789,.-"), " June ", " 2025 ", " on Tuesday ", " last week ", " Feb. 29 ", " 31 ",
           " ago ", " in the coming weeks "]


@given(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join), st.sampled_from([None, "2024-02-29", "2026-12-31"]))
def test_any_text_gives_sorted_valid_dates(text: str, date: str | None) -> None:
    events = extract_timeline(_article(text, date=date))
    resolved = [e.date for e in events if e.date]
    assert resolved == sorted(resolved)
    for value in resolved:
        assert len(value) in (4, 7, 10) and value[:4].isdigit()
