"""Read saved web pages: article text and metadata extracted from the HTML."""

from __future__ import annotations

import trafilatura

from briefgen.errors import SourceError
from briefgen.model import Article, Paragraph, Source
from briefgen.readers.common import decode, file_date, parse_date, title_from_lead


def read_html(source: Source) -> Article:
    """Parse a saved .html page into an Article (trafilatura finds the article body)."""
    text, notes = decode(source.data, source.name)
    doc = trafilatura.bare_extraction(text, include_comments=False, with_metadata=True)
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
    )
