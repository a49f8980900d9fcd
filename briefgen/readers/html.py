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
from lxml.html import HtmlElement

from briefgen.errors import SourceError
from briefgen.model import Article, Paragraph, Source
from briefgen.readers.common import decode, file_date, parse_date, title_from_lead

# Metadata from the page's own tags, most preferred first. Cheaper than trafilatura's metadata
# pass (which runs a full date search) and, on DEV, a better headline: og:title is the
# article's headline without the " | Site name" suffix of <title>.
# Each source is (tag, attribute that names it, its value, attribute holding the content).
_META_SOURCES: dict[str, tuple[tuple[str, str, str, str], ...]] = {
    "title": (("meta", "property", "og:title", "content"), ("meta", "name", "twitter:title", "content"),
              ("h1", "", "", ""), ("title", "", "", "")),
    "site": (("meta", "property", "og:site_name", "content"), ("meta", "name", "application-name", "content")),
    "url": (("link", "rel", "canonical", "href"), ("meta", "property", "og:url", "content")),
    "date": (("meta", "property", "article:published_time", "content"), ("meta", "itemprop", "datePublished", "content"),
             ("time", "itemprop", "datePublished", "datetime"), ("meta", "name", "date", "content"),
             ("meta", "name", "pubdate", "content"), ("time", "", "", "datetime")),
}
_META_TAGS = ("meta", "link", "title", "h1", "time")


def _page_meta(tree: HtmlElement) -> dict[str, str | None]:
    """title, site, url and date from the page's tags, in one pass over them."""
    seen: dict[tuple[str, str, str, str], str] = {}
    for element in tree.iter(*_META_TAGS):
        tag = str(element.tag)
        for sources in _META_SOURCES.values():
            for source in sources:
                if source in seen or source[0] != tag:
                    continue
                _, key, name, attribute = source
                if key and element.get(key) != name:
                    continue
                raw = element.get(attribute) if attribute else element.text_content()
                value = " ".join(str(raw or "").split())
                if value:
                    seen[source] = value
    return {field: next((seen[s] for s in sources if s in seen), None) for field, sources in _META_SOURCES.items()}


def read_html(source: Source) -> Article:
    """Parse a saved .html page into an Article (trafilatura finds the article body)."""
    text, notes = decode(source.data, source.name)
    tree = trafilatura.load_html(text)
    if tree is None:
        raise SourceError(source.name, "is not a readable HTML page")
    meta = _page_meta(tree)  # before extraction, which prunes the tree
    doc = trafilatura.bare_extraction(tree, include_comments=False, with_metadata=False, fast=True)
    if doc is None or not (doc.text or "").strip():
        raise SourceError(source.name, "no article text found in the page")
    paragraphs = tuple(Paragraph(line.strip()) for line in doc.text.split("\n") if line.strip())
    date = parse_date((meta["date"] or "")[:10])
    origin = "source"
    if date is None:
        date = file_date(source.mtime)
        origin = "file" if date else "none"
    url = meta["url"] if meta["url"] and meta["url"].startswith(("http://", "https://")) else None
    return Article(
        name=source.name,
        paragraphs=paragraphs,
        title=meta["title"] or title_from_lead(paragraphs[0].text),
        date=date,
        date_origin=origin,
        source=meta["site"],
        url=url,
        notes=notes,
        body_extracted=True,
    )
