"""Date a saved web page whose tags give no date by the date line printed under its headline."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from lxml import etree
from lxml.html import HtmlElement

from briefgen.cleaning.page_date import chosen_date_line, date_line_date

# The page prints its date on a short line of its own right under the headline ("by Jeff Foust / Monday, November 18,
# 2019", "November 20, 2019 - 11:28 AMT"); further down, dates belong to other things (the story's events, teasers,
# comments). So only the first few blocks of text after the headline are read (the pasted page's rule, page_date.py).
BLOCKS_BELOW_HEADLINE = 6
# Inline elements: a date line is the text of the block holding them ("by <a>Jeff Foust</a> <span>Monday, …</span>"),
# so a date linked or set in italics inside a sentence is read with its sentence, and is no date line.
INLINE_TAGS = frozenset("a abbr b bdi cite em font i mark q s small span strong sub sup time u".split())
NO_TEXT_TAGS = frozenset(("script", "style", "noscript", "template"))  # elements whose text the page does not show
_HEADLINE_TAGS = ("h1", "h2")
# The text nodes after the headline that hold more than spaces: enough of them for the blocks read, not the whole page.
_FOLLOWING_TEXT = etree.XPath(f"following::text()[normalize-space()][position() <= {BLOCKS_BELOW_HEADLINE * 10}]")


def folded(text: str) -> str:
    """The text without spaces and case folded: two spellings of one headline or name compare equal."""
    return "".join(text.split()).casefold()


def _headline(tree: HtmlElement, title: str) -> HtmlElement | None:
    """The first <h1> (else <h2>) whose text is the page's title, or holds it, or is at least half of it (a site's
    name in an <h1> is no headline)."""
    wanted = folded(title)
    for tag in _HEADLINE_TAGS:
        for element in tree.iter(tag):
            text = folded(element.text_content())
            if text and wanted and (wanted in text or (text in wanted and 2 * len(text) >= len(wanted))):
                return element
    return None


def text_container(node: etree._ElementUnicodeResult) -> HtmlElement | None:
    """The element whose text a text node is: its parent's, or for the text after an element, that one's container."""
    parent = node.getparent()
    return parent.getparent() if parent is not None and node.is_tail else parent


def enclosing_block(element: HtmlElement) -> HtmlElement:
    """The element, or if an INLINE_TAGS one its nearest ancestor that is not (the block its text is read in)."""
    while str(element.tag) in INLINE_TAGS and element.getparent() is not None:
        element = element.getparent()
    return element


def _blocks_after(headline: HtmlElement) -> Iterator[str]:
    """The texts (spaces made single) of the blocks holding the text that follows the headline, in page order."""
    seen: set[HtmlElement] = set()  # (the elements, kept alive: a freed lxml proxy's id() is reused)
    for node in _FOLLOWING_TEXT(headline):
        parent = text_container(node)
        if parent is None or any(str(e.tag) in NO_TEXT_TAGS for e in (parent, *parent.iterancestors())):
            continue
        block = enclosing_block(parent)
        if block in seen:
            continue
        seen.add(block)
        if text := " ".join(block.text_content().split()):  # (not a no-break space alone)
            yield text


def headline_date(tree: HtmlElement, title: str | None) -> str | None:
    """The date ('YYYY-MM-DD') of the date line among the BLOCKS_BELOW_HEADLINE blocks under the page's headline: the
    first publication date, else an update date; None when there is none, or when those blocks give more than
    page_date.MAX_DISTINCT_DATES dates (a list of other articles), as page_date.chosen_date_line chooses."""
    headline = _headline(tree, title or "")
    if headline is None:
        return None
    texts = list(islice(_blocks_after(headline), BLOCKS_BELOW_HEADLINE))
    found = [(i, date) for i, text in enumerate(texts) if (date := date_line_date(text)) is not None]
    chosen = chosen_date_line(found, texts)
    return chosen[1] if chosen else None
