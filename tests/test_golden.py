"""Golden file of the example article's briefing page. Regenerate on purpose: make golden
(pytest tests/test_golden.py --update-golden), then review the diff before committing."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from briefgen.build import analyse
from briefgen.site import Entry, briefing_page
from briefgen.sources import load

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "seeds" / "iran-talks-white-house.txt"
GOLDEN = Path(__file__).parent / "golden" / "iran-talks-white-house.md"  # front matter + HTML body, as in site_src/
FIXED_MTIME = 1_770_854_400.0  # 2026-02-12 00:00 UTC: the example has no date, so the file date shows


def example_data() -> dict:
    source = dataclasses.replace(load(EXAMPLE, EXAMPLE.parent), mtime=FIXED_MTIME)
    data, problems = analyse(source, None)
    assert problems == []
    return data


def example_page() -> str:
    return briefing_page(Entry("iran-talks-white-house", example_data()), {})


def test_example_page_matches_golden(update_golden: bool) -> None:
    page = example_page()
    if update_golden or not GOLDEN.exists():
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(page, encoding="utf-8")
    assert page == GOLDEN.read_text(encoding="utf-8"), "page changed: review, then make golden"


def test_example_page_sections() -> None:
    data = example_data()
    page = briefing_page(Entry("iran-talks-white-house", data), {})
    sections = [line for line in page.splitlines() if line.startswith("<h2")]
    assert sections[0].startswith('<h2 data-search-exclude id="summary">Summary<')
    assert all(s.startswith("<h2 data-search-exclude ") for s in sections)  # search indexes titles only
    assert '<h2 data-search-exclude id="full-text">Full text<a class="headerlink" href="#full-text" title="Permanent link">&para;</a></h2>' in sections
    assert "2026-02-12 (file date)" in page
    assert data["removed"], "the example has promo paragraphs"
    removed_block = page.split(f'<summary>Removed from the source ({len(data["removed"])})</summary>\n')[1]
    for removal in data["removed"]:
        assert f"<em>{removal['rule']}</em>" in removed_block
    assert "Subscribe to HTT News" in removed_block
