"""A speech verb before its subject names the speaker only when it is one of lexicon.INVERTING_VERBS."""

import pytest

from briefgen.extract.cues import cue_before


@pytest.mark.parametrize("frame, speaker", [
    # a parenthetical inside the sentence: the name after the verb speaks
    ("The paradox of Nancy, says Carl Anthony, historian at the library, is that", "Carl Anthony"),
    ("The answer, wrote Jane Roe, is that", "Jane Roe"),
    # … but after a subject and its apposition, a name after the verb opens the reported clause: the subject speaks
    ("Ann Lee, a former aide to the mayor, said Ruiz ", "Ann Lee"),
    ("Tom Hale, the county's chief engineer, said Smithville so far has been ", "Tom Hale"),
    ("The plan, says Ann Lee, a former aide to the mayor, is that", "Ann Lee"),
    # the verb opens the attribution and the name runs to the quote
    ("said Sen. Ben Cardin: ", "Ben Cardin"),
    ("noted Sen. Ben Cardin: ", "Ben Cardin"),
    # not an inverting verb: the name is its object, no speaker
    ("The plan, told Carl Anthony, is that", None),
    ("urged Sen. Ben Cardin: ", None),
])
def test_name_after_the_verb(frame: str, speaker: str | None) -> None:
    cue = cue_before(frame)
    assert (cue.speaker if cue else None) == speaker
