"""Timeline: a day's possessive that names an age, a caption's date, and a possessive day that dates a clause."""

from __future__ import annotations

import pytest

from briefgen.extract.timeline import extract_timeline
from briefgen.model import Article, Paragraph

REF = "2016-09-28"  # a Wednesday


def _events(text: str) -> list[tuple[str, str | None, str]]:
    article = Article(name="t", paragraphs=(Paragraph(text),), date=REF, date_origin="source")
    return [(e.when, e.date, e.event) for e in extract_timeline(article)]


@pytest.mark.parametrize("sentence", [
    "The students, tomorrow's leaders, will meet the mayor at the town hall to discuss the plan.",
    "He said today's children will inherit a far warmer world than their grandparents did.",
    "Nobody wants to read yesterday's news when the markets will move again by the opening bell.",
    "That is the result of the approach so many others use in today's more stridently ideological media.",
    "Pundits in today's booming merger market will have to adjust to the rising interest rates.",
])
def test_a_possessive_day_that_names_an_age_is_no_date(sentence: str) -> None:
    assert not [e for e in _events(sentence) if e[0].lower() in ("today", "tomorrow", "yesterday")]


@pytest.mark.parametrize(("sentence", "when", "date"), [
    ("Tomorrow's vote on jobs will decide whether the bill passes the Senate.", "tomorrow", "2016-09-29"),
    ("Mason did not appear in court for today's hearing on the charges.", "today", "2016-09-28"),
    ("He rode Oscar Time to 15th place in yesterday's Grand National at Aintree.", "yesterday", "2016-09-27"),
])
def test_a_possessive_day_before_an_occasion_dates_it(sentence: str, when: str, date: str) -> None:
    assert (when, date, sentence) in _events(sentence)


@pytest.mark.parametrize(("sentence", "event"), [
    # a sentence run into the next one (a caption before the prose): its event ends at the date
    ("Wiggins finished his Team Sky career in the Paris-Roubaix one-day race on Sunday Australian rider Rohan Dennis "
     "poses after breaking the world hour record.",
     "Wiggins finished his Team Sky career in the Paris-Roubaix one-day race on Sunday."),
    ("Muto graduated from Keio University in Tokyo with an economics degree two weeks ago Speaking to Sports Nippon, "
     "Ogane said the offer was true.", "Muto graduated from Keio University in Tokyo with an economics degree two weeks ago."),
    ("Mr Docherty pleaded guilty to wounding with intent when he appeared in the Whakatane District Court on Wednesday "
     "Mr Docherty proceeded to grip the hook and reach it down.",
     "Mr Docherty pleaded guilty to wounding with intent when he appeared in the Whakatane District Court on Wednesday."),
    # a date in an opening phrase, one that modifies the noun after it, or one after a speech verb: the whole sentence
    ("Back in 2012 Mr Waley-Cohen won the race on a horse trained by his father.", None),
    ("In July 2015 President Obama paid the first visit by a sitting president to Kenya.", None),
    ("At around 3.30pm on March 17 Mr Docherty was agitated when he returned to find the work undone.", None),
    ("On the morning of Feb. 28 Trump jumped onto his Twitter account to attack the senator.", None),
    ("Then comes the delegate-packed April 19 New York primary, where Sanders hopes to win.", None),
    ("The criticism following Obama's Dec. 6 Oval Office address to the nation centered on his language.", None),
    ("The Times newspaper also reported last month Cameron had ordered diplomats to repair relations.", None),
])
def test_a_sentence_run_into_the_next_ends_at_its_date(sentence: str, event: str | None) -> None:
    (when, _date, found), = _events(sentence)
    assert found == (event or sentence)


@pytest.mark.parametrize("sentence", [
    "Paul Casey, pictured in action last month, is the 99th qualifier in the field of 99 at the Masters.",
    "On the court: Copeland previously played for the New York Knicks (pictured in 2013).",
])
def test_a_photos_own_date_is_no_event(sentence: str) -> None:
    assert _events(sentence) == []


def test_prose_about_a_photo_keeps_its_date() -> None:
    sentence = "His dead body was pictured on social media today with his teeth missing and a head wound."
    assert [e[0] for e in _events(sentence)] == ["today"]


@pytest.mark.parametrize(("sentence", "date"), [
    # the day names the event; the event is the clause that tells it, dated by its tense
    ("Clinton and Trump clashed over trade and taxes in Monday night's debate at Hofstra University.", "2016-09-26"),
    ("Monday night's debate, the first of three, will be moderated by Lester Holt of NBC News.", "2016-10-03"),
    ("Polls taken across the country since the encounter, including surveys by CNN and by Public Policy Polling, "
     "suggest that the Democrat won Monday night's debate by a clear margin among likely voters.", "2016-09-26"),
])
def test_a_possessive_weekday_dates_the_clause(sentence: str, date: str) -> None:
    (when, found, event), = _events(sentence)
    assert when == "Monday" and found == date
    assert len(event.split()) >= 8 and " debate" in event  # the clause that tells it, not "Monday night's debate."
    assert not event.startswith("Monday night's debate.")


@pytest.mark.parametrize(("sentence", "kept"), [
    ("Jim Bennett and Sandy Paradis stand in front of a polling location in Manchester, New Hampshire, on Tuesday.",
     None),
    ("Christoph Blocher reacts during an electoral meeting of the Swiss People's Party on October 2, 2015.", None),
    ("Usain Bolt will compete in the Bahamas Bolt reacts as he wins 4x100m gold at the London Olympic Games in 2012.",
     None),
    # an infinitive, or a verb that is news in the present, is no caption
    ("To celebrate 50 years since the band's formation, its founders will reunite for a tour next year.", "next year"),
    ("Bernie Sanders speaks to supporters in Des Moines on Monday night before the caucuses.", "on Monday"),
])
def test_a_photo_captions_sentence_dates_nothing(sentence: str, kept: str | None) -> None:
    assert [e[0] for e in _events(sentence)] == ([kept] if kept else [])


@pytest.mark.parametrize(("sentence", "whens"), [
    ("Larry David, playing Sanders on NBC's Saturday Night Live, explained why the young love him.", []),
    ("Issa said on Fox News channel's Sunday Morning Futures that the report was damning.", []),
    ("The debate on Saturday night drew fewer viewers than the one in October.", ["on Saturday"]),
])
def test_a_weekday_in_a_shows_title_case_name_is_no_date(sentence: str, whens: list[str]) -> None:
    assert [e[0] for e in _events(sentence)] == whens


def test_the_part_of_a_run_on_sentence_after_an_earlier_run_on_starts_there() -> None:
    sentence = ("Ancelotti has a fit squad after missing the 3-0 victory against Eibar on Saturday The Madrid players "
                "seemed relaxed during their final training session before Tuesday's match.")
    events = {e[0]: e[2] for e in _events(sentence)}
    assert events["on Saturday"] == "Ancelotti has a fit squad after missing the 3-0 victory against Eibar on Saturday."
    assert events["Tuesday"] == ("The Madrid players seemed relaxed during their final training session before "
                                 "Tuesday's match.")


def test_a_shows_name_ends_no_sentence() -> None:
    sentence = ("Schilling, who had worked for the network since 2010 and offered analysis on ''Monday Night Baseball,'' "
                "was dismissed after sharing a Facebook post this week.")
    assert all(e[2].startswith("Schilling") for e in _events(sentence))
