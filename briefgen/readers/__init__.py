"""Readers turn a Source into an Article, one reader per format."""

from __future__ import annotations

from collections.abc import Callable

from briefgen.model import Article, Source, SourceFormat
from briefgen.readers.html import read_html
from briefgen.readers.markdown import read_markdown
from briefgen.readers.text import read_text

READERS: dict[SourceFormat, Callable[[Source], Article]] = {
    "text": read_text,
    "markdown": read_markdown,
    "html": read_html,
}


def read(source: Source) -> Article:
    """Parse a Source with the reader for its format."""
    return READERS[source.format](source)


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
