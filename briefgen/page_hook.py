"""MkDocs hook (listed in mkdocs.yml): pages briefgen generated as HTML skip Python-Markdown.

Converting the generated Markdown was ~60 % of `mkdocs build` (~13 ms per briefing page). The
pages briefgen writes (front matter `generated_by: briefgen` and `body: html`) carry an HTML body
made by autoescaping Jinja2 templates (templates/*.html.j2), so this hook sets the body aside
before MkDocs converts the page (it converts an empty string) and puts it back as the page's
content. It does for these pages what MkDocs' Markdown pass did: links written as relative `.md`
paths become the target page's URL in either URL mode (`use_directory_urls` is false in the
offline build), a link to a missing page is a warning (an error under `--strict`), and the
headings the template wrote make the page's table of contents and anchor ids.

The regular expressions below read only what the templates wrote: article text in the body is
escaped, so it contains no `<`, `>` or `"`. Hand-written pages are not touched.
"""

from __future__ import annotations

import logging
import posixpath
import re
from functools import lru_cache
from typing import Any
from urllib.parse import unquote

from markdown.extensions.toc import nest_toc_tokens
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

log = logging.getLogger("mkdocs.plugins.briefgen")

# `href` values the templates wrote; those without a scheme are links to other pages.
_HREF = re.compile(r'href="([^"#:]*\.md)(#[^"]*)?"')
_HEADING = re.compile(r'<h([1-6])[^>]* id="([^"]*)">(.*?)<a class="headerlink"')
_ID = re.compile(r' id="([^"]*)"')

_bodies: dict[str, str] = {}  # page src_uri → HTML body, between the two events


def is_generated(page: Page) -> bool:
    """A page briefgen wrote (its front matter carries briefgen.site's `generated_by` mark)."""
    return page.meta.get("generated_by") == "briefgen"


def is_html_page(page: Page) -> bool:
    return is_generated(page) and page.meta.get("body") == "html"


@event_priority(100)  # before any plugin reads the Markdown: they see an empty page
def on_page_markdown(markdown: str, page: Page, config: Any, files: Files) -> str | None:
    if not is_html_page(page):
        return None  # hand-written: Python-Markdown as usual
    _bodies[page.file.src_uri] = markdown
    return ""


@event_priority(100)  # before any plugin reads the content (search, tags)
def on_page_content(html: str, page: Page, config: Any, files: Files) -> str | None:
    body = _bodies.pop(page.file.src_uri, None)
    if body is None:
        return None
    page.toc = get_toc(toc_tokens(body))
    page.present_anchor_ids = set(_ID.findall(body))
    return _HREF.sub(lambda m: f'href="{resolve(m[1], page, files)}{m[2] or ""}"', body)


def resolve(link: str, page: Page, files: Files) -> str:
    """A relative `.md` link → the URL of that page relative to `page`; left as it is (and a
    warning logged) when no such page exists."""
    target = _target(posixpath.dirname(page.file.src_uri), link)
    file = files.src_uris.get(target)
    if file is None:
        log.warning("Doc file '%s' contains a link '%s', but the target '%s' is not found among documentation files.",
                    page.file.src_uri, link, target)
        return link
    return file.url_relative_to(page.file)


@lru_cache(maxsize=4096)  # pages in one folder share their links (briefings → actor pages)
def _target(folder: str, link: str) -> str:
    """The src_uri a link from a page in `folder` points to (the key of Files.src_uris)."""
    return posixpath.normpath(posixpath.join(folder, unquote(link)))


def toc_tokens(body: str) -> list[dict[str, Any]]:
    """The table of contents of the headings in `body`, as Python-Markdown's toc extension gives it."""
    flat = [
        {"level": int(level), "id": anchor, "name": name, "html": name, "data-toc-label": ""}
        for level, anchor, name in _HEADING.findall(body)
    ]
    return nest_toc_tokens(flat)
