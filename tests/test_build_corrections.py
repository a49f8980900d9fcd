"""An editor's correction written in the wrong place is named in the build's warnings, with the source."""

from __future__ import annotations

from pathlib import Path

from briefgen.build import generate
from briefgen.config import BriefConfig
from sample_articles import ferry_article

SOURCE = ferry_article(front_matter='hide_quotes: ["glad to be back"]\n')


def test_a_correction_beside_the_title_is_a_warning_naming_the_source(project: Path) -> None:
    (project / "seeds" / "ferry.md").write_text(SOURCE, encoding="utf-8")
    report = generate(BriefConfig(root=project))
    assert report.warnings == ["ferry.md: front-matter key 'hide_quotes' is ignored: it belongs under 'corrections:'"]
    assert report.exit_code(strict=True) == 1
    again = generate(BriefConfig(root=project))  # said on every run, as long as the slip is there
    assert again.warnings == report.warnings
