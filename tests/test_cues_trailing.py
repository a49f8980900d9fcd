"""cue_trailing: an attribution a comma or two after a quote needs a speech verb (invented sentences)."""

from __future__ import annotations

import pytest

from briefgen.extract.cues import cue_trailing


@pytest.mark.parametrize(
    ("frame", "speaker"),
    [
        (" for the victory, Sanders said.", "Sanders"),
        (" but to lead, says Evan Tracey.", "Evan Tracey"),
        # any past-tense verb names a speaker only right after a quote ending in a comma ('"…," Toomey fumed'),
        # not after a comma in the narration that follows the quote
        (" appeals to older voters, and the crowd cheered.", None),
        (" was the slogan, and Lee smiled.", None),
    ],
)
def test_trailing_attribution_needs_a_speech_verb(frame: str, speaker: str | None) -> None:
    cue = cue_trailing(frame)
    assert (cue.speaker if cue else None) == speaker
