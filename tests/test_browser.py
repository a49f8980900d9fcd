"""The offline site in headless Chromium from file://: links, search, and no request leaving the machine."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from briefgen.build import build_site
from briefgen.config import BriefConfig
from conftest import make_project

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_project(tmp_path_factory.mktemp("offline") / "project")
    assert build_site(BriefConfig(root=root), strict=True, offline=True) == 0
    return root / "site"


def test_offline_build_has_no_external_references(offline_site: Path) -> None:
    assert (offline_site / "index.html").is_file() and (offline_site / "briefings" / "iran-talks-white-house.html").is_file()
    assert (offline_site / "search" / "search_index.js").is_file()
    for path in offline_site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        for needle in ("fonts.googleapis", "fonts.gstatic", "unpkg.com", "cdn.jsdelivr", "navigation.instant"):
            assert needle not in html, (path, needle)


def test_read_and_search_from_disk(offline_site: Path, page: Any) -> None:
    page.goto((offline_site / "index.html").as_uri())
    page.click("a[href='briefings/iran-talks-white-house.html']")
    page.wait_for_url("**/briefings/iran-talks-white-house.html")
    assert "Netanyahu" in page.inner_text("article")

    page.keyboard.press("/")  # Material's shortcut: focus the search box
    page.keyboard.type("Trump")  # a recurring actor: his actor page and the briefing titles naming him
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=15_000)
    links = [results.nth(i).locator("a").first.get_attribute("href") for i in range(results.count())]
    assert any("actors/donald-trump.html" in link for link in links), links
    assert any("briefings/iran-talks-white-house.html" in link for link in links), links

    assert page.outside_requests == []


def test_search_index_has_title_as_its_only_field(offline_site: Path) -> None:
    script = (offline_site / "search" / "search_index.js").read_text(encoding="utf-8")
    index = json.loads(script.removeprefix("var __index = "))
    assert index["config"]["fields"] == {"title": {"boost": 1000.0}}  # briefgen/search_hook.py
    briefing = next(doc for doc in index["docs"] if doc["location"] == "briefings/iran-talks-white-house.html")
    assert briefing["title"] and "tags" in briefing  # documents unchanged: results still show their tags
