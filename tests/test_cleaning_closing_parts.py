"""Article text the scorer drops that is the article's: its closing section under a heading
(page.closing_sections), its intro paragraphs set apart from the run (page.intro_paragraphs), the list lines
between the intro and the run (page.lines_between_intro_and_run) and a sentence that only its date scores as
furniture (page.dated_sentence)."""

from __future__ import annotations

import pytest

from briefgen.cleaning.page import closing_sections, dated_sentence, intro_paragraphs, lines_between_intro_and_run

FURNITURE, SCORER = "page.furniture", "page.short-fragment"
LAST = "Regular walks after meals were linked to lower blood sugar in all three groups of volunteers."
CLOSE_1 = "A short walk after dinner is an easy habit for most people to pick up."
CLOSE_2 = "Talk to your doctor before you change how you treat a condition!"
TEASER = "Seven Simple Ways to Walk More Every Day"
TEASER_Q = "Is Walking Better Than Running?"


@pytest.mark.parametrize(
    ("texts", "decisions", "expected"),
    [
        # the heading after a kept paragraph and the statements under it are the article's
        ([LAST, "The bottom line", CLOSE_1, CLOSE_2, TEASER], [None, FURNITURE, FURNITURE, SCORER, FURNITURE],
         [False, True, True, True, False]),
        # other closing headings, with a colon, in capitals
        ([LAST, "Conclusion:", CLOSE_1], [None, FURNITURE, FURNITURE], [False, True, True]),
        ([LAST, "KEY TAKEAWAYS", CLOSE_1], [None, SCORER, FURNITURE], [False, True, True]),
        # a teaser's question ends the section
        ([LAST, "Final thoughts", CLOSE_1, TEASER_Q], [None, FURNITURE, FURNITURE, FURNITURE],
         [False, True, True, False]),
        # a heading with no statement under it is no section
        ([LAST, "Summary", TEASER, CLOSE_1], [None, FURNITURE, FURNITURE, FURNITURE], [False, False, False, False]),
        # the paragraph above the heading was dropped: the heading is the page's, not the article's
        ([TEASER, "The bottom line", CLOSE_1], [FURNITURE, FURNITURE, FURNITURE], [False, False, False]),
        # a heading that is no closing one
        ([LAST, "More from our health desk", CLOSE_1], [None, FURNITURE, FURNITURE], [False, False, False]),
        # a phrase rule's removal is never overridden
        ([LAST, "In conclusion", "Subscribe to our newsletter for weekly tips."], [None, FURNITURE, "newsletter.cta"],
         [False, False, False]),
        # at most four statements
        ([LAST, "Takeaway", *[CLOSE_1] * 6], [None, *[FURNITURE] * 7], [False, True, True, True, True, True, False, False]),
    ],
)
def test_closing_sections(texts: list[str], decisions: list[str | None], expected: list[bool]) -> None:
    assert closing_sections(texts, decisions) == expected


INTRO = ("If you have cooked from the spring plan, you already know how the weekly shopping list saves time, "
         "and this autumn plan works the same way.")
KEPT = ("Each recipe below serves two people, so double the amounts for a family of four and freeze what is left "
        "for the following week.")
SHORT = "Now start cooking!"


@pytest.mark.parametrize(
    ("texts", "scores", "first", "expected"),
    [
        # prose above the run beside a kept paragraph above it (score over KEEP_OUTSIDE) is kept
        (["Menu", INTRO, KEPT, INTRO, "Plan A", "row"], [-4.0, 1.0, 2.5, 1.5, -3.0, 3.0], 5,
         [False, True, False, True, False, False]),
        # its neighbour was not kept: nothing to join
        (["Menu", INTRO, KEPT, "row"], [-4.0, 1.0, 1.9, 3.0], 3, [False, False, False, False]),
        # a negative score stays dropped
        ([INTRO, KEPT, "row"], [-0.5, 2.5, 3.0], 2, [False, False, False]),
        # a short line or one without a sentence's end stays dropped
        ([SHORT, KEPT, INTRO.rstrip(".")], [1.0, 2.5, 1.0], 3, [False, False, False]),
        # below the run (a kept teaser's neighbours) nothing is added
        (["row", KEPT, INTRO], [3.0, 2.5, 1.0], 0, [False, False, False]),
    ],
)
def test_intro_paragraphs(texts: list[str], scores: list[float], first: int, expected: list[bool]) -> None:
    assert intro_paragraphs(texts, scores, first) == expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        # a sentence that only its date brings below KEEP_INSIDE is prose
        ("Voting closes on 8 October at 18:00 Moscow time.", -2.3, True),
        ("The council will meet again on 03/12/2024 to vote on the new budget.", -4.0, True),
        # it scores too low even without its date
        ("Voting closes on 8 October at 18:00 Moscow time.", -5.5, False),
        # a date line or a timestamp is no sentence
        ("Published November 19, 2019 at 8:59 pm", -2.3, False),
        ("Updated 18:00.", -2.3, False),
    ],
)
def test_dated_sentence(text: str, value: float, expected: bool) -> None:
    assert dated_sentence(text, value) is expected


LINES = ["Monday", "Oat porridge with two spoons of honey", "Tuesday", "Rye bread, two boiled eggs and a pear"]


@pytest.mark.parametrize(
    ("texts", "decisions", "first", "expected"),
    [
        # the short lines between the intro and the run are the list the intro leads into
        (["Menu", KEPT, *LINES, "run"], [FURNITURE, None, FURNITURE, None, FURNITURE, FURNITURE, None], 6,
         [2, 3, 4, 5]),
        # the intro is the last kept prose paragraph above the run, whatever kept lines follow it
        ([INTRO, KEPT, *LINES[:2], "run"], [None, None, FURNITURE, FURNITURE, None], 4, [2, 3]),
        # no kept prose above the run: nothing to lead into a list
        (["Menu", SHORT, *LINES, "run"], [FURNITURE, None, FURNITURE, FURNITURE, FURNITURE, FURNITURE, None], 6, []),
        ([INTRO, *LINES, "run"], [FURNITURE, FURNITURE, FURNITURE, FURNITURE, FURNITURE, None], 5, []),
        # a long line in the gap: no list
        ([KEPT, LINES[0], " ".join(["word"] * 41), "run"], [None, FURNITURE, FURNITURE, None], 3, []),
        # too many lines
        ([KEPT, *["Item"] * 41, "run"], [None, *[FURNITURE] * 41, None], 42, []),
    ],
)
def test_lines_between_intro_and_run(texts: list[str], decisions: list[str | None], first: int,
                                     expected: list[int]) -> None:
    assert lines_between_intro_and_run(texts, decisions, first) == expected
