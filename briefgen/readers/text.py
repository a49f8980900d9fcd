"""Read plain-text articles: paragraphs split on blank lines, optional headline, dateline."""

from __future__ import annotations

import re

from briefgen.model import Article, Paragraph, Source
from briefgen.readers.common import decode, file_date, publisher_from_text, title_from_lead

# "WASHINGTON —", "LONDON (Reuters) -", "NEW YORK, June 3 (AP) —": capitals, an optional
# agency in brackets, then a dash. Kept as the dateline and taken off the paragraph.
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Z.'’-]+){0,3}"
    r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"(?:\s*\([A-Za-z][\w .&-]{0,30}\))?)"
    r"\s*(?:—|–|--|-)\s+"
)
HEADLINE_MAX_WORDS = 20


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs separated by blank lines; lines inside one are joined with a space."""
    blocks = re.split(r"\n[ \t]*\n", text)
    return [" ".join(line.strip() for line in block.splitlines() if line.strip()) for block in blocks if block.strip()]


def split_dateline(text: str) -> tuple[str | None, str]:
    """('WASHINGTON', rest) when the paragraph opens with a dateline, else (None, text)."""
    m = _DATELINE.match(text)
    if not m or len(m.group("place")) < 3:
        return None, text
    return m.group("place").strip().rstrip(","), text[m.end():]


def _is_headline(first: str, rest: list[str]) -> bool:
    words = first.split()
    return bool(rest) and 0 < len(words) <= HEADLINE_MAX_WORDS and not first.endswith((".", ":", ";", ","))


def read_text(source: Source) -> Article:
    """Parse a .txt source into an Article."""
    text, notes = decode(source.data, source.name)
    blocks = split_paragraphs(text)
    title = None
    if blocks and "\n" not in text.lstrip().split("\n\n", 1)[0] and _is_headline(blocks[0], blocks[1:]):
        title, blocks = blocks[0], blocks[1:]
    dateline = None
    if blocks:
        dateline, blocks[0] = split_dateline(blocks[0])
    paragraphs = tuple(Paragraph(b) for b in blocks if b.strip())
    date = file_date(source.mtime)
    return Article(
        name=source.name,
        paragraphs=paragraphs,
        title=title or (title_from_lead(paragraphs[0].text) if paragraphs else None),
        date=date,
        date_origin="file" if date else "none",
        source=publisher_from_text(blocks),
        dateline=dateline,
        notes=notes,
    )
