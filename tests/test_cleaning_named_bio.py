"""An author's biography closing the article, known by the byline's name (cleaning.author_bio, rule byline.named-bio)."""

from __future__ import annotations

import pytest

from briefgen.cleaning import clean
from briefgen.cleaning.author_bio import author_bios, byline_names
from briefgen.model import Source
from briefgen.readers import read

BODY = [
    "The city council voted on Tuesday to close the harbour bridge for repairs until the spring.",
    "The repairs will cost about twelve million, officials said, most of it paid by the national road fund.",
    "Drivers will be sent over the north bridge, which the council widened last year for that purpose.",
]


@pytest.mark.parametrize(("byline", "names"), [
    ("By Dana Whitfield", {"Dana Whitfield"}),
    ("written by Omar", {"Omar"}),
    ("By Dana Whitfield On 11/13/19 at 4:00 PM EST", {"Dana Whitfield"}),
    ("by Omar September 15, 2014", {"Omar"}),
    ("Photo by the city press office", set()),  # (no name written with capitals)
])
def test_byline_names(byline: str, names: set[str]) -> None:
    assert byline_names([byline, *BODY], ["byline.author", None, None, None]) == names


@pytest.mark.parametrize(("last", "flagged"), [
    ("Dana Whitfield is a reporter for the Harbour Gazette.", True),
    ("Dana Whitfield has covered the city council since 2015 and lives on the north shore.", True),
    # … not a paragraph that quotes her, nor one about someone else, nor one that does not open with her name
    ("Dana Whitfield is “proud of the work we did on the bridge,” the mayor said.", False),
    ("Jon Lund is a reporter for the Harbour Gazette.", False),
    ("The mayor said Dana Whitfield is a reporter for the Harbour Gazette.", False),
])
def test_a_bio_of_the_byline_author_closes_the_article(last: str, flagged: bool) -> None:
    texts = ["By Dana Whitfield", *BODY, last]
    decisions = ["byline.author", None, None, None, None]
    assert author_bios(texts, decisions) == [False, False, False, False, flagged]


def test_no_byline_no_bio() -> None:
    texts = [*BODY, "Dana Whitfield is a reporter for the Harbour Gazette."]
    assert author_bios(texts, [None] * len(texts)) == [False] * len(texts)


def test_a_bio_early_in_the_article_is_news() -> None:
    # (a story about a reporter opens with her: not among the article's last paragraphs)
    texts = ["By Dana Whitfield", "Jon Lund is a reporter who covered the bridge for ten years.", *BODY]
    decisions = ["byline.author", None, None, None, None]
    names_lund = author_bios(["By Jon Lund", *texts[1:]], decisions)
    assert names_lund == [False] * len(texts)


def test_clean_removes_the_bio_with_its_rule() -> None:
    text = "\n\n".join(["Bridge to close for repairs", "By Dana Whitfield", *BODY,
                        "Dana Whitfield is a reporter for the Harbour Gazette."])
    article = clean(read(Source(name="bridge.txt", format="text", data=text.encode())))
    assert [r.rule for r in article.removed if r.text.startswith("Dana Whitfield is")] == ["byline.named-bio"]
    assert [p.text for p in article.paragraphs][-1] == BODY[-1]
