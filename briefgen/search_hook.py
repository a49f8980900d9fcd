"""MkDocs hook (listed in mkdocs.yml): briefgen's pages enter the search index by title, unparsed.

Material's search worker rebuilds the lunr index in the browser on every page load, so the index
is kept small (see "## Site scale" in benchmarks/README.md):
- Generated pages (front matter `generated_by: briefgen`: briefings, actor, month and tag pages)
  are searched by title only. Their entry is written from the page's metadata here, and the
  search plugin is told to skip the page, because parsing every page's HTML for sections that
  are all excluded from search cost ~15 % of `mkdocs build`. Hand-written pages are indexed by
  the plugin as usual.
- The index's only field is the title: Material's `fields` option cannot remove its default
  fields, and each field of each document costs the browser time even when empty. The field
  list is rewritten after the search plugin wrote the index and before the offline plugin
  copies it into search_index.js. Documents keep their tags, which search results display.
- In an offline build, a script mkdocs.yml lists under `extra.polyfills` (the iframe-worker shim
  that lets search run from file://) that is missing from the pages' folder is named in an error:
  without it, search on a site opened from disk waits for ever and nothing else says why.
"""

from __future__ import annotations

import html
import json
import logging
from pathlib import Path
from typing import Any

from mkdocs.plugins import event_priority

from briefgen.page_hook import is_generated

INDEXED_FIELDS = {"title": {"boost": 1000.0}}  # Material's default boost for titles
SEARCH_PLUGIN = "material/search"
OFFLINE_PLUGIN = "material/offline"
log = logging.getLogger("mkdocs.plugins.briefgen")


def missing_polyfills(config: Any) -> list[str]:
    """The local scripts listed under extra.polyfills that are not in the pages' folder (docs_dir)."""
    listed = (config.extra or {}).get("polyfills") or []
    return [str(path) for path in listed if isinstance(path, str) and "://" not in path
            and not (Path(config.docs_dir) / path).is_file()]


def on_config(config: Any, **kwargs: Any) -> Any:
    offline = config.plugins.get(OFFLINE_PLUGIN)
    if offline is None or not offline.config.enabled:
        return config  # served over http, search runs without the shim
    for path in missing_polyfills(config):
        # an error, not a warning: `briefgen build` runs MkDocs with --quiet, which shows errors only
        log.error("%s: listed under extra.polyfills in mkdocs.yml but missing from %s; search will not work "
                  "when the site is opened from disk (restore it from the briefgen repository)", path, config.docs_dir)
    return config


def search_entry(page: Any) -> dict[str, Any]:
    """The index entry Material would make for a page whose body is excluded from search."""
    # Front-matter titles are HTML-escaped (briefgen.render.html_escape); Material's parser
    # stores a heading's text unescaped, then escaped without quotes: do the same.
    title = html.escape(html.unescape(str(page.meta.get("title") or page.title)), quote=False)
    entry: dict[str, Any] = {"location": page.url, "title": title, "text": ""}
    tags = page.meta.get("tags")
    if isinstance(tags, list):
        entry["tags"] = [str(tag) for tag in tags if tag and isinstance(tag, (str, int, float, bool))]
    return entry


@event_priority(50)  # before the search plugin (0) parses the page
def on_page_context(context: Any, page: Any, config: Any, nav: Any, **kwargs: Any) -> Any:
    plugin = config.plugins.get(SEARCH_PLUGIN)
    index = getattr(plugin, "search_index", None)
    search = page.meta.get("search") or {}
    if not is_generated(page) or index is None or not plugin.config.enabled or search.get("exclude"):
        return context  # hand-written or excluded page, or search off: the plugin does as it always does
    index.entries.append(search_entry(page))
    page.meta["search"] = {**search, "exclude": True}
    return context


@event_priority(-50)  # after the search plugin (0) writes the index, before the offline plugin (-100) reads it
def on_post_build(config: Any, **kwargs: Any) -> None:
    path = Path(config.site_dir) / "search" / "search_index.json"
    if not path.is_file():
        return  # search plugin disabled
    index = json.loads(path.read_text(encoding="utf-8"))
    index["config"]["fields"] = INDEXED_FIELDS
    path.write_text(json.dumps(index, separators=(",", ":")), encoding="utf-8")  # as Material writes it
