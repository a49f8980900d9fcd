"""A pasted page's headline when its words are the lead's in other forms, when a standfirst under it is removed,
when a caption's credit follows the caption's sentence, and in a language written without spaces."""

from __future__ import annotations

import pytest

from briefgen.cleaning import clean, default_ruleset
from briefgen.cleaning.headline import page_headline
from briefgen.cleaning.words import words
from briefgen.model import Source
from briefgen.readers import read

LEAD = [
    "The state's regulators opened an investigation on Monday into permits that officials granted for two quarries "
    "within a week, the agency said.",
    "The permits allow the companies to blast rock near a river that supplies drinking water to three towns.",
    "A spokeswoman for the quarry owners said the applications had followed every rule.",
]
HEAD_DECISIONS = ["page.furniture", "page.furniture", "byline.author"]


def headline_of(head: list[str], decisions: list[str | None] | None = None, lead: list[str] = LEAD):
    texts = [*head, *lead]
    decisions = [*(decisions or HEAD_DECISIONS), *[None] * len(lead)]
    return page_headline(texts, [words(t) for t in texts], decisions, True, words("Skip to content"))


@pytest.mark.parametrize("headline", [
    # the lead's words with other endings: "regulators" / "regulator", "investigation" / "investigating",
    # "permits" / "permit", "granted" / "grant"
    "Regulator investigating quarry permit grant",
    "Investigating regulator grants quarry permit",
])
def test_a_headline_in_other_forms_of_the_leads_words_is_found(headline: str) -> None:
    assert headline_of(["Home", headline, "By Jo Smith"]) == (headline, 1)


def test_a_line_whose_stems_the_lead_does_not_use_is_no_headline() -> None:
    found = headline_of(["Home", "Winter festival returns to the harbour", "By Jo Smith"])
    assert found is not None and found.line is None  # a title made from the lead


@pytest.mark.parametrize("caption", [
    "Regulators opened an investigation into permits that officials granted for two quarries. (quarrywatch.org)",
    "Regulators opened an investigation into permits that officials granted for two quarries. [Photo: Jo Smith]",
])
def test_a_caption_with_a_credit_after_its_sentence_is_no_headline(caption: str) -> None:
    # the caption is nearer the article than the headline and shares more of the lead's words
    headline = "Regulators investigate permits for two quarries"
    assert headline_of([headline, caption, "By Jo Smith"]) == (headline, 0)


def test_a_headline_with_a_bracketed_label_stays_a_headline() -> None:
    headline = "Regulators investigate permits for two quarries (updated)"
    assert headline_of(["Home", headline, "By Jo Smith"]) == (headline, 1)


JA_LEAD = [
    "県の規制当局は月曜日、採石場の許可について調査を始めたと発表した。",
    "許可は一週間で出されたという。",
    "採石場の所有者は、手続きに問題はなかったと述べた。",
]


def test_a_headline_in_japanese_is_found_by_its_character_pairs() -> None:
    headline = "採石場の許可を規制当局が調査"
    assert headline_of(["ホーム", headline, "山田太郎"], lead=JA_LEAD) == (headline, 1)


def test_a_japanese_line_the_lead_does_not_use_is_no_headline() -> None:
    found = headline_of(["ホーム", "冬の祭りが港町に戻ってくる", "山田太郎"], lead=JA_LEAD)
    assert found is not None and found.line is None


BODY = [
    "The city council voted on Tuesday to close the central library next year, ending a century of service "
    "in the old building on Main Street.",
    "Council members said the library's budget could no longer cover repairs to the roof, and that the "
    "collection would move to the three branch libraries.",
    "Residents who spoke at the meeting asked the council to delay the vote until a study of the building "
    "was finished, but the motion failed by four votes to three.",
]


