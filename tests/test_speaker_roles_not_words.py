"""A speaker's role of one lower-case word is kept only when it is a person noun, not a conjunction, adverb or adjective."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import quote_spans
from briefgen.extract.speaker_check import names_a_post


@pytest.mark.parametrize("role", [
    "pollster", "aide", "spokesman", "judge", "host", "columnist", "screenwriter", "councilmember", "co-founder",
    "economist", "pastor", "former Wisconsin Gov.", "Sen.", "Rep.", "President", "chief",
])
def test_person_nouns_and_longer_roles_stay(role: str) -> None:
    assert names_a_post(role)


@pytest.mark.parametrize("role", [
    "whether", "warm-and-fuzzy", "even", "soon", "ultimately", "talk", "de", "al", "former", "longtime",
])
def test_a_lone_word_that_names_no_one_is_no_role(role: str) -> None:
    assert not names_a_post(role)


@pytest.mark.parametrize(("paragraph", "speaker", "role"), [
    ('"We did not talk about the bridge," warm-and-fuzzy Marsh said.', "Marsh", None),
    ('Still, even Ms. Okafor says the plan has a flaw. "The ferry costs too much," she said.', "Okafor", None),
    ('"The numbers are clear," pollster Dana Ruiz said.', "Dana Ruiz", "pollster"),
    ('"We will rebuild the pier," aide Tomas Lindqvist said.', "Tomas Lindqvist", "aide"),
])
def test_quote_roles(paragraph: str, speaker: str, role: str | None) -> None:
    quotes = [q for _s, q in quote_spans([paragraph])]
    assert quotes and all((q.speaker, q.role) == (speaker, role) for q in quotes)
