"""An interview's summary: its introduction when it has one, else its first question and the answer to it."""

from __future__ import annotations

import pytest

from briefgen.extract.summary import summarize
from briefgen.extract.summary_interview import INTRO_WORDS, interview_opening
from briefgen.model import Article, Paragraph

TURNS = [
    "Harbour Radio: You were a ferry captain for thirty years before you opened the museum. What made you start it?",
    "Nora Quist: I kept every logbook from every crossing. My late husband said they belonged in a museum. "
    "So we bought the old customs house in 2015 and opened it to visitors two years later.",
    "Harbour Radio: Who comes to see it?",
    "Nora Quist: Mostly school classes in the spring. Tourists come in the summer, and a few sailors all year round. "
    "Last year we had nine thousand visitors, twice as many as the year before.",
    "Harbour Radio: What is next for the museum?",
    "Nora Quist: Next spring we open a second room about the shipwrecks of the bay. The town council gave us a grant "
    "for it in March.",
]
INTRO = ("On Monday, Harbour Radio spoke with Nora Quist, a retired ferry captain who runs the Bay Ferry Museum in "
         "the old customs house, about its first five years and its plans for a room on shipwrecks.")


def _article(paragraphs: list[str]) -> Article:
    return Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs))


def test_an_interview_with_an_introduction_is_summed_up_by_it() -> None:
    assert len(INTRO.split()) >= INTRO_WORDS
    summary, key_points = summarize(_article([INTRO, *TURNS]))
    assert summary == (INTRO,)
    assert key_points and all(k.startswith("Nora Quist: ") for k in key_points)  # the answers are key points


def test_an_interview_without_one_opens_on_its_first_question_then_the_answer() -> None:
    summary, _key_points = summarize(_article(TURNS))
    assert summary[0] == TURNS[0]
    assert summary[1] == "Nora Quist: I kept every logbook from every crossing."
    assert all(line.startswith("Nora Quist: ") for line in summary[1:])
    assert not any("nine thousand" in line or "shipwrecks" in line for line in summary)  # (later answers)


@pytest.mark.parametrize(("question", "line"), [
    # a question typed without its mark gets it; a long question is cut to its last sentence
    ("Harbour Radio: How did you come to run the museum", "Harbour Radio: How did you come to run the museum?"),
    ("Harbour Radio: You were a ferry captain for thirty years.", "Harbour Radio: You were a ferry captain for thirty "
     "years."),
    ("Harbour Radio: " + "The bay has changed a great deal since the bridge was built and the ferries stopped, and "
     "many people in town still miss the crossing and the boats and the old quay with its cafés and fishmongers, "
     "and the summer evenings when the whole town went down to the water to watch the last boat come in. "
     "Why a museum?", "Harbour Radio: Why a museum?"),
])
def test_the_question_line(question: str, line: str) -> None:
    opening = interview_opening(_article([question, *TURNS[1:]]).paragraphs)
    assert opening is not None and opening.question == line


def test_an_interview_that_opens_on_an_answer_keeps_its_ranked_summary() -> None:
    paragraphs = TURNS[1:]  # the first turn is an answer: no question frames it
    assert interview_opening(_article(paragraphs).paragraphs) is None


def test_news_is_no_interview() -> None:
    news = ["The Bay Ferry Museum opened a room on shipwrecks on Monday, five years after it first opened its doors.",
            "The room shows the wrecks of the bay since 1850, with a diver's suit and a ship's bell.",
            "The town council gave the museum a grant for the room in March."]
    assert interview_opening(_article(news).paragraphs) is None
    summary, _ = summarize(_article(news))
    assert summary[0] == news[0]
