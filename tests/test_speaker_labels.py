"""A speaker's label before a colon: capitals are re-cased, a written name is kept, furniture is no speaker."""

import pytest

from briefgen.extract.speaker_labels import cue_label


@pytest.mark.parametrize("frame, speaker", [
    ("PENCE:", "Pence"),  # a transcript's capitals are typography
    ("Pollsters agree - DAVID WASSERMAN:", "David Wasserman"),
    ("O'NEILL:", "O'Neill"),  # a name capitalises again after the apostrophe
    ("AL-ASSAD:", "Al-Assad"),
    ("Pollsters agree - David Wasserman:", "David Wasserman"),  # as written
    ("Pollsters agree - McCain:", "McCain"),  # mixed case is not re-cased
    ("Update:", None),  # a page's furniture
    ("Editor's note:", None),
    ("AB:", None),  # too short to be a name
])
def test_label(frame: str, speaker: str | None) -> None:
    cue = cue_label(frame)
    assert (cue.speaker if cue else None) == speaker
