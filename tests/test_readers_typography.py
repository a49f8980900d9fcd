"""Quotation marks written as two apostrophes (the New York Times' archive) are read and shown as curly marks."""

from __future__ import annotations

import pytest

from briefgen.extract.quote_marks import with_curly_marks
from briefgen.model import Source
from briefgen.readers import read


@pytest.mark.parametrize("text, shown", [
    ("''We will win,'' he said.", "“We will win,” he said."),
    ("the dangers of a ''rigged economy.''", "the dangers of a “rigged economy.”"),
    # three apostrophes close a single quote inside the double one: the single mark first
    ("''Most will not be satisfied with 'We'll bomb them,''' said McCain",
     "“Most will not be satisfied with 'We'll bomb them,'” said McCain"),
    ("(''Hey, they know,'' she said)", "(“Hey, they know,” she said)"),
])
def test_apostrophe_pairs_used_as_quotation_marks_become_curly(text: str, shown: str) -> None:
    assert with_curly_marks(text) == shown


@pytest.mark.parametrize("text", [
    "rock 'n' roll in the '80s",
    "a child of the '80s, he said",
    "It's Ann's",
    "",
])
def test_other_apostrophes_are_left_alone(text: str) -> None:
    assert with_curly_marks(text) == text


def test_a_text_article_shows_curly_marks_in_its_paragraphs_and_title() -> None:
    raw = ("Candidates scramble after ''clash of civilizations'' video\n\n"
           "''I think this incident in Paris will break down some of the false sense of separation,'' said "
           "Senator Chris Coons, Democrat of Delaware.\n")
    article = read(Source(name="nyt.txt", format="text", data=raw.encode()))
    assert article.title == "Candidates scramble after “clash of civilizations” video"
    assert article.paragraphs[0].text.startswith("“I think this incident")
    assert "separation,” said" in article.paragraphs[0].text
    assert "''" not in article.paragraphs[0].text


def test_front_matter_apostrophes_keep_their_yaml_meaning() -> None:
    raw = "---\ntitle: 'It''s here'\n---\n\nThe body of the article says what happened on Monday in the city.\n"
    article = read(Source(name="a.md", format="markdown", data=raw.encode()))
    assert article.title == "It's here"
