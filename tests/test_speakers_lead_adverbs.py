"""A sentence-opening adverb is no speaker's name, and "pointed out" is a speech verb (invented sentences)."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('Meanwhile, Ann Lee, a spokeswoman for the council, said the plan "will not work in the spring."', "Ann Lee"),
        ('Still, Tom Hale, who runs the depot, called the decision "a blow to every driver in town."', "Tom Hale"),
        ('Separately, Ann Lee said the plan "will not work in the spring."', "Ann Lee"),
        # a name that looks like an adverb's ending is still a name
        ('Kelly, a spokeswoman for the council, said the plan "will not work in the spring."', "Kelly"),
        ('"The plan will not work in the spring," Ann Lee pointed out.', "Ann Lee"),
        ('"The plan will not work in the spring," points out Tom Hale, who runs the depot.', "Tom Hale"),
    ],
)
def test_speaker_after_a_lead_adverb(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes([paragraph])] == [speaker]
