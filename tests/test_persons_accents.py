"""person_genders reads names as written: accents decomposed or read as Latin-1 whole, middle initials kept."""

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


@pytest.mark.parametrize("text, name", [
    ("Nora K. Halvorsen, a grain trader, spoke first.", "Nora K. Halvorsen"),
    ("Mayor Peter J. Holm opened the bridge.", "Peter J. Holm"),
])
def test_middle_initial_kept(text: str, name: str) -> None:
    # the name as the article writes it, so that a pronoun resolved to it gives the same name the speaker has
    genders = person_genders([text])
    assert name in genders
    assert name.replace(f" {name.split()[1]}", "") not in genders
