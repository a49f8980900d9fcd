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


@pytest.mark.parametrize(
    ("text", "when", "date"),
    [
        # a future word near the date: the next such day
        ("On Friday, the minister and his aides are to travel to Oman for talks.", "Friday", "2026-02-13"),
        ("The minister will travel to Oman on Friday for talks.", "on Friday", "2026-02-13"),
        # a past verb near the date, a "will" in a quotation far from it: the last such day
        ("During questions on Tuesday, the prime minister defended the government's record at length and "
         "promised an update: \"we will publish the plan soon\".", "on Tuesday", "2026-02-10"),
        ("The talks ended on Friday after two days.", "on Friday", "2026-02-06"),
    ],
)
def test_tense_read_near_the_date(text: str, when: str, date: str) -> None:
    assert [(e.when, e.date) for e in extract_timeline(_article(text))] == [(when, date)]


@pytest.mark.parametrize(
    "text",
    [
        "The case concerned schools in Livorno that owed over 422,000 euros in arrears for the period from 2004 to 2009, "
        "the court said in its long ruling on the appeal brought by the city.",
        "The Home Office today is to begin issuing questionnaires in place of official interviews for some 12,000 "
        "asylum hopefuls from five countries who applied before last summer, officials said.",
    ],
)
def test_thousands_comma_does_not_cut_the_event(text: str) -> None:
    events = extract_timeline(_article(text))
    assert events and all(not e.event.startswith("000") and not e.event.endswith((" 12.", " 422.")) for e in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative date inside a quotation counts from a day the article does not give
        ('Gomez said, "I think we have learned a lot from today\'s game and will be back."', []),
        ("“We lost yesterday, and we will win next time,” the coach said.", []),
        ("Clinton said Trump ''doesn't want the people watching tonight to know'' what he paid.", []),
        # outside the quotation it is dated; an absolute date inside one is dated too
        ('The coach said yesterday, "it was a hard game."', [("yesterday", "2026-02-10")]),
        ('"We signed it in June 2025," he said.', [("June 2025", "2025-06")]),
    ],
)
def test_relative_dates_in_quotations(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.when, e.date) for e in extract_timeline(_article(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The International Monetary Fund announced Tuesday that it is lowering its forecast for growth this year.",
         ("Tuesday", "2026-02-10")),
        ("A fast-track system backed in September 2021 was rejected by the minister, which the ministry today denies.",
         ("September 2021", "2021-09")),
    ],
)
def test_one_entry_per_event_dated_by_its_first_date(text: str, expected: tuple[str, str]) -> None:
    assert [(e.when, e.date) for e in extract_timeline(_article(text))] == [expected]


def test_two_events_of_one_long_sentence_both_stay() -> None:
    text = ("The court heard the first appeal in March 2024, and after many delays and two changes of judge, "
            "the second appeal was finally heard in June 2025 before the full bench of the court.")
    assert [e.date for e in extract_timeline(_article(text))] == ["2024-03", "2025-06"]


@pytest.mark.parametrize("text", ["Speaking to local news website today.kz, a villager described the cloud.",
                                  "The clip was posted on news.today.com by a reader."])
def test_web_address_is_no_date(text: str) -> None:
    assert extract_timeline(_article(text)) == ()


def test_agency_dateline_is_not_part_of_the_event() -> None:
    text = ("FLINT, Mich., Oct. 4 (UPI) — Former President Bill Clinton criticized the Affordable Care Act as a crazy "
            "system during a presidential campaign stop in Flint, Michigan, on Monday, aides said.")
    events = extract_timeline(_article(text))
    assert events and all(not e.event.startswith(("FLINT", "Mich")) for e in events)


def test_a_figure_leans_on_the_clause_before() -> None:
    text = ("Eugenie Bouchard's run of poor form continued as the top seed was beaten 6-3, 6-1 by American Lauren Davis "
            "in the second round at the Family Circle Cup in Charleston on Wednesday.")
    events = extract_timeline(_article(text))
    assert events and not events[0].event.startswith("6-1")
