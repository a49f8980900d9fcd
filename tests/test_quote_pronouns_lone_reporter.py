"""A "he" or "she" after a sentence in which a one-word name the article gives no given name reports speech."""

from __future__ import annotations

import pytest

from briefgen.extract.quote_pronouns import NOT_LONE_REPORTER, lone_reporter
from briefgen.extract.quotes import extract_quotes

EARLIER = '"The budget is a mess," said Peter Hollis, the county treasurer.'


@pytest.mark.parametrize(
    ("rule", "paragraphs", "expected"),
    [
        ("reporter just before, same paragraph", [
            EARLIER, 'Varga openly admitted that her vote was about the election. "I want to win in March," she said.'],
         "Varga"),
        ("reporter ends the paragraph before", [
            EARLIER, "Her deputy, Lena Okafor, runs the office, but Okafor said the work is getting harder.",
            '"We need more staff," she said.'], "Okafor"),
        ("a closing attribution", [
            EARLIER, "People want fewer forms, Brandt said.", 'They expect "a simpler office," he said.'], "Brandt"),
        ("no speech: a subject the text also writes inside a sentence", [
            EARLIER, "Born in Tucson, Arvizu often saw families cross the border.", '"They are my people," he said.'],
         "Arvizu"),
        ("the last named speaker is named in the sentence too", [
            EARLIER, "Hollis said the cuts would hurt.", '"We will lose two clerks," he said.'], "Hollis"),
    ],
)
def test_lone_reporter_speaks(rule: str, paragraphs: list[str], expected: str) -> None:
    assert extract_quotes(paragraphs)[-1].speaker == expected, rule


@pytest.mark.parametrize(
    ("rule", "paragraphs"),
    [
        ("initials", [EARLIER, "KXTV reported that the vote was close.", '"It was a long night," he said.']),
        ("place or body", [EARLIER, "Ohio announced new rules on Monday.", '"They are overdue," he said.']),
        ("anyone or no one", [EARLIER, "Nobody asked about the deficit.", '"It will grow," he said.']),
        ("common word", [EARLIER, "Farmers complained about the new fees.", '"They are too high," he said.']),
        ("written in lower case", [EARLIER, "The price of wheat rose. Wheat growers argued about the rules.",
                                   '"We lose money," he said.']),
        ("the quote's own sentence names someone", [
            EARLIER, "Brandt said the office is short of staff.", 'Later Hollis added, "We will hire," he said.']),
        ("no speech, a word met only opening its sentence", [
            EARLIER, "Brandt drove to the meeting.", '"It went well," he said.']),
    ],
)
def test_no_lone_reporter(rule: str, paragraphs: list[str]) -> None:
    assert extract_quotes(paragraphs)[-1].speaker == "Peter Hollis", rule


@pytest.mark.parametrize(
    ("rule", "word", "recent"),
    [("initials", "KXTV", ""), ("place or body", "Ohio", ""), ("anyone or no one", "Nobody", ""),
     ("common word", "Farmers", ""), ("written in lower case", "Coal", "the coal mines closed")],
)
def test_rules_named(rule: str, word: str, recent: str) -> None:
    assert dict(NOT_LONE_REPORTER)[rule](word, recent)


def test_lone_reporter_reads_the_last_whole_sentence() -> None:
    assert lone_reporter("The vote came late. Varga said the count was wrong. ", {}) == (
        "Varga", "Varga said the count was wrong.")
    assert lone_reporter('Varga said "it was wrong" again. ', {}) is None  # a sentence with a quote of its own
