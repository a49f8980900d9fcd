"""Phrase rules for a pager's previous/next links and for photo credits: what each removes, and under which name."""

from __future__ import annotations

import pytest

from briefgen.cleaning import clean
from briefgen.model import Article, Paragraph


def removed_by(text: str) -> str:
    cleaned = clean(Article(name="case", paragraphs=(Paragraph(text),)))
    return cleaned.removed[0].rule if cleaned.removed else "keep"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Previous article", "nav.prev-next"),
        ("Next story: Man charged after warehouse fire", "nav.prev-next"),
        ("« Older post", "nav.prev-next"),
        ("Newer posts »", "nav.prev-next"),
        ("Older Entries", "nav.prev-next"),
        ("Next page", "nav.prev-next"),
        # a pager's bare buttons
        ("Previous", "nav.prev-next"),
        ("Next »", "nav.prev-next"),
        ("‹ Prev", "nav.prev-next"),
        # the label run into the other story's headline
        ("Next Article Man charged after warehouse fire", "nav.prev-next"),
        ("Previous story Council backs new bus routes", "nav.prev-next"),
        ("Read next: Man charged after warehouse fire", "nav.prev-next"),
        ("Read Next Singer announces 2020 tour dates", "nav.prev-next"),
        # a WordPress pager pasted without spaces
        ("PrevPreviousOur presentation at the 2018 trade fair:", "nav.prev-next"),
        ("NextOur team has been shortlisted for an award this yearNext", "nav.prev-next"),
        # news that opens with the same words
        ("Next steps will be announced at a meeting on Friday, the company said in the email.", "keep"),
        ("Next up is the drum dance, performed by the children of the village school.", "keep"),
        ("Up next for the Wild is a home game against Boston on Thursday", "keep"),
        ("UP NEXT", "keep"),  # an AP game story's heading over the teams' next games
        ("Next Khashoggi? Disappearance of Saudi Princess Raises Questions", "keep"),
        ("Next story time is at 5 p.m. at the library", "keep"),
        ("Previous posts by the ambassador were deleted", "keep"),
        ("Next week the council will vote on the plan", "keep"),
        ("Older people are more at risk", "keep"),
    ],
)
def test_previous_and_next_links(text: str, expected: str) -> None:
    assert removed_by(text) == expected