def test_the_headline_is_looked_for_among_the_lines_the_standfirst_rule_removes() -> None:
    # a section's name for the first line; the headline and the standfirst above the byline, which the standfirst
    # rule removes (the scorer switched off, so that both lines reach it kept)
    lines = ["Local news", "City council votes to close the central library next year",
             "The library's budget could not cover repairs to its roof, members said.",
             "Get breaking news alerts delivered to your inbox. Sign up for our newsletter.",
             "March 3, 2024, 8:41 AM UTC", "By Jo Smith", *BODY]
    rules = default_ruleset().without(["page.furniture", "page.short-fragment"])
    article = clean(read(Source("page.txt", "text", "\n\n".join(lines).encode())), rules)
    assert article.title == "City council votes to close the central library next year"
    assert [r.rule for r in article.removed if r.text in lines[1:3]] == ["page.title-repeat", "page.standfirst"]
    assert [p.text for p in article.paragraphs] == BODY


@pytest.mark.parametrize(("title", "stands"), [
    # an issue of a column or a newsletter: its name and its date, words the article never uses
    ("Morning Memo 11.18.19", True),
    ("Morning Memo November 18, 2019", True),
    ("Morning Memo 18 November 2019", True),
    # a date line, a masthead's date, a menu item: the title gives way to the lead
    ("Last updated Nov. 18, 2019", False),
    ("Wednesday, November 20, 2019", False),
    ("Morning Memo 31.31.19", False),
    ("Got a news tip?", False),
])
def test_an_issue_title_stands_under_a_header(title: str, stands: bool) -> None:
    texts = ["Home", "News", "By Jo Smith", *BODY]
    decisions = ["page.edge-fragment", "page.edge-fragment", "byline.author", *[None] * len(BODY)]
    found = page_headline(texts, [words(t) for t in texts], decisions, False, words(title))
    assert (found is None) == stands
    if not stands:
        assert found is not None and found.text.startswith("The city council voted on Tuesday")


LATER = [*LEAD, "Hikers who use the trail above the quarries say the blasting has already closed a favourite path.",
         "The old mill trail will stay shut until the inquiry ends, the park service said."]


@pytest.mark.parametrize(("head", "decisions", "expected"), [
    # right above the byline and its date line: its words are the article's, though not its lead's
    (["Home", "Trail closures anger hikers near mill", "By Jo Smith", "March 3, 2024"],
     ["page.furniture", "page.furniture", "byline.author", "byline.timestamp"], 1),
    # a teaser two lines above the byline is not where the headline stands
    (["Trail closures anger hikers near mill", "Five dishes to cook this spring", "By Jo Smith"],
     ["page.furniture", "page.furniture", "byline.author"], None),
    # without a byline, nothing marks the place
    (["Home", "Trail closures anger hikers near mill", "March 3, 2024"],
     ["page.furniture", "page.furniture", "byline.timestamp"], None),
])
def test_the_headline_above_the_byline_may_allude_to_the_article(head: list[str], decisions: list[str | None],
                                                                  expected: int | None) -> None:
    found = headline_of(head, decisions, lead=LATER)
    assert found is not None and found.line == expected


def test_a_title_about_the_article_stands_over_the_line_above_the_byline() -> None:
    texts = ["Home", "Trail closures anger hikers near mill", "By Jo Smith", *LATER]
    decisions = ["page.furniture", "page.furniture", "byline.author", *[None] * len(LATER)]
    title = words("Regulators investigate permits for two quarries")
    assert page_headline(texts, [words(t) for t in texts], decisions, False, title) is None


@pytest.mark.parametrize(("title", "found"), [
    # the page's <title>: the headline and the site's name
    ("Quarry blasting study divides the valley | Valley Times", True),
    ("Quarry blasting study divides the valley - Valley Times Online", True),
    # more words after it than a site's name has: another line
    ("Quarry blasting study divides the valley and the town council over water rules", False),
])
def test_a_title_that_is_a_removed_line_and_a_sites_name_names_that_line(title: str, found: bool) -> None:
    # the line shares none of the lead's words: only the title names it
    texts = ["Home", "Quarry blasting study divides the valley", "By Jo Smith", *BODY]
    decisions = ["page.furniture", "page.furniture", "byline.author", *[None] * len(BODY)]
    headline = page_headline(texts, [words(t) for t in texts], decisions, False, words(title))
    assert (headline is not None and headline.line == 1) == found


