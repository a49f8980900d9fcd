"""A camel-case site or company name the article writes CAMEL_USES times is a body, though NER reads it nowhere
(actor_article_names.camel_names, missed_camel_names); not a unit, not Apple's i-words, not inside an address. So is a
"The X" name written inside sentences THE_NAME_USES times (missed_the_names)."""

import pytest

from briefgen.extract.actor_article_names import camel_names
from briefgen.extract.actors import extract_actors
from briefgen.model import Article, Paragraph


@pytest.mark.parametrize("texts, found", [
    (["We started stepWise in 2005.", "Today stepWise has many editors.", "Readers of stepWise come back."], {"stepWise"}),
    # fewer than three uses; a unit; an Apple i-word; an address or a handle
    (["We started stepWise in 2005.", "Today stepWise has many editors."], set()),
    (["It was 80 dBa here.", "Then 90 dBa.", "Then 95 dBa."], set()),
    (["My iPhone broke.", "The iPhone was new.", "Another iPhone came."], set()),
    (["See www.stepWise.org now.", "Mail @stepWise today.", "Go to x/stepWise/y."], set()),
])
def test_camel_names(texts, found):
    assert set(camel_names(texts)) == found


def test_a_camel_name_is_an_actor_beside_its_address():
    paragraphs = ("The founder said howPedia grew fast after 2006.", "Most editors of howPedia are volunteers.",
                  "Traffic to howPedia doubled, according to howpedia.com figures.")
    actors = {a.name: a for a in extract_actors(Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs)))}
    assert actors["howPedia"].type == "organization"


def _names(paragraphs, entities=None):
    article = Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs))
    return {a.name: a for a in extract_actors(article, entities=entities)}


def test_a_the_name_written_inside_sentences_is_a_body():
    paragraphs = ("She wrote for The Quillback before it folded.", "Editors at The Quillback say it sold well.",
                  "The Quillback had a staff of nine, and readers of The Quillback stayed loyal.")
    actors = _names(paragraphs, entities=[[] for _ in paragraphs])
    assert actors["The Quillback"].type == "organization"
    assert actors["The Quillback"].mentions == 4


@pytest.mark.parametrize("paragraphs", [
    # twice only; only opening sentences
    ("She wrote for The Quillback.", "Editors at The Quillback said so."),
    ("The Quillback sold well.", "The Quillback closed.", "The Quillback reopened.", "The Quillback won."),
])
def test_not_a_the_name(paragraphs):
    assert "The Quillback" not in _names(paragraphs, entities=[[] for _ in paragraphs])
