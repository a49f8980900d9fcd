"""Posts run up to a name that the shared role nouns leave out (speaker_words.NAME_POSTS): "said coach Ann Lee"."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    ("rule", "sentence", "speaker", "role"),
    [
        ("said coach X", '"The squad is tired," said coach Tomas Ruiz.', "Tomas Ruiz", "coach"),
        ("said team captain X", '"The squad is tired," said team captain Ana Lima.', "Ana Lima", "team captain"),
        ("said head referee X", '"The goal stands," said head referee Ida Berg.', "Ida Berg", "head referee"),
        ("place coach X said", 'After the game, Peru coach Tomas Ruiz said, "The squad is tired."', "Tomas Ruiz",
         "Peru coach"),
    ],
)
def test_name_post(rule: str, sentence: str, speaker: str, role: str) -> None:
    quote = extract_quotes([sentence])[0]
    assert (quote.speaker, quote.role) == (speaker, role), rule


@pytest.mark.parametrize(
    ("rule", "sentence", "speaker"),
    [
        ("the post alone speaks", '"The squad is tired," said the coach.', "the coach"),
        ("the post and its team, no name", '"The squad is tired," said the coach of the team.', "the coach of the team"),
        ("the post heads a description", '"The squad is tired," said the team captain.', "the team captain"),
        ("the post heads a subject", 'The Peru coach said, "The squad is tired."', "The Peru coach"),
    ],
)
def test_post_without_name(rule: str, sentence: str, speaker: str) -> None:
    quote = extract_quotes([sentence])[0]
    assert (quote.speaker, quote.role) == (speaker, None), rule


@pytest.mark.parametrize(
    ("rule", "paragraphs", "role"),
    [
        ("a member's initials head the apposition", ['"The bill is flawed," said Ana Lima, a Labour MP.'], "a Labour MP"),
        ("then the surname quoted", ["Tomas Ruiz, a Lyon Green MEP, said the vote was close.",
                                     '"The bill is flawed," Ruiz said.'], "a Lyon Green MEP"),
    ],
)
def test_member_initials(rule: str, paragraphs: list[str], role: str) -> None:
    assert extract_quotes(paragraphs)[-1].role == role, rule


@pytest.mark.parametrize(
    ("rule", "sentence", "speaker", "role"),
    [
        ("an occupation opening the sentence", 'Filmmaker Tomas Ruiz said, "The set was cold."', "Tomas Ruiz",
         "Filmmaker"),
        ("a sport's post", 'Coach Ana Lima said, "The squad is tired."', "Ana Lima", "Coach"),
        ("a given name that is also a post", 'Dean Tomas Ruiz said, "The set was cold."', "Dean Tomas Ruiz", None),
        ("no post: a firm's three-word name", 'Archer Daniels Midland said, "The crop was late."',
         "Archer Daniels Midland", None),
    ],
)
def test_capitalised_post_before_full_name(rule: str, sentence: str, speaker: str, role: str | None) -> None:
    quote = extract_quotes([sentence])[0]
    assert (quote.speaker, quote.role) == (speaker, role), rule
