"""Read saved web pages: trafilatura finds the article body and metadata; briefgen's rules clean it after.

Why trafilatura as the first stage: on the boilerplate benchmark's DEV pages it scored best of
the open extractors (F1 0.960, readability-lxml 0.945, jusText 0.793), and it also returns the
title, date, site name and URL. `fast=True` skips its fallback extractors (readability, jusText):
on DEV they never changed the result, and skipping them makes reading faster than trafilatura's
default. What trafilatura keeps that is not article — the headline repeated in the body,
"Comments", newsletter boxes, "Related:" lists, all-capitals teasers — is then removed by
`briefgen.cleaning.clean` with a named rule for each paragraph.

Each paragraph also gets its link density (the share of its characters inside <a> elements,
a page-furniture feature): trafilatura drops links from the text it returns, so the density is
measured on the page's own tree, where each extracted paragraph is found in the page's text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import NamedTuple

import trafilatura
from lxml import etree
from lxml.html import HtmlElement

from briefgen.errors import SourceError
from briefgen.model import Article, Paragraph, Source
from briefgen.readers.common import decode, file_date, parse_date, title_from_lead
from briefgen.readers.html_date import NO_TEXT_TAGS, enclosing_block, folded, headline_date, text_container
from briefgen.readers.page_source import LINE_MAX_CHARS, page_source

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


# The page's text with each link's text between two markers, rendered by libxslt in one C pass
# (a Python walk over every element cost about 1.5 ms per page, as much as trafilatura's margin).
# Elements whose text is never page text (nor in trafilatura's output) render as nothing, and so
# do comments. The markers are Unicode noncharacters, which are reserved for such internal use;
# read_html removes any the page itself contains.
LINK_OPEN, LINK_CLOSE = "\ufdd0", "\ufdd1"
_TEXT_WITH_LINKS = etree.XSLT(etree.XML(f"""\
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:template match="head|script|style|noscript|template"/>
  <xsl:template match="a">{LINK_OPEN}<xsl:apply-templates/>{LINK_CLOSE}</xsl:template>
