"""A pasted page's headline: found among the lines removed above the article, else the reader's title stands."""

from __future__ import annotations

import pytest

from briefgen.cleaning import clean
from briefgen.cleaning.words import words
from briefgen.cleaning.headline import page_headline
from briefgen.model import Source
from briefgen.readers import read

BODY = [
    "The city council voted on Tuesday to close the central library next year, ending a century of service "
    "in the old building on Main Street.",
    "Council members said the library's budget could no longer cover repairs to the roof, and that the "
    "collection would move to the three branch libraries.",
    "Residents who spoke at the meeting asked the council to delay the vote until a study of the building "
    "was finished, but the motion failed by four votes to three.",
    "The mayor said the city would look for a new use for the building, which is listed as a landmark.",
]
MENU = ["Skip to content", "Home", "News", "Sport", "Opinion", "Weather", "Contact us", "Sign in", "Subscribe",
        "Search"]
FOOTER = ["About us", "Privacy Policy", "Terms of Use", "© 2024 City Times. All rights reserved.", "Advertise",
          "Careers"]


def cleaned_title(lines: list[str]) -> str | None:
    text = "\n\n".join(lines)
    return clean(read(Source("page.txt", "text", text.encode()))).title


def test_pasted_page_gets_the_headline_above_its_article() -> None:
    lines = [*MENU, "City council votes to close the central library", "By Jo Smith", "March 3, 2024", *BODY,
             *FOOTER]
    assert cleaned_title(lines) == "City council votes to close the central library"


def test_the_headline_line_is_listed_as_the_headline_not_as_furniture() -> None:
    lines = [*MENU, "City council votes to close the central library", "By Jo Smith", *BODY, *FOOTER]
    removed = clean(read(Source("page.txt", "text", "\n\n".join(lines).encode()))).removed
    assert [r.rule for r in removed if r.text == "City council votes to close the central library"] == \
        ["page.title-repeat"]


def test_a_clean_article_keeps_its_own_headline() -> None:
    assert cleaned_title(["Library to close after a century", *BODY]) == "Library to close after a century"


def test_a_furniture_title_without_a_headline_gives_way_to_the_lead() -> None:
    title = cleaned_title([*MENU, "By Jo Smith", *BODY, *FOOTER])
    assert title is not None and title.startswith("The city council voted on Tuesday")


@pytest.mark.parametrize(
    ("name", "candidate"),
    [
        ("a dateline opens it", "WASHINGTON (AP) — The latest on the library vote (all times local):"),
        ("a sentence of a paragraph", "The council voted to close the library, and the mayor said it would be sold "
                                      "to a developer. Residents protested outside the hall."),
        ("a menu item too short", "Library news"),
        ("a link", "https://example.com/council-votes-to-close-the-central-library"),
    ],
)
def test_lines_that_are_not_headlines(name: str, candidate: str) -> None:
    texts = ["Skip to content", candidate, *BODY]
    decisions = [None if i >= 2 else "page.furniture" for i in range(len(texts))]
    assert page_headline(texts, [words(t) for t in texts], decisions, title_is_furniture=False) is None, name


def test_the_nearest_of_two_headline_lines_sharing_the_lead_wins() -> None:
    texts = ["Council to vote on library closure next week", "City council votes to close the central library",
             *BODY]
    decisions = ["page.furniture", "page.furniture", None, None, None, None]
    assert page_headline(texts, [words(t) for t in texts], decisions, title_is_furniture=False) == (texts[1], 1)


@pytest.mark.parametrize("networks", [
    # a page may set a row of share buttons, a link to copy and a video's notice between its headline and its article
    ["Email", "Facebook", "Messenger", "Twitter", "Pinterest", "WhatsApp", "LinkedIn", "Reddit", "Copy this link",
     "Video playback is unsupported here", "Video caption: the library's reading room"],
    ["Email", "Facebook", "Twitter"],
])
def test_the_headline_is_found_above_a_row_of_share_buttons(networks: list[str]) -> None:
    head = ["Skip to content", "City council votes to close the central library", "March 3, 2024",
            *(f"Share this with {n}" for n in networks)]
    texts = [*head, *BODY]
    decisions = ["page.furniture", "page.furniture", "byline.timestamp", *["share.prompt"] * len(networks),
                 *[None] * len(BODY)]
    found = page_headline(texts, [words(t) for t in texts], decisions, title_is_furniture=True)
    assert found == (texts[1], 1)


def test_a_line_a_phrase_rule_named_is_not_a_candidate() -> None:
    texts = ["Sign up for the City Times newsletter on the library closure", *BODY]
    decisions = ["newsletter.signup", None, None, None, None]
    assert page_headline(texts, [words(t) for t in texts], decisions, title_is_furniture=False) is None


def test_the_headline_kept_as_the_first_line_of_the_article_is_the_headline() -> None:
    texts = ["Skip to content", "Sign in", "City council votes to close the central library", *BODY]
    decisions = ["page.furniture", "page.furniture", *[None] * (len(texts) - 2)]
    assert page_headline(texts, [words(t) for t in texts], decisions, title_is_furniture=False) == (texts[2], 2)


