"""Attribution rules added against wrong speakers: one case per rule, in the style of news copy."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import extract_quotes


def speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in extract_quotes(paragraphs)]


@pytest.mark.parametrize(
    ("rule", "paragraphs", "expected"),
    [
        ("sentence-initial phrase without a head is no speaker",
         ['Her standing rose after the floods and her call for "a complete review of the levees" this spring.'], [None]),
        ("description trimmed before its verb",
         ['The memo went to every agency on Friday, saying workers "must return to their desks by March."'], ["The memo"]),
        ("name trimmed before its verb",
         ['The Daily Ledger’s Ann Marsh sees the plan as "a tax cut for the richest families in the state."'],
         ["The Daily Ledger’s Ann Marsh"]),
        ("adverbial opener is no speaker",
         ['Under Texas law, officials "must report the results within ten days."'], [None]),
        ("common word opening a sentence is no speaker",
         ["Mayor Reyes spoke about guns at the fair, where guns were banned.",
          'Guns filled the gun show anyway. "We will never give up our rights."'], [None]),
    ],
)
def test_no_wrong_speaker(rule: str, paragraphs: list[str], expected: list[str | None]) -> None:
    assert speakers(paragraphs) == expected, rule
