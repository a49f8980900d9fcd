"""A capital read as its state's government (TYPE_RULES state.capital-as-government), and where it stays a city."""

from __future__ import annotations

import pytest

from briefgen.extract.actor_types import Candidate, type_of


def _outcome(name: str, text: str, places: tuple[str, ...] = ()) -> str:
    # every name NER found: this one and the places
    spans = tuple((text.index(n), text.index(n) + len(n)) for n in (name, *places))
    outcome, _rule = type_of(Candidate(name, "place", text, text.index(name), 2, places=frozenset(places), spans=spans))
    return outcome


@pytest.mark.parametrize("name, text, places, outcome", [
    ("Washington", "Officials fear that Washington might pursue a narrow deal.", (), "state"),
    ("Moscow", "Moscow denied the report on Friday.", (), "state"),
    # the city: after a preposition of place, its state or its own suffix after it, a noun it modifies
    ("Washington", "Netanyahu had rushed to Washington on Monday.", (), "place"),
    ("Washington", "The team arrived in Washington D.C. after many difficulties.", (), "place"),
    ("Washington", "Their plane reached Washington D.C. late.", (), "place"),
    ("Washington", "The museum in Seattle, Washington was proposed.", ("Seattle",), "place"),
    ("Paris", "Fear grew after the Paris attacks in November.", (), "place"),
    ("Paris", "Nearly 200 countries signed the Paris agreement.", (), "place"),
    ("Washington", "James Hamilton, the Washington lawyer leading the search, said so.", (), "place"),
    # the government needs a sign: a verb of state action after it (auxiliaries and adverbs between), a policy's
    # noun after its possessive, a dealing "with" it, or "between"/"against" before it
    ("Beijing", "Beijing has also imposed new tariffs on steel.", (), "state"),
    ("Moscow", "Moscow could gradually extricate itself from the war.", (), "state"),
    ("Quito", "He was taken into custody after Quito stripped him of his refugee status.", (), "state"),
    ("Seoul", "Installations reached 1.64 GW and Seoul plans to install 30.8 GW of solar by 2030.", (), "state"),
    ("Tehran", "It reserved the right to retaliate for Tehran's alleged deployment of troops.", (), "state"),
    ("Beijing", "Analysts doubt Beijing's policy will change.", (), "state"),
    ("Moscow", "Lukashenko signed a pact with Moscow in April.", (), "state"),
    ("Tehran", "Trump has been weighing additional military pressure on Tehran.", (), "state"),
    ("Paris", "The world mourned after the attacks on Paris.", (), "place"),
    ("Jerusalem", "They attacked Israel's decision and its policy on Jerusalem.", (), "place"),
    ("Washington", "Tensions between Washington and Beijing grew.", ("Beijing",), "state"),
    ("Moscow", "Moscow and Beijing warned against the plan.", ("Beijing",), "state"),
    ("Tehran", "Officials said Washington warned Tehran against retaliation.", (), "state"),
    # no sign: the city ("London famously has been fighting dirty air", a Vox page on smog)
    ("London", "London famously has been fighting dirty air since the 14th century.", (), "place"),
    ("Paris", "Paris has also historically and recently suffered from dangerous smog.", (), "place"),
    ("Beijing", "Hurun said that Beijing is the world's billionaire capital.", (), "place"),
    ("Beijing", "Smog covered Beijing's streets for a week.", (), "place"),
    ("Jakarta", "Jakarta served as the host to the series of negotiations.", (), "place"),
])
def test_capital_as_government(name: str, text: str, places: tuple[str, ...], outcome: str) -> None:
    assert _outcome(name, text, places) == outcome