@pytest.mark.parametrize(
    ("name", "first_kept"),
    [
        ("its words are not the article's", "Weekend weather brings sunny spells to the coast"),
        ("a sentence of the article", "The council voted to close the library, and the mayor said it would be sold "
                                      "to a developer. Residents protested outside the hall."),
        ("too short for a headline", "Library closure"),
    ],
)
def test_a_first_kept_line_that_is_not_the_headline_stays(name: str, first_kept: str) -> None:
    texts = ["Skip to content", "Sign in", first_kept, *BODY]
    decisions = ["page.furniture", "page.furniture", *[None] * (len(texts) - 2)]
    assert page_headline(texts, [words(t) for t in texts], decisions, title_is_furniture=False) is None, name


def test_a_first_kept_line_is_not_looked_at_when_a_removed_line_above_is_the_headline() -> None:
    texts = ["City council votes to close the central library", "Library closure: what it means for readers",
             *BODY]
    decisions = ["page.furniture", *[None] * (len(texts) - 1)]
    assert page_headline(texts, [words(t) for t in texts], decisions, title_is_furniture=False) == (texts[0], 0)


def test_a_standfirst_under_the_headline_of_an_article_stays() -> None:
    # the reader took the headline as the title; nothing but its repeat was removed above: no page header
    # (a title too short to be a candidate, as "Sanders wins Wisconsin;"; its words left out, so that only the
    # missing page header keeps the standfirst)
    texts = ["Library closes", "Council votes to close the central library next year.", *BODY]
    decisions = ["page.title-repeat", *[None] * (len(texts) - 1)]
    assert page_headline(texts, [words(t) for t in texts], decisions, False) is None
    # under a page's header the same line is the headline
    paged = ["Home", "Sign in", *texts[1:]]
    decisions = ["page.furniture", "page.furniture", *[None] * (len(paged) - 2)]
    assert page_headline(paged, [words(t) for t in paged], decisions, False) == (texts[1].rstrip("."), 2)


def test_a_first_kept_line_stays_when_the_title_is_about_the_article() -> None:
    texts = ["Skip to content", "Sign in", "Council votes to close the central library next year.", *BODY]
    decisions = ["page.furniture", "page.furniture", *[None] * (len(texts) - 2)]
    title = words("Central library to close, council decides")
    assert page_headline(texts, [words(t) for t in texts], decisions, False, title) is None
    headline = page_headline(texts, [words(t) for t in texts], decisions, False, words("Skip to content"))
    assert headline is not None and headline.line == 2


@pytest.mark.parametrize("first_line", ["Got a news tip?", "Your privacy is important to us", "55°F Clear",
                                        "Buy Team Merchandise"])
def test_a_title_the_article_never_uses_gives_way_under_a_header(first_line: str) -> None:
    # headline.page_headline: none of its words in the lead, lines removed above the article: page furniture
    title = cleaned_title([first_line, *MENU[1:], "By Jo Smith", *BODY, *FOOTER])
    assert title is not None and title.startswith("The city council voted on Tuesday")


def test_a_title_the_article_never_uses_counts_as_a_header_line() -> None:
    # the first kept line is the headline, under a furniture title and one removed line
    lines = ["Got a news tip?", "Support independent journalism", "Council votes to close the central library",
             *BODY, *FOOTER]
    assert cleaned_title(lines) == "Council votes to close the central library"


def test_a_title_the_article_uses_stays() -> None:
    lines = ["Library to close after a century", *MENU[1:], "By Jo Smith", *BODY, *FOOTER]
    assert cleaned_title(lines) == "Library to close after a century"


def test_a_title_made_from_the_lead_leaves_its_dateline() -> None:
    body = ["SPRINGFIELD (AP) — " + BODY[0], *BODY[1:]]
    title = cleaned_title(["Got a news tip?", *MENU[1:], "By Jo Smith", *body, *FOOTER])
    assert title is not None and title.startswith("The city council voted on Tuesday")


@pytest.mark.parametrize(("label", "expected"), [
    # a short label kept above the article is no lead: the title comes from the first line that says something
    ("Eye on the City", "The city council voted on Tuesday"),
    # … but a short line that ends as a sentence does say something
    ("Library closing?", "Library closing?"),
])
def test_a_title_from_the_lead_skips_a_short_label(label: str, expected: str) -> None:
    texts = ["Home", "News", "By Jo Smith", label, *BODY]
    decisions = ["page.edge-fragment", "page.edge-fragment", "byline.author", None, None, None, None, None]
    headline = page_headline(texts, [words(t) for t in texts], decisions, True, words("Skip to content"))
    assert headline is not None and headline.line is None and headline.text.startswith(expected)


def test_a_title_shorter_than_a_headline_is_a_menu_item() -> None:
    # "iPhone XS Max" over a page whose headline the scorer kept as the article's first line: the title is a menu
    # item (fewer than MIN_WORDS words) though the article uses its words, and counts as a header line
    headline = "Council votes to close the central library after a century"
    texts = ["Home", headline, *BODY]
    decisions = ["page.edge-fragment", None, None, None, None, None]
    found = page_headline(texts, [words(t) for t in texts], decisions, False, words("Central library"))
    assert found == (headline, 1)
    # … whereas a title of a headline's length that the article uses is its headline: nothing found
    long_title = words("Council to close the central library")
    assert page_headline(texts, [words(t) for t in texts], decisions, False, long_title) is None


def test_a_short_title_of_a_clean_article_stays() -> None:
    assert cleaned_title(["Library closes", *BODY]) == "Library closes"
