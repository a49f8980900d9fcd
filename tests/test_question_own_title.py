"""A mention's own title tells its sex and, against the actor's, names another person as written (question_mentions,
rule own-title-sex); a he/she in a fronted clause is the person opening the main clause (question_namer, rule
fronted-clause-pronoun)."""

from __future__ import annotations

import pytest

from briefgen.extract.question_mentions import mentions
from briefgen.extract.questions import extract_questions
from briefgen.model import Actor, Article, Paragraph

ACTORS = (Actor(name="Hart", type="person"), Actor(name="Tom Reyes", type="person"),
          Actor(name="Vera Lund", type="person", aliases=("Lund",)),
          Actor(name="Sam Okafor", type="person", aliases=("Okafor",)))


def _questions(*paragraphs: str) -> list[str]:
    article = Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs))
    return [q.question for q in extract_questions(article, ACTORS)]


@pytest.mark.parametrize(("last", "expected"), [
    ("Mr. Hart said Friday he may sell the farm next year.", "Will Mr. Hart sell the farm next year?"),
    ("Mr. Hart said on Friday that he might sell the farm.", "Will Mr. Hart sell the farm?"),
    ("Mr. Hart has said he could run for mayor next year.", "Will Mr. Hart run for mayor next year?"),
])
def test_a_title_of_the_other_sex_is_the_other_spouse(last: str, expected: str) -> None:
    assert _questions("Mrs. Hart opened the clinic in May.", "Tom Reyes joined the board later.", last) == [expected]


def test_each_mention_has_its_own_titles_sex() -> None:
    text = "Mrs. Hart opened the clinic. Hart spoke. Mr. Hart left."
    found = [(m.name, m.gender) for m in mentions(text, ACTORS[:1])]
    assert found == [("Hart", "female"), ("Hart", "female"), ("Mr. Hart", "male")]


@pytest.mark.parametrize("last", [
    "Although he may appeal the ruling, Mr. Okafor said little on Tuesday.",
    "While he could still appeal the ruling, Mr. Okafor said little on Tuesday.",
])
def test_a_pronoun_in_a_fronted_clause_is_the_main_clauses_person(last: str) -> None:
    assert _questions("Mrs. Lund spoke on Monday.", "Her husband, Mr. Lund, was freed in May.", last) == \
        ["Will Sam Okafor appeal the ruling?"]


def test_a_fronted_clause_keeps_a_person_of_its_own_sex() -> None:
    assert _questions("Tom Reyes spoke on Monday.", "Vera Lund was freed in May.",
                      "Although she may appeal the ruling, Mrs. Lund said little on Tuesday.") == \
        ["Will Vera Lund appeal the ruling?"]
