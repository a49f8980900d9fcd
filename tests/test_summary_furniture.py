"""Page furniture that reads as prose (an author's bio, a footnote, a box of headlines) is no summary line nor key point."""

from __future__ import annotations

import pytest

from briefgen.extract.summary import summarize
from briefgen.extract.summary_lines import FURNITURE_LINES, page_furniture
from briefgen.model import Article, Paragraph

NEWS = [
    "The city council voted on Monday to close the old harbour bridge to cars from next spring.",
    "The bridge, built in 1911, carries about 20,000 cars a day across the river.",
    "Engineers found cracks in two of its piers during an inspection last year.",
    "Shop owners on the north bank said the closure would cost them customers.",
    "The council plans a new bridge downstream, which is to open in 2030.",
]


@pytest.mark.parametrize(("line", "rule"), [
    ("Maria Okafor is a reporter for the River Gazette.", "furniture.author-bio"),
    ("Tom J. Reyes is a senior political correspondent at Harbour Radio.", "furniture.author-bio"),
    ("Ana Lind is the paper's chief editor.", "furniture.author-bio"),
    ("[2] Bridge piers and river scour, Smith J, Jones K. Civil Eng Rev.", "furniture.footnote"),
    ("Harbour Radio's top local headlines for March 3 are here.", "furniture.headlines-box"),
    ("The latest harbour and river headlines are here.", "furniture.headlines-box"),
])
def test_furniture_lines(line: str, rule: str) -> None:
    assert page_furniture(line) == rule
    for at in (0, 3, len(NEWS)):
        summary, key_points = summarize(Article(name="t", paragraphs=tuple(
            Paragraph(p) for p in [*NEWS[:at], line, *NEWS[at:]])))
        assert line not in summary and line not in key_points


@pytest.mark.parametrize("line", [
    # news about a reporter, or a bio that goes on to tell more
    "Maria Okafor is a reporter for the River Gazette who was arrested on Monday at the border crossing.",
    "The mayor said the engineer is a reporter's daughter.",
    "The bridge made headlines for weeks after the inspection.",
    "The council's report [2] found cracks in two piers.",
])
def test_news_is_no_furniture(line: str) -> None:
    assert page_furniture(line) is None


def test_every_rule_is_named() -> None:
    assert all(name.startswith("furniture.") for name, _ in FURNITURE_LINES)
