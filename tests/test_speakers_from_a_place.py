"""Who speaks when a person is named with the place they come from ("Stacy Baker of Columbia, South Carolina") or
after a post ("Reporter Jomana Karadsheh"), and an adverb between a subject and its verb ("she really thinks")
(invented sentences)."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    ("paragraph", "speaker", "role"),
    [
        # the state after the comma ends the person's place; the comma after it is often left out
        ('Ann Lee of Columbia, South Carolina said the plan "will not work in the spring."', "Ann Lee",
         "of Columbia, South Carolina"),
        ('Tom Hale from Dayton, Ohio says the depot "has never been this busy before."', "Tom Hale",
         "from Dayton, Ohio"),
        # with the comma after the state, the name is the subject, described by where it is from
        ('Ann Lee of Austin, Texas, said the plan was "a very bad idea for everyone."', "Ann Lee", "of Austin"),
        # a state alone before its verb still speaks (a government), and so does a place's official
        ('Texas said the plan was "a very bad idea for everyone."', "Texas", None),
        ('The governor of Kansas said the plan was "a very bad idea for everyone."', "The governor of Kansas", None),
    ],
)
def test_speaker_named_with_a_place(paragraph: str, speaker: str, role: str | None) -> None:
    assert [(q.speaker, q.role) for q in extract_quotes([paragraph])] == [(speaker, role)]


@pytest.mark.parametrize("adverb", ["really", "actually", "still", "clearly", "strongly"])
def test_adverb_between_pronoun_and_verb(adverb: str) -> None:
    paragraph = (f'Ann Lee of Dayton, Ohio says she {adverb} thinks the mayor can win if he keeps "doing what he is '
                 'doing now."')
    assert [q.speaker for q in extract_quotes([paragraph])] == ["Ann Lee"]


@pytest.mark.parametrize(
    ("opening", "speaker", "role"),
    [
        ("Reporter Ann Lee says:", "Ann Lee", "Reporter"),
        ("Pollster Tom Hale said:", "Tom Hale", "Pollster"),
        ("Campaign Manager Tom Hale said:", "Tom Hale", "Campaign Manager"),
        ("Senate Minority Whip Tom Hale said:", "Tom Hale", "Senate Minority Whip"),
        # a surname that is also a post's noun stays the name's
        ("Tom Judge said:", "Tom Judge", None),
        ("Ann Reporter said:", "Ann Reporter", None),
    ],
)
def test_post_before_a_full_name(opening: str, speaker: str, role: str | None) -> None:
    paragraph = f'{opening} "The fighting there is getting worse by the hour."'
    assert [(q.speaker, q.role) for q in extract_quotes([paragraph])] == [(speaker, role)]
