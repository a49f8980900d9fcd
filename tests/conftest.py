"""Shared pytest options and fixtures: --update-golden, a small project tree, headless Chromium."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
# Flags that keep Chromium from calling home: no update checks, no sync, no QUIC probes.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/ from the current output")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def make_project(root: Path, seeds: list[Path] | None = None) -> Path:
    """A project folder like the repository's: mkdocs.yml, hand-written site_src/ pages, seeds/."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    (root / "briefgen").mkdir(exist_ok=True)  # mkdocs.yml names the serve hook by path
    shutil.copy(ROOT / "briefgen" / "serve_hook.py", root / "briefgen" / "serve_hook.py")
    shutil.copy(ROOT / "briefgen" / "search_hook.py", root / "briefgen" / "search_hook.py")
    shutil.copy(ROOT / "briefgen" / "page_hook.py", root / "briefgen" / "page_hook.py")
    (root / "site_src").mkdir(exist_ok=True)
    shutil.copy(ROOT / "site_src" / "about.md", root / "site_src" / "about.md")
    shutil.copytree(ROOT / "site_src" / "assets", root / "site_src" / "assets", dirs_exist_ok=True)
    (root / "seeds").mkdir(exist_ok=True)
    for path in seeds if seeds is not None else sorted((ROOT / "seeds").iterdir()):
        shutil.copy(path, root / "seeds" / path.name)
    return root


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """An empty project (no seeds) in a temporary folder."""
    return make_project(tmp_path / "project", seeds=[])


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless Debian Chromium driven by Playwright, with a fresh profile; skips if either is missing."""
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed (make browser)")
    sync_api = pytest.importorskip("playwright.sync_api")
    profile = tempfile.mkdtemp(prefix="briefgen-chromium-")
    with sync_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield context
        finally:
            context.close()
            shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A new tab; `page.outside_requests` lists every request that is not file://."""
    tab = browser.new_page()
    tab.outside_requests = []
    tab.on("request", lambda r: None if r.url.startswith("file://") else tab.outside_requests.append(r.url))
    try:
        yield tab
    finally:
        tab.close()
