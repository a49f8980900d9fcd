"""The boilerplate evaluation on small slices of ../shared/data, with floors just under the scores reached."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.evaluate import EVALUATORS
from briefgen.evaluate.boilerplate import evaluate_task, macro_prf, page_counts, pasted_page, text_body
from briefgen.evaluate.promos import evaluate as evaluate_promos, promo_lines

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
needs_data = pytest.mark.skipif(not (DATA / "boilerplate").is_dir(), reason="../shared/data not present")


def test_metric_matches_the_benchmark_definition() -> None:
    assert page_counts("a b c d e", "a b c d e") == (1.0, 0.0, 0.0)
    tp, fp, fn = page_counts("one two three four five", "one two three four six")
    assert (tp, fp, fn) == (1 / 3, 1 / 3, 1 / 3)
    assert macro_prf([(1.0, 0.0, 0.0), (0.5, 0.5, 0.0)]) == (0.75, 1.0, pytest.approx(6 / 7))


def test_registered() -> None:
    assert EVALUATORS["boilerplate"] == "boilerplate"


def test_promo_generator_is_deterministic() -> None:
    assert promo_lines("a.md") == promo_lines("a.md")
    assert promo_lines("a.md") != promo_lines("b.md")


@needs_data
def test_text_task_slice() -> None:
    scores = evaluate_task(DATA, "text", limit=15)
    assert scores["f1"] >= 0.96


@needs_data
def test_text_task_slice_pasted_one_line_a_paragraph() -> None:
    """The same pages with single newlines between paragraphs (0.97 on this slice; 0.73 when such a page was read
    as one hard-wrapped paragraph)."""
    scores = evaluate_task(DATA, "text", limit=15, extract=lambda row: text_body(pasted_page(row, "\n")))
    assert scores["f1"] >= 0.96


@needs_data
def test_html_task_slice() -> None:
    scores = evaluate_task(DATA, "html", limit=12)
    assert scores["f1"] >= 0.975


@needs_data
def test_promos_slice() -> None:
    scores = evaluate_promos(DATA, limit=12)
    assert scores["promo_dropped"] >= 0.98
    assert scores["news_kept"] >= 0.99


@needs_data
def test_eval_body_is_the_analyze_body() -> None:
    from briefgen.evaluate.boilerplate import load_rows, pasted_page
    from briefgen.pipeline import analyze

    page = pasted_page(load_rows(DATA, "text", limit=1)[0])
    assert text_body(page) == "\n".join(analyze(page, format="text").to_dict()["body"])