@pytest.mark.parametrize(("name", "head", "decisions", "expected"), [
    # a date line a phrase rule did not name stands between the headline and the byline
    ("a date line under it",
     ["Home", "Trail closures anger hikers near mill", "21:40 18.02.2024 Share this", "By Jo Smith"],
     ["page.furniture", "page.furniture", "page.furniture", "byline.author"], 1),
    # the date line names the author: it ends the page's head as a byline does
    ("a dated byline under it", ["Home", "Trail closures anger hikers near mill", "March 3, 2024 | by Jo"],
     ["page.furniture", "page.furniture", "page.furniture"], 1),
    # a photo's credit between the byline and the headline is part of the head
    ("a credit under it", ["Home", "Trail closures anger hikers near mill", "Photo: Jo Smith", "By Jo Smith"],
     ["page.furniture", "page.furniture", "credit.media", "byline.author"], 1),
    # a short headline with a common word of the article
    ("three words", ["Home", "Hikers' blasting worries", "By Jo Smith"],
     ["page.furniture", "page.furniture", "byline.author"], 1),
    # a short line of names only is a photo's caption
    ("names only", ["Home", "Jo Smith Valley", "By Jo Smith"],
     ["page.furniture", "page.furniture", "byline.author"], None),
    # two words are a menu's item even there
    ("two words", ["Home", "Quarry blasting", "By Jo Smith"], ["page.furniture", "page.furniture", "byline.author"],
     None),
    # a date line without the author's name does not mark the place (as a timestamp alone does not)
    ("an undated byline-less date line", ["Home", "Trail closures anger hikers near mill", "March 3, 2024 | 10:00"],
     ["page.furniture", "page.furniture", "page.furniture"], None),
])
def test_the_headline_above_the_heads_last_lines(name: str, head: list[str], decisions: list[str | None],
                                                 expected: int | None) -> None:
    lead = [*LATER, "Jo Smith, who leads the Valley hikers, said the group would walk the trail again in spring."]
    found = headline_of(head, decisions, lead=lead)
    assert found is not None and found.line == expected, name


@pytest.mark.parametrize(("name", "head", "decisions", "expected"), [
    # a video's title between the byline and the article shares more of the lead, yet the headline stands above
    ("under the byline", ["Home", "Quarry permits anger the valley's hikers", "By Jo Smith",
                          "Video: regulators visit the two quarries"],
     ["page.furniture", "page.furniture", "byline.author", "page.furniture"], 1),
    ("under a dated byline", ["Home", "Quarry permits anger the valley's hikers", "March 3, 2024 | by Jo",
                              "Video: regulators visit the two quarries"],
     ["page.furniture", "page.furniture", "page.furniture", "page.furniture"], 1),
    # a standfirst (a sentence with its period) between the headline (none) and the byline
    ("a standfirst under it",
     ["Home", "Quarry permits anger the valley's hikers", "Two quarries may blast rock by the river.", "By Jo Smith",
      "Video: regulators visit the two quarries"],
     ["page.furniture", "page.furniture", "page.furniture", "byline.author", "page.furniture"], 1),
    # a sentence with its period above the byline is rather a standfirst: the line nearer the lead stands
    ("a standfirst above", ["Home", "Quarry permits anger the valley's hikers.", "By Jo Smith",
                            "Video: regulators visit the two quarries"],
     ["page.furniture", "page.furniture", "byline.author", "page.furniture"], 3),
])
def test_the_headline_above_the_byline_outranks_a_line_under_it(name: str, head: list[str],
                                                                decisions: list[str | None], expected: int) -> None:
    found = headline_of(head, decisions, lead=LATER)
    assert found is not None and found.line == expected, name
