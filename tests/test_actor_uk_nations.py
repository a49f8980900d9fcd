"""The UK's nations, which no state table holds, are places found where NER missed them ("Wales beat …" opening a
sentence), not inside a longer name, and no English word's plural; read as a body or a person (a national side, a
possessive) they are the place."""

from __future__ import annotations

import pytest

from briefgen.extract.actor_states import missed_places
from briefgen.extract.actors import extract_actors
from briefgen.model import Article, Paragraph


@pytest.mark.parametrize(("text", "expected"), [
    ("Wales beat Andorra 3-0 on Saturday.", [("Wales", 0)]),
    ("Rain fell across Scotland and Northern Ireland overnight.", [("Scotland", 17), ("Northern Ireland", 30)]),
    # negatives: inside a longer name, a compound
    ("The Bank of England held rates as New England shivered.", []),
    ("The Prince of Wales met an ex-England captain.", []),
])
def test_a_uk_nation_ner_missed(text: str, expected: list[tuple[str, int]]) -> None:
    assert missed_places(text, []) == expected


def test_a_nation_opening_every_sentence_is_kept() -> None:
    lines = ("Wales beat Andorra 3-0 in a qualifier on Saturday.", "Wales now lead their group.")
    actors = extract_actors(Article(name="t", paragraphs=tuple(Paragraph(line) for line in lines)))
    assert {a.name: a.type for a in actors}.get("Wales") == "place"


@pytest.mark.parametrize(("sentence", "name", "kind", "persons", "expected"), [
    ("He was named the new England captain on Friday.", "England", "place", set(), "place"),
    ("July 12 v Scotland", "Scotland", "organization", set(), "place"),
    ("Injuries will keep him out of England's opening match.", "England", "person", set(), "place"),
    # negative: the surname of a person the article names
    ("England said the forecast was wrong.", "England", "place", {"Gary England"}, "person"),
])
def test_a_uk_nation_and_its_side_are_the_place(sentence: str, name: str, kind: str, persons: set[str],
                                                 expected: str) -> None:
    from briefgen.extract.actor_candidate import Candidate
    from briefgen.extract.actor_types import type_of
    c = Candidate(name, kind, sentence, sentence.index(name), 1, frozenset(persons), sporting=True)  # type: ignore[arg-type]
    assert type_of(c)[0] == expected
