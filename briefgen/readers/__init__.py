"""Readers turn a Source into an Article, one reader per format, then check what they read.

Code map: `read` (here) picks the reader by the Source's format (`guess_format` when none is given), then
`check_article` (here) enforces what every later stage relies on (some text, size limits, one-line metadata).
    text                    entry for plain text: paragraphs on blank lines, optional headline, dateline
    markdown                entry for Markdown: YAML front matter for metadata, markdown-it-py for the body
    html                    entry for saved web pages: trafilatura finds the body and metadata
    html_date               a web page's date from the date line under its headline
    dateline                the dateline opening a paragraph ("NEW YORK, June 3 (AP) —")
    common                  what every reader shares: decoding bytes, dates, titles, publication names
    page_source             the publication a pasted page names as its own (read by check_article)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from briefgen.errors import SourceError
from briefgen.extract.quote_marks import with_curly_marks
from briefgen.model import Article, Paragraph, Source, SourceFormat
from briefgen.readers.common import TITLE_MAX, one_line, shorten, shorten_title, title_from_lead
from briefgen.readers.html import read_html
from briefgen.readers.markdown import read_markdown
from briefgen.readers.page_source import page_source
from briefgen.readers.text import read_text

READERS: dict[SourceFormat, Callable[[Source], Article]] = {
    "text": read_text,
    "markdown": read_markdown,
    "html": read_html,
}

# Limits that keep one odd file from stalling a whole build. The longest news features run to
# ~60,000 characters; a paragraph rarely passes 3,000.
MAX_TEXT_CHARS = 200_000  # more is refused (named in the warning); analysis takes ~10 s at this size
MAX_PARAGRAPH_CHARS = 10_000  # longer paragraphs are split at sentence ends, nothing dropped
# An article has at least one sentence: 4+ words ending like a sentence, or 8+ words. Menus,
# buttons and cookie notices ("Home", "Log in", "We use cookies.") have none. Scripts written
# without spaces (Chinese, Japanese, Thai) count two characters as a word.
SENTENCE_MIN_WORDS = 4
PARAGRAPH_MIN_WORDS = 8
_ENDS_LIKE_A_SENTENCE = re.compile(r"[.!?…。！？][\"”’')\]」』）]*$")
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
MAX_META_CHARS = 300  # title, source, dateline: longer values are shortened with a note
_URL = re.compile(r"^https?://[^\s<>\"'`]+$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+")


def read(source: Source) -> Article:
    """Parse a Source with the reader for its format; raise SourceError naming the file on failure."""
    try:
        article = READERS[source.format](source)
    except SourceError:
        raise
    except (RecursionError, MemoryError) as exc:
        raise SourceError(source.name, f"is too deeply nested or too large to read ({type(exc).__name__})") from None
    except Exception as exc:  # noqa: BLE001 - a reader bug must cost one article, not the build
        detail = shorten(one_line(str(exc)), 120)
        raise SourceError(source.name, f"the {source.format} reader failed ({type(exc).__name__}: {detail})") from None
    return check_article(article)


def split_long(text: str, limit: int = MAX_PARAGRAPH_CHARS) -> list[str]:
    """Split a paragraph longer than `limit` at sentence ends (else at spaces); no text dropped."""
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    rest = text
    while len(rest) > limit:
        window = rest[:limit]
        ends = [m.end() for m in _SENTENCE_END.finditer(window)]
        cut = ends[-1] if ends and ends[-1] > limit // 4 else window.rfind(" ") + 1
        if cut <= 0:
            cut = limit  # no space at all: a hard cut is the only way to keep every character
        parts.append(rest[:cut].strip())
        rest = rest[cut:]
    if rest.strip():
        parts.append(rest.strip())
    return [p for p in parts if p]


def _is_sentence(text: str) -> bool:
    words = len(text.split()) + len(_UNSPACED.findall(text)) // 2
    return words >= PARAGRAPH_MIN_WORDS or (words >= SENTENCE_MIN_WORDS and bool(_ENDS_LIKE_A_SENTENCE.search(text)))


def _meta_line(value: str | None, field: str, notes: list[str]) -> str | None:
    if value is None:
        return None
    line = one_line(value)
    if len(line) > MAX_META_CHARS:
        notes.append(f"{field} is {len(line):,} characters long; shortened")
        line = shorten(line, MAX_META_CHARS)
    return line or None


_HOST = re.compile(r"^https?://(?:www\d?\.)?([^/:?#\s]+)", re.IGNORECASE)


def _site_of(url: str | None) -> str | None:
    """The article's web site as its address names it ("https://www.nytimes.com/2019/…" → "nytimes.com"): the source
    a page that names no publication still has."""
    m = _HOST.match(url or "")
    return m.group(1).lower() if m and "." in m.group(1) else None


def check_article(article: Article) -> Article:
    """Enforce what every later stage may rely on, whatever the reader: some text, within the
    size limits, paragraphs of bounded length, metadata on one line, an http(s) url or none, and quotation marks
    written as two apostrophes (''as the New York Times' archive writes them'') shown as “curly” ones.
    Without a source from the reader's metadata, the publication is looked for in the page's own lines (page_source:
    a "Source:" label, its copyright notice, its subscription prompt), here only, once for every reader; else the
    site its address names."""
    name = article.name
    paragraphs = [p for p in article.paragraphs if p.text.strip()]
    if not paragraphs:
        raise SourceError(name, "has no article text")
    if not any(_is_sentence(p.text) for p in paragraphs):
        raise SourceError(name, "has no article text (no sentence, only fragments such as menus or buttons)")
    total = sum(len(p.text) for p in paragraphs)
    if total > MAX_TEXT_CHARS:
        raise SourceError(name, f"has {total:,} characters of text, over the {MAX_TEXT_CHARS:,} limit for one article")
    notes = list(article.notes)
    split: list[Paragraph] = []
    for para in paragraphs:
        parts = split_long(with_curly_marks(para.text))  # (''archive marks'' shown as the quotation marks they are)
        if len(parts) == 1 and parts[0] is para.text:
            split.append(para)  # the usual case: no copy (dataclasses.replace is ~6 % of reading text)
            continue
        if len(parts) > 1:
            notes.append(f"a paragraph of {len(para.text):,} characters was split into {len(parts)} parts")
        split.extend(replace(para, text=part) for part in parts)
    url = article.url.strip() if article.url else None
    if url and not _URL.match(url):
        notes.append(f"url {shorten(one_line(url), 60)!r} is not an http(s) address; ignored")
        url = None
    lead = split[0].text
    title = article.title and with_curly_marks(article.title)
    # (a lead whose first "sentence" is a stray full stop gives no title: the lead, cut as every lead title is)
    title = _meta_line(title, "title", notes) or title_from_lead(lead) or shorten_title(one_line(lead), TITLE_MAX)
    source = _meta_line(article.source, "source", notes) or page_source([p.text for p in split]) or _site_of(url)
    return replace(
        article,
        paragraphs=tuple(split),
        title=title,
        source=source,
        dateline=_meta_line(article.dateline, "dateline", notes),
        url=url,
        tags=tuple(dict.fromkeys(t for t in (one_line(t) for t in article.tags) if t)),
        notes=tuple(dict.fromkeys(notes)),
    )


def guess_format(name: str, data: bytes) -> SourceFormat:
    """Guess the format from the file name, else from the first bytes."""
    lower = name.lower()
    if lower.endswith((".html", ".htm")):
        return "html"
    if lower.endswith((".md", ".markdown")):
        return "markdown"
    if lower.endswith((".txt", ".text")):
        return "text"
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        return "html"
    if head.startswith(b"---"):
        return "markdown"
    return "text"
