"""Timeline: an event cut down to a long sentence's opening subordinate clause is told as a clause of its own, or not
at all when it only supposes; a date inside a supposition dates no event."""

from __future__ import annotations

import pytest

from briefgen.extract.event_text import event_text
from briefgen.extract.timeline import extract_timeline
from briefgen.extract.timeline_clauses import (
    NOT_SUPPOSING_AFTER, OPENING_SUBORDINATORS, SUPPOSING_WORDS, WHETHER_IF_BEFORE, opening_clause_alone,
    opens_with_a_phrase, supposed_date,
)
from briefgen.model import Article, Paragraph


def _event(sentence: str, date: str) -> str:
    return event_text(sentence, sentence.index(date))


@pytest.mark.parametrize(("sentence", "date", "event"), [
    # a fact: the clause without its conjunction
    ("While her brother could count on the votes of the river towns in 1998, when he ran for the council on a promise "
     "of new bridges, the candidate has struggled to win over the farmers of the plain this spring.", "in 1998",
     "Her brother could count on the votes of the river towns in 1998."),
    ("When Marta Oliveira Santos, the deputy director of the city's port, came to see me last week about the new "
     "cranes and the dredging plan, I did not expect her to bring up the old quarrel over the harbour fees.",
     "last week", "Marta Oliveira Santos, the deputy director of the city's port, came to see me last week about the "
     "new cranes and the dredging plan."),
    ("Although the orchestra played to a half-empty hall in 2011, when the old theatre was still being rebuilt after "
     "the fire, its players never doubted that the audiences would come back to them.", "in 2011",
     "The orchestra played to a half-empty hall in 2011."),
])
def test_an_opening_clause_of_fact_is_told_alone(sentence: str, date: str, event: str) -> None:
    assert _event(sentence, date) == event


def test_an_opening_supposition_tells_no_event() -> None:
    sentence = ("If you want to grasp what Tuesday night's vote in the harbour council between the two port unions "
                "really meant — or the bitter quarrel between their members — you have to go back to the strike.")
    assert _event(sentence, "Tuesday") == ""


@pytest.mark.parametrize(("sentence", "date", "event"), [
    # the main clause is already in the head: nothing is dropped
    ("Although the bank has so far missed only a small payment on its bonds, the next test comes on Tuesday, when it "
     "is due to pay the holders of its largest issue more than three hundred million dollars.", "on Tuesday",
     "Although the bank has so far missed only a small payment on its bonds, the next test comes on Tuesday."),
    # no subject after "When": no clause of its own to tell
    ("When asked by the committee's chairwoman on Thursday about the long delays at the border crossings of the north, "
     "the minister said that more officers would be hired next year to clear the queues.", "on Thursday",
     "When asked by the committee's chairwoman on Thursday about the long delays at the border crossings of the north, "
     "the minister said that more officers would be hired next year …"),
])
def test_other_heads_are_kept(sentence: str, date: str, event: str) -> None:
    assert _event(sentence, date) == event


@pytest.mark.parametrize("word", OPENING_SUBORDINATORS)
def test_every_subordinator_is_read(word: str) -> None:
    told = opening_clause_alone(f"{word.capitalize()} the ferry left the harbour on Monday,")
    assert told == ("The ferry left the harbour on Monday," if OPENING_SUBORDINATORS[word] else "")


@pytest.mark.parametrize("head", ["After years of debate, the council on Monday", "As a senator in 2001,",
                                  "The council met on Monday,"])
def test_other_openings_are_no_subordinate_clause(head: str) -> None:
    assert opening_clause_alone(head) is None


@pytest.mark.parametrize(("sentence", "date", "holds"), [
    # an opening phrase of time with no verb yet runs on to its main clause
    ("Until the opening of the new bridge across the estuary to traffic in 2011, and especially the end of its tolls, "
     "most of the town's goods came by ferry from the port on the other bank of the river.", "in 2011",
     "most of the town's goods came"),
    ("After the long quarrel between the two harbour unions over the night shifts in 2014, and the strike that followed "
     "it, the port's owners agreed to hire a mediator from the capital.", "in 2014", "the port's owners"),
])
def test_an_opening_phrase_runs_on_to_its_clause(sentence: str, date: str, holds: str) -> None:
    assert holds in _event(sentence, date)


@pytest.mark.parametrize("head", ["Until the treaty in 1994,", "After the strike in 2014,", "Despite the rain on Monday,"])
def test_opening_prepositions(head: str) -> None:
    assert opens_with_a_phrase(head)


