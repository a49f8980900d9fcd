"""page.glued-teaser: teasers whose headline a copy glued to their lead, several on a page, are a teaser list."""

from __future__ import annotations

import pytest

from briefgen.cleaning import clean
from briefgen.cleaning.glued import GLUED_TEASERS_MIN, dateline_after_headline, glue_point, glued_teasers
from briefgen.cleaning.rules import default_ruleset
from briefgen.model import Article, Paragraph

GLUED = [
    ("Fire Crews Battle Blaze At Old Paper MillA fire broke out at the old paper mill on Tuesday night.",
     "Fire Crews Battle Blaze At Old Paper Mill"),
    ("City Council Approves New Budget For 2020The council voted 7-2 to approve the budget on Monday.",
     "City Council Approves New Budget For 2020"),
    ("Is The Lake Safe For Swimming?Officials say the water is clean again after weeks of tests.",
     "Is The Lake Safe For Swimming?"),
    ("Local Bakery Wins State AwardIts owners said they were surprised by the news this week.",
     "Local Bakery Wins State Award"),
]

# names with a capital inside, and sentences that are no headline: never a glue
NO_GLUE = [
    "Doobie Brothers Unite With Michael McDonald for a tour that starts next year in May.",
    "Fans Flock To YouTube channel of the band to watch the new video in its first week.",
    "Readers Ask PolitiFact whether the claim about the budget is true, and we checked it.",
    "Governor Ron DeSantis signed the bill on Monday and said it would take effect in July.",
    "Lakers Star LeBron James scored 30 points and led his team to a win over the Nets.",
    "Apple Unveils New MacBook Pro with a larger screen and a better keyboard for users.",
    "Shoppers Buy Gifts On eBay more often than in stores this year, a survey found.",
    "Apple Launches New iPhone models with three cameras and a faster chip this fall.",
    "Readers Of TheBlaze were quick to condemn the outcome of the vote on Monday night.",  # no headline ends in 'The'
    "The agency's SciSpacE team has called in experts to study the mission's design.",  # a single capital glued
    "He said the plan would work. The council agreed and voted to approve it on Monday.",
]


@pytest.mark.parametrize(("text", "headline"), GLUED)
def test_glue_point_finds_the_lead(text: str, headline: str) -> None:
    assert text[:glue_point(text)] == headline


@pytest.mark.parametrize("text", NO_GLUE)
def test_names_and_sentences_are_no_glue(text: str) -> None:
    assert glue_point(text) is None and glue_point(text, loose=True) is None


def test_a_name_the_page_writes_whole_elsewhere_is_no_glue() -> None:
    text = "Startup Raises Money For Its Next ChipDesign work starts at the company this month, it said."
    assert glue_point(text) is not None
    assert glue_point(text, lambda word: word == "ChipDesign") is None


ARTICLE = [
    "The county board met on Tuesday to discuss the new road plan and its cost to residents.",
    "Board members said the plan would be finished by the end of next year, if funds allow.",
]


def test_several_glued_teasers_make_a_teaser_list() -> None:
    texts = ARTICLE + [t for t, _ in GLUED]
    assert glued_teasers(texts) == [False, False, True, True, True, True]


def test_one_glued_headline_alone_is_left_alone() -> None:
    texts = [GLUED[0][0], *ARTICLE]  # the article's own headline glued to its lead
    assert glued_teasers(texts) == [False] * len(texts)
    assert GLUED_TEASERS_MIN > 1


def test_on_such_a_page_a_glued_word_before_a_name_is_a_teaser_too() -> None:
    loose = "Storm Knocks Out Power In Northern CountyCounty Electric crews worked through the night to fix lines."
    assert glue_point(loose) is None and glue_point(loose, loose=True) is not None
    texts = ARTICLE + [t for t, _ in GLUED[:3]] + [loose]
    assert glued_teasers(texts)[-1] is True
    assert glued_teasers(ARTICLE + [loose]) == [False, False, False]


def test_clean_removes_them_with_the_rule() -> None:
    texts = ARTICLE + [t for t, _ in GLUED]
    article = Article(name="a.txt", paragraphs=tuple(Paragraph(t) for t in texts), title="Road plan", title_guessed=True)
    cleaned = clean(article)
    assert [p.text for p in cleaned.paragraphs] == ARTICLE
    assert [r.rule for r in cleaned.removed] == ["page.glued-teaser"] * len(GLUED)
    kept = clean(article, default_ruleset().without(["page.glued-teaser"]))
    assert not [r for r in kept.removed if r.rule == "page.glued-teaser"]


DATELINED = [
    "Farmers protest new water rules in the valley FRESNO: Hundreds of farmers marched to the capitol on Monday...",
    "Court upholds ban on fireworks sales in 2.5 mile zone NEW YORK: A state court on Tuesday upheld the ban on sales.",
    "Minister says talks will resume next week: PM ISLAMABAD: The foreign minister said on Wednesday that talks...",
]
NOT_DATELINED = [
    "NEW DELHI: Home Minister Amit Shah said on Wednesday that the internet would be restored soon.",  # the lead alone
    "BREAKING NEWS FROM THE CAPITAL TODAY NEW YORK: A man was arrested on Monday after the chase.",  # all capitals
    "He told reporters. NEW YORK: A man was arrested on Monday after a chase through the city.",  # a sentence ends
    "Fire crews in the valley FRESNO: Fire.",  # a lead too short
    "Former Attorney General Mukasey at RNC: Clinton email scandal disqualifies her for the presidency.",
]


@pytest.mark.parametrize("text", DATELINED)
def test_headline_run_on_into_a_dateline(text: str) -> None:
    assert dateline_after_headline(text)


@pytest.mark.parametrize("text", NOT_DATELINED)
def test_no_headline_before_the_dateline(text: str) -> None:
    assert not dateline_after_headline(text)


def test_several_dateline_teasers_make_a_teaser_list() -> None:
    assert glued_teasers(ARTICLE + DATELINED) == [False, False, True, True, True]
    assert glued_teasers([DATELINED[0], *ARTICLE]) == [False, False, False]


def test_on_such_a_page_a_headline_with_a_full_stop_or_written_twice_is_a_teaser_too() -> None:
    stop = "No Place Like The Lake. Here's A Look At Its Best BeachesSummer has arrived, and the beaches are open."
    twice = "Couple Finds Old Letters In Their AtticCouple Finds Old Letters In Their Attic"
    texts = ARTICLE + [t for t, _ in GLUED[:3]] + [stop, twice]
    assert glued_teasers(texts)[-2:] == [True, True]
    assert glued_teasers(ARTICLE + [stop, twice]) == [False] * 4


def test_on_such_a_page_the_article_keeps_its_sentences() -> None:
    article = ["He said the plan would work. The board agreed with him on the second vote, held in May.",
               "Residents Asked Questions About The Road PlanAnd the board answered them at length on Monday."]
    flags = glued_teasers(article + [t for t, _ in GLUED])
    assert flags[0] is False
