"""cue_before: the subject of a speech participle after "with", "shows" or "heard" speaks, named or described."""

from __future__ import annotations

import pytest

from briefgen.extract.cues import cue_before


@pytest.mark.parametrize(
    ("frame", "speaker"),
    [
        ("The rally ended with Reyes yelling", "Reyes"),
        ("Critics of the plan were angry, with one poster writing", "one poster"),
        ("The rally ended with the crowd chanting", "the crowd"),
        ("The video shows a man saying", "a man"),
        # not a speech participle: no speaker
        ("He left the stage with the audience laughing", None),
    ],
)
def test_the_subject_of_a_speech_participle_speaks(frame: str, speaker: str | None) -> None:
    cue = cue_before(frame)
    assert (cue.speaker if cue else None) == speaker
