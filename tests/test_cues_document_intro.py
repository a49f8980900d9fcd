"""cue_before: an introduction that hands a quotation to a document's text names no speaker (invented sentences)."""

from __future__ import annotations

import pytest

from briefgen.extract.cues import cue_before
from briefgen.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    ("frame", "speaker"),
    [
        ("Transcript as follows:", None),
        ("Full text of the speech as follows:", None),
        ("Read the full transcript below:", None),
        ("The text of his remarks follows:", None),
        ("Here is the partial transcript:", None),
        # a person or a body introducing its own words still speaks
        ("Texas Governor Greg Abbott said:", "Greg Abbott"),
        ("Sanders delivered a snappy retort:", "Sanders"),
        ("The statement read:", "The statement"),
        ("The textbook publishers said:", "The textbook publishers"),
    ],
)
def test_document_introduction_names_no_speaker(frame: str, speaker: str | None) -> None:
    cue = cue_before(frame)
    assert (cue.speaker if cue else None) == speaker


def test_a_transcript_run_on_quote_takes_no_word_of_its_introduction() -> None:
    paragraphs = ["Governor Jane Smith spoke after the vote.", "Transcript as follows:",
                  "“We will not cut the libraries this year or next.", "“And we will fix the roads in the spring.”"]
    assert [q.speaker for q in extract_quotes(paragraphs)] == [None, None]
