"""Build the hostile fixture folder end to end: every bad file named once with its reason, no
traceback, every good article built, exit 0 without --strict and non-zero with it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hostile_helpers import hostile_project, run_cli, tree_hashes, warning_lines

from briefgen import cli, sources
from briefgen import build as build_module

# Refused: one warning line naming the file and the reason; no page.
REFUSED = {
    "empty.txt": "is empty (0 bytes)",
    "whitespace-only.txt": "contains only whitespace",
    "binary-image.txt": "looks like a PNG image, not text",
    "no-article.html": "has no article text",
    "big-paragraph.txt": "over the 200,000 limit for one article",
    "huge.txt": "over the 5 MB limit for one article",
    "link-out.txt": "is a link to somewhere outside the seeds folder",
    "linked-folder": "is a link to somewhere outside the seeds folder",
    "dangling.md": "is a broken link",
    "fifo.txt": "is a named pipe (FIFO), not a file",
}
# Readable but odd: built, with a warning line and the same note on the page.
NOTED = {
    "cp1252.txt": "not UTF-8: decoded as Windows-1252",
    "latin1.txt": "not UTF-8: decoded as Windows-1252",
    "invalid-utf8.txt": "2 byte(s) were not valid UTF-8",
    "mojibake.txt": "repaired garbled characters (mojibake)",
    "broken-yaml.md": "front matter is not valid YAML",
    "front-matter-list.md": "front matter is a list",
    "date-not-a-date.md": "date 'next Tuesday' is not a date; the file date is used",
    "injection-meta.md": "is not an http(s) address; ignored",
    "long-paragraph.txt": "a paragraph of 25,000 characters was split into 3 parts",
}
# Odd only in ways the readers absorb silently: built, no warning.
CLEAN = [
    "utf8-bom.txt", "crlf.txt", "good.md", "same-title-a.md", "same-title-b.md", "path-title.md", "injection.txt",
    "corrections.md",
]


def _slug(name: str) -> str:
    return name.rsplit(".", 1)[0]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    root = hostile_project(tmp_path_factory.mktemp("hostile"))
    return root, run_cli(root, "build")


def test_build_exits_0_without_a_traceback(built: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    root, result = built
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert (root / "site" / "index.html").is_file()


@pytest.mark.parametrize(("name", "reason"), sorted(REFUSED.items()))
def test_refused_file_gets_one_line_and_no_page(
    built: tuple[Path, subprocess.CompletedProcess[str]], name: str, reason: str
) -> None:
    root, result = built
    lines = warning_lines(result.stderr, name)
    assert len(lines) == 1, result.stderr
    assert reason in lines[0]
    assert not (root / "site_src" / "briefings" / f"{_slug(name)}.md").exists()


@pytest.mark.parametrize(("name", "reason"), sorted(NOTED.items()))
def test_odd_file_is_built_with_a_note(built: tuple[Path, subprocess.CompletedProcess[str]], name: str, reason: str) -> None:
    root, result = built
    lines = warning_lines(result.stderr, name)
    assert any(reason in line for line in lines), result.stderr
    page = root / "site_src" / "briefings" / f"{_slug(name)}.md"
    assert page.is_file()
    assert (root / "site" / "briefings" / _slug(name) / "index.html").is_file()
    html = (root / "site" / "briefings" / _slug(name) / "index.html").read_text(encoding="utf-8")
    assert "Note" in html


@pytest.mark.parametrize("name", CLEAN)
def test_good_file_is_built_without_a_warning(built: tuple[Path, subprocess.CompletedProcess[str]], name: str) -> None:
    root, result = built
    assert warning_lines(result.stderr, name) == []
    assert (root / "site" / "briefings" / _slug(name) / "index.html").is_file()


def test_every_output_line_is_one_known_line(built: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    _, result = built
    names = [*REFUSED, *NOTED]
    for line in result.stderr.splitlines():
        assert any(line.startswith(f"{n}: ") for n in names) or line.endswith("warnings") or line.startswith("site built in "), line


def test_repaired_text_reads_right_on_the_page(built: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    root, _ = built
    page = lambda name: (root / "site_src" / "briefings" / f"{_slug(name)}.md").read_text(encoding="utf-8")  # noqa: E731
    text = page("mojibake.txt").split('id="summary"', 1)[1]  # the note above quotes the garbled run
    assert "“I have done nothing wrong,”" in text and "wouldn’t stand" in text
    assert "â€" not in text
    assert "Zürich" in page("latin1.txt") and "€2 million" in page("cp1252.txt")
    assert "costing drivers é extra time" in page("invalid-utf8.txt")
    assert "(file date)" in page("date-not-a-date.md")


def test_strict_reports_every_problem_then_fails(built: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    root, _ = built
    result = run_cli(root, "build", "--strict")
    assert result.returncode == 1  # briefgen's own strict failure: MkDocs itself built the site cleanly
    assert "mkdocs build failed" not in result.stderr
    assert "Traceback" not in result.stderr
    for name, reason in {**REFUSED, **NOTED}.items():
        assert any(reason in line for line in warning_lines(result.stderr, name)), name


def test_check_validates_without_writing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = hostile_project(tmp_path)
    before = tree_hashes(root)
    assert cli.main(["check", "--root", str(root)]) == 0
    err = capsys.readouterr().err
    assert cli.main(["check", "--strict", "--root", str(root)]) != 0
    assert tree_hashes(root) == before  # nothing written, not even a cache
    for name, reason in {**REFUSED, **NOTED}.items():
        assert any(reason in line for line in warning_lines(err, name)), name


def test_files_that_vanish_or_cannot_be_read_during_a_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = hostile_project(tmp_path)
    real_load = build_module.load

    def vanishing_load(path: Path, seeds: Path):  # type: ignore[no-untyped-def]
        if path.name == "crlf.txt":
            path.unlink()  # deleted between discovery and reading
        return real_load(path, seeds)

    def denied(path: Path):  # type: ignore[no-untyped-def]
        if path.name == "utf8-bom.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_read(path)

    real_read = sources._read_regular_file
    monkeypatch.setattr(build_module, "load", vanishing_load)
    monkeypatch.setattr(sources, "_read_regular_file", denied)
    assert cli.main(["generate", "--root", str(root)]) == 0
    messages = capsys.readouterr().err.splitlines()
    assert "crlf.txt: vanished before it could be read" in messages
    assert "utf8-bom.txt: cannot be read (permission denied)" in messages
    assert (root / "site_src" / "briefings" / "good.md").is_file()


def test_an_analysis_crash_costs_one_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = hostile_project(tmp_path)
    real = build_module.analyse_raw

    def crashing(raw, rules, repeated):  # type: ignore[no-untyped-def]
        if raw.name == "good.md":
            raise IndexError("list index out of range")
        return real(raw, rules, repeated)

    monkeypatch.setattr(build_module, "analyse_raw", crashing)
    assert cli.main(["generate", "--root", str(root)]) == 0
    messages = capsys.readouterr().err.splitlines()
    assert "good.md: analysis failed (IndexError: list index out of range); skipped" in messages
    assert (root / "site_src" / "briefings" / "crlf.md").is_file()
