"""briefgen/page_hook.py: generated HTML pages skip Python-Markdown, their links, table of contents
and anchors come out as MkDocs would have made them; hand-written pages are untouched."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import make_project
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import meta as mkdocs_meta

from briefgen import page_hook
from briefgen.render import front_matter
from briefgen.site import front_matter as page_front_matter

PAGES = ["index.md", "about.md", "briefings/talks.md", "actors/index.md", "actors/donald-trump.md", "archive/2025-02.md"]
BODY = (
    '<h1 id="talks">Talks<a class="headerlink" href="#talks" title="Permanent link">&para;</a></h1>\n'
    '<h2 data-search-exclude id="summary">Summary<a class="headerlink" href="#summary" title="Permanent link">&para;</a></h2>\n'
    '<p><a href="../actors/donald-trump.md">Donald Trump</a>, <a href="../archive/2025-02.md#february">February</a>,'
    ' <a href="#summary">top</a>, <a href="https://example.org/x.md">elsewhere</a></p>\n'
    '<h3 id="more">More<a class="headerlink" href="#more" title="Permanent link">&para;</a></h3>\n'
    '<h2 data-search-exclude id="full-text">Full text<a class="headerlink" href="#full-text" title="Permanent link">&para;</a></h2>\n'
)
GENERATED = {"generated_by": "briefgen", "body": "html", "title": "Talks"}


def _page(src: str, use_directory_urls: bool, meta: dict[str, str]) -> tuple[Page, Files]:
    files = Files([File(p, "/docs", "/site", use_directory_urls) for p in PAGES])
    page = Page(None, files.get_file_from_path(src), {})
    page.meta = meta
    return page, files


def _run(src: str, body: str, use_directory_urls: bool, meta: dict[str, str] = GENERATED) -> tuple[Page, str]:
    """The hook's two events around MkDocs' (here empty) Markdown conversion, as a build runs them."""
    page, files = _page(src, use_directory_urls, meta)
    markdown = page_hook.on_page_markdown(body, page=page, config={}, files=files)
    converted = "<p>converted by Python-Markdown</p>" if markdown is None else markdown
    content = page_hook.on_page_content(converted, page=page, config={}, files=files)
    return page, converted if content is None else content


@pytest.mark.parametrize(
    ("use_directory_urls", "expected"),
    [
        (True, ['href="../../actors/donald-trump/"', 'href="../../archive/2025-02/#february"']),  # GitHub Pages
        (False, ['href="../actors/donald-trump.html"', 'href="../archive/2025-02.html#february"']),  # offline
    ],
)
def test_md_links_become_page_urls_in_both_url_modes(use_directory_urls: bool, expected: list[str]) -> None:
    page, html = _run("briefings/talks.md", BODY, use_directory_urls)
    for href in expected:
        assert href in html
    assert 'href="#summary"' in html and 'href="https://example.org/x.md"' in html  # left as they are
    assert ".md" not in html.replace("https://example.org/x.md", "")


def test_markdown_is_not_converted_and_the_body_is_kept() -> None:
    page, files = _page("briefings/talks.md", True, GENERATED)
    assert page_hook.on_page_markdown(BODY, page=page, config={}, files=files) == ""
    assert page_hook.on_page_content("", page=page, config={}, files=files).startswith('<h1 id="talks">')


def test_toc_and_anchor_ids_from_the_headings() -> None:
    page, _ = _run("briefings/talks.md", BODY, True)
    (h1,) = page.toc
    assert (h1.title, h1.id, h1.level) == ("Talks", "talks", 1)
    assert [(c.title, c.url, c.level) for c in h1.children] == [("Summary", "#summary", 2), ("Full text", "#full-text", 2)]
    assert [(c.title, c.url) for c in h1.children[0].children] == [("More", "#more")]
    assert page.present_anchor_ids == {"talks", "summary", "more", "full-text"}


def test_missing_page_is_a_warning_and_the_link_is_kept(caplog: pytest.LogCaptureFixture) -> None:
    body = '<p><a href="../actors/nobody.md">Nobody</a></p>\n'
    with caplog.at_level(logging.WARNING, logger="mkdocs"):
        _, html = _run("briefings/talks.md", body, True)
    assert 'href="../actors/nobody.md"' in html
    (record,) = caplog.records
    assert record.name.startswith("mkdocs.") and record.levelno == logging.WARNING
    assert "briefings/talks.md" in record.getMessage() and "actors/nobody.md" in record.getMessage()


@pytest.mark.parametrize(
    "meta",
    [{}, {"title": "About"}, {"generated_by": "briefgen", "title": "Tags"}],  # hand-written; tags page (Markdown)
)
def test_other_pages_go_through_python_markdown(meta: dict[str, str]) -> None:
    page, html = _run("about.md", "# About\n\n[Home](index.md)\n", True, meta)
    assert html == "<p>converted by Python-Markdown</p>"
    assert page.toc == []  # left to MkDocs


@pytest.mark.parametrize(("html_body", "expected"), [(True, True), (False, False)])
def test_generated_front_matter_marks_html_pages(html_body: bool, expected: bool) -> None:
    _, meta = mkdocs_meta.get_data(str(page_front_matter({"title": "x"}, html_body)) + BODY)
    page = Page(None, File("x.md", "/d", "/s", True), {})
    page.meta = meta
    assert page_hook.is_html_page(page) is expected  # html_body=False: the tags page, Markdown


# ---------------------------------------------------------------- a real MkDocs build


def _mkdocs_build(root: Path, *args: str, offline: bool = False) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "NO_MKDOCS_2_WARNING": "1", "BRIEFGEN_OFFLINE": "true" if offline else "false"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(root / "mkdocs.yml"), "-d", str(root / "site"), *args],
        capture_output=True, text=True, env=env, check=False, timeout=120,
    )


def _project(tmp_path: Path, link: str) -> Path:
    root = make_project(tmp_path / "project", seeds=[])
    pages = {
        "index.md": "# Home\n\n[About](about.md) and [talks](briefings/talks.md)\n",
        "briefings/talks.md": front_matter(GENERATED) + BODY.replace("../actors/donald-trump.md", link),
        "actors/donald-trump.md": front_matter({**GENERATED, "title": "Donald Trump"}) + '<p><a href="../briefings/talks.md#summary">Talks</a></p>\n',
        "archive/2025-02.md": "# February\n",
        **{rel: f"# {rel}\n" for rel in ("archive/index.md", "actors/index.md", "tags.md")},  # in mkdocs.yml's nav
    }
    for rel, text in pages.items():
        (root / "site_src" / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / "site_src" / rel).write_text(text, encoding="utf-8")
    return root


def test_strict_build_fails_on_a_link_to_a_missing_page(tmp_path: Path) -> None:
    result = _mkdocs_build(_project(tmp_path, "../actors/nobody.md"), "--strict")
    assert result.returncode != 0
    assert "briefings/talks.md" in result.stderr and "actors/nobody.md" in result.stderr


def test_strict_build_of_good_links_in_both_url_modes(tmp_path: Path) -> None:
    root = _project(tmp_path, "../actors/donald-trump.md")
    result = _mkdocs_build(root, "--strict")
    assert result.returncode == 0, result.stderr
    html = (root / "site" / "briefings" / "talks" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../actors/donald-trump/"' in html
    assert '<a href="#summary" class="md-nav__link">' in html  # the page's table of contents
    assert 'href="../../briefings/talks/#summary"' in (root / "site" / "actors" / "donald-trump" / "index.html").read_text(encoding="utf-8")
    result = _mkdocs_build(root, "--strict", offline=True)
    assert result.returncode == 0, result.stderr
    assert 'href="../actors/donald-trump.html"' in (root / "site" / "briefings" / "talks.html").read_text(encoding="utf-8")
