"""Cleaning speed: pages per second on one core, briefgen beside trafilatura on the same pages.

Usage: .venv/bin/python benchmarks/bench_cleaning.py [--data ../shared/data] [--passes 2] [--write]
Tasks: pasted-page text (read as text + clean), saved HTML (read + clean), and clean() alone on the
Wikinews corpus (its cost inside analyze()). Rates use CPU time of this one process, so they do not
depend on other jobs sharing the machine; wall-clock rates are shown too. --write replaces the
"## Cleaning" section of benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import html
import platform
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import trafilatura  # noqa: E402

from briefgen.cleaning import clean  # noqa: E402
from briefgen.evaluate.boilerplate import html_body, load_rows, pasted_page, text_body  # noqa: E402
from briefgen.model import Source  # noqa: E402
from briefgen.readers import read  # noqa: E402

README = ROOT / "benchmarks" / "README.md"
HEADING = "## Cleaning"


def _rate(items: list[Any], run: Callable[[Any], object], passes: int) -> tuple[float, float]:
    """(pages per CPU second, pages per wall second) over `passes` passes."""
    cpu0, wall0 = time.process_time(), time.perf_counter()
    for _ in range(passes):
        for item in items:
            run(item)
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    n = len(items) * passes
    return n / cpu, n / wall


def _as_paragraph_html(row: dict[str, Any]) -> str:
    body = "".join(f"<p>{html.escape(p['text'])}</p>" for p in row["paragraphs"])
    return f"<html><body>{body}</body></html>"


def measure(data: Path, passes: int) -> dict[str, tuple[float, float]]:
    text_rows = load_rows(data, "text")
    html_rows = load_rows(data, "html")
    pages = [pasted_page(r) for r in text_rows]
    para_html = [_as_paragraph_html(r) for r in text_rows]
    articles = [read(Source(p.name, "markdown", p.read_bytes()))
                for p in sorted((data / "corpus" / "articles").glob("*.md"))]
    text_body(pages[0])  # warm-up: compiles the rule patterns once
    return {
        "text: briefgen read + clean": _rate(pages, text_body, passes),
        "text: trafilatura.extract (paragraphs as <p>)": _rate(
            para_html, lambda h: trafilatura.extract(h, include_comments=False), passes),
        "html: briefgen read (trafilatura fast) + clean": _rate(
            [r["html"] for r in html_rows], html_body, passes),
        "html: trafilatura.extract (default)": _rate(
            [r["html"] for r in html_rows], lambda h: trafilatura.extract(h, include_comments=False), passes),
        "analyze(): clean() alone, Wikinews articles": _rate(articles, clean, passes * 5),
    }


def section(results: dict[str, tuple[float, float]], data: Path, passes: int) -> str:
    lines = [
        HEADING, "",
        f"`benchmarks/bench_cleaning.py`: {passes} passes over the DEV pages of ../shared/data/boilerplate "
        f"(82 pasted pages, 82 HTML pages) and the 43 Wikinews articles; one process, one core; "
        f"Python {platform.python_version()}. Rates from CPU time (the machine was shared, so wall-clock "
        "rates are lower and vary).", "",
        "| task | pages/s (CPU) | ms per page | pages/s (wall) |",
        "|---|---:|---:|---:|",
    ]
    for name, (cpu, wall) in results.items():
        lines.append(f"| {name} | {cpu:.0f} | {1000 / cpu:.1f} | {wall:.0f} |")
    lines += ["", "Targets: HTML at least as fast as trafilatura on the same pages; ≥ 200 pages/s on text.", ""]
    return "\n".join(lines)


def write_section(text: str) -> None:
    """Replace (or append) the '## Cleaning' section of benchmarks/README.md, leaving the rest alone."""
    old = README.read_text(encoding="utf-8") if README.exists() else "# Benchmarks\n"
    pattern = re.compile(rf"^{re.escape(HEADING)}\n.*?(?=^## |\Z)", re.MULTILINE | re.DOTALL)
    new = pattern.sub(lambda _: text + "\n", old) if pattern.search(old) else old.rstrip("\n") + "\n\n" + text
    README.write_text(new, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--write", action="store_true", help="write the results to benchmarks/README.md")
    args = parser.parse_args()
    data = Path(args.data)
    results = measure(data, args.passes)
    text = section(results, data, args.passes)
    print(text)
    if args.write:
        write_section(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
