"""Render pages from Jinja2 templates; every untrusted string goes through an escaping filter."""

from __future__ import annotations

import html
import re
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
import yaml

# The repository's templates/; a project may override any of them in <root>/templates/.
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

# ASCII punctuation that means something to Python-Markdown or to the extensions in
# mkdocs.yml (emphasis, code, links, images, tables, attr_list `{: }`, headings,
# admonitions `!!!`/`???`, escapes, raw HTML, entities, Jinja `{{ }}`). Each becomes a
# numeric character reference: the page shows the character, the parser sees none.
_MARKDOWN_SPECIAL = frozenset("\\`*_{}[]#!|<>&~^")
_ENTITIES = str.maketrans({c: f"&#{ord(c)};" for c in _MARKDOWN_SPECIAL})
# Control characters are dropped: Python-Markdown uses \x02…\x03 as placeholders for stashed HTML.
_DROP_CONTROL = str.maketrans(dict.fromkeys([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F]))
# Significant only at the start of a line: list markers ("- ", "+ ", "1984. ", "3) "), "???"
# setext underlines ("==="). Text is always one line, so only its first characters matter.
_LINE_START = re.compile(r"^(?:\d+[.)]|[-+=?])")
# Characters left as they are inside a URL; everything else is percent-encoded, so a
# URL cannot close the Markdown link `(...)` or open an HTML attribute (quote() also keeps
# letters, digits and "_.-~").
_URL_SAFE = "/:?#@!$&+,;=%-._~"
_SAFE_SCHEMES = ("http://", "https://")


def one_line(value: Any) -> str:
    """Collapse every run of whitespace (newlines included) to one space."""
    return " ".join(str(value).translate(_DROP_CONTROL).split()) if value is not None else ""


def md_escape(value: Any) -> str:
    """Untrusted text → Markdown that renders as exactly that text, on one line, with no markup."""
    escaped = one_line(value).translate(_ENTITIES)
    return _LINE_START.sub(lambda m: f"{m[0][:-1]}&#{ord(m[0][-1])};", escaped)


def html_escape(value: Any) -> str:
    """Untrusted text → one line of HTML-escaped text (for front matter the theme prints raw)."""
    return html.escape(one_line(value), quote=True)


def safe_url(value: Any) -> str:
    """An http(s) URL made safe inside a Markdown link; anything else becomes '' (no link)."""
    url = one_line(value)
    if not url.lower().startswith(_SAFE_SCHEMES):
        return ""
    return quote(url, safe=_URL_SAFE)


def slugify(value: str, fallback: str = "page") -> str:
    """Lower-case ASCII slug for file names: letters, digits and single hyphens."""
    slug = re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")
    return slug[:80].strip("-") or fallback


def front_matter(data: dict[str, Any]) -> str:
    """YAML front matter block written by the YAML library (never by string formatting)."""
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1_000_000, default_flow_style=False)
    return f"---\n{body}---\n"


def _truncate(value: Any, length: int = 200) -> str:
    """Shorten on a word boundary, ending with an ellipsis when cut."""
    text = one_line(value)
    if len(text) <= length:
        return text
    cut = text[:length].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


@lru_cache(maxsize=4)
def environment(root: Path | None = None) -> jinja2.Environment:
    """The Jinja2 environment: project templates first, then the repository's own."""
    dirs = [str(root / "templates")] if root is not None and (root / "templates").is_dir() else []
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([*dirs, str(TEMPLATES)]),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # the output is Markdown: escaping is explicit, with `md`
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(md=md_escape, url=safe_url, truncate_words=_truncate)
    return env


def render(template: str, root: Path | None = None, **context: Any) -> str:
    """Render one template (a file name under templates/) with the given context."""
    return environment(root).get_template(template).render(**context)


def template_digest(root: Path | None = None) -> str:
    """Text of every template in use, for cache keys: a template change re-renders pages."""
    parts = []
    for folder in ([root / "templates"] if root is not None else []) + [TEMPLATES]:
        if folder.is_dir():
            parts += [f"{p.name}\n{p.read_text(encoding='utf-8')}" for p in sorted(folder.glob("*.j2"))]
    return "\n".join(parts)
