"""A generated page an editor changed by hand is never overwritten or deleted in silence: kept, and said so."""

from __future__ import annotations

import json
from pathlib import Path

from briefgen.build import generate
from briefgen.config import BriefConfig
from briefgen.manifest import MANIFEST
from sample_articles import FERRY_TITLE, ferry_article


def _source(project: Path, title: str = FERRY_TITLE) -> None:
    (project / "seeds" / "ferry.md").write_text(ferry_article(title), encoding="utf-8")


def _page(project: Path) -> Path:
    return project / "site_src" / "briefings" / "ferry.md"


def _edit(project: Path) -> str:
    page = _page(project)
    edited = page.read_text(encoding="utf-8").replace("two hundred passengers", "two hundred and ten passengers")
    page.write_text(edited, encoding="utf-8")
    return edited


def test_a_page_edited_by_hand_is_kept_when_its_source_changes(project: Path) -> None:
    _source(project)
    generate(BriefConfig(root=project))
    edited = _edit(project)
    _source(project, title="Harbour ferry back in service")
    report = generate(BriefConfig(root=project))
    assert [w for w in report.warnings if "edited by hand" in w] == [
        "site_src/briefings/ferry.md: edited by hand since briefgen wrote it; left alone (delete it to have it "
        "regenerated; lasting changes go in the source's front matter, README 'Editor corrections')"]
    assert _page(project).read_text(encoding="utf-8") == edited
    assert "Harbour ferry back in service" in (project / "site_src" / "index.md").read_text(encoding="utf-8")
    again = generate(BriefConfig(root=project))  # said on every run until the editor resolves it
    assert any("edited by hand" in w for w in again.warnings)
    _page(project).unlink()  # the editor lets briefgen write it again
    last = generate(BriefConfig(root=project))
    assert last.warnings == [] and "Harbour ferry back in service" in _page(project).read_text(encoding="utf-8")


def test_an_edit_survives_while_the_source_is_unchanged(project: Path) -> None:
    _source(project)
    generate(BriefConfig(root=project))
    edited = _edit(project)
    report = generate(BriefConfig(root=project))
    assert report.warnings == [] and _page(project).read_text(encoding="utf-8") == edited


def test_a_page_edited_by_hand_is_kept_when_its_source_is_deleted(project: Path) -> None:
    _source(project)
    generate(BriefConfig(root=project))
    edited = _edit(project)
    (project / "seeds" / "ferry.md").unlink()
    report = generate(BriefConfig(root=project))
    assert any("briefings/ferry.md: its source is gone, but edited by hand" in w for w in report.warnings)
    assert _page(project).read_text(encoding="utf-8") == edited and "briefings/ferry.md" not in report.deleted


def test_a_page_a_killed_run_wrote_is_no_hand_edit(project: Path) -> None:
    _source(project)
    generate(BriefConfig(root=project))
    manifest = (project / "site_src" / MANIFEST).read_text(encoding="utf-8")
    _source(project, title="Harbour ferry back in service")
    generate(BriefConfig(root=project))
    (project / "site_src" / MANIFEST).write_text(manifest, encoding="utf-8")  # as if killed before saving it
    report = generate(BriefConfig(root=project))
    assert report.warnings == [] and "Harbour ferry back in service" in _page(project).read_text(encoding="utf-8")


def test_a_manifest_without_page_hashes_overwrites_as_before(project: Path) -> None:
    _source(project)
    generate(BriefConfig(root=project))
    path = project / "site_src" / MANIFEST
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["texts"]  # written by an older briefgen
    path.write_text(json.dumps(data), encoding="utf-8")
    _source(project, title="Harbour ferry back in service")
    report = generate(BriefConfig(root=project))
    assert report.warnings == [] and "Harbour ferry back in service" in _page(project).read_text(encoding="utf-8")
