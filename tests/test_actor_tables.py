"""Table entries at work: a castle or an abbey is a place, a polling firm an organisation, whatever NER read."""

from __future__ import annotations

import pytest

from briefgen.extract.actor_candidate import Candidate
from briefgen.extract.actor_types import type_of


@pytest.mark.parametrize(("name", "kind", "expected"), [
    ("Warwick Castle", "person", "place"),
    ("Tintern Abbey", "person", "place"),
    ("Ipsos MORI", "person", "organization"),
    ("YouGov", "place", "organization"),
    # negatives: a given name and a surname ("Barbara Castle" was a minister)
    ("Barbara Castle", "person", "person"),
])
def test_listed_heads_and_firms(name: str, kind: str, expected: str) -> None:
    text = f"Then {name} was in the news."
    c = Candidate(name, kind, text, text.index(name), 1)  # type: ignore[arg-type]
    assert type_of(c)[0] == expected
