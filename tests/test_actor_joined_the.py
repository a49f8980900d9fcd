"""A body named right after "joined the" that NER missed is a body, before a stop or a word of
actor_spans.JOINED_BODY_FOLLOWERS ("She joined the Kestrel Order aged 15")."""

import pytest

from briefgen import analyze
from briefgen.extract.actor_spans import organization_spans
from ner_helpers import entities


@pytest.mark.parametrize("sentence, body", [
    ("She joined the Kestrel Order aged 15.", "Kestrel Order"),
    ("He rejoined the Lantern Corps in 1990, the court heard.", "Lantern Corps"),
    ("Joining the Harbor Watch, she left her village.", "Harbor Watch"),
    ("Two cousins later joined the Grey Tide.", "Grey Tide"),
])
def test_a_body_after_joined_the(sentence, body):
    out = organization_spans(sentence, [])
    assert [(e.text, e.label_) for e in out] == [(body, "ORG")]


@pytest.mark.parametrize("sentence, read", [
    # a modifier of the noun after it; a name NER found; a title first; no "the"
    ("They joined the Varn administration in 2009.", ()),
    ("They joined the Artemis program last year.", ()),
    ("She joined the Kestrel Order aged 15.", (("Kestrel Order", "ORG"),)),
    ("He joined the Senator Alba at dinner.", ()),
    ("He joined Kestrel Order in 1990.", ()),
])
def test_no_body_after_joined_the(sentence, read):
    ents = entities(sentence, read)
    assert organization_spans(sentence, ents) == ents


def test_a_joined_body_in_an_article():
    text = "She joined the Kestrel Order aged 15 and left it in 2001, her brother said."
    found = {a.name: a.type for a in analyze(text, format="text").actors}
    assert found.get("Kestrel Order") == "organization"
