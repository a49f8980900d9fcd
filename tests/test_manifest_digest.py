"""The analysis digest covers the code and the rule tables, so that a changed table re-analyses every source."""

from __future__ import annotations

import shutil
from pathlib import Path

import briefgen
from briefgen.manifest import package_digest


def _package_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "briefgen"
    shutil.copytree(Path(briefgen.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def test_a_changed_rule_table_changes_the_digest(tmp_path: Path) -> None:
    package = _package_copy(tmp_path)
    before = package_digest(package)
    table = package / "extract" / "data" / "organizations.tsv"
    table.write_text(table.read_text(encoding="utf-8") + "Example Body\tEB\n", encoding="utf-8")
    assert package_digest(package) != before


def test_a_changed_analysis_module_changes_the_digest(tmp_path: Path) -> None:
    package = _package_copy(tmp_path)
    before = package_digest(package)
    module = package / "extract" / "summary.py"
    module.write_text(module.read_text(encoding="utf-8") + "\n# a change\n", encoding="utf-8")
    assert package_digest(package) != before


def test_layout_modules_and_compiled_caches_leave_it_alone(tmp_path: Path) -> None:
    package = _package_copy(tmp_path)
    before = package_digest(package)
    render = package / "render.py"
    render.write_text(render.read_text(encoding="utf-8") + "\n# layout only\n", encoding="utf-8")
    (package / "extract" / "__pycache__").mkdir(exist_ok=True)
    (package / "extract" / "__pycache__" / "summary.cpython-311.pyc").write_bytes(b"compiled")
    assert package_digest(package) == before
