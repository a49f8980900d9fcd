"""Where people live or were born, in apposition after a possessive (", their home,", ", his birthplace,"), says a
place (actor_words.PLACE_APPOSITIONS, rule place.person-beside-place-kind)."""

import pytest

from actor_type_helpers import type_and_rule


@pytest.mark.parametrize("sentence, name", [
    ("The team drove for two days from Varnok, their home, to the capital.", "Varnok"),
    ("She returned to Ostrelle, her birthplace, in 1990.", "Ostrelle"),
    ("He flew back to Tandrin, his hometown, on Friday.", "Tandrin"),
])
def test_a_home_in_apposition_is_a_place(sentence, name):
    assert type_and_rule(sentence, name, "organization") == ("place", "place.person-beside-place-kind")


@pytest.mark.parametrize("sentence, name", [
    ("He left Kestrel Systems, his home for 20 years, in May.", "Kestrel Systems"),
    ("Varnok Bank, the home of his savings, failed.", "Varnok Bank"),
])
def test_a_home_that_is_no_apposition_of_a_place(sentence, name):
    assert type_and_rule(sentence, name, "organization")[1] != "place.person-beside-place-kind"