@pytest.mark.parametrize("head", ["On Monday,", "The council met on Monday,", "Untilled fields in 2014,"])
def test_other_heads_open_no_phrase(head: str) -> None:
    assert not opens_with_a_phrase(head)


@pytest.mark.parametrize("text", [
    # a supposition's date dates what may happen: no event
    "If the ferry union walks out on Friday, the island will be cut off for a week.",
    "The mayor says the market will stay open if the council does not vote it down on Thursday.",
    "Even if the money were to reach the clinics within the next week, most of it would arrive too late.",
    "The harbour will close for good unless repairs start by March 3.",
    "The new bridge is seen as vital if the town is to grow for the first time since 1990.",
    "If the dam holds until 2030, or close to it, the valley towns will be safe.",
])
def test_a_suppositions_date_tells_no_event(text: str) -> None:
    assert _whens(text) == []


@pytest.mark.parametrize(("text", "when"), [
    # an occasion the supposition names is held whatever happens
    ("If the ferry union loses Tuesday's vote, its leaders will resign.", "Tuesday"),
    ("If Ruiz loses the March 3 primary, the seat goes to her rival.", "March 3"),
    # a clause inside the supposition tells a fact
    ("If you read what the mayor wrote on Monday, the plan is already dead.", "on Monday"),
    ("If the party loses by a wider margin than it did in 2008, its leader will step down.", "in 2008"),
    ("If the river rises again -- as it did in 2011 -- the old bridge will be closed.", "in 2011"),
    # the supposition ends at its comma: the main clause's date is the event's
    ("If the talks fail, the union will strike on Friday.", "on Friday"),
    # "if" as "whether", and phrases that are no clause
    ("Reporters asked the mayor if she had signed the order on Monday.", "on Monday"),
    ("The ferry rocked as if it had hit a rock on Monday.", "on Monday"),
    ("The council, if anything, moved faster on Monday than anyone expected.", "on Monday"),
])
def test_other_dates_near_a_supposition_stay(text: str, when: str) -> None:
    assert _whens(text) == [when]


@pytest.mark.parametrize("word", SUPPOSING_WORDS)
def test_every_supposing_word_is_read(word: str) -> None:
    assert supposed_date(f"The port will close {word} the strike goes on until Friday.", 38, 44)


@pytest.mark.parametrize("word", WHETHER_IF_BEFORE)
def test_every_whether_word_is_read(word: str) -> None:
    sentence = f"They {word} if the ferry left on Friday."
    assert not supposed_date(sentence, sentence.index("Friday"), sentence.index("Friday") + 6)


@pytest.mark.parametrize("word", NOT_SUPPOSING_AFTER)
def test_every_phrase_word_is_read(word: str) -> None:
    sentence = f"The ferry left, if {word} late, on Friday and after dark."
    assert not supposed_date(sentence, sentence.index("Friday"), sentence.index("Friday") + 6)


def test_each_date_of_a_sentence_is_read_against_its_suppositions() -> None:
    # (the suppositions are found once a sentence, for all its dates)
    sentence = "The ferry left on Monday, if the strike ends on Tuesday, and on Wednesday unless it rains on Thursday."
    spans = [(sentence.index(day), sentence.index(day) + len(day)) for day in ("Monday", "Tuesday", "Wednesday", "Thursday")]
    assert [supposed_date(sentence, *span) for span in spans] == [False, True, False, True]


def _whens(text: str) -> list[str]:
    article = Article(name="t", paragraphs=(Paragraph(text),), date="2019-11-20",  # type: ignore[arg-type]
                      date_origin="source")
    return [e.when for e in extract_timeline(article)]


@pytest.mark.parametrize("text", [
    "Unlike in 2012, when the mayor spoke for an hour, this time she kept her speech short.",
    "The fishermen fear the council will close the harbour again, as in 1996.",
    "The river towns are voting for the opposition, just like in 2004.",
    "The young voters of the valley stayed at home, much as in 2008.",
])
def test_a_past_time_the_news_is_compared_with_dates_no_event(text: str) -> None:
    assert [w for w in _whens(text) if any(c.isdigit() for c in w)] == []


@pytest.mark.parametrize(("text", "when"), [
    # "such as" lists examples, each an event
    ("The town flooded in several years, such as in 2004, when the dam broke.", "in 2004"),
    # "as" opening a clause of time with no mark before it
    ("The harbour was busy as in 2004 the new ferries began to sail.", "in 2004"),
    ("In 2004, unlike the year before, the harbour stayed open.", "in 2004"),
])
def test_a_year_outside_a_comparison_keeps_its_date(text: str, when: str) -> None:
    assert when in _whens(text)
