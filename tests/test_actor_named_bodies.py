"""A body's name NER missed after a noun for a body ("the group Human Rights in China"): one organisation, from
invented sentences and the NER output the small English model could give."""

from __future__ import annotations

import pytest

from briefgen.extract.actor_spans import organization_spans
from ner_helpers import Span, entities


@pytest.mark.parametrize(
    ("text", "spans", "found"),
    [
        ("The Paris-based group Friends of the Andes said on Monday.", (("Paris", "GPE"),), "Friends of the Andes"),
        ("The exile group Free Press in Burma said so.", (("Burma", "GPE"),), "Free Press in Burma"),
        ("The charity Water Without Walls opened a well.", (), "Water Without Walls"),
        ("A watchdog, the group Clean Ledger Now, complained.", (), "Clean Ledger Now"),
        # one word: too little to tell a name from a word capitalised
        ("The group Hamas said so.", (), None),
        # NER found the name (whatever it read it as): its own span stands
        ("The group Open Doors said so.", (("Open Doors", "ORG"),), None),
        # a person's name after a title: no body
        ("The campaign group Chairman Rolf Brant spoke.", (("Rolf Brant", "PERSON"),), None),
        ("The group Chief Executive spoke.", (), None),
        # no noun for a body before it
        ("They met Friends of the Andes on Monday.", (), None),
    ],
)
def test_named_body(text: str, spans: tuple[Span, ...], found: str | None) -> None:
    orgs = [e.text for e in organization_spans(text, entities(text, spans)) if e.label_ == "ORG" and (e.text, "ORG") not in spans]
    assert orgs == ([found] if found else [])
