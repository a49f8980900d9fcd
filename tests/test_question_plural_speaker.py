"""'it' after a plural speaker's 'said' is never those people (question_namer, rule it-not-plural-speaker): it is the
body a name or possessive before their noun gives, else nothing is asked of it."""

from __future__ import annotations

import pytest

from briefgen.extract.questions import extract_questions
from briefgen.model import Actor, Article, Paragraph

ACTORS = (Actor(name="Vantor Mills", type="organization"), Actor(name="NTSB", type="organization"))


def _questions(*paragraphs: str) -> list[str]:
    article = Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs))
    return [q.question for q in extract_questions(article, ACTORS)]


@pytest.mark.parametrize(("sentence", "people"), [
    ("Some economists said it could be years before the harbor reopens.", "economists"),
    ("Local farmers said it might flood again in the spring.", "farmers"),
    ("Officials said it could take weeks to restore the ferry line.", "Officials"),
    ("The two mayors said it may pass before the summer recess.", "mayors"),
    ("Several historians say it may be too late to save the old mill.", "historians"),
    # a word for people opening the sentence, capitalised: a common noun, not a name
    ("Economists said it could be years before the harbor reopens.", "Economists"),
    ("Women said it might flood again in the spring.", "Women"),
    ("Sailors said it may be too late to save the old mill.", "Sailors"),
    ("Local women said it might flood again in the spring.", "women"),
])
def test_it_is_never_the_plural_speaker(sentence: str, people: str) -> None:
    assert not any(people in q for q in _questions("The harbor closed in March.", sentence))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The town's lawyers said it may appeal the zoning ruling.", "Will the town appeal the zoning ruling?"),
    ("NTSB investigators said it may reopen the inquiry next year.", "Will NTSB reopen the inquiry next year?"),
    ("Vantor Mills executives said it may close the dye plant next year.",
     "Will Vantor Mills close the dye plant next year?"),
])
def test_it_after_a_plural_speaker_is_the_body_they_speak_for(sentence: str, expected: str) -> None:
    assert _questions("The harbor closed in March.", sentence) == [expected]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The county said it may widen the coast road next year.", "Will the county widen the coast road next year?"),
    ("The Denver maker of skis said it may open a second plant.", "Will the Denver maker of skis open a second plant?"),
    ("Vantor Mills said it may close the dye plant next year.", "Will Vantor Mills close the dye plant next year?"),
    # a name ending like a plural, an actor ("Vantor Mills"), or a noun that names one thing
    ("The analysis said it may delay the dye plant next year.", "Will the analysis delay the dye plant next year?"),
])
def test_it_after_a_singular_speaker_is_still_the_speaker(sentence: str, expected: str) -> None:
    assert _questions("The harbor closed in March.", sentence) == [expected]


@pytest.mark.parametrize("speaker", ["Traders", "Brewers"])
def test_a_capital_the_article_names_as_an_actor_stays_the_speaker(speaker: str) -> None:
    article = Article(name="t", paragraphs=(Paragraph("The harbor closed in March."),
                                            Paragraph(f"{speaker} said it may close the dye plant next year.")))
    actors = (Actor(name=speaker, type="organization"),)
    assert [q.question for q in extract_questions(article, actors)] == \
        [f"Will {speaker} close the dye plant next year?"]
