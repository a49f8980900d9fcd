"""persons.person_genders reads a name with decomposed accents, or with UTF-8 read as Latin-1, as whole words."""

from __future__ import annotations

import unicodedata

import pytest

from briefgen.extract.persons import person_genders

MOJIBAKE = "Carlos Ibáñez".encode("utf-8").decode("latin-1")  # "Carlos IbÃ¡Ã±ez"


@pytest.mark.parametrize("name", [
    unicodedata.normalize("NFD", "Carlos Ibáñez"),
    MOJIBAKE,
    unicodedata.normalize("NFD", MOJIBAKE),
    "Carlos Ibáñez",
])
def test_accented_surname_is_whole(name: str) -> None:
    genders = person_genders([f"Mayor {name} opened the new bridge."])
    surname = name.split()[-1]
    assert genders.get(name) == "he"
    assert genders.get(surname) == "he"
    # never a surname cut at its accent ("IbA", "IbÃ")
    assert all(key in {name, surname} for key in genders)
