"""A name read as an organisation that a building's kind ("the Hagia Sofia mosque") or a distance ("70 km from the
capital") follows is a place; a body followed by other words stays a body."""

from __future__ import annotations

import pytest
from actor_type_helpers import type_and_rule as _typed


@pytest.mark.parametrize(("sentence", "name"), [
    ("Crowds gathered outside the Blue Domes mosque after prayers.", "Blue Domes"),
    ("Guards stood at the Palacio Verde presidential palace all night.", "Palacio Verde"),
    ("The fire broke out near the Santa Lucia cathedral on Monday.", "Santa Lucia"),
    ("The raid took place in Nova Ruda 40 km (25 miles) from the border.", "Nova Ruda"),
    ("Troops reached Kamenka, about 12 miles north of the river.", "Kamenka"),
])
def test_a_building_s_kind_or_a_distance_after_a_name_says_a_place(sentence: str, name: str) -> None:
    assert _typed(sentence, name) == ("place", "place.building-or-distance-after")


@pytest.mark.parametrize(("sentence", "name"), [
    ("Harlan Group chief executive visited the palace.", "Harlan Group"),  # more than one word between
    ("Orbis Holdings said 40 workers were laid off.", "Orbis Holdings"),  # a number that is no distance
    ("FTC 70 km rules were cited.", "FTC"),  # an acronym is a body's
])
def test_a_body_followed_by_other_words_is_no_place(sentence: str, name: str) -> None:
    assert _typed(sentence, name)[1] != "place.building-or-distance-after"
