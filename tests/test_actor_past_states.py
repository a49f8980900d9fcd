"""States of the past (data/states.tsv, the rows after "states of the past") are states, as today's are, and their
demonyms count for them."""

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.gazetteer import gazetteer
from briefgen.model import Article, Paragraph


def _actors(*paragraphs):
    return {a.name: a for a in extract_actors(Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs)))}


@pytest.mark.parametrize("form, state", [
    ("Soviet Union", "Soviet Union"), ("USSR", "Soviet Union"), ("U.S.S.R.", "Soviet Union"),
    ("Czechoslovakia", "Czechoslovakia"), ("Yugoslavia", "Yugoslavia"), ("East Germany", "East Germany"),
    ("GDR", "East Germany"), ("West Germany", "West Germany"),
])
def test_a_past_state_is_in_the_table(form, state):
    assert gazetteer().states[form.lower().replace(".", "")] == state


@pytest.mark.parametrize("paragraphs, name", [
    (("The treaty was signed by the Soviet Union and Poland in a cold hall in 1970.",), "Soviet Union"),
    (("Trade between Czechoslovakia and Austria grew slowly in the 1980s, the historian wrote.",), "Czechoslovakia"),
    (("Refugees crossed from East Germany into Hungary that summer, the archive shows.",), "East Germany"),
])
def test_a_past_state_is_typed_a_state(paragraphs, name):
    actors = _actors(*paragraphs)
    assert actors[name].type == "state"


@pytest.mark.parametrize("form", ["Moscow", "Prague", "Berlin", "Belgrade"])
def test_a_past_state_takes_no_capital_from_todays(form):
    assert gazetteer().capitals[form.lower()] not in {"Soviet Union", "Czechoslovakia", "Yugoslavia", "East Germany",
                                                      "West Germany"}
