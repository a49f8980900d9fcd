"""A name NER ran across a sentence's end is cut to its part after it (actor_spans.cut_at_sentence_ends)."""

import pytest

from briefgen.extract.actor_spans import cut_at_sentence_ends
from briefgen.extract.nlp import Entity


def _ent(text, sentence, label="ORG"):
    start = sentence.index(text)
    return Entity(text, label, start, start + len(text))


@pytest.mark.parametrize("sentence, read, cut", [
    ("Both crews waited at the U.S. border. Team Norvik rebuilt its boat.", "the U.S. border. Team Norvik", "Team Norvik"),
    ("They reached the Andes pass! Club Lerma won.", "Andes pass! Club Lerma", "Club Lerma"),
])
def test_a_name_run_across_a_sentence_end_is_cut(sentence, read, cut):
    assert [e.text for e in cut_at_sentence_ends(sentence, [_ent(read, sentence)])] == [cut]


@pytest.mark.parametrize("sentence, read", [
    ("The ruling in Brown v. Board of Education stands.", "Brown v. Board of Education"),
    ("Fans recall Ali vs. Frazier in 1971.", "Ali vs. Frazier"),
    ("He flew to St. Louis on Monday.", "St. Louis"),
    ("The U.S. Army said so.", "The U.S. Army"),
])
def test_a_name_with_a_dot_inside_stays(sentence, read):
    ent = _ent(read, sentence)
    assert cut_at_sentence_ends(sentence, [ent]) == [ent]
