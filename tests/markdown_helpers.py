"""Test helpers: Markdown converted exactly as MkDocs does from mkdocs.yml, and what HTML it made."""

from __future__ import annotations

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
