"""Hostile articles in headless Chromium: no script of theirs runs, no element of theirs exists."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hostile_helpers import injection_site

pytestmark = pytest.mark.browser

# What the payloads in tests/fixtures/hostile/injection* would leave behind if any of them ran.
PROBE = """() => ({
    pwned: typeof window.__pwned === "undefined" ? null : String(window.__pwned),
    title: document.title,
    handlers: document.querySelectorAll("[onerror], [onclick], [onload], [onmouseover]").length,
    scripts: [...document.querySelectorAll("article script, article style, article img, article iframe")].length,
    js_links: [...document.querySelectorAll("a[href]")].filter(a => /^\\s*javascript:/i.test(a.getAttribute("href"))).length,
    bold: [...document.querySelectorAll("article b")].length,
    hidden: getComputedStyle(document.body).display,
    text: document.querySelector("article").textContent,  // collapsed "Removed" block included
})"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return injection_site(tmp_path_factory)


@pytest.mark.parametrize(
    ("slug", "title", "shown"),
    [
        (
            "injection",
            'Hostile text <script>document.title="PWNED-headline";window.__pwned=1</script> in the headline',
            ['<script>window.__pwned = 2; document.title = "PWNED";</script>', "{{ 7*7 }}", "# Not a heading"],
        ),
        (
            "injection-meta",
            "<script>window.__pwned=11;document.title='PWNED-title'</script> {{ 7*7 }} # title",
            ['<img src=x onerror="window.__pwned=12"> **Wire**'],
        ),
    ],
    ids=["injection", "injection-meta"],
)
def test_no_script_ran_and_no_element_was_injected(site: Path, page: Any, slug: str, title: str, shown: list[str]) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto((site / "briefings" / slug / "index.html").as_uri())
    page.wait_for_load_state("load")
    page.wait_for_timeout(300)  # let any timer or late handler fire
    state = page.evaluate(PROBE)
    assert state["pwned"] is None
    assert state["title"] == f"{title} - Briefings"  # as written, not rewritten by a payload
    assert (state["handlers"], state["scripts"], state["js_links"], state["bold"]) == (0, 0, 0, 0)
    assert state["hidden"] != "none"  # the injected <style> did not apply
    assert dialogs == []
    text = " ".join(state["text"].split())
    for line in [title, *shown]:
        assert line in text  # the hostile text is on the page, as written