</xsl:stylesheet>""".encode()))
_LINK_MARKER = re.compile(f"[{LINK_OPEN}{LINK_CLOSE}]")
# A hover card inside a paragraph (a person's photo and links to their other stories, shown on
# mouse-over): trafilatura would glue its text into the sentence ("Gov. Kristi NoemKristi Lynn Noem
# South Dakota governor doubles down on …"). Its mark: a span within a <p> holding an image and links.
# (An image's credit line inside a <p> has the same mark; the gold bodies leave captions out too.)
_HOLDS_CARD = ".//img and count(.//a) >= 2"
_HOVER_CARDS = etree.XPath(f"//p//span[{_HOLDS_CARD}]")
_STILL_HOLDS_CARD = etree.XPath(f"boolean({_HOLDS_CARD})")


def _drop_hover_cards(tree: HtmlElement) -> None:
    """Remove the innermost span of each hover card, keeping the text that follows it."""
    for span in reversed(_HOVER_CARDS(tree)):  # innermost first: the spans around it then hold no image
        if _STILL_HOLDS_CARD(span):
            span.drop_tree()


# A table whose cells hold paragraphs or headings lays the page out (an old site's article in one cell, the
# sidebar in the next); trafilatura would render each row as one line "| cell | cell |", the whole article one
# paragraph. Its table, rows and cells become blocks (<div>). A data table's cells hold no <p> nor heading.
LAYOUT_CELL_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6")
_LAYOUT_TABLES = etree.XPath("//table[.//td//*[{0}] or .//th//*[{0}]]".format(
    " or ".join(f"self::{tag}" for tag in LAYOUT_CELL_BLOCKS)))
_TABLE_PARTS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th")


def _unwrap_layout_tables(tree: HtmlElement) -> None:
    """Turn each layout table (see LAYOUT_CELL_BLOCKS) with its rows and cells into <div>s; a table nested
    in one that holds no paragraph or heading itself (a pull quote's box) stays a table."""
    own_parts = [[table, *(e for e in table.iter(*_TABLE_PARTS[1:]) if next(e.iterancestors("table")) is table)]
                 for table in _LAYOUT_TABLES(tree)]  # (each part's own table found before any is renamed)
    for element in (e for parts in own_parts for e in parts):
        element.tag = "div"


# An empty block between two runs of text breaks the line ("… on Wednesday.<div class='br'></div>The stabbing …", a
# site's stand-in for <br>): trafilatura would glue the runs ("Wednesday.The"). It becomes the <br> it stands for.
EMPTY_BREAK_TAGS = ("div", "p")


def _breaks_for_empty_blocks(tree: HtmlElement) -> None:
    """Replace each empty EMPTY_BREAK_TAGS element that has text right before and right after it with a <br>."""
    for element in list(tree.iter(*EMPTY_BREAK_TAGS)):
        if len(element) or (element.text or "").strip() or not (element.tail or "").strip():
            continue
        before = element.getprevious()
        text_before = before.tail if before is not None else element.getparent().text
        if (text_before or "").strip():
            element.tag = "br"
            element.attrib.clear()


# Table rows come out of trafilatura as "| cell | cell |": each cell is found on its own. Under a header row it writes
# Markdown's rule "|---|---|", no text of the page: that line is dropped.
_TABLE_HEADER_RULE = re.compile(r"^\|(?:\s*:?-+:?\s*\|)+$")
_CELL_SEPARATOR = "|"
_LIST_MARKERS = "-*•"


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _without_markers(text: str) -> str:
    return text.replace(LINK_OPEN, "").replace(LINK_CLOSE, "")  # str.translate is 5x slower here


class PageText(NamedTuple):
    """The page's text without whitespace, and where in it the text inside links starts and ends."""

    text: str
    starts: list[int]
    ends: list[int]


def page_text(tree: HtmlElement) -> PageText:
    """The page's text (without whitespace, so that an extracted paragraph is found however the
    markup spaced or joined its pieces) and the offsets of the text inside <a> elements.

    The tree should not contain the markers LINK_OPEN and LINK_CLOSE (read_html removes them);
    if it does, the offsets are wrong but still paired, and each within the text.
    """
    marked = _squeeze(str(_TEXT_WITH_LINKS(tree)))
    starts: list[int] = []
    ends: list[int] = []
    depth = 0
    for markers_before, marker in enumerate(_LINK_MARKER.finditer(marked)):
        at = marker.start() - markers_before  # its offset in the text without markers
        if marker.group() == LINK_OPEN:
            depth += 1
            if depth == 1:
                starts.append(at)
        elif depth:  # (a stray close marker from the page itself is ignored)
            depth -= 1
            if depth == 0 and at == starts[-1]:  # a link without text
                starts.pop()
            elif depth == 0:
                ends.append(at)
    text = _without_markers(marked)
    if depth:  # a stray open marker from the page itself: the link runs to the end
        if starts[-1] < len(text):
            ends.append(len(text))
        else:
            starts.pop()
    return PageText(text, starts, ends)


def _linked_chars(page: PageText, start: int, end: int) -> int:
    """How many characters of the page's text start..end lie inside links."""
    starts, ends = page.starts, page.ends
    i = max(bisect_right(starts, start) - 1, 0)
    total = 0
    while i < len(starts) and starts[i] < end:
        total += max(0, min(end, ends[i]) - max(start, starts[i]))
        i += 1
    return total


def _find(text: str, part: str, cursor: int) -> int:
    """Where part is in text: after the cursor (paragraphs come in page order), else anywhere."""
    at = text.find(part, cursor)
    return text.find(part) if at < 0 else at


def link_densities(page: PageText, lines: Sequence[str]) -> list[float]:
    """Per extracted paragraph (in page order), the share of its characters inside links.

    A paragraph is looked for in the page's text; when trafilatura's rendering is not there
    (a table row "| cell | cell |", a "- " list marker) its pieces are looked for one by one.
    Text that is not found counts as outside links, so a density is never over 1 nor made up.
    """
    densities: list[float] = []
    cursor = 0
    for line in lines:
        key = _squeeze(line)
        at = _find(page.text, key, cursor)
        parts = [key] if at >= 0 else [p for p in map(_squeeze, line.lstrip(_LIST_MARKERS).split(_CELL_SEPARATOR)) if p]
        linked = 0
        for part in parts:
            if part is not key:
                at = _find(page.text, part, cursor)
            if at < 0:
                continue
            linked += _linked_chars(page, at, at + len(part))
            cursor = at + len(part)
        total = sum(map(len, parts))
        densities.append(linked / total if total else 0.0)
    return densities


# A page whose tags give no date often states it in its structured data (schema.org JSON-LD, as BBC and IGN pages
# do): the first "datePublished" there is the page's own (its article comes before any list it also describes).
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{10,40})"')


