"""The developer tool's rule cross-validation: which phrase rules the training pages give an example of."""

from __future__ import annotations

import pytest

pytest.importorskip("numpy")  # train.py fits with numpy (installed with spaCy)

from briefgen.cleaning.train import _rules_seen, _unseen_rules, _without_rules  # noqa: E402

NEWSLETTER = "Sign up for our newsletter to get the latest news."
APP = "Download our app for the best experience"
NEWS = "The council voted on Tuesday to close the bridge for repairs."


def page(*paragraphs: tuple[str, bool]) -> dict:
    return {"texts": [t for t, _ in paragraphs], "labels": [keep for _, keep in paragraphs], "hits": []}


def test_a_rule_matching_a_dropped_paragraph_is_seen() -> None:
    assert _rules_seen([page((NEWS, True), (NEWSLETTER, False))]) == {"newsletter.signup"}


@pytest.mark.parametrize("paragraph", [
    (NEWSLETTER, True),  # the gold keeps it: no example of boilerplate
    (f'"{NEWSLETTER}" she said.', False),  # reported speech: rules never remove it
    (NEWS, False),
])
def test_no_example_of_a_rule(paragraph: tuple[str, bool]) -> None:
    assert _rules_seen([page(paragraph)]) == set()


def test_rules_without_an_example_are_switched_off_for_the_test_pages() -> None:
    train = [page((NEWSLETTER, False))]
    unseen = _unseen_rules(train)
    assert "newsletter.signup" not in unseen and "app.download" in unseen
    test = _without_rules([page((APP, False), (NEWSLETTER, False))], unseen)
    assert test[0]["hits"] == [None, "newsletter.signup"]
    assert _without_rules([page((APP, False))], [])[0]["hits"] == ["app.download"]


def test_saved_pages_are_rechecked_with_the_layout_rules_too() -> None:
    from briefgen.cleaning.words import words
    from briefgen.model import Article, Paragraph

    texts = ["Home", NEWS, NEWSLETTER]
    article = Article(name="p.html", paragraphs=tuple(Paragraph(t) for t in texts), body_extracted=True)
    saved = {**page((texts[0], False), (NEWS, True), (NEWSLETTER, False)), "article": article,
             "toks": [words(t) for t in texts]}
    hits = _without_rules([saved], ["newsletter.signup"])[0]["hits"]
    assert hits[1:] == [None, None]
    assert hits[0] == "page.edge-fragment"  # a layout rule: only rule_decisions() on the article gives it

