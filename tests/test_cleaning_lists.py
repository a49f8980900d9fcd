"""Lines the scorer drops that belong to the article: a line leading into a kept paragraph with a colon
(page.introducing_lines), a list or table it introduces with a colon (page.introduced_list_items), a social post
embedded in it (page.embedded_posts)."""

from __future__ import annotations

import pytest

from briefgen.cleaning import clean
from briefgen.cleaning.page import embedded_posts, introduced_list_items, introducing_lines, with_article_parts
from briefgen.model import Article, Paragraph

INTRO = "Final standings of the championship after 12 of the season's 14 races:"
ROWS = ["Pos. Driver Points Wins Poles", "1 Ana Silva 412 5 3", "2 Jan Novak 398 3 4", "3 Lee Park 371 2 1",
        "4 Omar Haddad 350 1 0", "5 Eva Lund 333 1 2"]
FURNITURE, SCORER = "page.furniture", "page.short-fragment"


@pytest.mark.parametrize(
    ("texts", "decisions", "expected"),
    [
        # rows the scorer dropped under a kept paragraph ending with a colon are the article's
        ([INTRO, *ROWS[:3]], [None, FURNITURE, SCORER, FURNITURE], [False, True, True, True]),
        # a row the scorer kept continues the list; the list goes on after it
        ([INTRO, ROWS[1], ROWS[2], ROWS[3]], [None, FURNITURE, None, FURNITURE], [False, True, False, True]),
        # no colon: no list
        ([INTRO.rstrip(":") + ".", ROWS[1]], [None, FURNITURE], [False, False]),
        # the introduction itself was dropped: nothing follows from it
        ([INTRO, ROWS[1]], [FURNITURE, FURNITURE], [False, False]),
        # a phrase rule's removal ends the list, and is never overridden
        ([INTRO, ROWS[1], "Share this article", ROWS[2]], [None, FURNITURE, "share.prompt", FURNITURE],
         [False, True, False, False]),
        # a sentence ends the list (an author's note after a deals list, a teaser's blurb)
        ([INTRO, "Sign up for the streaming bundle for $12 a month",
          "Our deals editor tests every product he recommends.", "Best laptop deals"],
         [None, FURNITURE, FURNITURE, FURNITURE], [False, True, False, False]),
        # a long line is no list item
        ([INTRO, " ".join(["word"] * 31)], [None, FURNITURE], [False, False]),
        # the comment thread is never reopened
        ([INTRO, ROWS[1]], [None, "page.comment-thread"], [False, False]),
    ],
)
def test_introduced_list_items(texts: list[str], decisions: list[str | None], expected: list[bool]) -> None:
    assert introduced_list_items(texts, decisions) == expected


LEAD_IN = "These were the main points of the hearing:"
POINT = "The witness said he had raised his concerns with the legal office in July, a week after the call."


@pytest.mark.parametrize(
    ("texts", "decisions", "expected"),
    [
        # the scorer dropped the short lead-in above a kept paragraph: it is the article's
        ([POINT, LEAD_IN, POINT], [None, SCORER, None], [False, True, False]),
        ([LEAD_IN, POINT], [FURNITURE, None], [True, False]),
        # the line after it was dropped too: nothing it leads into is kept
        ([POINT, LEAD_IN, "Home"], [None, SCORER, FURNITURE], [False, False, False]),
        # the last line leads into nothing
        ([POINT, LEAD_IN], [None, SCORER], [False, False]),
        # no colon: no lead-in
        ([LEAD_IN.rstrip(":"), POINT], [SCORER, None], [False, False]),
        # a phrase rule's removal stands ("Follow us on:" is a share prompt), and so does the comment thread
        (["Follow us on:", POINT], ["share.follow", None], [False, False]),
        ([LEAD_IN, POINT], ["page.comment-thread", None], [False, False]),
    ],
)
def test_introducing_lines(texts: list[str], decisions: list[str | None], expected: list[bool]) -> None:
    assert introducing_lines(texts, decisions) == expected


def test_a_kept_lead_in_introduces_the_list_after_it() -> None:
    # the lead-in is kept first, and then the rows it introduces
    texts = [POINT, INTRO, ROWS[1], ROWS[2], POINT]
    assert with_article_parts(texts, [None, SCORER, None, FURNITURE, None]) == [None] * 5


PROSE = [
    "The championship was decided on Sunday when the leader finished third in the rain at the northern circuit.",
    "Officials said the results would be confirmed on Monday after the stewards review two incidents on the last lap.",
    "The series returns next spring with two new races on the calendar, the organisers said in a statement on Sunday.",
]
MENU = ["Home", "News", "Results", "Calendar", "Drivers", "Teams", "Video", "Shop"]
FOOTER = ["Skip to content", "Sign in", "Terms of Service", "Privacy Policy", "© 2024 Example Media. All rights reserved."]


