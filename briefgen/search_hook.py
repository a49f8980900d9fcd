"""MkDocs hook (listed in mkdocs.yml): the browser's search index uses the page title as its only field.

Material's search worker rebuilds the lunr index in the browser on every page load, and its cost
grows with the number of fields per document: each field of each page is tokenized and gets its
own entries, even when empty. Briefing pages exclude all their text from search already
(templates/briefing.md.j2), so indexing "text" and "tags" as well costs ~0.3 s at 5,000
briefings for little (see "## Site scale" in benchmarks/README.md). Material's `fields` option
cannot remove its default fields, so this hook rewrites the index's field list after the search
plugin wrote it and before the offline plugin copies it into search_index.js. The documents keep
their text and tags, which search results still display.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mkdocs.plugins import event_priority

INDEXED_FIELDS = {"title": {"boost": 1000.0}}  # Material's default boost for titles


@event_priority(-50)  # after the search plugin (0) writes the index, before the offline plugin (-100) reads it
def on_post_build(config: Any, **kwargs: Any) -> None:
    path = Path(config.site_dir) / "search" / "search_index.json"
    if not path.is_file():
        return  # search plugin disabled
    index = json.loads(path.read_text(encoding="utf-8"))
    index["config"]["fields"] = INDEXED_FIELDS
    path.write_text(json.dumps(index, separators=(",", ":")), encoding="utf-8")  # as Material writes it
