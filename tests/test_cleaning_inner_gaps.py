"""inner_gaps: a few short lines the page scorer dropped between kept paragraphs are the article's."""

from __future__ import annotations

import pytest

from briefgen.cleaning.inner_gaps import INNER_GAP_MAX_LINES, inner_gaps

P = "The agency named five companies that will build the landers, each for a different size of cargo."
S = "page.short-fragment"
F = "page.furniture"


@pytest.mark.parametrize(("name", "texts", "decisions", "expected"), [
    ("a list's items between kept paragraphs",
     [P, "Acme Rockets, Denver, Colorado", "Orbit Works, Austin, Texas", P],
     [None, S, S, None], [False, True, True, False]),
    ("a subheading between kept paragraphs",
     [P, "Menu for week two", P], [None, S, None], [False, True, False]),
    ("a gap as long as allowed",
     [P, *["Item"] * INNER_GAP_MAX_LINES, P], [None, *[S] * INNER_GAP_MAX_LINES, None],
     [False, *[True] * INNER_GAP_MAX_LINES, False]),
    ("a longer gap is a block set into the article",
     [P, *["Item"] * (INNER_GAP_MAX_LINES + 1), P], [None, *[S] * (INNER_GAP_MAX_LINES + 1), None],
     [False] * (INNER_GAP_MAX_LINES + 3)),
    ("a gap holding a line another rule named",
     [P, "Acme Rockets, Denver, Colorado", "Read more", P], [None, S, "related.read-more", None], [False] * 4),
    ("a gap holding a teaser the teaser rules named",
     [P, "Five things to know about moon landers", P], [None, "page.lone-teaser", None], [False] * 3),
    ("lines above the article",
     ["Home", "Acme Rockets", P, P], [F, S, None, None], [False] * 4),
    ("lines below the article",
     [P, P, "Acme Rockets", "Orbit Works"], [None, None, S, S], [False] * 4),
    ("a live blog's time stamp",
     [P, "10:10 p.m.", P], [None, S, None], [False] * 3),
    ("a comment widget's line with its time",
     [P, "FlagReply Jo Lee 5pts March 3, 2024 9:33PM Acme wins", P], [None, S, None], [False] * 3),
])
def test_inner_gaps(name: str, texts: list[str], decisions: list[str | None], expected: list[bool]) -> None:
    assert inner_gaps(texts, decisions) == expected, name
