"""Cleaning cost in CPU instructions per page, briefgen beside trafilatura, counted by valgrind.

Usage: .venv/bin/python benchmarks/bench_instructions.py [--data ../shared/data] [--pages 82] [--write]

Why: on a shared machine pages per second swing by 2x from run to run, for trafilatura as much as
for briefgen (benchmarks/README.md, "Cleaning"). An instruction count does not: valgrind's
callgrind tool counts every instruction the process runs, so two runs on the same pages give the
same figure (to within 0.01 %; measured: 97.007M and 97.009M for five pages), and briefgen and
trafilatura can be compared closely. (It ignores cache misses and
memory stalls, so it complements, not replaces, the timed rates of bench_cleaning.py.)

Each task runs three times under callgrind in a fresh process: setup only (imports, loading the
pages, one warm-up call of each extractor), then setup + briefgen on every page, then setup +
trafilatura on every page; the cost per page is the difference from setup over the page count.
Needs the Debian package valgrind (not installed by `make`: this is a benchmark, not a test).
--write replaces the "## Cleaning: instructions" section of benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from readme_section import report  # noqa: E402

HEADING = "## Cleaning: instructions"
TASKS = ("text", "html")
RUNS = ("setup", "briefgen", "trafilatura")
_TOTAL = re.compile(r"^summary:\s*(\d+)", re.MULTILINE)


def workload(data: Path, task: str, pages: int) -> tuple[list[str], Callable[[str], object], Callable[[str], object]]:
    """(inputs, briefgen on one input, trafilatura on one input), as bench_cleaning.py times them."""
    import trafilatura
    from bench_cleaning import _as_paragraph_html

    from briefgen.evaluate.boilerplate import html_body, load_rows, pasted_page, text_body

    rows = load_rows(data, task)[:pages]
    if task == "text":
        by_html = {pasted_page(r): _as_paragraph_html(r) for r in rows}  # trafilatura reads the paragraphs as <p>
        return list(by_html), text_body, lambda page: trafilatura.extract(by_html[page], include_comments=False)
    return [r["html"] for r in rows], html_body, lambda page: trafilatura.extract(page, include_comments=False)


def run_worker(data: Path, task: str, run: str, pages: int) -> None:
    """The process callgrind counts: the setup, then one extractor over every page."""
    inputs, briefgen, trafilatura = workload(data, task, pages)
    briefgen(inputs[0])  # warm-up: rule patterns compiled, lazy imports done, in every run alike
    trafilatura(inputs[0])
    extractor = {"briefgen": briefgen, "trafilatura": trafilatura}.get(run)
    if extractor is not None:
        for page in inputs:
            extractor(page)


def count(data: Path, task: str, run: str, pages: int) -> int:
    """Instructions callgrind counted for one worker process."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, __file__,
             "--data", str(data), "--pages", str(pages), "--worker", task, run],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env={**os.environ, "PYTHONHASHSEED": "0"})  # set order, hence the count, the same every run
        match = _TOTAL.search(out.read_text(encoding="utf-8", errors="replace"))
    if match is None:
        raise SystemExit(f"callgrind wrote no summary line for {task}/{run}")
    return int(match.group(1))


def section(per_page: dict[str, dict[str, float]], pages: dict[str, int]) -> str:
    lines = [
        HEADING, "",
        "`benchmarks/bench_instructions.py`: CPU instructions per page counted by valgrind's callgrind, on the "
        "DEV pages of ../shared/data/boilerplate, briefgen and trafilatura on the same pages as in the timed "
        "table above. The same figures come out on every run (to within 0.01 %), so they show what a change to the code does "
        "(and how briefgen compares to trafilatura) without the machine's 2x swings in speed.", "",
        "| task | pages | briefgen (M instructions / page) | trafilatura (M / page) | trafilatura ÷ briefgen |",
        "|---|---:|---:|---:|---:|",
    ]
    for task, costs in per_page.items():
        lines.append(f"| {task} | {pages[task]} | {costs['briefgen'] / 1e6:.1f} | {costs['trafilatura'] / 1e6:.1f} "
                     f"| {costs['trafilatura'] / costs['briefgen']:.2f}× |")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--pages", type=int, default=82, help="pages per task (the DEV half has 82)")
    parser.add_argument("--tasks", nargs="+", choices=TASKS, default=list(TASKS))
    parser.add_argument("--jobs", type=int, default=2, help="callgrind processes at once (counts do not depend on it)")
    parser.add_argument("--write", action="store_true", help="write the results to benchmarks/README.md")
    parser.add_argument("--worker", nargs=2, metavar=("TASK", "RUN"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    data = Path(args.data)
    if args.worker:
        run_worker(data, args.worker[0], args.worker[1], args.pages)
        return 0
    if shutil.which("valgrind") is None:
        print("bench_instructions.py needs valgrind (Debian: apt-get install valgrind)", file=sys.stderr)
        return 1
    from briefgen.evaluate.boilerplate import load_rows

    jobs = [(task, run) for task in args.tasks for run in RUNS]
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        totals = dict(zip(jobs, pool.map(lambda job: count(data, *job, args.pages), jobs)))
    print(totals, file=sys.stderr)
    pages = {task: len(load_rows(data, task)[:args.pages]) for task in args.tasks}
    per_page = {task: {run: (totals[task, run] - totals[task, "setup"]) / pages[task] for run in RUNS[1:]}
                for task in args.tasks}
    return report(HEADING, section(per_page, pages), args.write)


if __name__ == "__main__":
    raise SystemExit(main())
