"""Market indices and indicators (the Dow, FTSE 100, Chicago PMI), listed non-actors in capitals and words of a web address are no actors."""

from __future__ import annotations

import pytest

from briefgen.extract.actor_candidate import Candidate
from briefgen.extract.actor_types import NOT_AN_ACTOR, type_of


@pytest.mark.parametrize(("sentence", "name", "kind", "expected"), [
    ("Stocks fell as the Dow lost 40 points.", "Dow", "organization", NOT_AN_ACTOR),
    ("The FTSE 100 closed higher in London.", "FTSE 100", "organization", NOT_AN_ACTOR),
    ("NIKKEI close 20,100", "NIKKEI", "organization", NOT_AN_ACTOR),
    ("A rise in the Ohio PMI lifted yields.", "Ohio PMI", "organization", NOT_AN_ACTOR),
    ("The Weston Composite Index rose 2 percent.", "Weston Composite Index", "organization", NOT_AN_ACTOR),
    ("EUROBONDS - Primary market activity was slow.", "EUROBONDS", "organization", NOT_AN_ACTOR),
    ("Women's 100 metres hurdles", "Women", "organization", NOT_AN_ACTOR),
    # negatives: a company named after its founder; a body whose name has no index word
    ("Dow Chemical said it would build a plant.", "Dow Chemical", "organization", "organization"),
    ("The Index Group said it would merge.", "Index Group", "organization", "organization"),
])
def test_market_index_rule(sentence: str, name: str, kind: str, expected: str) -> None:
    c = Candidate(name, kind, sentence, sentence.index(name), 2)  # type: ignore[arg-type]
    assert type_of(c)[0] == expected


@pytest.mark.parametrize(("sentence", "name", "expected"), [
    ("(see http://www.velmora.org/wiki:Carbon-Neutral)", "Carbon-Neutral", NOT_AN_ACTOR),
    ("at www.velmora.com/Ostrin-Group today", "Ostrin-Group", NOT_AN_ACTOR),
    # negatives: the name stands apart from the address
    ("Ostrin Group said (http://www.velmora.org/)", "Ostrin Group", "organization"),
    ("see http://velmora.org and Ostrin Group", "Ostrin Group", "organization"),
])
def test_inside_web_address(sentence: str, name: str, expected: str) -> None:
    c = Candidate(name, "organization", sentence, sentence.index(name), 2)
    assert type_of(c)[0] == expected
