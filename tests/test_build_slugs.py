"""Briefing page names beside an editor's own pages in site_src/briefings/: the briefing is published, never hidden."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.build import generate
from briefgen.config import BriefConfig
from briefgen.site import assign_slugs
from sample_articles import ferry_article

HAND_PAGE = "---\ntitle: Desk report\n---\n# Desk report\n\nWritten by the desk.\n"
SOURCE = ferry_article()


@pytest.mark.parametrize(("names", "reserved", "expected"), [
    # rule: no editor's page, no change
    (["harbour-ferry.md"], [], {"harbour-ferry.md": "harbour-ferry"}),
    # rule: a slug an editor's page has is numbered
    (["harbour-ferry.md"], ["harbour-ferry"], {"harbour-ferry.md": "harbour-ferry-2"}),
    # rule: the number skips another source's slug and another editor's page
    (["harbour-ferry.md", "harbour-ferry-2.txt"], ["harbour-ferry"],
     {"harbour-ferry.md": "harbour-ferry-3", "harbour-ferry-2.txt": "harbour-ferry-2"}),
    (["harbour-ferry.md"], ["harbour-ferry", "harbour-ferry-2"], {"harbour-ferry.md": "harbour-ferry-3"}),
    # rule: two sources of one slug beside an editor's page of it: three pages
    (["desk.md", "desk.txt"], ["desk"], {"desk.md": "desk-3", "desk.txt": "desk-2"}),
    # rule: an editor's page of another name changes nothing
    (["harbour-ferry.md"], ["harbour"], {"harbour-ferry.md": "harbour-ferry"}),
])
def test_assign_slugs_avoids_reserved_pages(names: list[str], reserved: list[str], expected: dict[str, str]) -> None:
    assert assign_slugs(names, reserved=reserved) == expected
    assert assign_slugs(list(reversed(names)), reserved=reserved) == expected  # discovery order does not matter


def test_source_named_like_a_hand_written_briefing_is_published_beside_it(project: Path) -> None:
    hand = project / "site_src" / "briefings" / "desk-report.md"
    hand.parent.mkdir(parents=True, exist_ok=True)
    hand.write_text(HAND_PAGE, encoding="utf-8")
    (project / "seeds" / "desk-report.md").write_text(SOURCE, encoding="utf-8")
    report = generate(BriefConfig(root=project))
    assert hand.read_text(encoding="utf-8") == HAND_PAGE  # the editor's page is untouched
    page = project / "site_src" / "briefings" / "desk-report-2.md"
    assert "Harbour ferry resumes service" in page.read_text(encoding="utf-8")
    home = (project / "site_src" / "index.md").read_text(encoding="utf-8")
    assert 'href="briefings/desk-report-2.md"' in home and 'href="briefings/desk-report.md"' not in home
    assert report.warnings == []
    again = generate(BriefConfig(root=project))  # stable: its own page is not taken for an editor's next time
    assert again.written == [] and again.deleted == [] and page.is_file()


def test_generated_briefing_keeps_its_name_when_the_manifest_is_lost(project: Path) -> None:
    (project / "seeds" / "desk-report.md").write_text(SOURCE, encoding="utf-8")
    generate(BriefConfig(root=project))
    (project / "site_src" / ".briefgen-manifest.json").unlink()
    generate(BriefConfig(root=project))  # its page carries briefgen's mark: not an editor's page
    assert (project / "site_src" / "briefings" / "desk-report.md").is_file()
    assert not (project / "site_src" / "briefings" / "desk-report-2.md").exists()
