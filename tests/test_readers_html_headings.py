"""A saved page's section headings: the <h2>-<h6> lines trafilatura keeps are marked "heading" (html.heading_texts),
and a heading the extractor kept at the body's edge is still furniture (clean's page.edge-fragment)."""

from __future__ import annotations

import pytest

from briefgen.cleaning import clean
from briefgen.model import Article, Paragraph, Source
from briefgen.readers import read

PROSE = ("The ferry crews walked out at dawn on Monday and left hundreds of commuters waiting on the pier "
         "while the harbour authority and the union argued over the new rosters.")


def _kinds(inner: str) -> dict[str, str]:
    page = f"<html><body><article><h1>Ferry crews walk out at dawn</h1>{inner}</article></body></html>"
    article = read(Source(name="x.html", format="html", data=page.encode(), mtime=0.0))
    return {p.text: p.kind for p in article.paragraphs}


@pytest.mark.parametrize(("heading", "kind"), [
    ("What the union wants", "heading"),
    ("How long will the strike last?", "heading"),  # a question is a heading's
    ("1. The rosters", "heading"),
    # a standfirst set as a heading ends as a statement does: its sentence stays text (the summary may want it)
    ("The union says the new rosters break the agreement.", "text"),
    ("The union walks out!", "text"),
    ("______________", "text"),  # a rule is no heading
])
def test_a_heading_element_between_paragraphs(heading: str, kind: str) -> None:
    kinds = _kinds(f"<p>{PROSE}</p><h2>{heading}</h2><p>{PROSE} Again.</p>")
    assert kinds[heading] == kind
    assert kinds[PROSE] == "text"


def test_a_paragraph_is_no_heading() -> None:
    kinds = _kinds(f"<p>{PROSE}</p><p>What the union wants</p><p>{PROSE} Again.</p>")
    assert kinds["What the union wants"] == kinds[PROSE] == "text"


def _article(body_extracted: bool) -> Article:
    paragraphs = (Paragraph(PROSE), Paragraph("What the union wants", kind="heading"), Paragraph(PROSE + " Again."),
                  Paragraph("Harbour Festival 2019", kind="heading"))
    return Article(name="x", paragraphs=paragraphs, body_extracted=body_extracted)


@pytest.mark.parametrize(("body_extracted", "kept_last"), [
    (False, True),  # a Markdown author's closing heading is the article's
    (True, False),  # a page's heading at the body's end ("2019 American Music Awards") is furniture
])
def test_a_heading_at_the_edge(body_extracted: bool, kept_last: bool) -> None:
    cleaned = clean(_article(body_extracted))
    texts = [p.text for p in cleaned.paragraphs]
    assert "What the union wants" in texts  # a heading inside the article stays either way
    assert ("Harbour Festival 2019" in texts) is kept_last
    if not kept_last:
        assert [r.rule for r in cleaned.removed if r.text == "Harbour Festival 2019"] == ["page.edge-fragment"]
