"""Test helpers: Markdown converted exactly as MkDocs does from mkdocs.yml, what HTML a page or
fragment holds, and the parts of a generated page."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import markdown
from mkdocs.utils.yaml import yaml_load

ROOT = Path(__file__).resolve().parent.parent


def site_markdown() -> markdown.Markdown:
    """A Markdown converter configured like MkDocs from mkdocs.yml."""
    with open(ROOT / "mkdocs.yml", encoding="utf-8") as f:
        config = yaml_load(f)
    names, configs = [], {}
    for item in config["markdown_extensions"]:
        if isinstance(item, dict):
            ((name, options),) = item.items()
            names.append(name)
            configs[name] = options or {}
        else:
            names.append(item)
    return markdown.Markdown(extensions=names, extension_configs=configs)


class Structure(HTMLParser):
    """Records the tags, attributes and text of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs

    def handle_data(self, data: str) -> None:
        self.text += data


def structure(fragment: str) -> Structure:
    parser = Structure()
    parser.feed(fragment)
    parser.close()
    return parser


def page_title(page: str) -> str:
    """The text of a generated page's h1 (the page file: front matter and HTML body)."""
    match = re.search(r"<h1 [^>]*>(.*?)<a class=\"headerlink\"", page)
    assert match, "no h1 in the page"
    return html.unescape(match[1])


def section(page: str, anchor: str) -> str:
    """The HTML of a generated page's section, from its h2 (by id) to the next h2 or the
    removed-passages box; '' if the page has no such section."""
    parts = page.split(f' id="{anchor}">', 1)
    if len(parts) == 1:
        return ""
    return re.split(r"<h2 |<details", parts[1], maxsplit=1)[0]
