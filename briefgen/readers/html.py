"""Read saved web pages: trafilatura finds the article body and metadata; briefgen's rules clean it after.

Why trafilatura as the first stage: on the boilerplate benchmark's DEV pages it scored best of
the open extractors (F1 0.960, readability-lxml 0.945, jusText 0.793), and it also returns the
title, date, site name and URL. `fast=True` skips its fallback extractors (readability, jusText):
on DEV they never changed the result, and skipping them makes reading faster than trafilatura's
default. What trafilatura keeps that is not article — the headline repeated in the body,
"Comments", newsletter boxes, "Related:" lists, all-capitals teasers — is then removed by
`briefgen.cleaning.clean` with a named rule for each paragraph.
"""

from __future__ import annotations

import trafilatura

from briefgen.errors import SourceError
from briefgen.model import Article, Paragraph, Source
from briefgen.readers.common import decode, file_date, parse_date, title_from_lead


def read_html(source: Source) -> Article:
    """Parse a saved .html page into an Article (trafilatura finds the article body)."""
    text, notes = decode(source.data, source.name)
    doc = trafilatura.bare_extraction(text, include_comments=False, with_metadata=True, fast=True)
    if doc is None or not (doc.text or "").strip():
        raise SourceError(source.name, "no article text found in the page")
    paragraphs = tuple(Paragraph(line.strip()) for line in doc.text.split("\n") if line.strip())
    date = parse_date(doc.date)
    origin = "source"
    if date is None:
        date = file_date(source.mtime)
        origin = "file" if date else "none"
    return Article(
        name=source.name,
        paragraphs=paragraphs,
        title=doc.title or title_from_lead(paragraphs[0].text),
        date=date,
        date_origin=origin,
        source=doc.sitename,
        url=doc.url,
        notes=notes,
        body_extracted=True,
    )
