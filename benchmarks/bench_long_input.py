"""Long and pathological article text: seconds per size as one paragraph grows, and the growth per doubling.

Usage: .venv/bin/python benchmarks/bench_long_input.py [--data ../shared/data] [--sizes 2000 4000 8000 16000 32000]
       [--passes 3] [--max-seconds 5] [--cpu 0] [--only NAME ...] [--write]

Article text is untrusted (pasted text, saved pages): one giant paragraph, thousands of quotation marks, runs of
capitals or commas must not make a build hang. Each input is one paragraph built by repeating the text of the
Wikinews articles in ../shared/data/corpus (or a pattern), after a headline and one plain sentence, and timed through
the whole analyze() (read, clean, extract; spaCy loaded before timing) and through read + clean() alone. Times are CPU
seconds of this one process, the best of --passes. Linear work doubles when the size doubles (x2.0 growth); quadratic
work grows x4. An input that takes over --max-seconds at one size is not run at the larger ones. (The readers split a
paragraph over 10,000 characters at its sentence ends, so above that the stages see several paragraphs.)
--write replaces the "## Long input" section of benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefgen import analyze  # noqa: E402
from briefgen.cleaning import clean  # noqa: E402
from briefgen.model import Source  # noqa: E402
from briefgen.readers import read  # noqa: E402
from readme_section import pin_to_cpu, report  # noqa: E402

HEADING = "## Long input"
LEAD = "Headline of the test\n\nThe minister said on Monday that the plan would go ahead. "
MONTHS = "January February March April May June July August September October November December".split()


def corpus_text(data: Path) -> str:
    """The corpus articles' bodies (front matter dropped) as one line of text."""
    bodies = []
    for path in sorted((data / "corpus" / "articles").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        bodies.append(text.split("\n---\n", 1)[1] if text.startswith("---\n") else text)
    return " ".join(" ".join(body.split()) for body in bodies)


# Measured with this benchmark on the same inputs at c9d5db0, before the changes named (CPU seconds at 8k / 32k).
FIXED = (
    "Made linear (before at c9d5db0, same inputs, CPU seconds at 8k / 32k): *dates in one sentence* 1.06 / 4.72 -> "
    "0.11 / 0.38: the timeline read the whole sentence before each of its dates (own_sentence's run-on ends for "
    "each event, event_text's parts and the parts they lean on, the caption, modifier and clause tests, the overlap "
    "test of the dates taken); each is now found once per sentence or read in the date's last few words, with the "
    "same results. *a run of '.'* 0.66 -> 0.030 s at 8k: the sentence splitter retried a run of marks with no "
    "space after it "
    "from each of its marks; it takes the run whole from its first mark now. Beyond these inputs: key_quotes chose "
    "among 4,000 near-duplicate quotes in 0.92 s (the min of every quote left, each round), 0.02 s from a heap. "
    "*a run of '='* (and of '%', '\"', '*', '…', brackets): spaCy's tokenizer strips a token's punctuation one "
    "character at a time, each a regex search of the rest (0.59 / 2.2 / 8.8 s at 2k / 4k / 8k); runs of 50 or more "
    "marks are blanked before NER now (nlp.MARK_RUN, offsets kept). The open questions' mentions "
    "(question_mentions.mentions searched the whole text for each actor: 11.0 s at 100k characters of distinct "
    "names; now through a word index) and company names (actor_spans, 0.86 s on 6.4k characters of 'A '; now at most "
    "12 words before the legal suffix) are linear. The actor merge (actor_merge._find_longer tried every mention "
    "against every cluster; paragraphs 'Given Surname said … Surname added that the ACR agreed, and Surname Holdings "
    "Corp. welcomed it.' with distinct names: cluster_mentions 2.00 / 8.45 / 24.4 s at 57k / 114k / 194k characters) "
    "looks only at the clusters sharing a key with the mention now (actor_merge.FormIndex): 0.03 / 0.06 / 0.18 s, "
    "analyze() at 194k 28.1 -> 3.5 s, the same actors.")
LEFT = (
    "Made linear again (before: helper-116's table at 0cdb360, where four inputs had grown slower since 4e3e273; CPU "
    "seconds at 32k and growth, then in the table above): *numbers* 0.91 -> 0.22 (x2.9 -> x2.1) and *'1 ' repeated* "
    "2.47 -> 0.37 (x3.2 -> x2.3): actor_products._COLON_TITLE repeated its title words without bound, so from every word of a run of numbers "
    "or capitalised words with no colon it read to the run's end; *'A ' repeated* 4.41 -> 0.11 (x3.8 -> x1.9): "
    "actor_products._MAKER_BEFORE_TITLE read every run of capitalised words to its end looking for a comma; both now "
    "read at most 12 words (MAX_NAME_WORDS). *dates in one sentence* 1.20 -> 0.41 (x2.8 -> x2.0): may_have_a_verb, "
    "the suppositions and the speakers' descriptions were read from the sentence's start again for each date; each "
    "is now read once per sentence (memoized). Beyond these inputs, on a 196k-character text of names, titles and "
    "roles, the open questions took 3.16 -> 0.76 s (question_mentions searched the text once per pronoun without the "
    "word index; question_namer scanned every mention per pronoun), and actor_mentions.pronoun_after and "
    "_after_person read every entity of the paragraph for each mention (now a bisection and a lookup). Left: the "
    "actor merge still tries a one-word mention against every cluster sharing its word or acronym (a 'Smith' among "
    "hundreds of Smiths named in full), as its rules need; no such input is known to be slow.")


def _marked(words: list[str], mark: str) -> str:
    """Every fourth word opened by `mark`, never closed."""
    return " ".join(mark + w if i % 4 == 0 else w for i, w in enumerate(words))


def inputs(text: str) -> dict[str, Callable[[int], str]]:
    """Each input by name: a function of the size in characters."""
    words = text.split()

    def repeat(unit: str) -> Callable[[int], str]:
        return lambda n: (unit * (n // len(unit) + 1))[:n]

    bare = [w.strip('.,;:"“”') for w in words]
    dates = ", ".join(f"the board met on {MONTHS[i % 12]} {i % 28 + 1}, {1950 + i // 12}" for i in range(3000))
    return {
        "prose": repeat(text),
        "prose without full stops": repeat(text.replace(".", "").replace("?", "").replace("!", "")),
        'unbalanced " marks': repeat(_marked(words, '"')),
        "unbalanced “ marks": repeat(_marked(words, "“")),
        "unbalanced '' marks": repeat(_marked(words, "''")),
        "ALL CAPS": repeat(text.upper()),
        "Capitalised Words, no stops": repeat(" ".join(w.capitalize() for w in bare)),
        "comma list": repeat(", ".join(w.lower() for w in bare)),
        "Capitalised comma list": repeat(", ".join(w.capitalize() for w in bare)),
        "digits, no spaces": repeat("1234567890"),
        "numbers": repeat(" ".join(str(1000 + i) for i in range(9000))),
        "dates in one sentence": repeat(dates),
        "a run of '.' (no space after)": repeat("."),
        "a run of '='": repeat("="),
        "'1 ' repeated": repeat("1 "),
        "'A ' repeated": repeat("A "),
    }


def _cpu(run: Callable[[str], object], make: Callable[[int], str], size: int, passes: int) -> float:
    """The fastest of `passes` runs, each on a text of its own (one character longer than the last): the stages
    cache per paragraph and per sentence, and a second run of the same text would time the caches."""
    best = float("inf")
    for extra in range(passes):
        body = make(size + extra)
        began = time.process_time()
        run(body)
        best = min(best, time.process_time() - began)
    return best


def measure(data: Path, sizes: list[int], passes: int, max_seconds: float,
            only: list[str] | None = None) -> dict[str, dict[str, list[float | None]]]:
    """{stage: {input: seconds per size (None: not run)}}."""
    for article in sorted((data / "corpus" / "articles").glob("*.md"))[:2]:  # loads spaCy, the tagger, the tables
        analyze(article.read_bytes(), name=article.name)
    stages: dict[str, Callable[[str], object]] = {
        "analyze()": lambda body: analyze(LEAD + body + "\n", format="text", name="long.txt"),
        "read + clean()": lambda body: clean(read(Source(name="long.txt", format="text",
                                                          data=(LEAD + body + "\n").encode("utf-8")))),
    }
    results: dict[str, dict[str, list[float | None]]] = {}
    for stage, run in stages.items():
        results[stage] = {}
        for name, make in inputs(corpus_text(data)).items():
            if only and name not in only:
                continue
            row: list[float | None] = []
            for size in sizes:
                if row and (row[-1] is None or row[-1] > max_seconds):
                    row.append(None)
                    continue
                row.append(_cpu(run, make, size, passes))
            results[stage][name] = row
            print(f"{stage:15s} {name:30s}", " ".join("      -" if t is None else f"{t:7.4f}" for t in row), flush=True)
    return results


def growth(row: list[float | None]) -> float | None:
    """The largest ratio of one size's time to the half size's, among times long enough to measure (>= 5 ms)."""
    ratios = [b / a for a, b in zip(row, row[1:]) if a is not None and b is not None and a >= 0.005]
    return max(ratios) if ratios else None


def commit() -> str:
    """The checked-out commit the figures are of (a table without it cannot be compared with the next one)."""
    run = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False)
    return run.stdout.strip() or "an unknown commit"


def section(results: dict[str, dict[str, list[float | None]]], sizes: list[int], passes: int,
            load: tuple[float, float]) -> str:
    lines = [
        HEADING,
        "",
        "`benchmarks/bench_long_input.py`: one paragraph of growing size (after a headline and one sentence), built "
        "by repeating the 43 Wikinews articles of ../shared/data/corpus or a pattern; at commit "
        f"{commit()}; CPU seconds of one process, best of {passes} passes; Python {platform.python_version()}; "
        f"1-minute load average {load[0]:.1f} before, "
        f"{load[1]:.1f} after, on 2 shared cores. Linear work grows x2.0 per doubling, quadratic x4; 'growth' is the "
        "largest ratio between two sizes (times under 5 ms left out); '-' is a size not run after one over the time "
        "limit. Paragraphs over 10,000 characters are split at sentence ends by the readers.",
        "",
    ]
    head = " | ".join(f"{size // 1000}k" for size in sizes)
    for stage, rows in results.items():
        lines += [f"**{stage}**", "", f"| input | {head} | growth |", "|---|" + "---:|" * (len(sizes) + 1)]
        for name, row in rows.items():
            cells = " | ".join("-" if t is None else f"{t:.4f}" for t in row)
            g = growth(row)
            lines.append(f"| {name} | {cells} | {'-' if g is None else f'x{g:.1f}'} |")
        lines.append("")
    lines += [FIXED, "", LEFT, ""]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 4000, 8000, 16000, 32000])
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--max-seconds", type=float, default=5.0,
                        help="larger sizes of an input slower than this are not run")
    parser.add_argument("--cpu", type=int, default=0, help="the core to run on")
    parser.add_argument("--only", nargs="+", help="run only the inputs of these names")
    parser.add_argument("--write", action="store_true", help="write the results to benchmarks/README.md")
    args = parser.parse_args()
    load_before = pin_to_cpu(args.cpu)
    results = measure(Path(args.data), args.sizes, args.passes, args.max_seconds, args.only)
    return report(HEADING, section(results, args.sizes, args.passes, (load_before, os.getloadavg()[0])), args.write)


if __name__ == "__main__":
    raise SystemExit(main())
