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
    ("Sportsmail", "place", "organization"),  # a paper's sports brand
    ("Mail Online", "place", "organization"),
    # negatives: a given name and a surname ("Barbara Castle" was a minister)
    ("Barbara Castle", "person", "person"),
])
def test_listed_heads_and_firms(name: str, kind: str, expected: str) -> None:
    text = f"Then {name} was in the news."
    c = Candidate(name, kind, text, text.index(name), 1)  # type: ignore[arg-type]
    assert type_of(c)[0] == expected


@pytest.mark.parametrize(("name", "kind", "expected"), [
    ("Graeme Hollis", "organization", "person"),  # a given name of data/given_names.tsv
    ("Davit Beridze", "organization", "person"),
    ("Matteo Rinaldi", "place", "person"),
    # negatives: a body's name that opens with a place; a name of a table's left-out kind
    ("Jordan Valley Authority", "organization", "organization"),
])
def test_more_given_names_make_a_person(name: str, kind: str, expected: str) -> None:
    text = f"Then {name} was in the news."
    c = Candidate(name, kind, text, text.index(name), 1)  # type: ignore[arg-type]
    assert type_of(c)[0] == expected


def test_the_extra_given_names_table_leaves_out_places_and_bodies() -> None:
    from briefgen.extract.actor_candidate import _more_given_names
    from briefgen.extract.gazetteer import gazetteer

    gaz = gazetteer()
    extra = _more_given_names()
    assert extra and all(n.islower() for n in extra)
    assert not {n for n in extra if n in gaz.states or n in gaz.capitals or n.title() in gaz.us_states}
