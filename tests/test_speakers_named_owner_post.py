"""A post set off after a name with its body's or place's name and no article ("Jane Roe, Ohio coach, said"): the role."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import extract_quotes
from briefgen.extract.speaker_shapes import named_owner_post
from briefgen.extract.speaker_tokens import tokenize


@pytest.mark.parametrize(
    ("rule", "sentence", "speaker", "role"),
    [
        ("place and post, subject", 'Tomas Ruiz, Peru coach, said, "We learned a lot from the game."',
         "Tomas Ruiz", "Peru coach"),
        ("body, ranked post and its field", 'Ana Lima, Brill associate professor of music, said, "The hall was full."',
         "Ana Lima", "Brill associate professor of music"),
        ("after a fronted phrase", 'After the vote, Lena Ek, Gdansk deputy mayor, said, "We will build the bridge."',
         "Lena Ek", "Gdansk deputy mayor"),
        ("after 'said'", '"The shop stays open," said Omar Haddad, Zenit chief executive.',
         "Omar Haddad", "Zenit chief executive"),
        ("after 'said', then a time", '"The road is shut," said Ida Berg, Fjord county engineer, on Friday.',
         "Ida Berg", "Fjord county engineer"),
    ],
)
def test_named_owner_post_is_role(rule: str, sentence: str, speaker: str, role: str) -> None:
    quote = extract_quotes([sentence])[0]
    assert (quote.speaker, quote.role) == (speaker, role), rule


@pytest.mark.parametrize(
    ("rule", "sentence", "speaker"),
    [
        ("a plural subject, no name before", 'Lyon residents, however, said, "The tram is late."', "Lyon residents"),
        ("a school's name, no post", '"We are ready," said Ida Berg, Fjord State University.', "Ida Berg"),
        ("a town and its state", '"We are ready," said Ida Berg, Salem, Oregon.', "Ida Berg"),
    ],
)
def test_no_post_no_role(rule: str, sentence: str, speaker: str) -> None:
    quote = extract_quotes([sentence])[0]
    assert (quote.speaker, quote.role) == (speaker, None), rule


@pytest.mark.parametrize(
    ("chunk", "expected"),
    [
        ("Peru coach", True),
        ("Brill associate professor of music", True),
        ("Zenit chief executive", True),
        ("Peru coach Tomas Ruiz", False),  # a name after the post: a titled name
        ("the Peru coach", False),  # an article: is_appositive reads it
        ("Peru's coach", False),  # a possessive: owned_post reads it
        ("Lyon", False),
        ("Fjord State University", False),
        ("Lyon meanwhile", False),
        ("Gov. Lee", False),
    ],
)
def test_named_owner_post(chunk: str, expected: bool) -> None:
    assert named_owner_post(tokenize(chunk)) is expected


@pytest.mark.parametrize(
    ("rule", "sentence", "role"),
    [
        ("a capitalised post and its body", 'Co-founder of Brill, Ana Lima, said, "The hall was full."',
         "Co-founder of Brill"),
        ("a chair and its board", 'Chairman of the trust, Ana Lima, said, "The hall was full."', "Chairman of the trust"),
        ("a plural is no post of hers", 'Members of the trust, Ana Lima said, "The hall was full."', None),
        ("not opening the clause", 'In a call with the Chairman of the trust, Ana Lima said, "The hall was full."', None),
    ],
)
def test_opening_post_before_name(rule: str, sentence: str, role: str | None) -> None:
    quote = extract_quotes([sentence])[0]
    assert (quote.speaker, quote.role) == ("Ana Lima", role), rule
