"""'Acme said it expects …': the pronoun after a lexicon.SPEAKER_PRONOUN_VERBS verb (or "told" and its hearer) names
the speaker, and the question asks about the speaker."""

import pytest

from briefgen.extract.question_namer import _SAID_BEFORE


@pytest.mark.parametrize("before, head", [
    ("Acme Corp. said it", "Acme Corp."),
    ("Acme Corp. announced that they", "Acme Corp."),
    ("The ministry reported that their", "The ministry"),
    ("Acme Corp. told reporters it", "Acme Corp."),  # "told" with its hearer
    ("Acme Corp. accused them of", None),  # not a reporting verb: the pronoun may be the object's
    ("Acme Corp. urged it", None),
    ("Acme Corp. unsaid it", None),  # a whole word only
])
def test_speaker_before_the_pronoun(before: str, head: str | None) -> None:
    found = _SAID_BEFORE.search(before)
    assert (found.group("head") if found else None) == head