def _page(intro: str) -> Article:
    # the table closes the article, as a standings page has it: outside the run of prose
    texts = FOOTER[:2] + MENU + PROSE + [intro] + ROWS + FOOTER[2:] + MENU
    return Article(name="page", paragraphs=tuple(Paragraph(t) for t in texts))


def test_a_pasted_page_keeps_the_table_its_article_introduces() -> None:
    kept = [p.text for p in clean(_page(INTRO)).paragraphs]
    assert kept == PROSE + [INTRO] + ROWS


def test_without_the_colon_the_scorer_drops_table_rows() -> None:
    # the same page with the introduction ending in a full stop: the last row reads as furniture (the header, which
    # the scorer drops as a short fragment between the kept introduction and rows, is kept again by inner_gaps)
    cleaned = clean(_page(INTRO.rstrip(":") + "."))
    kept = [p.text for p in cleaned.paragraphs]
    assert set(PROSE) <= set(kept)
    assert {r.text: r.rule for r in cleaned.removed if r.text in ROWS} == {ROWS[-1]: "page.furniture"}
    assert kept[kept.index(INTRO.rstrip(":") + "."):] == [INTRO.rstrip(":") + ".", *ROWS[:-1]]


NEWS = "The minister answered her critics on Tuesday in a long post on her official account."
POST = "We will not be intimidated, and the bridge will be rebuilt. pic.twitter.com/AbC123xyz"
SIGNATURE = "— Jane Roe (@janeroe) November 19, 2019"


@pytest.mark.parametrize(
    ("texts", "decisions", "expected"),
    [
        # the post's text and its signature, under the article's paragraph
        ([NEWS, POST, SIGNATURE], [None, FURNITURE, SCORER], [False, True, True]),
        # the signature kept, the text dropped
        ([NEWS, POST, SIGNATURE], [None, FURNITURE, None], [False, True, False]),
        # a post of several lines
        ([NEWS, "Thank you all.", "We will rebuild.", POST, SIGNATURE], [None] + [FURNITURE] * 4,
         [False, True, True, True, True]),
        # no kept paragraph within reach above: a feed in the page's sidebar, not the article's post
        (["Follow us", "Latest posts", "Thank you all.", "We will rebuild.", POST, SIGNATURE], [FURNITURE] * 6,
         [False] * 6),
        # no signature line: nothing to go by
        ([NEWS, POST], [None, FURNITURE], [False, False]),
        # a signature without the date is no embed's
        ([NEWS, POST, "— Jane Roe (@janeroe)"], [None, FURNITURE, FURNITURE], [False, False, False]),
        # a line a phrase rule removed is never brought back
        ([NEWS, "Share this article", SIGNATURE], [None, "share.prompt", FURNITURE], [False, False, False]),
        # a long paragraph is no post
        ([NEWS, " ".join(["word"] * 61), SIGNATURE], [None, FURNITURE, FURNITURE], [False, False, False]),
    ],
)
def test_embedded_posts(texts: list[str], decisions: list[str | None], expected: list[bool]) -> None:
    assert embedded_posts(texts, decisions) == expected


def _page_with_post(signature: str) -> Article:
    texts = FOOTER[:2] + MENU + PROSE + [POST, signature] + FOOTER[2:] + MENU
    return Article(name="page", paragraphs=tuple(Paragraph(t) for t in texts))


def test_a_pasted_page_keeps_the_post_embedded_in_its_article() -> None:
    assert [p.text for p in clean(_page_with_post(SIGNATURE)).paragraphs] == PROSE + [POST, SIGNATURE]


def test_without_the_embed_signature_the_scorer_drops_the_post() -> None:
    cleaned = clean(_page_with_post("— Jane Roe (@janeroe)"))
    assert [p.text for p in cleaned.paragraphs] == PROSE
    assert {r.text: r.rule for r in cleaned.removed if r.text == POST} == {POST: "page.furniture"}


@pytest.mark.parametrize("article", [_page(INTRO), _page_with_post(SIGNATURE)], ids=["colon list", "embedded post"])
def test_the_trainer_keeps_what_clean_keeps(article: Article) -> None:
    # train.py's cross-validation must run these steps as clean() does, or its figure is not the product's
    from briefgen.cleaning import page as page_module
    from briefgen.cleaning.features import page_features
    from briefgen.cleaning.topic import TopicIndex
    from briefgen.cleaning.train import FEATURES, _hits, _predict
    from briefgen.cleaning.rules import default_ruleset
    from briefgen.cleaning.words import words

    texts = [p.text for p in article.paragraphs]
    toks = [words(t) for t in texts]
    trainer_page = {"texts": texts, "toks": toks, "feats": page_features(texts), "topics": TopicIndex(toks),
                    "hits": _hits(default_ruleset(), texts)}
    weights = [page_module.WEIGHTS[k] for k in FEATURES] + [page_module.BIAS]
    setting = (page_module.KEEP_INSIDE, page_module.KEEP_OUTSIDE, page_module.BLOCK_BIAS)
    predicted = _predict(trainer_page, weights, *setting)
    assert predicted == "\n".join(p.text for p in clean(article).paragraphs)
