"""Cleaning speed: pages per second on one core, briefgen beside trafilatura on the same pages.

Usage: .venv/bin/python benchmarks/bench_cleaning.py [--data ../shared/data] [--passes 3] [--cpu 0] [--write]
Tasks: pasted-page text (read as text + clean), saved HTML (read + clean), and clean() alone on the
Wikinews corpus (its cost inside analyze()). Rates use CPU time of this one process, so they do not
depend on other jobs sharing the machine; wall-clock rates are shown too. --write replaces the
"## Cleaning" section of benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import html
import os
import platform
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
from readme_section import pin_to_cpu, report  # noqa: E402

# (P, R, F1) printed by `python -m briefgen.cleaning.train` for the weights in cleaning/page.py.
CV_F1 = (0.936, 0.944, 0.940)
SITE_RULES_CV_F1 = (0.924, 0.946, 0.935)  # train --by-site --rules-cv
SITE_RULES_CV_HTML_F1 = (0.968, 0.982, 0.975)  # train --task html --by-site --rules-cv, rules alone
HEADING = "## Cleaning"


def _rates(tasks: dict[str, tuple[list[Any], Callable[[Any], object], int]],
           passes: int) -> dict[str, tuple[float, float]]:
    """Task name → (pages per CPU second, pages per wall second) of its fastest pass.

    The fastest pass, as `timeit` advises: slower passes measure the other jobs on this shared
    machine (even CPU time grows when both cores are busy), not the code. Passes take turns across
    the tasks (briefgen, trafilatura, briefgen, ...) so that a slow spell of the machine falls on
    both extractors rather than on whichever happened to run during it. A task's third value
    multiplies its passes (short tasks).
    """
    best = {name: [float("inf"), float("inf")] for name in tasks}
    for round_ in range(passes * max(times for _, _, times in tasks.values())):
        for name, (items, run, times) in tasks.items():
            if round_ >= passes * times:
                continue
            cpu0, wall0 = time.process_time(), time.perf_counter()
            for item in items:
                run(item)
            best[name][0] = min(best[name][0], time.process_time() - cpu0)
            best[name][1] = min(best[name][1], time.perf_counter() - wall0)
    return {name: (len(tasks[name][0]) / cpu, len(tasks[name][0]) / wall) for name, (cpu, wall) in best.items()}


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
    html_pages = [r["html"] for r in html_rows]
    return _rates({
        "text: briefgen read + clean": (pages, text_body, 1),
        "text: trafilatura.extract (paragraphs as <p>)": (
            para_html, lambda h: trafilatura.extract(h, include_comments=False), 1),
        "html: briefgen read (trafilatura fast) + clean": (html_pages, html_body, 1),
        "html: trafilatura.extract (default)": (
            html_pages, lambda h: trafilatura.extract(h, include_comments=False), 1),
        "analyze(): clean() alone, Wikinews articles": (articles, clean, 5),
    }, passes)


def quality(data: Path) -> list[str]:
    """P/R/F1 rows (briefgen and trafilatura) for the two benchmark tasks, and the promo figures."""
    from briefgen.evaluate.boilerplate import evaluate_task
    from briefgen.evaluate.promos import evaluate as evaluate_promos

    def traf_text(row: dict[str, Any]) -> str:
        return trafilatura.extract(_as_paragraph_html(row), include_comments=False) or ""

    rows = [
        ("text: briefgen", evaluate_task(data, "text", None), "≥ 0.92"),
        ("text: trafilatura (paragraphs as <p>)", evaluate_task(data, "text", None, traf_text), ""),
        ("html: briefgen", evaluate_task(data, "html", None), "≥ 0.965"),
        ("html: trafilatura 2.3.1 alone", evaluate_task(
            data, "html", None, lambda r: trafilatura.extract(r["html"], include_comments=False) or ""), ""),
    ]
    lines = ["| task (DEV) | P | R | F1 | target |", "|---|---:|---:|---:|---|"]
    lines += [f"| {name} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {target} |"
              for name, s, target in rows]
    promos = evaluate_promos(data, None)
    lines += ["", f"In-body promos ({promos['articles']} Wikinews articles, {promos['promo_lines']} inserted promo "
              f"lines): {promos['promo_dropped']:.1%} of promo lines dropped (target ≥ 95 %), "
              f"{promos['news_kept']:.1%} of {promos['news_paragraphs']} news paragraphs kept (target ≥ 99 %)."]
    return lines


def section(results: dict[str, tuple[float, float]], data: Path, passes: int,
            load: tuple[float, float] = (0.0, 0.0)) -> str:
    lines = [
        HEADING, "",
        f"`benchmarks/bench_cleaning.py`: {passes} passes over the DEV pages of ../shared/data/boilerplate "
        f"(82 pasted pages, 82 HTML pages) and the 43 Wikinews articles; one process, one core; "
        f"Python {platform.python_version()}; {os.cpu_count()} cores, load average {load[0]:.2f} at the start "
        f"and {load[1]:.2f} at the end of the timing. Rates from the CPU time of the fastest pass, for "
        "briefgen and trafilatura alike, their passes taking turns so that both meet the same spells of a busy "
        "machine (on a shared machine wall-clock rates are lower and vary).", "",
        "| task | pages/s (CPU) | ms per page | pages/s (wall) |",
        "|---|---:|---:|---:|",
    ]
    for name, (cpu, wall) in results.items():
        lines.append(f"| {name} | {cpu:.0f} | {1000 / cpu:.1f} | {wall:.0f} |")
    lines += ["", "Targets: HTML at least as fast as trafilatura on the same pages; ≥ 200 pages/s on text.",
              "Rates vary from run to run on this shared machine, even in CPU time: within one hour, pinned "
              "with taskset, briefgen's text rate ranged from 145 to 268 pages/s on either core (one run 155 "
              "beside trafilatura's 157, the next 253 beside 150). The benchmark runs on one core (--cpu, "
              "default 0), both extractors on the same one; the instruction counts below do not vary. Where the time goes: phrase rules run only the few regex pieces "
              "whose required literal words a paragraph contains (`cleaning/gate.py`: dictionary look-ups "
              "of its words, and of its first word for patterns anchored with ^, instead of ~120 regex "
              "scans per paragraph; a gate prefers a rare word to a function word such as 'on' or 'may', and "
              "keeps the ^-anchored alternatives of a pattern as first-word tests; the words a page brings that the gates have not "
              "seen before are looked up once for the whole page, `RuleSet.learn`); each paragraph is tokenised once, and its ASCII twin "
              "made once, for the rules' gates and the page scorer. The scorer computes its features as columns (one tuple per paragraph, no dict), "
              "topic similarity from two integer sums per paragraph, and skips its slow patterns (dates, "
              "addresses, CJK, letter counts) when a cheap test (a digit, '@', ASCII text, few capitals) "
              "rules them out. The text reader tests whole blocks and raw bytes in C (`isprintable`, "
              "`bytes.translate`) instead of splitting every block and scanning for control characters. "
              "The page's topic words, each paragraph's content words and their squared counts are computed "
              "once (a TopicIndex) and reused by both topic passes; ASCII paragraphs are tokenised and counted "
              "as bytes (one translate table), and so are those whose only non-ASCII characters are curly "
              "quotes, dashes or no-break spaces, through an ASCII twin (`words.ascii_twin`), which also "
              "gates the date, sentence and separator features. On HTML most of the time is lxml parsing and trafilatura's body "
              "extraction (fast mode, no metadata pass); the page text with its link offsets, for link density, "
              "comes from one libxslt pass.", ""]
    lines += ["Quality on the same DEV pages (the benchmark's metric; `briefgen eval boilerplate`):", ""]
    lines += quality(data)
    lines += ["", "The page scorer's weights were fitted on these DEV pages; `python -m briefgen.cleaning.train` "
              f"reports 5-fold cross-validation split by page: F1 {CV_F1[2]:.3f} (P {CV_F1[0]:.3f}, R {CV_F1[1]:.3f}) "
              "on pages it was not fitted on, the better estimate for unseen pages. (train.py scores the scorer "
              "alone on every page; the figures above run the whole reader + clean().) The phrase rules it runs "
              "first were written with every DEV page in view; `--by-site --rules-cv` also keeps each site's pages "
              "in one fold and, in each fold, switches off the phrase rules of which the training folds hold no "
              "removed paragraph (4 to 8 of 45 rules a fold), as if they had been written without the test sites "
              f"in view: F1 {SITE_RULES_CV_F1[2]:.3f} (P {SITE_RULES_CV_F1[0]:.3f}, R {SITE_RULES_CV_F1[1]:.3f}), "
              "the closest estimate here for sites never seen (it cannot undo the tuning of a rule's wording to "
              "pages it also matches elsewhere). On saved HTML pages, where clean() runs the rules alone after "
              f"trafilatura, the same by-site cross-validation of the rules gives F1 {SITE_RULES_CV_HTML_F1[2]:.3f} "
              f"(P {SITE_RULES_CV_HTML_F1[0]:.3f}, R {SITE_RULES_CV_HTML_F1[1]:.3f}; "
              "`train --task html --by-site --rules-cv`).", ""]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--cpu", type=int, default=0,
                        help="the core to run on (briefgen and trafilatura timed on the same one)")
    parser.add_argument("--write", action="store_true", help="write the results to benchmarks/README.md")
    args = parser.parse_args()
    data = Path(args.data)
    load_before = pin_to_cpu(args.cpu)
    results = measure(data, args.passes)
    return report(HEADING, section(results, data, args.passes, (load_before, os.getloadavg()[0])), args.write)


if __name__ == "__main__":
    raise SystemExit(main())
