"""Timeline: a quotation closed after a few words in its dated attribution's sentence is read from its earlier
sentences, so the event says what was said."""

from __future__ import annotations

import pytest

from briefgen.extract.date_rules import years_or_months_back
from briefgen.extract.timeline import extract_timeline
from briefgen.extract.timeline_quotes import in_speakers_description
from briefgen.model import Article, Paragraph

REF = "2019-11-19"  # a Tuesday


def _events(text: str) -> list[tuple[str, str]]:
    article = Article(name="t", paragraphs=(Paragraph(text),), date=REF, date_origin="source")  # type: ignore[arg-type]
    return [(e.when, e.event) for e in extract_timeline(article)]


@pytest.mark.parametrize(("text", "event"), [
    # the quotation's last sentence is one word: its sentences before it, all that fit
    ("“We will not back down. The plant stays open. We stay. Period,” the union leader posted on Sunday night.",
     "“We will not back down. The plant stays open. We stay. Period,” the union leader posted on Sunday night."),
    # the quotation opened in the sentence that names its speaker: that sentence whole, the mark its own
    ("The mayor, who also spoke at the river this week, wrote, \"Thanks to every volunteer! #CleanRiver\" on Saturday "
     "morning.",
     "The mayor, who also spoke at the river this week, wrote, \"Thanks to every volunteer! #CleanRiver\" on Saturday "
     "morning."),
    # only the last sentences that fit in one event, the quotation's mark put back before them
    ("“The council has ignored the people of this valley for years, and it has ignored the floods, the closed roads and "
     "the schools that shut every winter because of them. We are done. Done,” the campaigner said on Monday.",
     "“We are done. Done,” the campaigner said on Monday."),
])
def test_a_short_quoted_end_keeps_what_was_said(text: str, event: str) -> None:
    assert event in [told for _, told in _events(text)]


def test_a_long_quotation_with_a_short_attribution_is_cut() -> None:
    text = ("“The council has ignored the people of this valley for years, and it has ignored the floods, the closed "
            "roads and the schools that shut every winter because of them. Enough,” the campaigner said on Monday.")
    (when, event), = _events(text)
    assert when == "on Monday"
    assert event.startswith("“The council has ignored") and "…" in event
    assert event.endswith("the campaigner said on Monday.")


@pytest.mark.parametrize("text", [
    # a date in the description of the speaker named at the sentence's end is the speaker's past: no event
    "“The harbour has never been busier,” said Ana Ruiz, who ran the port authority from 1998 to 2004.",
    "“We lost that fight,” said Tom Berg, the union's leader in the strike of 2009.",
    "The ferry will keep running, predicted Maria Lind, the former mayor defeated by the ferry's owner 12 years ago.",
    "“It is a good day for the town,” said Mr. Okafor, whose family opened the first shop on the quay in March 1961.",
    "The plan will fail, according to Jan Novak, a council member since 2015.",
    "“We are on time,” said Luis de Souza, who ran the port's ferries in 2008.",  # (a particle in the name)
    # a title's word in small letters before the name, the place the speaker is of after it
    "The harbour is the town's future, said former Mayor Ana Ruiz, who ran for governor in 2010.",
    "“The ferry saved us,” said Sen. Tom Berg of North Dakota, a Republican who lost his first race in 1996.",
    "“It is a good day,” said acting Chief Rosa Lind of Tromso, who joined the force in 1989.",
    # and between the name opening the sentence and the verb
    "Rosa Lind, a former pilot who retired from the harbour in 2013, said the new locks were too narrow.",
    "Novak, who was elected to the council in 2015, argued that the ferry should stay.",
])
def test_a_date_in_the_speakers_description_is_no_event(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(("text", "when"), [
    # a day near the article's may be the day of the words ("who spoke at the quay on Monday")
    ("“The harbour has never been busier,” said Ana Ruiz, who spoke at the quay on Monday.", "on Monday"),
    ("“We lost that fight,” said Tom Berg, the union's leader, two weeks ago.", "two weeks ago"),
    # the date is the reported event's, before the attribution
    ("The port opened in 1961, said Ana Ruiz, the head of the port authority.", "in 1961"),
    # a description that is no speaker's: the name's own verb is no attribution
    ("Rosa Lind, a former pilot who retired from the harbour in 2013, still sails every summer.", "in 2013"),
    # no name after the verb: no speaker's description
    ("The port closed, the mayor said, a decision that the council took in 2004.", "in 2004"),
    # "of" with a place in small letters is no speaker's place: the reported clause goes on
    ("“We will see,” said Ana Ruiz of the port authority, which closed the pier in 2004.", "in 2004"),
])
def test_other_dates_near_an_attribution_stay(text: str, when: str) -> None:
    assert [w for w, _ in _events(text)] == [when]


@pytest.mark.parametrize(("rule_name", "unit", "back"), [
    # the dates a speaker's description (and a name's relative clause) may hold: years or months back
    ("year", None, True), ("month-year", None, True), ("month-day-year", None, True), ("iso", None, True),
    ("ago", "years", True), ("ago", "Months", True),
    # not a day near the article's
    ("ago", "weeks", False), ("ago", "days", False), ("weekday", None, False), ("month-day", None, False),
    ("relative-period", "year", False), ("deictic-day", None, False),
])
def test_years_or_months_back(rule_name: str, unit: str | None, back: bool) -> None:
    assert years_or_months_back(rule_name, unit) is back


def test_each_date_of_a_sentence_is_placed_against_its_descriptions() -> None:
    # the descriptions are found once a sentence (_descriptions, cached); each date is still placed on its own
    after = "The port opened in 1961, said Ana Ruiz, who ran the port authority from 1998 to 2004."
    assert [in_speakers_description(after, after.index(y), "year", None) for y in ("1961", "1998", "2004")] == [
        False, True, True]
    before = "Rosa Lind, a former pilot who retired in 2013, said the locks built in 1990 were too narrow."
    assert [in_speakers_description(before, before.index(y), "year", None) for y in ("2013", "1990")] == [True, False]
    assert not in_speakers_description(after, after.index("2004"), "weekday", None)  # (a day near the article's)


@pytest.mark.parametrize("text", [
    "\"By 2040, we'll all be driving flying cars,\" is an old joke in the valley.",
    "“In 1999, the river froze solid,” was a favourite saying of the ferrymen.",
    "As the old saying goes, “In 1900, nobody here owned a car.”",
    "The town's slogan, “Since 1850, we bake bread for everyone,” hangs over the square.",
    "The fans sang the chant “In 2005, we won the cup!” all night.",
])
def test_a_date_inside_a_quoted_saying_is_no_event(text: str) -> None:
    assert [when for when, _event in _events(text) if any(c.isdigit() for c in when)] == []


@pytest.mark.parametrize(("text", "when"), [
    # "saying" and "jokes" as verbs: someone's words
    ("The coach answered by saying, “In 2005, we won the cup.”", "in 2005"),
    ("He jokes, “In 2005, we won the cup, and nobody noticed.”", "in 2005"),
    ("The club posted a statement saying “In 2005, we won the cup.”", "in 2005"),
    # "a joke" inside the quotation, not naming it
    ("“In 2005, the cup final was a joke,” the coach said on Monday.", "in 2005"),
])
def test_a_quotation_that_is_no_saying_keeps_its_date(text: str, when: str) -> None:
    assert when in [w for w, _event in _events(text)]
