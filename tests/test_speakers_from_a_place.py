"""Who speaks when a person is named with the place they come from ("Stacy Baker of Columbia, South Carolina") or
after a post ("Reporter Jomana Karadsheh"), and an adverb between a subject and its verb ("she really thinks")
(invented sentences)."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import extract_quotes
from briefgen.extract.speaker_tokens import tokenize
from briefgen.extract.speaker_shapes import is_hometown, without_hometown


@pytest.mark.parametrize(
    ("paragraph", "speaker", "role"),
    [
        # the state after the comma ends the person's place; the comma after it is often left out. The person
        # speaks; where they are from is no role (speaker_shapes.is_hometown)
        ('Ann Lee of Columbia, South Carolina said the plan "will not work in the spring."', "Ann Lee", None),
        ('Tom Hale from Dayton, Ohio says the depot "has never been this busy before."', "Tom Hale", None),
        ('Ann Lee of Austin, Texas, said the plan was "a very bad idea for everyone."', "Ann Lee", None),
        ('Ann Lee, of Ashton, Md., said the plan was "a very bad idea for everyone."', "Ann Lee", None),
        ('Ann Lee, 59, from Silver Spring, Maryland, said the plan was "a very bad idea for everyone."', "Ann Lee",
         None),
        ('Ali Rahimi of Shiraz, Iran, said the plan was "a very bad idea for everyone."', "Ali Rahimi", None),
        # … and so after the verb
        ('"The plan is a very bad idea for everyone," said Ann Lee of Columbia, South Carolina.', "Ann Lee", None),
        ('"The plan is a very bad idea for everyone," said Ann Lee of Austin, Texas, who runs a shop.', "Ann Lee",
         None),
        ('According to Ann Lee of Austin, Texas, the plan is "a very bad idea for everyone."', "Ann Lee", None),
        ('"The plan is a very bad idea for everyone," said Sen. Ann Lee of Austin, Texas.', "Ann Lee", "Sen."),
        # without a state the place may be a body: it stays
        ('"The plan is a very bad idea for everyone," said Patricia Moran of Cheyenne.', "Patricia Moran",
         "of Cheyenne"),
        # a post before the name stays the role; a body after it is no hometown
        ('Sen. Ann Lee of Austin, Texas, said the plan was "a very bad idea for everyone."', "Ann Lee", "Sen."),
        ('Ann Lee of the Sierra Club said the plan was "a very bad idea for everyone."', "Ann Lee",
         "of the Sierra Club"),
        ('Ann Lee, of the Sierra Club, said the plan was "a very bad idea for everyone."', "Ann Lee",
         "of the Sierra Club"),
        # a state alone before its verb still speaks (a government), and so does a place's official
        ('Texas said the plan was "a very bad idea for everyone."', "Texas", None),
        ('The governor of Kansas said the plan was "a very bad idea for everyone."', "The governor of Kansas", None),
    ],
)
def test_speaker_named_with_a_place(paragraph: str, speaker: str, role: str | None) -> None:
    assert [(q.speaker, q.role) for q in extract_quotes([paragraph])] == [(speaker, role)]


@pytest.mark.parametrize(
    ("place", "state", "hometown"),
    [
        ("of Ashton", "Md.", True),
        ("from Silver Spring", "Maryland", True),
        ("of Shiraz", "Iran", True),
        ("of the Sierra Club", "Texas", False),  # a body, not a town
        ("of Ashton", "who watched it", False),  # no state after it
        ("Ashton", "Md.", False),  # no preposition: the town is no part of a role
    ],
)
def test_is_hometown(place: str, state: str, hometown: bool) -> None:
    assert is_hometown(place, state) is hometown


@pytest.mark.parametrize(
    ("role", "state", "kept"),
    [
        ("of Austin", "Texas", None),
        ("Sen. of Austin", "Texas", "Sen."),
        ("of the Sierra Club", "Texas", "of the Sierra Club"),
        ("of Austin", "a Republican", "of Austin"),
        (None, "Texas", None),
    ],
)
def test_without_hometown(role: str | None, state: str, kept: str | None) -> None:
    assert without_hometown(role, state) == kept


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


@pytest.mark.parametrize("state", ["Pa.", "Tenn.", "Calif.", "N.Y.", "W.Va.", "D.C."])
def test_a_state_abbreviation_is_one_token(state: str) -> None:
    assert [t.text for t in tokenize(f"Ann Lee, 67, of Allentown, {state}, said")][-4:] == [",", state, ",", "said"]
    paragraph = f'"It was moving," Ann Lee, 67, a retired nurse in Allentown, {state}, said in an interview.'
    assert [q.speaker for q in extract_quotes([paragraph])] == ["Ann Lee"]
