"""Article-wide evidence on a name's type: a matchup of two people, a US state among US states."""

import pytest

from briefgen.extract.actor_shapes import (dash_dateline, pair_of_people, portfolio_before_title, state_after,
                                          us_state_among_us_states)

PEOPLE = frozenset({"Donald Trump", "Hillary Clinton", "Barack Obama", "Mitt Romney", "UWP"})


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Trump-Clinton", True),
        ("Obama–Romney", True),
        # negatives: one person's double-barrelled name, a company, a half no one bears
        ("Lloyd-Webber", False),
        ("UWP-Hachette", False),
        ("Trump-Trump", False),
        ("Clinton", False),
        ("Al-Maeena", False),
    ],
)
def test_pair_of_people(name: str, expected: bool) -> None:
    assert pair_of_people(name, PEOPLE) is expected


@pytest.mark.parametrize(
    ("name", "places", "expected"),
    [
        ("Georgia", {"Ohio", "Wisconsin", "Georgia"}, True),
        # negatives: no other US states named, or a name no sovereign state shares
        ("Georgia", {"Ohio", "Tbilisi", "Russia"}, False),
        ("Georgia", set(), False),
        ("Washington", {"Ohio", "Iowa"}, False),
        ("Ohio", {"Iowa", "Maine"}, False),
    ],
)
def test_us_state_among_us_states(name: str, places: set[str], expected: bool) -> None:
    assert us_state_among_us_states(name, places) is expected


@pytest.mark.parametrize(("after", "expected"), [(", Mich. officials", True), (", Virginia, said", True),
                                                 (", Tuscany", False), (" said", False)])
def test_state_after(after: str, expected: bool) -> None:
    assert state_after(after) is expected


LONG = " Donald Trump painted a dire picture of the country on Thursday night as he accepted the nomination of his party."


@pytest.mark.parametrize(
    ("paragraph", "name", "expected"),
    [
        ("CLEVELAND -" + LONG, "CLEVELAND", True),
        ("MIAMI —" + LONG, "MIAMI", True),
        ("PORTSMOUTH, N.H. —" + LONG, "PORTSMOUTH", True),
        # negatives: a table's row or a headline, a sovereign state, a heading word, a name inside the sentence
        ("IPO FILING -- Homegate Hospitality Inc.", "IPO FILING", False),
        ("JAPAN -" + LONG, "JAPAN", False),
        ("Cleveland -" + LONG, "Cleveland", False),
        ("In CLEVELAND -" + LONG, "CLEVELAND", False),
    ],
)
def test_dash_dateline(paragraph: str, name: str, expected: bool) -> None:
    assert dash_dateline(name, paragraph, paragraph.find(name), {"Cleveland", "Miami", "Japan"}, index=9) is expected
    assert dash_dateline(name, paragraph, paragraph.find(name), index=1) is expected  # the story's opening


def test_a_dash_label_no_place_spells_is_no_dateline() -> None:
    paragraph = "EUROBONDS - Primary market activity was sharply lower, as players wound down ahead of the holiday and the data."
    assert not dash_dateline("EUROBONDS", paragraph, 0, {"Tokyo"}, index=12)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Labour's Shadow Home Secretary Yvette Cooper said it was damning.", "Shadow Home", True),
        ("protests in which Education Minister Nagoum Yamassoum was held hostage", "Education", True),
        # negatives: no name after the title word, another title word, a body that is more than a portfolio
        ("UN Secretary General Ban Ki-moon spoke.", "UN", False),
        ("Microsoft Chairman Bill Gates spoke.", "Microsoft", False),
        ("the Home Secretary said", "Home", False),
        ("the Department for Environment, Food and Rural Affairs Secretary Liz Truss", "Department for Environment, Food and Rural Affairs", False),
    ],
)
def test_portfolio_before_title(text: str, name: str, expected: bool) -> None:
    end = text.index(name) + len(name)
    assert portfolio_before_title(name, text, end) is expected
