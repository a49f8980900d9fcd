"""Read Markdown articles: YAML front matter for metadata, markdown-it-py for the body."""

from __future__ import annotations

import re
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefgen.errors import SourceError
from briefgen.model import Article, Paragraph, Source
from briefgen.readers.common import (
    decode,
    file_date,
    one_line,
    parse_date,
    shorten,
    title_from_lead,
)
from briefgen.readers.dateline import split_dateline

_MD = MarkdownIt("commonmark")
# Front-matter keys the reader turns into Article fields; the rest stay in Article.meta.
FRONT_MATTER_FIELDS = ("title", "date", "source", "url", "tags", "dateline")


class _NoAliasLoader(yaml.SafeLoader):
    """SafeLoader without anchors and aliases: a few lines of them can expand to gigabytes."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            raise yaml.YAMLError("YAML aliases (*name) are not accepted in front matter")
        return super().compose_node(parent, index)


# Dates stay strings: PyYAML would reject the whole block for one impossible date (2025-02-30),
# and `parse_date` reports a bad date on its own, keeping the title and the rest.
_NoAliasLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


_FENCE = re.compile(r"^---[ \t]*\n")
_FENCE_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
FRONT_MATTER_MAX = 64 * 1024  # characters; real front matter is a few hundred
META_MAX_DEPTH = 8  # corrections nest 3 deep; deeper values are dropped before they reach JSON or YAML


def split_front_matter(text: str, name: str) -> tuple[dict[str, Any], str, tuple[str, ...]]:
    """(front matter, body, notes). Bad YAML is reported as a note and the block kept out of the body."""
    if not (start := _FENCE.match(text)):
        return {}, text, ()
    end = _FENCE_END.search(text, start.end())
    if end is None:
        return {}, text, ("front matter has no closing '---' line; read as body text",)
    block, body = text[start.end():end.start()], text[end.end():]
    if len(block) > FRONT_MATTER_MAX:
        return {}, body, (f"front matter is over {FRONT_MATTER_MAX // 1024} KB; metadata ignored",)
    try:
        data = yaml.load(block, Loader=_NoAliasLoader)  # noqa: S506 - a SafeLoader subclass
    except (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError) as exc:
        # RecursionError for deep nesting; ValueError/TypeError for odd tags PyYAML cannot build.
        problem = one_line(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        return {}, body, (f"front matter is not valid YAML ({shorten(problem, 120)}); metadata ignored",)
    if data is None:
        return {}, body, ()
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else "plain text" if isinstance(data, str) else type(data).__name__
        return {}, body, (f"front matter is {kind}, not keys and values; metadata ignored",)
    deep = sorted(str(k) for k, v in data.items() if _depth(v) > META_MAX_DEPTH)
    notes = tuple(f"front matter {key!r} is nested too deeply; ignored" for key in deep)
    return {str(k): v for k, v in data.items() if str(k) not in deep}, body, notes


def _depth(value: Any, level: int = 0) -> int:
    """How deeply lists and mappings nest in `value` (stops counting past META_MAX_DEPTH)."""
    if level > META_MAX_DEPTH or not isinstance(value, (list, dict)):
        return level
    items = value.values() if isinstance(value, dict) else value
    return max((_depth(v, level + 1) for v in items), default=level + 1)


def meta_text(meta: dict[str, Any], key: str, notes: list[str]) -> str | None:
    """A front-matter value that must be one line of text (numbers are accepted as text)."""
    value = meta.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        notes.append(f"front matter {key!r} is not text; ignored")
        return None
    return one_line(str(value)) or None


def _code_span(child: Token, source: str) -> str:
    """A code span as the source wrote it: a news text's backticks are apostrophes or quotation marks ("don`t ...
    can`t", "`` I say ... ``"), never code, so the marks stay, with the one space inside each that CommonMark drops."""
    padded = f"{child.markup} {child.content} {child.markup}"
    return padded if padded in source else f"{child.markup}{child.content}{child.markup}"


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type == "code_inline":
            parts.append(_code_span(child, token.content))
        elif child.type in ("text", "html_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return " ".join("".join(parts).split())


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
                paragraphs.append(Paragraph(" ".join(token.content.split())))  # kept as text, never as HTML
        elif token.type == "inline":
            text = _inline_text(token)
            if not text:
                continue
            kind = "heading" if heading else "quote" if quote_depth else "list" if list_depth else "text"
            paragraphs.append(Paragraph(text, kind=kind))
    return paragraphs


def meta_tags(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list):
        return ()
    tags = (one_line(str(t)) for t in value if isinstance(t, (str, int, float)) and not isinstance(t, bool))
    return tuple(dict.fromkeys(t for t in tags if t))


def front_matter_date(meta: dict[str, Any], source: Source, notes: list[str]) -> tuple[str | None, str]:
    """The front matter's date and its origin, else the file date (with a note when the front matter's is no date)."""
    if (date := parse_date(meta.get("date"))) is not None:
        return date, "source"
    if meta.get("date") not in (None, ""):
        notes.append(f"date {shorten(one_line(str(meta['date'])), 40)!r} is not a date; the file date is used")
    date = file_date(source.mtime)
    return date, "file" if date else "none"


def read_markdown(source: Source) -> Article:
    """Parse a .md source into an Article."""
    text, decode_notes = decode(source.data, source.name)
    meta, body, fm_notes = split_front_matter(text, source.name)
    notes = [*decode_notes, *fm_notes]
    paragraphs = markdown_paragraphs(body)
    dateline = meta_text(meta, "dateline", notes)
    if paragraphs and dateline is None and paragraphs[0].kind == "text":
        dateline, lead = split_dateline(paragraphs[0].text)
        paragraphs[0] = Paragraph(lead)
    date, origin = front_matter_date(meta, source, notes)
    title = meta_text(meta, "title", notes)
    if title is None and paragraphs and paragraphs[0].kind == "heading":
        title = paragraphs.pop(0).text
    if not paragraphs:
        raise SourceError(source.name, "has no article text")
    return Article(
        name=source.name,
        paragraphs=tuple(paragraphs),
        title=title or title_from_lead(paragraphs[0].text),
        date=date,
        date_origin=origin,
        source=meta_text(meta, "source", notes),  # else check_article looks for it in the text
        dateline=dateline,
        url=meta_text(meta, "url", notes),
        tags=meta_tags(meta.get("tags")),
        meta={k: v for k, v in meta.items() if k not in FRONT_MATTER_FIELDS},
        notes=tuple(notes),
    )
