"""page.standfirst: the summary under a page's headline, parted from the article by its byline or photo credit;
page.above-dateline: the headlines kept above the paragraph that opens the article with its dateline."""

from __future__ import annotations

import pytest

from briefgen.cleaning import clean, default_ruleset
from briefgen.cleaning.standfirst import STANDFIRST_MAX_WORDS, above_dateline, standfirsts
from briefgen.model import Article, Paragraph

DEK = "The county's new bridge will open two years late and cost twice the first estimate."
LEAD = "The county board voted on Tuesday to spend another $40 million on the bridge over the river."
BODY = "Board members said the extra money would come from a road tax that voters approved last year."
M = "page.furniture"
CLAIM = '"The new bridge will pay for itself within ten years."'
WHO = "— Mayor Tom Lee on Monday, May 3rd, 2021 in a radio interview"


@pytest.mark.parametrize(
    ("texts", "decisions", "expected"),
    [
        # the byline between the summary and the article
        ([M, DEK, "By Jane Roe", LEAD, BODY], [M, None, "byline.author", None, None], [False, True, False, False, False]),
        # the date line and a photo's credit
        ([DEK, "May 3, 2021", "Photo: Jane Roe", LEAD], [None, "byline.timestamp", "credit.media", None],
         [True, False, False, False]),
        # a promo set into the article is no line of the page's head: the lead stays
        ([LEAD, "ADVERTISEMENT", BODY], [None, "ad.label", None], [False, False, False]),
        # nothing removed between them: a lead and its next paragraph
        ([DEK, LEAD, BODY], [None, None, None], [False, False, False]),
        # a lead opening with a dateline is the article's own
        (["SPRINGFIELD (AP) — " + LEAD, "Photo: Jane Roe", BODY], [None, "credit.media", None], [False, False, False]),
        # a head never opens with a dateline: above the byline or not, the lead is the article's
        (["SPRINGFIELD (AP) — " + LEAD, DEK, "By Jane Roe", BODY], [None, None, "byline.author", None], [False] * 4),
        # nor holds a long paragraph
        ([DEK, " ".join([LEAD] * 3), "By Jane Roe", BODY], [None, None, "byline.author", None], [False] * 4),
        # a single kept paragraph is the article
        ([DEK, "By Jane Roe"], [None, "byline.author"], [False, False]),
        # a head of up to three short lines above the author's byline: the headline kept, a claim, who made it
        ([CLAIM, WHO, DEK, "By Jane Roe", LEAD], [None, None, None, "byline.author", None],
         [True, True, True, False, False]),
        # two paragraphs above a photo's credit are the article's, not its head
        ([LEAD, BODY, "Photo: Jane Roe", BODY], [None, None, "credit.media", None], [False, False, False, False]),
        # nor above a date line: only the author's byline parts a head of several lines from the article
        ([DEK, CLAIM, "May 3, 2021", LEAD], [None, None, "byline.timestamp", None], [False, False, False, False]),
        # four lines above the byline are more than a head
        ([CLAIM, WHO, DEK, DEK, "By Jane Roe", LEAD], [None, None, None, None, "byline.author", None], [False] * 6),
        # the first gap with a byline or credit line decides: a credit after the lead, then a byline further down
        ([LEAD, "Photo: Jane Roe", BODY, "By Jane Roe", BODY], [None, "credit.media", None, "byline.author", None],
         [True, False, False, False, False]),
    ],
)
def test_standfirsts(texts: list[str], decisions: list[str | None], expected: list[bool]) -> None:
    assert standfirsts(texts, decisions) == expected


def test_a_long_first_paragraph_is_no_standfirst() -> None:
    long_lead = " ".join([LEAD] * 3)
    assert len(long_lead.split()) > STANDFIRST_MAX_WORDS
    assert standfirsts([long_lead, "By Jane Roe", BODY], [None, "byline.author", None]) == [False, False, False]


def test_a_pasted_page_loses_its_standfirst_and_names_the_rule() -> None:
    menu = ["Home", "News", "Sport", "Weather", "Contact us", "Sign in", "Terms of Use", "Privacy Policy"]
    body = [LEAD, BODY, BODY.replace("last year", "in March")]
    # a summary on the article's topic, which the page scorer keeps as prose
    dek = ("The county board will spend another $40 million on the bridge, which will open two years late, "
           "board members said.")
    texts = menu + ["County bridge will open two years late", dek, "By Jane Roe"] + body + menu
    article = Article(name="page.txt", paragraphs=tuple(Paragraph(t) for t in texts))
    cleaned = clean(article)
    assert [p.text for p in cleaned.paragraphs] == body
    assert ("page.standfirst", dek) in [(r.rule, r.text) for r in cleaned.removed]
    switched_off = clean(article, default_ruleset().without(["page.standfirst"]))
    assert [p.text for p in switched_off.paragraphs] == [dek, *body]


DATELINE_LEAD = "SPRINGFIELD, Ill. (AP) — " + LEAD
HEADLINE = "County Board Votes To Spend More On Bridge"


@pytest.mark.parametrize(
    ("texts", "decisions", "expected"),
    [
        # the page's headline, and a section's name, kept above the lead that opens with its dateline
        ([HEADLINE, DATELINE_LEAD, BODY], [None, None, None], [True, False, False]),
        (["Local News", HEADLINE, DATELINE_LEAD], [None, None, None], [True, True, False]),
        # a line already removed is not named again; the kept one above the dateline is
        ([HEADLINE, "By Jane Roe", "Springfield Today", DATELINE_LEAD], [None, "byline.author", None, None],
         [True, False, True, False]),
        # a sentence above the dateline may be the site's own intro to the wire story: everything stays
        ([DEK, HEADLINE, DATELINE_LEAD], [None, None, None], [False, False, False]),
        (["Here is the wire report:", DATELINE_LEAD], [None, None], [False, False]),
        # no dateline among the first kept paragraphs: nothing to go by
        ([HEADLINE, LEAD, BODY], [None, None, None], [False, False, False]),
        (["A", "B", "C", "D", DATELINE_LEAD], [None] * 5, [False] * 5),
        # the article opening with its dateline has nothing above it
        ([DATELINE_LEAD, HEADLINE, BODY], [None, None, None], [False, False, False]),
    ],
)
def test_above_dateline(texts: list[str], decisions: list[str | None], expected: list[bool]) -> None:
    assert above_dateline(texts, decisions) == expected
