"""Tests for briefgen/search_hook.py: generated pages enter the search index by title, unparsed."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from briefgen import search_hook


class FakeIndex:
    def __init__(self) -> None:
        self.entries: list[dict[str, Any]] = []


def fake_config(enabled: bool = True) -> tuple[Any, FakeIndex]:
    index = FakeIndex()
    plugin = SimpleNamespace(search_index=index, config=SimpleNamespace(enabled=enabled))
    return SimpleNamespace(plugins={search_hook.SEARCH_PLUGIN: plugin}), index


def page(meta: dict[str, Any], url: str = "briefings/a/", title: str = "Fallback") -> Any:
    return SimpleNamespace(meta=dict(meta), url=url, title=title)


GENERATED = {"generated_by": "briefgen", "title": "Talks &#x27;stall&#x27; &lt;b&gt; &amp; more", "tags": ["Iran", 7, None, ""]}


def test_generated_page_gets_a_title_entry_and_is_skipped_by_the_plugin() -> None:
    config, index = fake_config()
    briefing = page(GENERATED)
    search_hook.on_page_context({}, page=briefing, config=config, nav=None)
    # Material's parser unescapes a heading's text, then escapes it without quotes
    assert index.entries == [{"location": "briefings/a/", "title": "Talks 'stall' &lt;b&gt; &amp; more", "text": "", "tags": ["Iran", "7"]}]
    assert briefing.meta["search"] == {"exclude": True}


@pytest.mark.parametrize(
    "meta, enabled",
    [
        ({"title": "Hand-written page"}, True),  # not generated: the plugin parses it as always
        ({"generated_by": "briefgen", "title": "Home", "search": {"exclude": True}}, True),  # excluded on purpose
        (GENERATED, False),  # search plugin disabled
    ],
)
def test_other_pages_are_left_to_the_plugin(meta: dict[str, Any], enabled: bool) -> None:
    config, index = fake_config(enabled)
    other = page(meta)
    search_hook.on_page_context({}, page=other, config=config, nav=None)
    assert index.entries == []
    assert other.meta == meta


def test_page_without_title_in_front_matter_uses_the_page_title() -> None:
    config, index = fake_config()
    search_hook.on_page_context({}, page=page({"generated_by": "briefgen"}, title="A <b> title"), config=config, nav=None)
    assert index.entries[0]["title"] == "A &lt;b&gt; title"
    assert "tags" not in index.entries[0]


def test_post_build_makes_the_title_the_only_indexed_field(tmp_path: Path) -> None:
    path = tmp_path / "search" / "search_index.json"
    path.parent.mkdir()
    docs = [{"location": "a/", "title": "A", "text": "", "tags": ["x"]}]
    path.write_text(json.dumps({"config": {"fields": {"title": {}, "text": {}, "tags": {}}}, "docs": docs}), encoding="utf-8")
    search_hook.on_post_build(SimpleNamespace(site_dir=str(tmp_path)))
    index = json.loads(path.read_text(encoding="utf-8"))
    assert index == {"config": {"fields": {"title": {"boost": 1000.0}}}, "docs": docs}


def test_post_build_without_search_index_does_nothing(tmp_path: Path) -> None:
    search_hook.on_post_build(SimpleNamespace(site_dir=str(tmp_path)))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("listed", "present", "offline", "named"), [
    (["assets/javascripts/shim.js"], ["assets/javascripts/shim.js"], True, []),
    (["assets/javascripts/shim.js"], [], True, ["assets/javascripts/shim.js"]),
    (["assets/javascripts/shim.js"], [], False, []),  # served over http, search needs no shim
    (["https://unpkg.com/iframe-worker/shim"], [], True, []),  # a remote script is not the folder's to hold
    (None, [], True, []),
])
def test_an_offline_build_names_a_polyfill_missing_from_the_pages_folder(
        tmp_path: Path, caplog: pytest.LogCaptureFixture, listed: list[str] | None, present: list[str], offline: bool,
        named: list[str]) -> None:
    for rel in present:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("//", encoding="utf-8")
    plugin = SimpleNamespace(config=SimpleNamespace(enabled=offline))
    config = SimpleNamespace(extra={"polyfills": listed} if listed is not None else {}, docs_dir=str(tmp_path),
                             plugins={search_hook.OFFLINE_PLUGIN: plugin})
    with caplog.at_level("WARNING", logger="mkdocs.plugins.briefgen"):
        assert search_hook.on_config(config) is config
    # an error: `briefgen build` runs MkDocs with --quiet, which shows errors only
    assert [(r.levelname, r.getMessage().split(":")[0]) for r in caplog.records] == [("ERROR", n) for n in named]
