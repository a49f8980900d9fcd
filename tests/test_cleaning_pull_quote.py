"""page.pull-quote: a quotation set out again with its speaker's name, whose words another paragraph prints."""

from __future__ import annotations

import pytest

from briefgen.cleaning.pull_quote import pull_quotes

BODY = ("We were told to leave the farm by morning and never to come back to the valley again. His brother had "
        "sold the land a year before, and the family learned of it from a neighbour.")


@pytest.mark.parametrize(
    ("pull", "case"),
    [
        ("We were told to leave the farm by morning and never to come back to the valley again. Tomas Berg", "bare"),
        ("“We were told to leave the farm by morning and never to come back to the valley again.” — Tomas Berg",
         "marks-and-dash"),
        ("We were told to leave the farm by morning and never to come back to the valley again. Ana de la Vega",
         "particles"),
    ],
)
def test_a_signed_quotation_repeating_another_paragraph_is_a_pull_quote(pull: str, case: str) -> None:
    for texts, flags in (([pull, BODY], [True, False]), ([BODY, pull], [False, True])):
        assert pull_quotes(texts) == flags, case


@pytest.mark.parametrize(
    ("texts", "why"),
    [
        # the words are nowhere else in the article
        (["We were told to leave the house by noon and never to return to the town again. Tomas Berg", BODY],
         "not repeated"),
        # no signature: a sentence ends the paragraph
        (["We were told to leave the farm by morning and never to come back to the valley again.", BODY],
         "no signature"),
        # the paragraph's last words are prose in lower case, not a name
        (["We were told to leave the farm by morning and never to come back to the valley again. so it goes", BODY],
         "no name"),
        # too few repeated words: a phrase may recur by chance
        (["We were told to leave. Tomas Berg", "We were told to leave. The rest of the story is long enough here."],
         "short"),
        # a longer name-like tail is a headline's words, not a signature
        (["We were told to leave the farm by morning and never to come back to the valley again. Farm Sale Leaves "
          "Valley Family Homeless", BODY], "too long"),
        # the other paragraph is no longer: it is the one that repeats
        (["We were told to leave the farm by morning and never to come back to the valley again. Tomas Berg",
          "We were told to leave the farm by morning and never to come back to the valley again."], "not longer"),
    ],
)
def test_no_pull_quote(texts: list[str], why: str) -> None:
    assert pull_quotes(texts) == [False] * len(texts), why


def test_clean_removes_the_pull_quote_by_its_rule_and_keeps_the_paragraph_it_repeats() -> None:
    from briefgen.cleaning.clean import clean
    from briefgen.model import Article, Paragraph

    opening = "The family had farmed the valley for three generations before the sale was announced in spring."
    pull = "We were told to leave the farm by morning and never to come back to the valley again. Tomas Berg"
    article = Article(name="case", paragraphs=tuple(Paragraph(t) for t in (opening, pull, BODY)))
    cleaned = clean(article)
    assert [p.text for p in cleaned.paragraphs] == [opening, BODY]
    assert [(r.text, r.rule) for r in cleaned.removed] == [(pull, "page.pull-quote")]
