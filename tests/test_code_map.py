"""The code maps in each package's __init__ docstring name every module once, and every module says its job."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "briefgen"
PACKAGES = ("briefgen", "briefgen/readers", "briefgen/cleaning", "briefgen/evaluate", "briefgen/extract")
# A map line: four spaces, a module name (a subpackage ends in "/"), two spaces or more, its job.
MAP_LINE = re.compile(r"^ {4}([a-z_][a-z0-9_]*/?) {2,}\S", re.MULTILINE)
# The guide's "one-line module docstring saying its job": a first paragraph of at most two source lines and
# SUMMARY_CHARS characters (one line at the project's 120 columns, or two short ones).
SUMMARY_LINES = 2
SUMMARY_CHARS = 220


def _docstring(path: Path) -> str:
    return ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")), clean=False) or ""


def _members(package: str) -> list[str]:
    """The modules (and subpackages, with a slash) of a package, as its map names them."""
    folder = ROOT.parent / package
    modules = [p.stem for p in folder.glob("*.py") if p.stem != "__init__"]
    packages = [p.name + "/" for p in folder.iterdir() if (p / "__init__.py").is_file()]
    return sorted(modules + packages)


def _map(package: str) -> list[str]:
    return MAP_LINE.findall(_docstring(ROOT.parent / package / "__init__.py"))


def _all_modules() -> list[str]:
    return sorted(str(p.relative_to(ROOT.parent)) for package in PACKAGES for p in (ROOT.parent / package).glob("*.py"))


@pytest.mark.parametrize("package", PACKAGES)
def test_every_module_has_one_map_line(package: str) -> None:
    mapped = _map(package)
    missing = sorted(set(_members(package)) - set(mapped))
    assert not missing, (f"{missing} not in the code map of {package}/__init__.py: add one line each to its docstring "
                         f"under the family it belongs to, as '    name  what it does' (four spaces, name, two spaces)")
    stale = sorted(set(mapped) - set(_members(package)))
    assert not stale, f"the code map of {package}/__init__.py names {stale}, which no longer exist: remove those lines"
    twice = sorted({m for m in mapped if mapped.count(m) > 1})
    assert not twice, f"the code map of {package}/__init__.py names {twice} more than once: keep one line each"


@pytest.mark.parametrize("module", _all_modules())
def test_module_docstring_says_its_job(module: str) -> None:
    summary = _docstring(ROOT.parent / module).strip().split("\n\n")[0]
    assert summary, f"{module} has no module docstring: add one line saying its job"
    lines, chars = summary.count("\n") + 1, len(" ".join(summary.split()))
    assert lines <= SUMMARY_LINES and chars <= SUMMARY_CHARS, (
        f"{module}: the docstring's first paragraph runs {lines} lines, {chars} characters; say the module's job in at "
        f"most {SUMMARY_LINES} lines and {SUMMARY_CHARS} characters, then details after a blank line")