# Else the page's own address may hold its date, as many news sites write it: ".../2019/11/18/business/…".
_URL_DATE = re.compile(r"^https?://[^/]+(?:/[^/]+)*?/((?:19|20)\d\d)/(\d\d)/(\d\d)/")


def _url_date(url: str | None) -> str | None:
    m = _URL_DATE.match(url or "")
    return parse_date(f"{m[1]}-{m[2]}-{m[3]}") if m else None


def _structured_date(tree: HtmlElement) -> str | None:
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() == "application/ld+json" and script.text:
            if m := _LD_DATE.search(script.text):
                return parse_date(m.group(1)[:10])
    return None


def _site_name(value: str | None) -> str | None:
    """The publication's name in a page's site-name tag: before a " | " that adds its sections or its slogan
    ("The Jerusalem Post | JPost.com", "LinkNaija | Nigeria's popular news platform"); a social handle
    ("@politifact") names no publication."""
    name = (value or "").split(" | ")[0].strip()
    return None if not name or name.startswith("@") else name


# What a page's title puts between its headline and the site's name: "… | my6sense", "… - The GiveWell Blog",
# "… — Mensagens de Reflexão"; dropped when the name after it is the page's own site name (its og:site_name).
TITLE_SITE_SEPARATORS = (" | ", " - ", " – ", " — ", " · ", " :: ", " » ")


def title_without_site(title: str | None, site: str | None) -> str | None:
    """The title without the site's name its end repeats after one of TITLE_SITE_SEPARATORS (matched
    case-insensitively, spaces ignored); the title as it is when nothing else would be left."""
    if not title or not site:
        return title
    name = folded(site)
    for separator in TITLE_SITE_SEPARATORS:
        head, found, tail = title.rpartition(separator)
        if found and head.strip() and folded(tail) == name:
            return head.strip()
    return title


def title_as_shown(title: str | None, headlines: Sequence[str]) -> str | None:
    """The part of the title on one side of a TITLE_SITE_SEPARATORS that is the headline the page shows in an <h1>
    (spaces and case aside): the title without a section's label or a site's name the tags add ("Opinion | …",
    "… - Auto News"); the title as it is when no part is."""
    if not title:
        return title
    shown = {folded(h) for h in headlines} - {""}
    for separator in TITLE_SITE_SEPARATORS:
        for head, found, tail in (title.partition(separator), title.rpartition(separator)):
            for part in (head, tail) if found else ():
                if part.strip() and folded(part) in shown:
                    return part.strip()
    return title


def _spaced(text: str) -> str:
    return " ".join(text.split())


# A heading element whose text ends as a statement does is a standfirst set large ("The retailer earned $2.8 billion in
# the third quarter."), whose sentence the summary may want: it stays text. A question is a heading's ("How is the
# plague spread?"); a rule "____" is no heading at all.
_ENDS_STATEMENT = re.compile(r"[.!。！][\"'”’)\]]*$")


