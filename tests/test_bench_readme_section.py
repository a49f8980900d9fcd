"""benchmarks/readme_section.py: each benchmark replaces its own README section and no other."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from readme_section import write_section  # noqa: E402


def test_a_section_is_appended_then_replaced_in_place(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    write_section("## Cleaning", "## Cleaning\n\nold figures\n", readme)
    write_section("## Cleaning: instructions", "## Cleaning: instructions\n\ncounts\n", readme)
    write_section("## Cleaning", "## Cleaning\n\nnew figures\n", readme)
    assert readme.read_text(encoding="utf-8") == (
        "# Benchmarks\n\n## Cleaning\n\nnew figures\n\n## Cleaning: instructions\n\ncounts\n")
