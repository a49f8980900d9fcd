"""Timeline: an event's sentence needs a finite verb; a date after a sentence's colon dates the clause it opens."""

from __future__ import annotations

import pytest

from briefgen.extract.event_text import event_text
from briefgen.extract.timeline import extract_timeline
from briefgen.extract.timeline_verbs import clause_after_colon, may_have_a_verb
from briefgen.model import Article, Paragraph

VERBLESS = [
    ("names-and-years", "Lopez in 1996 and, Carter in 04."),
    ("noun-phrase", "The finest new villain in 2021."),
    ("place-list", "Ohio and Maine on Thursday."),
    ("fragment-after-dash", "- testimony during a May 3 session before the Senate Finance Committee."),
    ("possessive", "The governor's speech in Dayton on Thursday."),
    ("month-may", "A hearing on May 3 before the Senate Finance Committee."),
]

WITH_A_VERB = [
    ("auxiliary", "The bridge will open in 2027."),
    ("past-in-ed", "Voters rejected the measure in 2012."),
    ("irregular-past", "No one forecast the storm in 2015."),
    ("present-in-s", "Georgia votes next week."),
    ("plural-present", "Farmers plant their corn in April."),
    ("fraction-subject", "Only one-half approve of delaying until next year."),
    ("base-verb-far-from-subject", "Seats for the spring concert series go on sale Friday, March 6th."),
    ("order-after-a-label", "Hawks: Host the Celtics on Sunday."),
    ("contraction", "It's set for Monday."),
    ("words-left-out", "The senator's long fight … in the 1998 session."),
    ("opening-gerund", "Signing of the new trade pact on Monday"),
]


@pytest.mark.parametrize(("name", "text"), VERBLESS, ids=[c[0] for c in VERBLESS])
def test_no_finite_verb(name: str, text: str) -> None:
    assert not may_have_a_verb(text)


@pytest.mark.parametrize(("name", "text"), WITH_A_VERB, ids=[c[0] for c in WITH_A_VERB])
def test_may_have_a_finite_verb(name: str, text: str) -> None:
    assert may_have_a_verb(text)


def test_a_verbless_answer_is_no_event() -> None:
    article = Article(name="t", paragraphs=(Paragraph("Lopez in 1996 and, Carter in 04."),
                                            Paragraph("The mayor was elected in 2019.")),
                      date="2024-05-02", date_origin="source")
    assert [(e.when, e.event) for e in extract_timeline(article)] == [("in 2019", "The mayor was elected in 2019.")]


def test_a_verbless_cut_of_a_sentence_with_a_verb_stays() -> None:
    # (the verb is in the sentence the event was cut from: the cut, not the sentence, is at fault)
    text = ("The candidates must file their reports to the commission on Sunday, as they look ahead to the next "
            "round of contests, which are spread over several weeks — in Kansas, Maine and Iowa on Tuesday.")
    events = extract_timeline(Article(name="t", paragraphs=(Paragraph(text),), date="2024-03-06",
                                       date_origin="source"))
    assert [e.when for e in events] == ["on Sunday", "on Tuesday"]



@pytest.mark.parametrize(("sentence", "date", "event"), [
    # a cut left with no verb is told from the clause before it that has one ("as they look ahead …")
    ("The candidates must file their spring reports with the election office on Sunday, as they look ahead to the "
     "next round of party contests in three western states — in Nevada, Oregon and Idaho on Tuesday.", "on Tuesday",
     "They look ahead to the next round of party contests in three western states — in Nevada, Oregon and Idaho on "
     "Tuesday."),
    # else as the sentence's head and the words around the date (a relative clause or a list's part opens no clause)
    ("The town is giving the marchers more room than the city is, allowing daylong rallies of the strikers in the old "
     "Riverside Park facing the hall, the Union Arena, on all three days of the congress, May 5-7.", "May 5",
     "The town is giving the marchers more room than the … in the old Riverside Park facing the hall, the Union "
     "Arena, on all three days of the congress, May 5-7."),
    ("Likewise, the minister’s visit Monday to open the new harbour school, while not open to the press, will draw "
     "crowds from the two fishing villages of the bay that are seen as loyal to the old mayor and his party.", "Monday",
     "Likewise, the minister’s visit Monday to open the new harbour school, while not open to the press, will draw "
     "crowds from the two fishing villages of the bay that are …"),
])
def test_a_verbless_cut_is_told_with_its_verb(sentence: str, date: str, event: str) -> None:
    told = event_text(sentence, sentence.index(date))
    assert told == event and may_have_a_verb(told)


LONG_INTRO = ("Residents of the valley still like to recount the story of the flood in great and loving detail, "
              "over and over again: ")
COLON_CASES = [
    ("clause-after-colon", LONG_INTRO + "In April 2011, with the river at its highest, the town council voted to "
     "open the old dam gates, which no one had dared to touch for decades.", "April 2011",
     "In April 2011, with the river at its highest, the town council voted to open the old dam gates, which no one "
     "had dared to touch for decades."),
    ("list-after-colon", "The choir's spring tour, announced this week by its longtime director, will visit eight "
     "cities across the region, and the dates are: May 4 -- Civic Hall, Springfield, May 9 -- Grand Theatre, "
     "Riverton, May 12 -- Oak Arena.", "May 4", None),
    ("supposition-after-colon", "After weeks of quarrelling between the two campaigns over the venue and the "
     "timing of the event, the governor stepped in on Friday: If the challenger would debate on June 2, the "
     "governor wrote, the state would pay for the hall.", "June 2", None),
    ("colon-inside-quotation", "“That is what everyone in this town needs to understand very clearly and "
     "without any doubt at all: The plant closed in 2009, and nothing has been done since,” the mayor said "
     "on the steps of the town hall.", "2009", None),
]


@pytest.mark.parametrize(("name", "sentence", "date", "expected"), COLON_CASES, ids=[c[0] for c in COLON_CASES])
def test_a_date_after_a_colon_dates_the_clause_the_colon_opens(name: str, sentence: str, date: str,
                                                               expected: str | None) -> None:
    start = sentence.index(date)
    if expected is None:
        assert clause_after_colon(sentence, start) == 0
    else:
        assert clause_after_colon(sentence, start) == len(LONG_INTRO)
        assert event_text(sentence, start) == expected


def test_a_date_before_the_colon_keeps_the_sentence_start() -> None:
    sentence = "The council voted on Tuesday to close the bridge: Drivers will use the ferry instead for a year."
    assert clause_after_colon(sentence, sentence.index("Tuesday")) == 0
