"""`briefgen eval boilerplate`: boilerplate removal on pasted pages, saved HTML and in-body promos.

Data: ../shared/data/boilerplate (see its README). The metric is the benchmark's own, re-implemented
here: `\\w+` tokens, 4-gram shingle multisets of gold and prediction, per-page TP/FP/FN normalised
to sum to 1, precision and recall each averaged over pages, F1 of the two averages.

Text task: the pasted page ("\\n\\n".join of its paragraphs) goes through briefgen's text reader
and `clean()` — exactly the body `analyze(..., format="text")` returns, without the (slow and
irrelevant here) extraction stages. HTML task: the saved page goes through the HTML reader and
`clean()`. Promos task: see `briefgen.evaluate.promos`.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from briefgen.evaluate.data import load_jsonl
from briefgen.cleaning import clean
from briefgen.errors import SourceError
from briefgen.model import Article, Source
from briefgen.readers import read

_TOKEN = re.compile(r"\w+")
SHINGLE = 4


def shingles(text: str, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """Multiset of n-token shingles (a text shorter than n gives one shorter shingle)."""
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def page_counts(gold: str, predicted: str) -> tuple[float, float, float]:
    """(tp, fp, fn) shingle counts of one page, normalised to sum to 1."""
    g, p = shingles(gold), shingles(predicted)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def macro_prf(counts: Iterable[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Macro precision, recall and F1 over pages, as the benchmark computes them."""
    precisions: list[float] = []
    recalls: list[float] = []
    for tp, fp, fn in counts:
        perfect = fp == 0 and fn == 0
        if tp + fp > 0:
            precisions.append(1.0 if perfect else tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(1.0 if perfect else tp / (tp + fn))
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load_rows(data_dir: Path, task: str, limit: int | None = None) -> list[dict[str, Any]]:
    """Rows of boilerplate/<task>_dev.jsonl.gz (task "text" or "html"), in file order."""
    return load_jsonl(data_dir / "boilerplate" / f"{task}_dev.jsonl.gz", limit)


def gold_texts(data_dir: Path) -> dict[str, str]:
    """Gold article bodies by page id (the text task shares the HTML task's gold)."""
    return {row["id"]: row["gold_text"] for row in load_rows(data_dir, "html")}


def pasted_page(row: dict[str, Any], separator: str = "\n\n") -> str:
    """The text a person would paste: the page's paragraphs separated by blank lines (or by `separator`)."""
    return separator.join(p["text"] for p in row["paragraphs"])


def body_of(article: Article) -> str:
    return "\n".join(p.text for p in article.paragraphs)


def _cleaned_body(source: Source) -> str:
    # A page the reader rejects (SourceError) yields no text, as it would in a build.
    try:
        return body_of(clean(read(source)))
    except SourceError:
        return ""


def text_body(page: str, name: str = "page.txt") -> str:
    """What briefgen keeps of a pasted page: read as text, then cleaned."""
    return _cleaned_body(Source(name, "text", page.encode("utf-8")))


def html_body(html: str, name: str = "page.html") -> str:
    """What briefgen keeps of a saved HTML page."""
    return _cleaned_body(Source(name, "html", html.encode("utf-8")))


def _score(golds: list[str], rows: list[dict[str, Any]], run: Callable[[dict[str, Any]], str]) -> dict[str, float]:
    start = time.perf_counter()
    predicted = [run(row) for row in rows]
    seconds = time.perf_counter() - start
    counts = [page_counts(g, p) for g, p in zip(golds, predicted)]
    p, r, f1 = macro_prf(counts)
    return {"precision": p, "recall": r, "f1": f1, "pages": len(counts),
            "pages_per_second": len(counts) / seconds if seconds else 0.0}


def evaluate_task(data_dir: Path, task: str, limit: int | None,
                  extract: Callable[[dict[str, Any]], str] | None = None) -> dict[str, float]:
    """Score one task; `extract` maps a row to predicted text (briefgen by default)."""
    rows = load_rows(data_dir, task, limit)
    if task == "text":
        gold = gold_texts(data_dir)
        run = extract or (lambda row: text_body(pasted_page(row)))
        return _score([gold[row["id"]] for row in rows], rows, run)
    run = extract or (lambda row: html_body(row["html"]))
    return _score([row["gold_text"] for row in rows], rows, run)


def evaluate(data_dir: Path, limit: int | None = None) -> dict[str, float]:
    """P/R/F1 and pages per second for the text, HTML and promo tasks (flat dict)."""
    from briefgen.evaluate.promos import evaluate as evaluate_promos

    results: dict[str, float] = {}
    for task in ("text", "html"):
        for key, value in evaluate_task(data_dir, task, limit).items():
            results[f"{task}_{key}"] = value
    # The same pages pasted with one line a paragraph and no blank lines between, as some copies come
    one_per_line = evaluate_task(data_dir, "text", limit, extract=lambda row: text_body(pasted_page(row, "\n")))
    for key in ("precision", "recall", "f1"):
        results[f"text_single_newlines_{key}"] = one_per_line[key]
    for key, value in evaluate_promos(data_dir, limit).items():
        results[f"promos_{key}"] = value
    return results
