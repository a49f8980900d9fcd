"""The headline right above a page's byline alludes to the article: ABOVE_BYLINE_MIN_SHARE of its words are the
article's; it is looked for too under a title none of whose words the lead uses (a site's menu, "msn home")."""

from __future__ import annotations

import pytest

from briefgen.cleaning.headline import page_headline
from briefgen.cleaning.words import words

LEAD = [
    "The state's regulators opened an investigation on Monday into permits that officials granted for two quarries "
    "within a week, the agency said.",
    "The permits allow the companies to blast rock near a river that supplies drinking water to three towns.",
    "A spokeswoman for the quarry owners said the applications had followed every rule.",
    "Residents who live near the old mill said they would take their worries to the statehouse this week.",
]
HEAD_DECISIONS = ["page.furniture", "page.furniture", "page.furniture", "byline.author"]


def headline_of(headline: str, title: str, title_is_furniture: bool = False):
    texts = ["Home", "Local news", headline, "By Jo Smith", *LEAD]
    decisions = [*HEAD_DECISIONS, *[None] * len(LEAD)]
    return page_headline(texts, [words(t) for t in texts], decisions, title_is_furniture, words(title))


# (two of its seven words are the article's: "regulators", "quarry")
ALLUDING = "Regulators and a quarry leave a sleepy village counting its cost"


@pytest.mark.parametrize(("name", "title", "furniture"), [
    ("a menu's item", "Skip to content", True),
    # the title's words come back only in the fourth paragraph, none in the lead's three
    ("a title the lead does not use", "Statehouse radio listings and weather", False),
])
def test_an_alluding_headline_above_the_byline(name: str, title: str, furniture: bool) -> None:
    assert headline_of(ALLUDING, title, furniture) == (ALLUDING, 2), name


@pytest.mark.parametrize(("name", "headline", "title", "furniture"), [
    # two of its nine words are the article's: too few
    ("too few of its words", "How one quarry permit turned quiet neighbours into angry campaigners overnight",
     "Skip to content", True),
])
def test_a_line_above_the_byline_that_is_not_about_the_article(name: str, headline: str, title: str,
                                                                furniture: bool) -> None:
    found = headline_of(headline, title, furniture)
    assert found is not None and found.line is None, name  # a title made from the lead


def test_a_title_the_lead_uses_stands() -> None:
    # "regulators" and "quarry" are the lead's: the title is about the article, and is its headline
    assert headline_of(ALLUDING, "Quarry regulators and the permits they granted") is None
