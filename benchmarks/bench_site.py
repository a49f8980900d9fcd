"""Site scale benchmark: generate N briefings from the Wikinews corpus, build with MkDocs, search offline.

Usage: .venv/bin/python benchmarks/bench_site.py [--sizes 100 1000 5000] [--data ../shared/data] [--no-browser]

The 43 corpus articles are analysed once (timed separately: spaCy makes that the slow part).
For N briefings, N source files are written (each a corpus article with a varied title and
date), and the analysis cache is filled with the analysed base article under the varied title
and date, so `generate` runs its real path (discover, hash, cache, render, write) without
re-running spaCy N times. Then: a real incremental run that adds one new article, the MkDocs
build (online and offline), site and search-index size, and the time from opening index.html
from disk to the first search result in headless Chromium.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from briefgen.build import analyse, generate, mkdocs_command, mkdocs_env, _rules  # noqa: E402
from briefgen.config import BriefConfig  # noqa: E402
from briefgen.manifest import analyzer_digest, cache_put, source_key  # noqa: E402
from briefgen.sources import load  # noqa: E402
from conftest import CHROMIUM, CHROMIUM_ARGS, make_project  # noqa: E402

QUERY = "Korea"  # in the titles of corpus articles (search indexes titles; see benchmarks/README.md)


def analyse_corpus(articles: Path) -> tuple[list[tuple[Path, dict[str, Any]]], float]:
    """Analyse every corpus article once; returns (path, page data) pairs and seconds per article."""
    paths = sorted(articles.glob("*.md"))
    start = time.perf_counter()
    base = [(p, analyse(load(p, articles), None)[0]) for p in paths]
    return base, (time.perf_counter() - start) / len(paths)


def variant(index: int, path: Path, data: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
    """The index-th variant of a base article: (file name, source text, page data)."""
    day = dt.date(2000, 1, 1) + dt.timedelta(days=(index * 37) % 9000)
    title = f"{data['title']} (report {index})"
    text = path.read_text(encoding="utf-8").replace(f"date: {data['date']}", f"date: {day}", 1)
    text = text.replace("---\n", f"---\ntitle: {json.dumps(title)}\n", 1)
    return f"{index:05d}-{path.stem}.md", text, {**data, "title": title, "date": day.isoformat(), "name": f"{index:05d}-{path.stem}.md"}


def setup(root: Path, n: int, base: list[tuple[Path, dict[str, Any]]]) -> BriefConfig:
    config = BriefConfig(root=make_project(root, seeds=[]))
    analyzer = analyzer_digest([config.disabled_rules, config.extra_rules])
    for i in range(n):
        path, data = base[i % len(base)]
        name, text, varied = variant(i, path, data)
        target = config.seeds / name
        target.write_text(text, encoding="utf-8")
        source = load(target, config.seeds)
        cache_put(config.site_src, source_key(analyzer, name, source.data, source.mtime), {**varied, "problems": []})
    return config


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def mkdocs_build(config: BriefConfig, offline: bool, site: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one `mkdocs build`; CPU time is steadier on a shared machine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(mkdocs_command(config, "build", "-d", str(site), "--quiet"), env=mkdocs_env(offline), check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


# Types the query as soon as the page has loaded and resolves with performance.now() (ms since
# the navigation started) when the first result is shown. Typing through Playwright would add
# ~50 ms per key of its own, so the query is set in the page.
_QUERY_JS = """query => new Promise(resolve => {
    const input = document.querySelector("input.md-search__input");
    const list = document.querySelector(".md-search-result__list");
    new MutationObserver(() => { if (list.children.length) resolve(performance.now()) })
        .observe(list, {childList: true});
    input.focus();
    input.value = query;
    input.dispatchEvent(new Event("input", {bubbles: true}));
    input.dispatchEvent(new KeyboardEvent("keyup", {bubbles: true, key: "n"}));
    setTimeout(() => resolve(-1), 120000);
})"""


def first_search_result(site: Path, page_name: str = "index.html", query: str = QUERY) -> float:
    """Seconds from starting to open a page from disk (file://) to the first search result, in headless Chromium."""
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="bench-chromium-")
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch_persistent_context(profile, executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            page = browser.new_page()
            page.goto((site / "about.html").as_uri())  # warm the browser's cache of the theme's assets
            page.goto((site / page_name).as_uri(), wait_until="domcontentloaded")
            elapsed_ms = page.evaluate(_QUERY_JS, query)
            browser.close()
            return float(elapsed_ms) / 1000 if elapsed_ms >= 0 else float("nan")
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def run(n: int, base: list[tuple[Path, dict[str, Any]]], work: Path, browser: bool) -> dict[str, Any]:
    root = work / f"n{n}"
    shutil.rmtree(root, ignore_errors=True)
    config = setup(root, n, base)
    row: dict[str, Any] = {"N": n}

    start = time.perf_counter()
    report = generate(config)
    row["generate_s"] = round(time.perf_counter() - start, 2)
    row["pages"] = len(report.written)

    shutil.copy(ROOT / "seeds" / "iran-talks-white-house.txt", config.seeds / "zzzz-new-article.txt")
    start = time.perf_counter()
    report = generate(config)
    row["add_one_s"] = round(time.perf_counter() - start, 2)
    row["add_one_pages_written"] = len(report.written)

    wall, cpu = mkdocs_build(config, False, root / "site")
    row["mkdocs_s"], row["mkdocs_cpu_s"] = round(wall, 1), round(cpu, 1)
    row["mkdocs_ms_per_briefing"] = round(1000 * wall / (n + 1), 1)
    row["mkdocs_cpu_ms_per_briefing"] = round(1000 * cpu / (n + 1), 1)
    row["site_pages"] = sum(1 for _ in (root / "site").rglob("*.html"))
    row["site_MB"] = round(folder_size(root / "site") / 1e6, 1)
    row["search_index_MB"] = round((root / "site" / "search" / "search_index.json").stat().st_size / 1e6, 2)
    row["offline_mkdocs_s"] = round(mkdocs_build(config, True, root / "site-offline")[0], 1)
    row["offline_site_MB"] = round(folder_size(root / "site-offline") / 1e6, 1)
    if browser:
        runs = sorted(round(first_search_result(root / "site-offline"), 2) for _ in range(5))
        row["first_search_result_s"], row["first_search_runs_s"] = runs[2], runs  # median of 5 fresh browsers
    shutil.rmtree(root, ignore_errors=True)
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--work", default=str(ROOT / "benchmarks" / "out"))
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    os.environ["CI"] = "true"  # no progress line in the benchmark output
    _rules(BriefConfig())  # import the cleaning rules before timing
    base, per_article = analyse_corpus(Path(args.data) / "corpus" / "articles")
    print(json.dumps({"corpus_articles": len(base), "analysis_s_per_article": round(per_article, 3)}), flush=True)
    for n in args.sizes:
        print(json.dumps(run(n, base, Path(args.work), not args.no_browser)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
