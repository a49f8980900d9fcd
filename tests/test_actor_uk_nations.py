"""The UK's nations, which no state table holds, are places found where NER missed them ("Wales beat …" opening a
sentence), not inside a longer name, and no English word's plural."""

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
