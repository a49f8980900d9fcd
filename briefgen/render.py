"""Render pages from Jinja2 templates: HTML bodies with autoescape, so untrusted text is only ever text."""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
import yaml
from markdown.extensions import toc
from markupsafe import Markup

from briefgen.extract.summary_lines import LOWER_CASE_WORD_START

# The repository's templates/; a project may override any of them in <root>/templates/.
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

# Control characters are dropped: they are invalid in HTML and XML.
_DROP_CONTROL = str.maketrans(dict.fromkeys([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F]))
# Characters left as they are inside a URL; everything else is percent-encoded, so a
# URL cannot close an HTML attribute or a Markdown link `(...)` (quote() also keeps
# letters, digits and "_.-~").
_URL_SAFE = "/:?#@!$&+,;=%-._~"
_SAFE_SCHEMES = ("http://", "https://")


def one_line(value: Any) -> str:
    """Collapse every run of whitespace (newlines included) to one space."""
    return " ".join(str(value).translate(_DROP_CONTROL).split()) if value is not None else ""


def html_escape(value: Any) -> str:
    """Untrusted text → one line of HTML-escaped text (for front matter the theme prints raw)."""
    return html.escape(one_line(value), quote=True)


def safe_url(value: Any) -> str:
    """An http(s) URL made safe inside a link; anything else becomes '' (no link)."""
    url = one_line(value)
    if not url.lower().startswith(_SAFE_SCHEMES):
        return ""
    return quote(url, safe=_URL_SAFE)


def slugify(value: str, fallback: str = "page") -> str:
    """Lower-case ASCII slug for file names: letters, digits and single hyphens ("Zoë Müller" → "zoe-muller")."""
    ascii_value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")  # accents dropped
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_value.lower()).strip("-")
    return slug[:80].strip("-") or fallback


def front_matter(data: dict[str, Any]) -> str:
    """YAML front matter block written by the YAML library (never by string formatting)."""
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1_000_000, default_flow_style=False)
    return f"---\n{body}---\n"


class Headings:
    """Headings of one page with the ids and permalinks Python-Markdown's toc extension gave them
    (mkdocs.yml: `toc: permalink: true`): same slugs, `_1`, `_2`… for repeats, same markup."""

    def __init__(self) -> None:
        self.ids: set[str] = set()

    def __call__(self, level: int, text: Any, search_exclude: bool = False) -> Markup:
        name = one_line(text)
        anchor = toc.unique(toc.slugify(name, "-"), self.ids)
        attrs = " data-search-exclude" if search_exclude else ""
        return Markup(
            '<h{0}{1} id="{2}">{3}<a class="headerlink" href="#{2}" title="Permanent link">&para;</a></h{0}>'
        ).format(level, Markup(attrs), anchor, name)


def _finalize(value: Any) -> Any:
    """Every value a template prints is one line of text; template-made markup passes as it is."""
    return value if isinstance(value, Markup) else one_line(value)


def truncate_words(value: Any, length: int = 200) -> str:
    """Shorten on a word boundary, ending with an ellipsis when cut (of plain text: escape after, so that no
    character reference is cut in two)."""
    text = one_line(value)
    if len(text) <= length:
        return text
    cut = text[:length].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def quote_text(text: str) -> str:
    """A quote as a page shows it: without the comma or colon that led back to its sentence ('"…consummated," Trump
    said' shows '…consummated'), and a piece of a sentence opened with an ellipsis ('…not yield to excessive demands'),
    as quotations cut from a sentence are printed, so that it does not read as all the speaker said."""
    shown = one_line(text).rstrip(",;: ")
    # (one that opens with an ellipsis or a dash shows already that it is cut)
    return "…" + shown if LOWER_CASE_WORD_START.match(shown) else shown


# A label made of a description, not a name, starts with an article ("a Middle East policy expert at …"); a name's
# own lower-case particle ("de Villepin", "al-Amr") stays as written.
_ARTICLE_START = re.compile(r"(?:a|an|the)\s")


def label_case(value: Any) -> str:
    """A label shown on a line of its own, as a heading reads: "the post by an unknown author" → "The post by …"."""
    text = one_line(value)
    return text[0].upper() + text[1:] if _ARTICLE_START.match(text) else text


@lru_cache(maxsize=4)
def environment(root: Path | None = None) -> jinja2.Environment:
    """The Jinja2 environment: project templates first, then the repository's own."""
    dirs = [str(root / "templates")] if root is not None and (root / "templates").is_dir() else []
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([*dirs, str(TEMPLATES)]),
        undefined=jinja2.StrictUndefined,
        # *.html.j2 write HTML: every printed value is escaped unless the template made it (Markup).
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",), default_for_string=True),
        finalize=_finalize,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(line=one_line, url=safe_url, truncate_words=truncate_words, quote_text=quote_text,
                       label_case=label_case)
    return env


def render(template: str, root: Path | None = None, **context: Any) -> str:
    """Render one template (a file name under templates/) with the given context; `heading`
    makes the page's headings (ids unique within the page)."""
    return environment(root).get_template(template).render(heading=Headings(), **context)


def template_digest(root: Path | None = None) -> str:
    """Text of every template in use, for cache keys: a template change re-renders pages."""
    parts = []
    for folder in ([root / "templates"] if root is not None else []) + [TEMPLATES]:
        if folder.is_dir():
            parts += [f"{p.name}\n{p.read_text(encoding='utf-8')}" for p in sorted(folder.glob("*.j2"))]
    return "\n".join(parts)
