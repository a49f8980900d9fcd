"""Benchmark: whole analyze() on the Wikinews corpus, articles/s on 2 cores, beside a trafilatura + spaCy baseline.

usage: .venv/bin/python benchmarks/bench_analyze.py [--data ../shared/data] [--passes 3] [--workers 2] [--write]

Both contenders run in the same way: a pool of `--workers` processes, each loading its models once
(warm-up not timed), then every article `--passes` times. The baseline is what a plain stack would
do with the same input: Markdown → HTML (markdown-it), trafilatura.extract, then spaCy's full
en_core_web_sm pipeline (tagger, parser, lemmatizer, NER). `--write` replaces the "## Analyze speed"
section of benchmarks/README.md with the table printed.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from collections.abc import Callable
from multiprocessing import get_context
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from readme_section import report  # noqa: E402

HEADING = "## Analyze speed"

_WORK: Callable[[tuple[str, bytes]], int] | None = None


def _briefgen_init() -> None:
    global _WORK
    from briefgen import analyze

    def work(item: tuple[str, bytes]) -> int:
        briefing = analyze(item[1], name=item[0])
        return len(briefing.actors) + len(briefing.quotes)

    work(("warmup.md", b"# Warm up\n\nPresident Donald Trump met Israeli officials in Washington.\n"))
    _WORK = work


def _baseline_init() -> None:
    global _WORK
    import spacy
    import trafilatura
    from markdown_it import MarkdownIt

    from briefgen.extract.nlp import MODEL_PACKAGES

    nlp = None
    for package in MODEL_PACKAGES:
        try:
            nlp = spacy.load(package)  # the full pipeline, as a plain stack would load it
            break
        except OSError:
            continue
    assert nlp is not None, "en_core_web_sm not installed"
    md = MarkdownIt()

    def work(item: tuple[str, bytes]) -> int:
        body = item[1].decode("utf-8").split("\n---\n", 1)[-1]
        html = f"<html><body><article>{md.render(body)}</article></body></html>"
        text = trafilatura.extract(html) or ""
        return len(nlp(text).ents)

    work(("warmup.md", b"Warm up text for the pipeline with Donald Trump in Washington."))
    _WORK = work


def _run(item: tuple[str, bytes]) -> float:
    """Analyse one article; return the CPU seconds it took in this worker."""
    assert _WORK is not None
    began = time.process_time()
    _WORK(item)
    return time.process_time() - began


def _ready(_: int) -> int:
    return os.getpid()


def _start(init: Callable[[], None], barrier: Any) -> None:
    """Load and warm up, then wait for the other workers: no article is timed while one still loads."""
    init()
    barrier.wait()


def measure(init: Callable[[], None], items: list[tuple[str, bytes]], workers: int, passes: int) -> dict[str, Any]:
    """Articles per second once every worker has loaded its models."""
    context = get_context("spawn")
    with context.Pool(workers, initializer=_start, initargs=(init, context.Barrier(workers))) as pool:
        pool.map(_ready, range(workers * 4))  # returns once every worker is up and warmed (the barrier)
        began = time.perf_counter()
        # one article per task: a worker that finishes early takes the next one (chunks of 4 left one
        # worker idle for up to 4 articles at the end); both contenders are run this same way
        cpu = pool.map(_run, items * passes, chunksize=1)
        elapsed = time.perf_counter() - began
    n = len(items) * passes
    # CPU seconds per article depend far less than wall time on what else the machine runs: workers / cpu is the
    # rate the same workers reach on otherwise idle cores.
    per_article = sum(cpu) / n
    return {"articles": n, "seconds": elapsed, "per_second": n / elapsed, "cpu": per_article,
            "capacity": workers / per_article}


def table(results: dict[str, dict[str, Any]], words: int, n_files: int, workers: int, passes: int,
          load: tuple[float, float] = (0.0, 0.0)) -> str:
    ours, base = results["briefgen analyze()"], results["baseline: trafilatura + spaCy full pipeline"]
    lines = [
        HEADING,
        "",
        f"`benchmarks/bench_analyze.py`: {n_files} Wikinews articles ({words:,} words) from ../shared/data/corpus, "
        f"{passes} passes, {workers} worker processes (models loaded once per worker, not timed); "
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs visible. The machine was shared with other jobs "
        f"while this ran (1-minute load average {load[0]:.1f} before, {load[1]:.1f} after, on 2 cores), so the wall-clock "
        "rate is a lower bound; CPU time per article depends much less on the load (it still rises somewhat when the cores are shared).",
        "",
        "| pipeline | articles | wall seconds | articles/s (wall) | CPU ms per article | articles/s on 2 idle cores |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, r in results.items():
        lines.append(f"| {name} | {r['articles']} | {r['seconds']:.1f} | {r['per_second']:.1f} | {r['cpu'] * 1000:.0f} "
                     f"| {r['capacity']:.1f} |")
    lines += [
        "",
        f"Target: ≥ 20 articles/s on 2 cores and faster than the baseline — measured {ours['per_second']:.1f} articles/s "
        f"wall-clock on the shared machine, {ours['capacity']:.1f} articles/s from CPU time per article "
        f"(the rate of {workers} workers on idle cores), {base['cpu'] / ours['cpu']:.1f}× less CPU than the baseline. "
        "briefgen runs spaCy's NER component (which has its own tok2vec in en_core_web_sm) on the article and the "
        "tagger only on the few open questions about to be shown, and finds quotes with rules, so it skips the "
        "parser and lemmatizer the baseline runs and tags no article; NER reads only sentences that can hold a name, "
        "and of those the long lower-case stretches are blanked but for 3 words of context each side (a fifth fewer "
        "tokens). Its matrix "
        "products go through numpy's OpenBLAS on one thread: blis, thinc's default, falls back to its generic kernels "
        "on CPUs it does not recognise (this AMD EPYC, family 0x19) and ran them 3x slower; the baseline keeps spaCy's default.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--write", action="store_true", help="update benchmarks/README.md")
    args = parser.parse_args(argv)
    folder = Path(args.data) / "corpus" / "articles"
    files = sorted(folder.glob("*.md"))
    if not files:
        print(f"{folder}: no articles found", file=sys.stderr)
        return 2
    items = [(f.name, f.read_bytes()) for f in files]
    load_before = os.getloadavg()[0]
    words = sum(len(data.split()) for _n, data in items)
    results = {
        "briefgen analyze()": measure(_briefgen_init, items, args.workers, args.passes),
        "baseline: trafilatura + spaCy full pipeline": measure(_baseline_init, items, args.workers, args.passes),
    }
    return report(HEADING, table(results, words, len(files), args.workers, args.passes, (load_before, os.getloadavg()[0])),
                  args.write)


if __name__ == "__main__":
    sys.exit(main())
