"""A publication's name after a plural noun for publications and "like" / "such as" / "including" is one body, where
NER read a shorter name inside it (actor_spans.PUBLICATION_PLURALS)."""

import pytest

from briefgen import analyze
from briefgen.extract.actor_spans import organization_spans
from ner_helpers import entities


@pytest.mark.parametrize("sentence, read, body", [
    ("Some publications, like AM Springfield, always run a story on her.", (("Springfield", "GPE"),), "AM Springfield"),
    ("Magazines such as Vermont Monthly ran the piece.", (("Vermont", "GPE"),), "Vermont Monthly"),
    ("Local papers, including Kestrel Valley Press, printed the letter.", (("Kestrel Valley", "LOC"),),
     "Kestrel Valley Press"),
    ("Outlets like the Dover Ledger said so.", (("Dover", "GPE"),), "Dover Ledger"),
])
def test_a_listed_publication_is_one_body(sentence, read, body):
    out = organization_spans(sentence, entities(sentence, read))
    assert [(e.text, e.label_) for e in out] == [(body, "ORG")]


@pytest.mark.parametrize("sentence, read", [
    # NER read the whole name; a person's name; no plural noun for publications; no "like"; a lower-case word
    ("Papers like the Dover Ledger said so.", (("Dover Ledger", "ORG"),)),
    ("Blogs and papers like Jane Marlow Weekly ran it.", (("Jane Marlow", "PERSON"),)),
    ("Towns like Dover Heights voted no.", (("Dover", "GPE"),)),
    ("The papers in Dover Heights voted no.", (("Dover", "GPE"),)),
    ("Papers like those in Dover ran it.", (("Dover", "GPE"),)),
])
def test_no_listed_publication(sentence, read):
    ents = entities(sentence, read)
    assert organization_spans(sentence, ents) == ents


def test_a_listed_publication_in_an_article():
    text = "Several tabloids, like AM Springfield, print gossip about her every day, the editor said."
    found = {a.name: a.type for a in analyze(text, format="text").actors}
    assert found.get("AM Springfield") == "organization"
    assert "Springfield" not in found
