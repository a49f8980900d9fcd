"""An editor's correction written in the wrong place is named in the build's warnings, with the source."""

from __future__ import annotations

from pathlib import Path

from briefgen.build import generate
from briefgen.config import BriefConfig

SOURCE = """---
title: Harbour ferry resumes service
date: 2024-04-02
source: Test Wire
hide_quotes: ["glad to be back"]
---
The harbour ferry resumed its service on Tuesday after a month of repairs to its engines, the operator said,
and the first crossing of the morning carried more than two hundred passengers to the island.

"We are glad to be back on the water," said captain Ana Ruiz, who has run the route for twelve years.
"""


def test_a_correction_beside_the_title_is_a_warning_naming_the_source(project: Path) -> None:
    (project / "seeds" / "ferry.md").write_text(SOURCE, encoding="utf-8")
    report = generate(BriefConfig(root=project))
    assert report.warnings == ["ferry.md: front-matter key 'hide_quotes' is ignored: it belongs under 'corrections:'"]
    assert report.exit_code(strict=True) == 1
    again = generate(BriefConfig(root=project))  # said on every run, as long as the slip is there
    assert again.warnings == report.warnings
