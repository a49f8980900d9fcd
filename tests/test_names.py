"""Names in capitals re-cased as names, and actor keys."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.extract.names import actor_key, from_capitals


@pytest.mark.parametrize("capitals, name", [
    ("PENCE", "Pence"),
    ("MR. KIRBY", "Mr. Kirby"),
    ("O'NEILL", "O'Neill"),  # a name capitalises again after an apostrophe …
    ("AL-ASSAD", "Al-Assad"),  # … and after a hyphen
    ("JEAN-CLAUDE JUNCKER", "Jean-Claude Juncker"),
    ("TRUMP'S", "Trump's"),  # but a possessive's s stays small
    ("TRUMP’S", "Trump’s"),
    ("MS.  LEAVITT", "Ms. Leavitt"),  # spacing is typography too
])
def test_from_capitals(capitals: str, name: str) -> None:
    assert from_capitals(capitals) == name


@pytest.mark.parametrize("name, key", [
    ("Donald Trump", "donald-trump"),
    ("Tina Mc Kenzie", "tina-mckenzie"),  # an interview's label spelling McKenzie apart
    ("Tina McKenzie", "tina-mckenzie"),
    ("Mac Miller", "mac-miller"),  # "Mac" is a given name too: not joined
    ("President Donald Trump", "donald-trump"),
    ("Trump's", "trump"),
    ("TRUMP'S", "trump"),  # a possessive in capitals too
    ("the United States", "united-states"),
    ("Pérez", "perez"),
    # a party's or a body's name keeps its adjective: two parties are not one "party"
    ("Republican Party", "republican-party"),
    ("the Democratic Party", "democratic-party"),
    ("Democratic National Committee", "democratic-national-committee"),
    ("Republican Sen. John Smith", "john-smith"),
])
def test_actor_key(name: str, key: str) -> None:
    assert actor_key(name) == key


_CAPITAL_NAMES = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ.-' ", min_size=1, max_size=30)


@given(_CAPITAL_NAMES)
def test_from_capitals_changes_only_case_and_spacing(capitals: str) -> None:
    name = from_capitals(capitals)
    assert name.upper() == " ".join(capitals.split())
    # every word opens with a capital, and the rest of a part is small ("Al-Assad", "O'Neill", "Trump's")
    assert all(not w[0].isalpha() or w[0].isupper() for w in name.split())
    assert all(part[1:] == part[1:].lower() for w in name.split() for part in re.split(r"[-'’]", w))
