"""A state's body NER left out after its demonym is one body with it (actor_spans.DEMONYM_BODY_HEADS)."""

import pytest

from briefgen.extract.actor_spans import organization_spans
from briefgen.extract.nlp import Entity


def _ent(text, sentence, label):
    start = sentence.index(text)
    return Entity(text, label, start, start + len(text))


@pytest.mark.parametrize("sentence, read, body", [
    ("According to the Norvian Interior Ministry over 300 people were hurt.", [("Norvian", "NORP")], "Norvian Interior Ministry"),
    ("A spokesman for the Kestrian Army denied it.", [("Kestrian", "NORP")], "Kestrian Army"),
    ("The Norvian State Department said so.", [("Norvian", "NORP")], "Norvian State Department"),
])
def test_a_demonym_and_a_body_head_are_one_body(sentence, read, body):
    out = organization_spans(sentence, [_ent(t, sentence, label) for t, label in read])
    assert [(e.text, e.label_) for e in out] == [(body, "ORG")]


@pytest.mark.parametrize("sentence, read", [
    # a lower-case head; a name NER found after the demonym; no head
    ("The Norvian army denied it.", [("Norvian", "NORP")]),
    ("The Norvian Harbor Police unit came.", [("Norvian", "NORP"), ("Harbor Police", "ORG")]),
    ("Norvian Airlines flew on.", [("Norvian", "NORP")]),
])
def test_no_demonym_body(sentence, read):
    ents = [_ent(t, sentence, label) for t, label in read]
    assert organization_spans(sentence, ents) == ents
