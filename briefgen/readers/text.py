"""Read plain-text articles: optional YAML front matter, paragraphs split on blank lines, headline, dateline."""

from __future__ import annotations

import re
from typing import Any

from briefgen.model import Article, Paragraph, Source
from briefgen.readers.common import decode, title_from_lead
from briefgen.readers.dateline import split_dateline
from briefgen.readers.markdown import FRONT_MATTER_FIELDS, front_matter_date, meta_tags, meta_text, split_front_matter

HEADLINE_MAX_WORDS = 20
# A line this long is a paragraph of its own, not a hard-wrapped line (those stop near 80).
LONG_LINE = 120
# A line at least this long may have run to the width text was wrapped at (usually 60 to 80), so
# the next line may carry on its sentence; a shorter one ends its paragraph (a heading, a menu item).
WRAP_MIN = 40


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# A text opening with a '---' line whose next line is a front-matter key ("title:", "date:", "corrections:") has YAML
# front matter, read as a Markdown source's is (readers/markdown.split_front_matter): an editor dates or corrects an
# undated paste so. A text opening with a '---' rule and prose is read as it is.
FRONT_MATTER_OPENING = re.compile(r"---[ \t]*\n[a-z][a-z0-9_-]*:(?:[ \t]|\n|$)")


def _is_clean_line(block: str) -> bool:
    """True when " ".join(block.split()) == block: printable (so no whitespace but the space), no
    double space, none at either end. One C scan, where splitting and joining allocates every word."""
    return block.isprintable() and "  " not in block and block[:1] != " " and block[-1:] != " "


_LIST_MARKER = re.compile(r"\d{1,3}[.)]?|[-*•·–—]")


def _unwrap(lines: list[str]) -> list[str]:
    """Paragraphs of a block of lines: a line carries on the one before when that one ran to a
    wrapping width (WRAP_MIN), was only a list item's number or bullet, or when it starts in lower
    case, in mid-sentence."""
    paragraphs = [lines[0]]
    for before, line in zip(lines, lines[1:]):
        if len(before) >= WRAP_MIN or line[0].islower() or _LIST_MARKER.fullmatch(before):
            paragraphs[-1] += " " + line
        else:
            paragraphs.append(line)
    return paragraphs


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs separated by blank lines; hard-wrapped lines inside one are joined with a space.

    A block with a long line (LONG_LINE), which hand wrapping never makes, is a page pasted with
    one paragraph per line: it is split at each line. In other blocks, short lines that do not
    carry on a sentence (headings, menu items, a byline) are paragraphs of their own (_unwrap).
    """
    paragraphs: list[str] = []
    for block in _BLANK_LINE.split(text):
        if block and _is_clean_line(block):  # a single line with nothing to normalise: most blocks
            paragraphs.append(block)
            continue
        lines = [" ".join(line.split()) for line in block.splitlines()]
        lines = [line for line in lines if line]
        if not lines:
            continue
        if len(lines) > 1 and any(len(line) >= LONG_LINE for line in lines):
            paragraphs.extend(lines)
        else:
            paragraphs.extend(_unwrap(lines))
    return paragraphs


def _is_headline(first: str, rest: list[str]) -> bool:
    """A short first line: without a full stop, or with one when a dateline opens the next paragraph
    ("Rose Bowl skywriters blast Trump." then "PASADENA, Calif., Jan. 1 (UPI) — …": some archives end headlines
    with a full stop)."""
    words = first.split()
    if not rest or not 0 < len(words) <= HEADLINE_MAX_WORDS or first.endswith((":", ";", ",")):
        return False
    if first.endswith(".") and split_dateline(rest[0])[0] is None:
        return False
    return split_dateline(first)[0] is None


def _without_full_stop(headline: str) -> str:
    """A headline's own full stop dropped ("Rose Bowl skywriters blast Trump." → "… Trump"), not an abbreviation's
    nor an ellipsis."""
    abbreviation = re.search(r"\b(?:[A-Z]|[A-Z][a-z]{0,2})\.$", headline)  # "U.S.", "Inc.", "Jr."
    if headline.endswith(".") and not headline.endswith("..") and not abbreviation:
        return headline[:-1]
    return headline


def read_text(source: Source) -> Article:
    """Parse a .txt source into an Article."""
    text, decode_notes = decode(source.data, source.name)
    meta: dict[str, Any] = {}
    notes = list(decode_notes)
    if FRONT_MATTER_OPENING.match(text):
        meta, text, front_notes = split_front_matter(text, source.name)
        notes.extend(front_notes)
    blocks = split_paragraphs(text)
    title = front_title = meta_text(meta, "title", notes)
    first_line = " ".join(text.lstrip().split("\n", 1)[0].split())
    if title is None and blocks and blocks[0] == first_line and _is_headline(blocks[0], blocks[1:]):
        title, blocks = _without_full_stop(blocks[0]), blocks[1:]
    dateline = meta_text(meta, "dateline", notes)
    if blocks and dateline is None:
        dateline, blocks[0] = split_dateline(blocks[0])
    paragraphs = tuple(Paragraph(b) for b in blocks if b.strip())
    date, origin = front_matter_date(meta, source, notes)
    return Article(
        name=source.name,
        paragraphs=paragraphs,
        title=title or (title_from_lead(paragraphs[0].text) if paragraphs else None),
        date=date,
        date_origin=origin,
        source=meta_text(meta, "source", notes),  # else check_article looks for it in the text
        dateline=dateline,
        url=meta_text(meta, "url", notes),
        tags=meta_tags(meta.get("tags")),
        meta={k: v for k, v in meta.items() if k not in FRONT_MATTER_FIELDS},
        notes=tuple(notes),
        title_guessed=front_title is None,  # (the text's first line or lead: a pasted page's may be a menu item)
    )