def heading_texts(body: etree._Element | None) -> frozenset[str]:
    """The texts (spaces made single) of the <head> elements trafilatura's body holds (the page's <h1>-<h6> it kept)
    that read as headings: a line of its text that is one of these is a heading. Cleaning still judges each as a line:
    a heading kept at the body's edge ("Comments", "2019 American Music Awards") is furniture all the same."""
    if body is None:
        return frozenset()
    texts = (_spaced("".join(head.itertext())) for head in body.iter("head"))
    return frozenset(t for t in texts if any(c.isalnum() for c in t) and not _ENDS_STATEMENT.search(t))


# A page with neither a site-name tag nor an address may name itself in its footer's notice ("©2019 Ascom",
# "Copyright 2019 The Harbour Gazette"): the text nodes that may hold it, wherever the page puts it (trafilatura leaves
# the footer out of the body, where check_article looks for a notice).
_NOTICE_TEXT = etree.XPath("//body//text()[contains(., '©') or contains(., 'opyright') or contains(., 'OPYRIGHT')]")


def notice_lines(tree: HtmlElement) -> list[str]:
    """The texts (spaces made single) of the blocks holding a copyright sign or word, in page order, each short."""
    lines: list[str] = []
    for node in _NOTICE_TEXT(tree):
        container = text_container(node)
        if container is None or str(container.tag) in NO_TEXT_TAGS:
            continue
        text = " ".join(enclosing_block(container).text_content().split())
        if text and len(text) <= LINE_MAX_CHARS and text not in lines:
            lines.append(text)
    return lines


def read_html(source: Source) -> Article:
    """Parse a saved .html page into an Article (trafilatura finds the article body)."""
    text, notes = decode(source.data, source.name)
    if LINK_OPEN in text or LINK_CLOSE in text:
        text = _without_markers(text)
    tree = trafilatura.load_html(text)
    if tree is None:
        raise SourceError(source.name, "is not a readable HTML page")
    meta = _page_meta(tree)  # before extraction, which prunes the tree
    headlines = [h.text_content() for h in tree.iter("h1")]
    date = (parse_date((meta["date"] or "")[:10]) or _structured_date(tree) or _url_date(meta["url"])
            or headline_date(tree, meta["title"]))
    url = meta["url"] if meta["url"] and meta["url"].startswith(("http://", "https://")) else None
    # a page with neither a site-name tag nor an address may name itself in its footer's notice ("©2019 Ascom")
    notices = notice_lines(tree) if not meta["site"] and not url else []  # (before extraction prunes the footer)
    _drop_hover_cards(tree)
    _unwrap_layout_tables(tree)
    _breaks_for_empty_blocks(tree)
    text_and_links = page_text(tree)  # before extraction too
    doc = trafilatura.bare_extraction(tree, include_comments=False, with_metadata=False, fast=True)
    lines = [line for line in map(str.strip, (doc.text or "").split("\n")) if line and not _TABLE_HEADER_RULE.match(line)
             ] if doc is not None else []
    if not lines:  # (a page whose only text is a table's |---| rule has none either)
        raise SourceError(source.name, "no article text found in the page")
    headings = heading_texts(doc.body)
    paragraphs = tuple(Paragraph(line, kind="heading" if _spaced(line) in headings else "text", link_density=d)
                       for line, d in zip(lines, link_densities(text_and_links, lines)))
    origin = "source"
    if date is None:
        date = file_date(source.mtime)
        origin = "file" if date else "none"
    site = _site_name(meta["site"]) or (page_source(notices + lines) if notices else None)
    title = title_as_shown(title_without_site(meta["title"], site), headlines)
    return Article(
        name=source.name,
        paragraphs=paragraphs,
        title=title or title_from_lead(paragraphs[0].text),
        date=date,
        date_origin=origin,
        source=site,
        url=url,
        notes=notes,
        body_extracted=True,
        title_guessed=not title,  # (cut from the lead: the page gives no headline)
    )
