"""Read Markdown articles: YAML front matter for metadata, markdown-it-py for the body."""

from __future__ import annotations

from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefgen.errors import SourceError
from briefgen.model import Article, Paragraph, Source
from briefgen.readers.common import decode, file_date, parse_date, publisher_from_text, title_from_lead
from briefgen.readers.text import split_dateline

_MD = MarkdownIt("commonmark")
# Front-matter keys the reader turns into Article fields; the rest stay in Article.meta.
_FIELDS = ("title", "date", "source", "url", "tags", "dateline")


def split_front_matter(text: str, name: str) -> tuple[dict[str, Any], str, tuple[str, ...]]:
    """(front matter, body, notes). Bad YAML is reported as a note and the block kept out of the body."""
    if not text.startswith("---\n"):
        return {}, text, ()
    end = text.find("\n---", 4)
    if end == -1:
        return {}, text, ("front matter has no closing '---' line; read as body text",)
    block, body = text[4:end], text[end + 4:]
    body = body.split("\n", 1)[1] if "\n" in body else ""
    try:
        data = yaml.safe_load(block)
    except yaml.YAMLError as exc:
        problem = str(exc).splitlines()[0]
        return {}, body, (f"front matter is not valid YAML ({problem}); metadata ignored",)
    if data is None:
        return {}, body, ()
    if not isinstance(data, dict):
        return {}, body, ("front matter is not a mapping of keys to values; metadata ignored",)
    return {str(k): v for k, v in data.items()}, body, ()


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline", "html_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts).strip()


def markdown_paragraphs(body: str) -> list[Paragraph]:
    """Block-level text of a Markdown body, in order, as plain-text paragraphs."""
    paragraphs: list[Paragraph] = []
    quote_depth = list_depth = 0
    heading = False
    for token in _MD.parse(body):
        if token.type == "blockquote_open":
            quote_depth += 1
        elif token.type == "blockquote_close":
            quote_depth -= 1
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif token.type == "heading_open":
            heading = True
        elif token.type == "heading_close":
            heading = False
        elif token.type in ("fence", "code_block", "html_block"):
            if token.content.strip():
                paragraphs.append(Paragraph(" ".join(token.content.split())))
        elif token.type == "inline":
            text = _inline_text(token)
            if not text:
                continue
            kind = "heading" if heading else "quote" if quote_depth else "list" if list_depth else "text"
            paragraphs.append(Paragraph(text, kind=kind))
    return paragraphs


def _tags(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [t.strip() for t in value.split(",")]
    if not isinstance(value, list):
        return ()
    return tuple(dict.fromkeys(str(t).strip() for t in value if str(t).strip()))


def read_markdown(source: Source) -> Article:
    """Parse a .md source into an Article."""
    text, notes = decode(source.data, source.name)
    meta, body, fm_notes = split_front_matter(text, source.name)
    notes += fm_notes
    paragraphs = markdown_paragraphs(body)
    dateline = meta.get("dateline") if isinstance(meta.get("dateline"), str) else None
    if paragraphs and dateline is None and paragraphs[0].kind == "text":
        dateline, lead = split_dateline(paragraphs[0].text)
        paragraphs[0] = Paragraph(lead)
    date = parse_date(meta.get("date"))
    origin = "source"
    if date is None:
        if meta.get("date") is not None:
            notes += (f"date {str(meta['date'])!r} is not a date; the file date is used",)
        date = file_date(source.mtime)
        origin = "file" if date else "none"
    title = meta.get("title")
    title = str(title).strip() if title not in (None, "") else None
    if title is None and paragraphs and paragraphs[0].kind == "heading":
        title = paragraphs.pop(0).text
    if not paragraphs:
        raise SourceError(source.name, "has no article text")
    src = meta.get("source")
    return Article(
        name=source.name,
        paragraphs=tuple(paragraphs),
        title=title or title_from_lead(paragraphs[0].text),
        date=date,
        date_origin=origin,
        source=str(src).strip() if src else publisher_from_text([p.text for p in paragraphs]),
        dateline=dateline,
        url=str(meta["url"]) if meta.get("url") else None,
        tags=_tags(meta.get("tags")),
        meta={k: v for k, v in meta.items() if k not in _FIELDS},
        notes=notes,
    )
