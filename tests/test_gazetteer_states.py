"""The states table holds every UN member state, without capitals that name other places or people."""

from __future__ import annotations

import pytest

from briefgen.extract.gazetteer import gazetteer, lookup_key


@pytest.mark.parametrize("name", ["Liechtenstein", "Bhutan", "Papua New Guinea", "Trinidad and Tobago", "Eswatini",
                                  "Republic of Ireland", "Swaziland", "Fiji"])
def test_state_listed(name: str) -> None:
    assert lookup_key(name) in gazetteer().states


@pytest.mark.parametrize(("word", "state"), [("Liechtensteiner", "Liechtenstein"), ("Fijian", "Fiji"),
                                             ("Dominican", "Dominican Republic"),
                                             ("Congolese", "Democratic Republic of the Congo")])
def test_demonym_keeps_its_first_state(word: str, state: str) -> None:
    assert gazetteer().demonyms[lookup_key(word)] == state


@pytest.mark.parametrize("word", ["Victoria", "Georgetown", "Male", "Car"])
def test_ambiguous_capitals_and_aliases_left_out(word: str) -> None:
    g = gazetteer()
    assert lookup_key(word) not in g.capitals and lookup_key(word) not in g.states


@pytest.mark.parametrize(("name", "known"), [("Ohio", True), ("West Virginia", True), ("Iran", True), ("U.S.", True),
                                             ("Tehran", True), ("ohio", False), ("Victoria", False),
                                             ("Halston", False)])
def test_state_or_capital(name: str, known: bool) -> None:
    """A US state as written, or a state or a capital by its lookup key ("ohio" is no US state's name as written)."""
    assert gazetteer().state_or_capital(name) is known
    assert gazetteer().state_or_capital(name, lookup_key(name)) is known
